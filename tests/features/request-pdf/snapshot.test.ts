import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import type { Request } from '../../../src/domain/request/schema';
import { loadNodeFonts } from '../../../src/features/request-pdf/fonts-node';
import { renderRequestPdf } from '../../../src/features/request-pdf/render';
import { decodeGrayPng, encodeGrayPng, type GrayImage } from '../../support/png';
import { poppler, rasterisePage1 } from '../../support/poppler';
import { EVERY_MARK_REQUEST } from '../../support/requests';

/*
 * The rendered form as a picture: a layout change shows up as an image diff to look at, not only
 * as changed numbers. References are poppler's rendering at 100 dpi, committed next to this file;
 * after an intended change, look at the diff and rewrite them:
 *   UPDATE_SNAPSHOTS=1 npx vitest run tests/features/request-pdf/snapshot.test.ts
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const SNAPSHOTS = join(HERE, 'snapshots');
const RESULTS = join(HERE, '..', '..', '..', 'test-results', 'pdf-snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** A pixel differs when its grey level moved by more than this (anti-aliasing moves less). */
const PIXEL_THRESHOLD = 32;
/** Share of differing pixels tolerated: about 190 of the page's 0.97 million at 100 dpi. */
const MAX_DIFF_SHARE = 0.0002;

/** The 記入例 with every procedure, so the circles and ticks are on the page too. */
const EVERY_MARK = EVERY_MARK_REQUEST;

const CASES: [string, Request][] = [
  ['example', REQUEST_EXAMPLE],
  ['every-mark', EVERY_MARK],
];

const rendered = new Map<string, GrayImage>();

beforeAll(async () => {
  poppler('pdftoppm', ['-v']);
  const fonts = await loadNodeFonts();
  for (const [name, request] of CASES) {
    rendered.set(name, rasterisePage1(await renderRequestPdf(request, fonts)));
  }
}, 30_000);

function countDiff(actual: GrayImage, expected: GrayImage): { count: number; diff: GrayImage } {
  // The reference, faded, with every differing pixel in black: where the change is, in context.
  const diff = new Uint8Array(actual.data.length);
  let count = 0;
  for (let i = 0; i < diff.length; i++) {
    const differs = Math.abs(actual.data[i]! - expected.data[i]!) > PIXEL_THRESHOLD;
    if (differs) count++;
    diff[i] = differs ? 0 : 255 - ((255 - expected.data[i]!) >> 2);
  }
  return { count, diff: { ...actual, data: diff } };
}

describe('PDF snapshot (poppler, 100 dpi)', () => {
  it.each(CASES.map(([name]) => name))('%s matches its reference image', (name) => {
    const actual = rendered.get(name)!;
    const file = join(SNAPSHOTS, `${name}.png`);
    if (UPDATE) {
      mkdirSync(SNAPSHOTS, { recursive: true });
      writeFileSync(file, encodeGrayPng(actual));
      return;
    }
    expect(
      existsSync(file),
      `no reference ${relative(process.cwd(), file)}: run with UPDATE_SNAPSHOTS=1`,
    ).toBe(true);
    const expected = decodeGrayPng(readFileSync(file));
    // Something was drawn at all: an empty page would be a poor reference.
    expect(actual.data.filter((v) => v < 128).length).toBeGreaterThan(10_000);
    const sameSize = actual.width === expected.width && actual.height === expected.height;
    const { count, diff } = sameSize
      ? countDiff(actual, expected)
      : { count: actual.data.length, diff: actual };
    const share = count / actual.data.length;
    if (share > MAX_DIFF_SHARE) {
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(join(RESULTS, `${name}.actual.png`), encodeGrayPng(actual));
      writeFileSync(join(RESULTS, `${name}.diff.png`), encodeGrayPng(diff));
    }
    const where = relative(process.cwd(), join(RESULTS, `${name}.{actual,diff}.png`));
    expect(
      share,
      sameSize
        ? `${count} pixels (${(share * 100).toFixed(4)} %) differ by more than ${PIXEL_THRESHOLD} grey levels; see ${where}`
        : `size ${actual.width}×${actual.height} instead of ${expected.width}×${expected.height}; see ${where}`,
    ).toBeLessThanOrEqual(MAX_DIFF_SHARE);
  });
});
