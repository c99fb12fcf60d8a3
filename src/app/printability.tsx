import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Printability } from '../domain/request/printability';
// Not the feature's index: that would bring the PDF panel into the first load.
import { loadPdfClient } from '../features/request-pdf/load-client';
import { PrintabilityProvider } from '../lib/printability';
import { useProgressStore } from '../lib/progress/react';

const StartLoading = createContext<() => void>(() => undefined);

/**
 * Holds the printability the form validates with: none (readers use the conservative stand-in)
 * until the real font metrics have loaded. Loading starts when the person opens the form (not with the app),
 * together with the PDF worker and font, so the PDF is quick once the form is done.
 */
export function AppPrintabilityProvider({ children }: { children: ReactNode }) {
  const [printability, setPrintability] = useState<Printability | null>(null);
  const started = useRef(false);
  const start = useCallback(() => {
    if (started.current) return;
    started.current = true;
    loadPdfClient()
      .then((client) => {
        client.prefetchPdfAssets();
        return client.loadPrintability();
      })
      .then(setPrintability, () => {
        // Offline or blocked: the stand-in keeps validating; allow another try later.
        started.current = false;
      });
  }, []);
  return (
    <StartLoading.Provider value={start}>
      <PrintabilityProvider value={printability}>{children}</PrintabilityProvider>
    </StartLoading.Provider>
  );
}

/**
 * Call on pages that lead to the PDF: starts loading the PDF assets in the background (once
 * `when` holds).
 */
export function usePdfAssets(when = true) {
  const start = useContext(StartLoading);
  useEffect(() => {
    if (when) start();
  }, [start, when]);
}

/**
 * Call on the form's pages: whenever `page` changes (each 次へ), the PDF worker downloads ahead the
 * glyphs of what has been typed so far (docs/decisions/0019-pdf-glyph-shards.md), so the PDF is
 * quick once the form is done, and works even if the line drops before then.
 */
export function usePdfGlyphsAhead(page: string) {
  const store = useProgressStore();
  useEffect(() => {
    const texts = Object.values(store.getState().progress.request).filter(
      (value): value is string => typeof value === 'string' && value !== '',
    );
    if (texts.length === 0) return;
    loadPdfClient().then(
      (client) => client.prefetchPdfAssets(texts),
      () => undefined, // offline before the PDF code was ever loaded: the PDF page says so
    );
  }, [store, page]);
}
