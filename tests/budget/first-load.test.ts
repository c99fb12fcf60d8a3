/**
 * Budgets for the first load of the start page (issue 7), read from the production build: run
 * `npm run build` first (`npm run test:budget` does both in `npm test`). Sizes are deterministic,
 * so these are ordinary tests; timings are measured by `npm run bench`, never asserted.
 *
 * The first load is dist/index.html and what it loads before anything is clicked: its entry script
 * with the chunks that script imports statically (Vite's manifest, `build.manifest: true`, which
 * also become <link rel="modulepreload">), and its stylesheets. Lazily loaded pages, the PDF code,
 * the fonts' other faces and the service worker's background downloads are not part of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const KB = 1024;

/**
 * Issue 7's budgets. The JavaScript one is tight: react-dom alone is ~62 KB. What keeps the first
 * load under it (docs/decisions/0005-performance.md and
 * docs/decisions/0006-declarative-router-and-zod-mini.md): react-router in declarative mode,
 * zod/mini everywhere, and no module in the first load that also exports what only lazy pages use
 * (Rollup puts such a module, with all its used exports, in the first load).
 */
const JS_BUDGET = 100 * KB;
const CSS_BUDGET = 15 * KB;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function readDist(file: string): Buffer {
  return readFileSync(join(DIST, file));
}

const gzipSize = (file: string) => gzipSync(readDist(file)).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function firstLoad() {
  if (!existsSync(join(DIST, '.vite', 'manifest.json'))) {
    throw new Error('No dist/.vite/manifest.json: run `npm run build` before the budget tests.');
  }
  const manifest = JSON.parse(readDist('.vite/manifest.json').toString('utf8')) as Manifest;
  const entry = manifest['index.html'];
  if (!entry?.isEntry) throw new Error('The manifest has no index.html entry');
  const chunks = new Set<string>();
  const visit = (key: string) => {
    if (chunks.has(key)) return;
    chunks.add(key);
    for (const imported of manifest[key]!.imports ?? []) visit(imported);
  };
  visit('index.html');
  const js = [...chunks].map((key) => manifest[key]!.file);
  const css = [...new Set([...chunks].flatMap((key) => manifest[key]!.css ?? []))];
  const assets = [...new Set([...chunks].flatMap((key) => manifest[key]!.assets ?? []))];
  return { manifest, js, css, assets };
}

const load = firstLoad();
const figures: string[] = [];

afterAll(() => {
  console.log(
    `\nFirst load of the start page (gzip):\n${figures.map((f) => `  ${f}`).join('\n')}\n`,
  );
});

describe('first load of the start page', () => {
  test('is what dist/index.html loads, and nothing lazy', () => {
    const html = readDist('index.html').toString('utf8');
    const linked = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
    expect(new Set(linked)).toEqual(new Set([...load.js, ...load.css]));
    // No inline scripts (a Content-Security-Policy is coming) and no preloaded fonts.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/rel="preload"/);
  });

  test(`JavaScript is at most ${kb(JS_BUDGET)} gzip`, () => {
    const sizes = load.js.map((file) => [file, gzipSize(file)] as const);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    figures.push(
      `JavaScript ${kb(total)} (budget ${kb(JS_BUDGET)}): ${sizes
        .map(([file, size]) => `${file.replace('assets/', '')} ${kb(size)}`)
        .join(', ')}`,
    );
    expect(total, `first-load JavaScript ${kb(total)} > ${kb(JS_BUDGET)}`).toBeLessThanOrEqual(
      JS_BUDGET,
    );
  });

  test(`CSS is at most ${kb(CSS_BUDGET)} gzip`, () => {
    const sizes = load.css.map((file) => [file, gzipSize(file)] as const);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    figures.push(
      `CSS ${kb(total)} (budget ${kb(CSS_BUDGET)}): ${sizes
        .map(([file, size]) => `${file.replace('assets/', '')} ${kb(size)}`)
        .join(', ')}`,
    );
    expect(total, `first-load CSS ${kb(total)} > ${kb(CSS_BUDGET)}`).toBeLessThanOrEqual(
      CSS_BUDGET,
    );
  });

  test('has none of the PDF code, PDF fonts, postal data or guide pictures', () => {
    const code = load.js.map((file) => readDist(file).toString('utf8')).join('\n');
    const forbidden: [string, RegExp][] = [
      ['pdf-lib', /PDFDocument|pdf-lib/],
      ['fontkit', /fontkit|TTFFont|GlyphVariationProcessor/],
      ['PDF layout', /FORM_LAYOUT|PT_TO_MM/],
      ['postal data', /"?postal\/\d{3}\.json|jpostal/],
      ['guide pictures', /\.(?:png|jpe?g|webp|avif|gif)\b/],
    ];
    for (const [what, pattern] of forbidden) {
      expect(pattern.test(code), `${what} found in the first-load JavaScript`).toBe(false);
    }
    // Assets referenced by the first load: only the UI font's woff2 files (each loaded only
    // when its characters are on screen). No PDF font, no picture.
    const other = load.assets.filter((file) => !/\/biz-udpgothic-[^/]+\.woff2$/.test(file));
    expect(other).toEqual([]);
  });

  test('declares the installed font first, then only woff2 web fonts, each for its unicode-range, covering the first load’s text', () => {
    const css = load.css.map((file) => readDist(file).toString('utf8')).join('\n');
    const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => body!);
    expect(faces.length).toBeGreaterThan(0);
    const ranges: [number, number][] = [];
    for (const face of faces) {
      // The installed font first (full and PostScript name), then the web font: a PC with BIZ
      // UDPGothic (Windows 10 1809+, 11) downloads no font file.
      expect(face).toMatch(
        /src:\s*(?:local\([^)]+\)\s*,\s*)+url\([^)]+\.woff2\)\s*format\(['"]?woff2['"]?\)/,
      );
      const bold = /font-weight:\s*700/.test(face);
      const installed = [...face.matchAll(/local\(['"]?([^)'"]+)['"]?\)/g)].map((m) => m[1]);
      expect(installed).toEqual(
        expect.arrayContaining(
          bold
            ? ['BIZ UDPGothic Bold', 'BIZUDPGothic-Bold']
            : ['BIZ UDPGothic', 'BIZUDPGothic-Regular'],
        ),
      );
      expect(face).not.toMatch(/\.woff\)|\.ttf\)|\.otf\)/);
      const range = /unicode-range:\s*([^;}]+)/.exec(face);
      expect(range, 'every face has a unicode-range, so unused files are never loaded').not.toBe(
        null,
      );
      for (const part of range![1]!.split(',')) {
        const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
        ranges.push([parseInt(from!, 16), parseInt(to ?? from!, 16)]);
      }
    }
    // Every non-ASCII character in the first-load code (the start page, the layout, the error and
    // loading pages) has its face here: no fallback font flashes before the lazy faces arrive.
    const code = load.js.map((file) => readDist(file).toString('utf8')).join('');
    const missing = new Set<string>();
    for (const ch of code) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x80) continue;
      if (!ranges.some(([from, to]) => cp >= from && cp <= to)) missing.add(ch);
    }
    // Characters the font itself does not have (e.g. emoji) could not be covered anyway.
    const faceCount = faces.length;
    figures.push(`web font: ${faceCount} @font-face rules (woff2 only) in the first-load CSS`);
    expect(
      [...missing].filter((ch) =>
        /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(ch),
      ),
    ).toEqual([]);
  });
});
