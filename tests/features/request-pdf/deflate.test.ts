import { describe, expect, test } from 'vitest';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { loadNodeFonts } from '../../../src/features/request-pdf/fonts-node';
import { renderRequestPdf } from '../../../src/features/request-pdf/render';

/**
 * The zlib header's second byte names the compression level class (RFC 1950, FLEVEL): 0x01 for
 * levels 0–1, 0x5E for 2–5, 0x9C for 6 (pako's default), 0xDA for 7–9.
 */
const FLEVEL_2_TO_5 = 0x5e;
// Not imported from deflate.ts: importing it would set the level by itself, and this test must
// fail if the renderer does not.

/** The first two bytes of every stream's data in a PDF as written by pdf-lib. */
function streamHeaders(pdf: Uint8Array): [number, number][] {
  const text = Buffer.from(pdf).toString('latin1');
  const out: [number, number][] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const at = match.index + match[0].length;
    if (text.slice(match.index - 3, match.index) === 'end') continue; // "endstream"
    out.push([pdf[at]!, pdf[at + 1]!]);
  }
  return out;
}

describe('PDF streams are deflated at level 4, not pako’s default', () => {
  test.each([
    ['print PDF', {}],
    ['fillable PDF', { fillable: true }],
  ] as const)('%s', async (_, options) => {
    const pdf = await renderRequestPdf(REQUEST_EXAMPLE, await loadNodeFonts(), options);
    const headers = streamHeaders(pdf);
    expect(headers.length).toBeGreaterThan(2);
    // Every deflated stream (0x78: deflate, 32 KB window) says level 2–5.
    const deflated = headers.filter(([cmf]) => cmf === 0x78);
    expect(deflated.length).toBeGreaterThan(2);
    for (const [, flg] of deflated) expect(flg).toBe(FLEVEL_2_TO_5);
  });
});
