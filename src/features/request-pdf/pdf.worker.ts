import type { Request } from '../../domain/request/schema';
import { renderRequestPdf } from './render';
import { browserGlyphFonts } from './fonts-browser';
import { GlyphsUnavailableError } from './glyph-errors';

/** Renders in a Web Worker so font assembly and the PDF build never block the form. */

export type WorkerRequest =
  | { type: 'prefetch'; texts: string[] }
  | { type: 'render'; id: number; request: Request | null; fillable: boolean };

export type WorkerResponse =
  | { type: 'rendered'; id: number; pdf: Uint8Array }
  /** `characters`: those whose glyphs could not be downloaded (offline), when that is why. */
  | { type: 'failed'; id: number; message: string; characters?: string[] };

// The project compiles with the DOM lib; this is the part of the worker scope used here.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
};

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'prefetch') {
    // The form's glyphs and those of the texts typed so far: a real render reports any error.
    void browserGlyphFonts.fontsForTexts(message.texts).catch(() => undefined);
    return;
  }
  void (async () => {
    try {
      const fonts = await browserGlyphFonts.fontsFor(message.request, {
        fillable: message.fillable,
      });
      const pdf = await renderRequestPdf(message.request, fonts, { fillable: message.fillable });
      scope.postMessage({ type: 'rendered', id: message.id, pdf }, [pdf.buffer as ArrayBuffer]);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const characters = error instanceof GlyphsUnavailableError ? error.characters : undefined;
      scope.postMessage({ type: 'failed', id: message.id, message: text, characters });
    }
  })();
});
