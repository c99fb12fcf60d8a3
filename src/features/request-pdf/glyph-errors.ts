/**
 * Glyphs that could not be downloaded (offline, before any PDF needed them): the characters they
 * draw, as typed, so the person can be told which ones. Its own module: the main thread's client
 * needs it without the font code.
 */
export class GlyphsUnavailableError extends Error {
  constructor(readonly characters: string[]) {
    super(`Glyphs not available for: ${characters.join(' ')}`);
    this.name = 'GlyphsUnavailableError';
  }
}
