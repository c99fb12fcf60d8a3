import type { Printability } from '../../domain/request/printability';
import type { Request } from '../../domain/request/schema';
import { GlyphsUnavailableError } from './glyph-errors';
import type { WorkerRequest, WorkerResponse } from './pdf.worker';

export { GlyphsUnavailableError };

/**
 * The app's entry to the PDF feature. Import it lazily (`await import(...)`): nothing here, nor
 * the worker, the fonts or pdf-lib, belongs in the app's first load.
 */

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (pdf: Blob) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    const created = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (message.type === 'rendered') {
        waiting.resolve(
          new Blob([message.pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
        );
      } else if (message.characters) {
        waiting.reject(new GlyphsUnavailableError(message.characters));
      } else waiting.reject(new Error(message.message));
    });
    created.addEventListener('error', (event) => {
      // A worker that fails to load cannot answer: fail everything waiting and start afresh.
      for (const waiting of pending.values()) {
        waiting.reject(new Error(event.message || 'PDF worker failed'));
      }
      pending.clear();
      created.terminate();
      worker = undefined;
    });
    worker = created;
  }
  return worker;
}

function post(message: WorkerRequest): void {
  getWorker().postMessage(message);
}

/**
 * The filled-in form as a PDF Blob: the print/FAX PDF, or with `fillable` the PDF whose values
 * are form fields; the blank form for `null`. Rejects with GlyphsUnavailableError when some
 * characters' glyphs could not be downloaded (offline).
 */
export function renderInWorker(
  request: Request | null,
  options: { fillable?: boolean } = {},
): Promise<Blob> {
  const id = nextId++;
  return new Promise<Blob>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ type: 'render', id, request, fillable: options.fillable ?? false });
  });
}

/**
 * Start downloading the worker code and the glyphs of the form's words while the person fills in
 * the form; with texts (what has been typed so far), their glyphs too, so the PDF is quick once the
 * form is done and also works if the line drops before then.
 */
export function prefetchPdfAssets(texts: readonly string[] = []): void {
  post({ type: 'prefetch', texts: [...texts] });
}

let printability: Promise<Printability> | undefined;

/**
 * Printability for the form's field checks, from the fonts' metrics table (a few KB, built by
 * scripts/build-pdf-metrics.ts) rather than the fonts themselves (~10 MB): it answers exactly as
 * the fonts would. Rejects when the table cannot be had; the app then keeps its stand-in.
 */
export function loadPrintability(): Promise<Printability> {
  printability ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pdf/metrics.json`;
    // no-cache revalidates: the file has no content hash, and a table that outlived a font
    // update would accept values the renderer then refuses.
    const [{ createMetricsPrintability, parsePdfMetrics }, response] = await Promise.all([
      import('./metrics'),
      fetch(url, { cache: 'no-cache' }),
    ]);
    if (!response.ok) throw new Error(`PDF metrics download failed (${response.status}): ${url}`);
    // A dev server answers a missing file with index.html: json() throws on that.
    const json: unknown = await response.json();
    return createMetricsPrintability(parsePdfMetrics(json));
  })();
  printability.catch(() => (printability = undefined));
  return printability;
}
