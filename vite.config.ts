import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { configDefaults } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/vite-csp';
import { INSTALLED_FONT_NAMES } from './src/content/ui-font';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = join(ROOT, 'src');
const FONT_DIR = join(ROOT, 'node_modules', '@fontsource', 'biz-udpgothic');

// ---------------------------------------------------------------------------------------------
// The UI font's @font-face rules, split in two (docs/decisions/0005-performance.md).
//
// @fontsource/biz-udpgothic declares 124 faces per weight, each with a long unicode-range (the
// Google Fonts slicing of Japanese by frequency): 72 KB gzip of CSS for 400 + 700, more than the
// whole first-load budget. Its files are fine, its CSS is the problem. So the CSS is generated:
// - virtual:biz-udpgothic/shell.css: the faces that cover a character of the source files the
//   first load is built from (src/main.tsx and its static imports): render-blocking, ~9 KB gzip.
// - virtual:biz-udpgothic/rest.css: every other face; loaded with the first lazily loaded page
//   (src/app/lazy-route.tsx), before that page renders, unless the PC has the font installed.
// Each face keeps its exact unicode-range and weight, so the browser still downloads only the
// files for the characters on screen. Only woff2 is declared (every browser the app supports
// reads it), so the 248 woff fallback files are no longer emitted.
// Each face lists the installed font first (local(), by its full and PostScript names): Windows 10
// (1809 and later) and 11 ship BIZ UDPGothic, and a PC that has it downloads no font file at all
// (docs/decisions/0020-installed-font-first.md). The names: src/content/ui-font.ts.
// ---------------------------------------------------------------------------------------------

const INSTALLED_NAMES: Record<string, readonly string[]> = INSTALLED_FONT_NAMES;

interface FontFaceRule {
  subset: string;
  weight: string;
  css: string;
  ranges: [number, number][];
}

function readFontFaces(): FontFaceRule[] {
  const faces: FontFaceRule[] = [];
  for (const weight of ['400', '700']) {
    const css = readFileSync(join(FONT_DIR, `${weight}.css`), 'utf8');
    for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
      const file = /url\(\.\/files\/(biz-udpgothic-(.+?)-(\d+)-normal)\.woff2\)/.exec(body!);
      const range = /unicode-range:\s*([^;]+);/.exec(body!);
      if (!file || !range) throw new Error(`Unexpected @font-face in ${weight}.css: ${body}`);
      const ranges = range[1]!.split(',').map((part): [number, number] => {
        const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
      });
      faces.push({
        subset: file[2]!,
        weight,
        ranges,
        css:
          `@font-face{font-family:'BIZ UDPGothic';font-style:normal;font-display:swap;` +
          `font-weight:${weight};src:${INSTALLED_NAMES[weight]!.map((name) => `local('${name}')`).join(',')},` +
          `url(./files/${file[1]}.woff2) format('woff2');` +
          `unicode-range:${range[1]!.trim()}}`,
      });
    }
  }
  return faces;
}

const VALUE_IMPORT =
  /(?:^|[\n;])\s*(?:import|export)\s+(?!type[\s{])(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

/** src/main.tsx and the source files it imports statically (type-only imports aside). */
function firstLoadSources(entry = join(SRC, 'main.tsx')): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      if (!specifier!.startsWith('.')) continue;
      const base = resolve(dirname(file), specifier!);
      const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((ext) => base + ext)
        .find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (found && /\.tsx?$/.test(found)) visit(found);
    }
  };
  visit(entry);
  return [...seen];
}

function charactersOf(files: string[]): Set<number> {
  const chars = new Set<number>();
  for (const file of files)
    for (const ch of readFileSync(file, 'utf8')) chars.add(ch.codePointAt(0)!);
  return chars;
}

function covers(face: FontFaceRule, chars: Set<number>): boolean {
  for (const ch of chars) if (face.ranges.some(([from, to]) => ch >= from && ch <= to)) return true;
  return false;
}

/** The subsets (e.g. '68', 'latin') whose faces some text of the app needs. */
function subsetsFor(files: string[]): Set<string> {
  const chars = charactersOf([...files, join(ROOT, 'index.html')]);
  return new Set(
    readFontFaces()
      .filter((f) => covers(f, chars))
      .map((f) => f.subset),
  );
}

function fontFacesPlugin(): Plugin {
  const prefix = 'virtual:biz-udpgothic/';
  // Placed in the package's directory so that url(./files/…) resolves to its font files.
  const fileFor = (part: string) => join(FONT_DIR, `__app-faces-${part}.css`);
  return {
    name: 'app:biz-udpgothic-faces',
    enforce: 'pre',
    resolveId(id) {
      if (id === `${prefix}shell.css`) return fileFor('shell');
      if (id === `${prefix}rest.css`) return fileFor('rest');
      return null;
    },
    load(id) {
      const path = id.split('?')[0];
      if (path !== fileFor('shell') && path !== fileFor('rest')) return null;
      const shell = subsetsFor(firstLoadSources());
      const wanted = path === fileFor('shell');
      const faces = readFontFaces().filter((f) => shell.has(f.subset) === wanted);
      return `/* Generated by vite.config.ts from @fontsource/biz-udpgothic */\n${faces.map((f) => f.css).join('\n')}\n`;
    },
  };
}

/**
 * The PDF's glyph files every person's PDF uses (docs/decisions/0019-pdf-glyph-shards.md): the
 * index, both fonts' bases, the form's own words, and the primary font's shards that public/pdf/
 * glyphs/index.json marks for the precache (JIS X 0208's non-kanji and level-1 kanji, which almost
 * every name and address is written in). Nothing here depends on what a person typed.
 */
function precachedGlyphGlobs(): string[] {
  const indexFile = join(ROOT, 'public', 'pdf', 'glyphs', 'index.json');
  // Vitest loads this config too, before or without the assets.
  if (!existsSync(indexFile)) return [];
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
    dir: string;
    precache: number[];
  };
  return [
    'pdf/glyphs/index.json',
    `pdf/glyphs/${index.dir}/{p-base,f-base,p-form}.bin`,
    `pdf/glyphs/${index.dir}/p-{${index.precache.join(',')}}.bin`,
  ];
}

export default defineConfig(({ mode }) => ({
  plugins: [
    fontFacesPlugin(),
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // A new version waits until the person closes the app (or chooses 今すぐ更新): see
      // src/app/update-notice.tsx. The page registers the worker itself, after it has loaded.
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        // No web-font file: a PC with BIZ UDPGothic installed never needs one, and one without it
        // keeps those it used (runtime cache 'web-fonts' below).
        globPatterns: [
          '**/*.{html,js,css,svg,png,jpg,jpeg,webp,avif,gif}',
          'pdf/metrics.json',
          ...precachedGlyphGlobs(),
        ],
        globIgnores: ['postal/**'],
        // Vite's hashed file names and the glyph files' hashed directory need no revision.
        dontCacheBustURLsMatching: /\/assets\/[^/]+-[\w-]{8}\.\w+$|\/pdf\/glyphs\/[0-9a-f]{12}\//,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/postal\//, /\/pdf\//, /\/assets\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Postal chunks: only those used are kept (the whole set is 5.5 MB).
            urlPattern: /\/postal\/\d{3}\.json$/,
            handler: 'StaleWhileRevalidate',
            options: {
              cacheName: 'postal',
              expiration: { maxEntries: 200 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // Faces for characters the app's own text does not use (names, addresses).
            urlPattern: /\/assets\/biz-udpgothic-[^/]+\.woff2$/,
            handler: 'CacheFirst',
            options: {
              cacheName: 'web-fonts',
              expiration: { maxEntries: 300 },
              cacheableResponse: { statuses: [200] },
            },
          },
          {
            // PDF glyph shards the precache does not hold (rarer characters, the fallback font's):
            // kept once a PDF used them, so that PDF works offline later. They reveal what was
            // typed, so they live here, where 消去 and the 30-day expiry erase them.
            urlPattern: /\/pdf\/glyphs\/[0-9a-f]{12}\/[pf]-\d+\.bin$/,
            handler: 'CacheFirst',
            options: {
              cacheName: 'pdf-glyphs',
              expiration: { maxEntries: 1000 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // Every browser the app supports (Edge, Chrome, Firefox, Safari) has modulepreload.
    modulePreload: { polyfill: false },
    // Lets tests/budget/first-load.test.ts follow the first load's static imports.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the start page imports statically in one file: the lazy pages share some
          // of it (React, zod, the field registry), which would otherwise be cut into chunks of
          // their own, each compressed apart (about 0.7 KB gzip more, and more requests).
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    // Explicit, or Vitest would also pick up the Playwright specs in e2e/. The budget tests read
    // the production build, so they run after it: `vitest run --mode budget` (npm run test:budget).
    include: mode === 'budget' ? ['tests/budget/**/*.test.ts'] : ['tests/**/*.test.{ts,tsx}'],
    exclude:
      mode === 'budget' ? configDefaults.exclude : [...configDefaults.exclude, 'tests/budget/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
  },
}));
