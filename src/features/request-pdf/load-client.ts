/**
 * The PDF client (pdf-lib, the font engine, the worker), loaded on first use. The app's first load
 * imports only this module, not the feature's index: a module the first load imports statically
 * is bundled into it whole, with every export some page uses (docs/decisions/0005-performance.md).
 */
export function loadPdfClient() {
  return import('./client');
}
