import { GlyphFonts } from './glyph-shards';

/**
 * Browser font loading (in the PDF worker): the glyph files under pdf/glyphs/ of the app's own
 * origin. The service worker answers the precached ones and keeps the others it fetched in a
 * runtime cache ('pdf-glyphs'); without it, the HTTP cache does.
 */

const root = `${import.meta.env.BASE_URL}pdf/glyphs/`;

export const browserGlyphFonts = new GlyphFonts(async (path) => {
  // index.json has no content hash: revalidate it, so it always names this build's files.
  const response = await fetch(root + path, path === 'index.json' ? { cache: 'no-cache' } : {});
  if (!response.ok) throw new Error(`Glyph file download failed (${response.status}): ${path}`);
  return new Uint8Array(await response.arrayBuffer());
});
