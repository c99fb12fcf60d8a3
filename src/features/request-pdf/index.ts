// The PDF feature's UI. client.ts (and with it pdf-lib and the fonts) is only ever imported
// lazily, from inside these components or through load-client.ts (which the app imports directly).
export { BlankFormLink, PdfPanel, requestFileName } from './pdf-panel';
