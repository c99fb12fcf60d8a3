/**
 * Budgets for what an office PC downloads (issue 17), read from the production build: run
 * `npm run build` first (`npm run test:budget` does both in `npm test`). Sizes are deterministic,
 * so these are ordinary tests; scripts/bench-downloads.ts measures the same journeys in Chromium.
 *
 * Landing → first PDF is counted from above: every script and stylesheet of the build (every page,
 * the PDF client and its worker: more than one journey loads), index.html, the PDF metrics table,
 * the postal chunk of the request's code, and the glyph files the PDF worker's own loader asks for
 * (run here on dist/). No web-font file: BIZ UDPGothic is installed on the PCs the app is for
 * (Windows 10 1809 and later, Windows 11), and every face names it first (first-load.test.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { REQUEST_EXAMPLE } from '../../src/content/request-example';
import type { Request } from '../../src/domain/request/schema';
import { GlyphFonts, GlyphIndexSchema } from '../../src/features/request-pdf/glyph-shards';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const KB = 1024;
const MB = 1024 * KB;

/** Issue 17's budgets. */
const JOURNEY_BUDGET = 1 * MB; // gzip
const PRECACHE_BUDGET = 3 * MB; // as stored: the service worker keeps bodies uncompressed

const kb = (bytes: number) => `${(bytes / KB).toFixed(0)} KB`;
const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}
const rawSize = (file: string) => readFileSync(join(DIST, file)).length;

if (!existsSync(join(DIST, 'sw.js'))) {
  throw new Error('No dist/sw.js: run `npm run build` before the budget tests.');
}

const figures: string[] = [];
afterAll(() =>
  console.log(`\nDownloads (from dist/):\n${figures.map((f) => `  ${f}`).join('\n')}\n`),
);

/** The files the PDF worker downloads for the request's PDF, from a fresh start. */
async function glyphFilesFor(request: Request): Promise<string[]> {
  const files: string[] = [];
  const fonts = new GlyphFonts((path) => {
    files.push(`pdf/glyphs/${path}`);
    return Promise.resolve(new Uint8Array(readFileSync(join(DIST, 'pdf', 'glyphs', path))));
  });
  await fonts.fontsFor(request);
  return files;
}

async function journey(request: Request): Promise<{ total: number; parts: string }> {
  const code = readdirSync(join(DIST, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => `assets/${name}`);
  const postal = `postal/${request.postalCode.slice(0, 3)}.json`;
  const data = [
    'index.html',
    'pdf/metrics.json',
    ...(existsSync(join(DIST, postal)) ? [postal] : []),
  ];
  const glyphs = await glyphFilesFor(request);
  const sum = (files: string[]) => files.reduce((n, file) => n + gzipSize(file), 0);
  const total = sum(code) + sum(data) + sum(glyphs);
  return {
    total,
    parts: `code ${kb(sum(code))} (${code.length} files), data ${kb(sum(data))}, PDF glyphs ${kb(sum(glyphs))} (${glyphs.length} files)`,
  };
}

describe('landing → first PDF', () => {
  test.each([
    ['the 記入例', REQUEST_EXAMPLE],
    [
      'a rare-character request (𠮷, 髙, 﨑)',
      { ...REQUEST_EXAMPLE, representativeName: '𠮷田 髙﨑 花子' },
    ],
  ] as const)(`%s: at most ${kb(JOURNEY_BUDGET)} gzip`, async (name, request) => {
    const { total, parts } = await journey(request);
    figures.push(`landing → first PDF of ${name}: ${kb(total)} gzip: ${parts}`);
    expect(total, `${name}: ${kb(total)} > ${kb(JOURNEY_BUDGET)}`).toBeLessThanOrEqual(
      JOURNEY_BUDGET,
    );
  });
});

describe('offline precache', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]!);

  test(`is at most ${kb(PRECACHE_BUDGET)} as stored`, () => {
    expect(urls.length).toBeGreaterThan(10);
    const raw = urls.reduce((n, url) => n + rawSize(url), 0);
    const gzip = urls.reduce((n, url) => n + gzipSize(url), 0);
    figures.push(`offline precache: ${urls.length} files, ${kb(raw)} (${kb(gzip)} gzip)`);
    expect(raw, `precache ${kb(raw)} > ${kb(PRECACHE_BUDGET)}`).toBeLessThanOrEqual(
      PRECACHE_BUDGET,
    );
  });

  test('holds only what every person downloads: nothing that reveals what was typed', () => {
    const index = GlyphIndexSchema.parse(
      JSON.parse(readFileSync(join(DIST, 'pdf', 'glyphs', 'index.json'), 'utf8')),
    );
    const glyphFiles = urls.filter((url) => url.startsWith('pdf/glyphs/'));
    const expected = [
      'pdf/glyphs/index.json',
      ...['p-base', 'f-base', 'p-form'].map((name) => `pdf/glyphs/${index.dir}/${name}.bin`),
      ...index.precache.map((shard) => `pdf/glyphs/${index.dir}/p-${shard}.bin`),
    ];
    expect(new Set(glyphFiles)).toEqual(new Set(expected));
    // Postal chunks, web-font slices and the fallback font's shards are cached when used, in
    // runtime caches that 消去 erases; the whole fonts are no longer shipped at all.
    expect(urls.filter((url) => /^postal\/|\.woff2?$|\.ttf$|\/f-\d+\.bin$/.test(url))).toEqual([]);
    expect(readdirSync(join(DIST, 'assets')).filter((name) => /\.(ttf|otf)$/.test(name))).toEqual(
      [],
    );
  });

  test('precached glyph shards hold the kana and every level-1 kanji of JIS X 0208', async () => {
    const index = GlyphIndexSchema.parse(
      JSON.parse(readFileSync(join(DIST, 'pdf', 'glyphs', 'index.json'), 'utf8')),
    );
    const precached = new Set(
      index.precache.map((shard) => `pdf/glyphs/${index.dir}/p-${shard}.bin`),
    );
    // 亜 and 腕 are level 1's first and last kanji; 弌 is level 2's first (fetched when used).
    for (const [text, offline] of [
      ['あいうアイウｱｲｳ亜腕労働組合東京都千代田区花子', true],
      ['弌', false],
    ] as const) {
      const shards = (await glyphFilesFor({ ...REQUEST_EXAMPLE, address: text })).filter((f) =>
        /\/p-\d+\.bin$/.test(f),
      );
      expect(
        shards.every((file) => precached.has(file)),
        `${text}: ${shards.join(', ')}`,
      ).toBe(offline);
    }
  });
});
