/**
 * Builds the PDF fonts' metrics table (format in src/features/request-pdf/metrics.ts) from the
 * two font files → public/pdf/metrics.json. The form validates values with it, so the browser
 * never downloads the fonts just to check what fits.
 *
 * Usage: tsx scripts/build-pdf-metrics.ts [--force]
 * Skips the work when public/pdf/.stamp.json shows the output was built from the same font and
 * fontkit versions by the same script and format; writes a temporary file and renames it into
 * place, so an interrupted run never leaves a half-written table.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Font } from 'fontkit';
import {
  FALLBACK_FONT_PATH,
  PRIMARY_FONT_PATH,
  loadNodeFonts,
} from '../src/features/request-pdf/fonts-node.ts';
import {
  METRICS_FORMAT_VERSION,
  PdfMetricsSchema,
  type FontMetrics,
  type PdfMetrics,
} from '../src/features/request-pdf/metrics.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'public', 'pdf');
const OUT_FILE = join(OUT_DIR, 'metrics.json');
const STAMP_FILE = join(OUT_DIR, '.stamp.json');
const MAX_CODE_POINT = 0x10ffff;

/** Ranges and run-length advances of `codePoints` (ascending) in `font`. */
function fontMetrics(font: Font, codePoints: readonly number[]): FontMetrics {
  const ranges: number[] = [];
  const advances: number[] = [];
  let rangeStart = -1;
  let previous = -2;
  let end = 0; // exclusive end of the last written range
  const closeRange = () => {
    if (rangeStart < 0) return;
    ranges.push(rangeStart - end, previous + 1 - rangeStart);
    end = previous + 1;
  };
  for (const cp of codePoints) {
    if (cp !== previous + 1) {
      closeRange();
      rangeStart = cp;
    }
    previous = cp;
    // The very call FontSet makes, so the table cannot disagree with what the renderer measures.
    const width = font.glyphForCodePoint(cp).advanceWidth;
    if (!Number.isInteger(width) || width < 0) {
      throw new Error(`${font.postscriptName}: U+${cp.toString(16)} advance ${width}`);
    }
    const last = advances.length - 1;
    if (last > 0 && advances[last] === width) advances[last - 1]! += 1;
    else advances.push(1, width);
  }
  closeRange();
  return {
    name: font.postscriptName,
    unitsPerEm: font.unitsPerEm,
    notdef: font.getGlyph(0).advanceWidth,
    ranges,
    advances,
  };
}

/**
 * The table for a primary and a fallback font, as FontSet uses them: the fallback only draws what
 * the primary lacks. Every code point is asked (not the cmap's character set), as FontSet would.
 */
export function buildPdfMetrics(primary: Font, fallback: Font): PdfMetrics {
  const inPrimary: number[] = [];
  const inFallback: number[] = [];
  for (let cp = 0; cp <= MAX_CODE_POINT; cp++) {
    if (primary.hasGlyphForCodePoint(cp)) inPrimary.push(cp);
    else if (fallback.hasGlyphForCodePoint(cp)) inFallback.push(cp);
  }
  return {
    v: METRICS_FORMAT_VERSION,
    fonts: [fontMetrics(primary, inPrimary), fontMetrics(fallback, inFallback)],
  };
}

export async function buildPdfMetricsFromNodeFonts(): Promise<PdfMetrics> {
  // Imported here: fontkit takes a while to load, and an up-to-date run does not need it.
  const { parseFont } = await import('../src/features/request-pdf/font-engine.ts');
  const fonts = await loadNodeFonts();
  return buildPdfMetrics(parseFont(fonts.primary), parseFont(await fonts.loadFallback()));
}

function versionOf(pkg: string): string {
  // Read directly: fontkit's "exports" does not expose its package.json to require.resolve.
  const file = join(ROOT, 'node_modules', pkg, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function stampFor(): string {
  const script = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(join(ROOT, 'src', 'features', 'request-pdf', 'metrics.ts')))
    .digest('hex');
  return JSON.stringify({
    format: METRICS_FORMAT_VERSION,
    // The font files' sizes catch a replaced file the package version would not.
    fonts: [PRIMARY_FONT_PATH, FALLBACK_FONT_PATH].map((path) => statSync(path).size),
    sources: ['@expo-google-fonts/biz-udgothic', '@expo-google-fonts/noto-sans-jp', 'fontkit'].map(
      (pkg) => `${pkg}@${versionOf(pkg)}`,
    ),
    script,
  });
}

function isUpToDate(stamp: string): boolean {
  try {
    return existsSync(OUT_FILE) && readFileSync(STAMP_FILE, 'utf8') === stamp;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const stamp = stampFor();
  if (!process.argv.includes('--force') && isUpToDate(stamp)) {
    console.log('build-pdf-metrics: public/pdf/metrics.json is up to date');
    return;
  }
  const metrics = await buildPdfMetricsFromNodeFonts();
  // What the app will accept, checked here so a bad build fails now, not in a browser.
  PdfMetricsSchema.parse(metrics);
  const json = JSON.stringify(metrics);
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${OUT_FILE}.${process.pid}.tmp`;
  try {
    // The stamp goes last and only after the rename: a stamp never vouches for an old table.
    rmSync(STAMP_FILE, { force: true });
    writeFileSync(tmp, json);
    renameSync(tmp, OUT_FILE);
    writeFileSync(STAMP_FILE, stamp);
  } finally {
    rmSync(tmp, { force: true });
  }
  const ms = Math.round(performance.now() - started);
  const kb = (n: number) => (n / 1024).toFixed(1);
  const [primary, fallback] = metrics.fonts;
  console.log(
    `build-pdf-metrics: ${primary.ranges.length / 2}+${fallback.ranges.length / 2} ranges, ` +
      `${primary.advances.length / 2}+${fallback.advances.length / 2} advance runs, ` +
      `${kb(json.length)} KB (${kb(gzipSync(json).length)} KB gzip), ${ms} ms`,
  );
}

// Importable by tests without building anything.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
