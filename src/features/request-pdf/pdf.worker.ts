import type { Request } from '../../domain/request/schema';
import { renderRequestPdf } from './render';
import { loadBrowserFonts, loadPrimaryFont } from './fonts-browser';

/** Renders in a Web Worker so the 4–5 MB font parse and the PDF build never block the form. */

export type WorkerRequest =
  { type: 'prefetch' } | { type: 'render'; id: number; request: Request | null; fillable: boolean };

export type WorkerResponse =
  | { type: 'rendered'; id: number; pdf: Uint8Array }
  | { type: 'failed'; id: number; message: string };

// The project compiles with the DOM lib; this is the part of the worker scope used here.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
};

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'prefetch') {
    void loadPrimaryFont().catch(() => undefined); // a real render reports the error
    return;
  }
  void (async () => {
    try {
      const pdf = await renderRequestPdf(message.request, await loadBrowserFonts(), {
        fillable: message.fillable,
      });
      scope.postMessage({ type: 'rendered', id: message.id, pdf }, [pdf.buffer as ArrayBuffer]);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: 'failed', id: message.id, message: text });
    }
  })();
});
