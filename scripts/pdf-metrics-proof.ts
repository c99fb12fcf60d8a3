/**
 * The proof that the PDF metrics table answers exactly as the fonts do (tests/features/request-pdf/metrics.test.ts):
 * canDraw and measure for every code point, and fitting for growing texts in every box of the
 * layout. It takes most of the unit run, and its answer only changes when the fonts, the table or
 * the code it runs change, so its result is kept under a key made of exactly those
 * (.cache/pdf-metrics-proof.json) and the proof runs again only when the key changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Font } from 'fontkit';
import { FORM_LAYOUT } from '../src/content/pdf/form-layout.ts';
import type { Printability } from '../src/domain/request/printability.ts';
import { TEXT_FIELDS } from '../src/domain/request/schema.ts';
import { fitValue } from '../src/features/request-pdf/fit-value.ts';
import { FontSet } from '../src/features/request-pdf/font-engine.ts';
import type { Glyphs } from '../src/features/request-pdf/layout-printability.ts';
import {
  createMetricsFontSet,
  createMetricsPrintability,
  type PdfMetrics,
} from '../src/features/request-pdf/metrics.ts';
import { createPrintability } from '../src/features/request-pdf/printability.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RECORD_FILE = join(ROOT, '.cache', 'pdf-metrics-proof.json');

export interface MetricsProof {
  /** Code points where the table and the fonts disagree (canDraw or width); stops after 21. */
  codePoints: string[];
  /** Per alphabet: the disagreements on fitting, and how many fitting limits the texts crossed. */
  fits: Record<string, { mismatches: string[]; boundaries: number }>;
}

export const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** canDraw and measure: table = fonts for every code point, U+0000–U+10FFFF. */
function codePointMismatches(fonts: { primary: Font; fallback: Font }, metrics: PdfMetrics) {
  const fromTable = createMetricsFontSet(metrics);
  const mismatches: string[] = [];
  // A fresh FontSet per plane: it caches every code point it is asked about.
  for (let plane = 0; plane <= 0x10; plane++) {
    const set = new FontSet(fonts.primary, fonts.fallback);
    for (let cp = plane << 16; cp < (plane + 1) << 16; cp++) {
      const ch = String.fromCodePoint(cp);
      if (set.canDraw(cp) !== fromTable.canDraw(cp)) mismatches.push(`${hex(cp)} canDraw`);
      else if (set.measure(ch) !== fromTable.measure(ch)) mismatches.push(`${hex(cp)} width`);
      if (mismatches.length > 20) break;
    }
  }
  return mismatches;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One code point for each distinct advance of each font, so every width takes part. */
function everyWidth(table: PdfMetrics): string[] {
  const out: string[] = [];
  for (const font of table.fonts) {
    const codePoints: number[] = [];
    let end = 0;
    for (let i = 0; i < font.ranges.length; i += 2) {
      const start = end + font.ranges[i]!;
      end = start + font.ranges[i + 1]!;
      for (let cp = start; cp < end; cp++) codePoints.push(cp);
    }
    const seen = new Set<number>();
    let at = 0;
    for (let i = 0; i < font.advances.length; i += 2) {
      const width = font.advances[i + 1]!;
      const cp = codePoints[at]!;
      at += font.advances[i]!;
      // Skip marks and controls: they are not what people type, and wrap() treats them alike.
      if (seen.has(width) || /\p{M}|\p{C}/u.test(String.fromCodePoint(cp))) continue;
      seen.add(width);
      out.push(String.fromCodePoint(cp));
    }
  }
  return out;
}

export const ALPHABETS: Record<string, (metrics: PdfMetrics) => string[]> = {
  kanji: () => Array.from('中央労働金庫組合執行委員会髙﨑'),
  ascii: () => Array.from('abcXYZ0189-_.@/ '),
  digits: () => Array.from('0123456789-'),
  halfWidthKatakana: () => Array.from('ｱｲｳｴｵｶﾞﾊﾟｯｰ'),
  kinsoku: () => Array.from('、。「」（）ーっャ・：！？'),
  spaces: () => Array.from('総務部 山田　太郎'),
  fallback: () => Array.from('𠮷𠮷田野'),
  variationSequences: () => ['葛\u{E0100}', '辻\uFE00', '邉\u{E0103}', '田'],
  notdef: () => ['😀', '\u{10FFFD}', '労'],
  newline: () => ['\n', '労', 'a'],
  everyWidth,
};

/** Texts of length 1, 2, 3, … from `pick`, until neither measure fits them any more. */
function* growing(pick: () => string, limit = 400): Generator<string> {
  let text = '';
  for (let n = 0; n < limit; n++) {
    text += pick();
    yield text;
  }
}

interface Measures {
  fontSet: FontSet;
  fromTable: Glyphs;
  byFonts: Printability;
  byTable: Printability;
}

/** fitValue and fits: table = fonts, for growing texts up to and past each box's limit. */
function fitResults({ fontSet, fromTable, byFonts, byTable }: Measures, alphabet: string[]) {
  const mismatches: string[] = [];
  let boundaries = 0;
  FORM_LAYOUT.values.forEach((box, b) => {
    for (let run = 0; run < 12; run++) {
      const next = random(b * 1000 + run);
      // Run 0 repeats one character (the classic boundary), the others mix.
      const pick =
        run === 0 ? () => alphabet[0]! : () => alphabet[Math.floor(next() * alphabet.length)]!;
      let fitted = false;
      let misses = 0;
      for (const text of growing(pick)) {
        const expected = fitValue(box, text, fontSet.measure);
        const actual = fitValue(box, text, fromTable.measure);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          mismatches.push(`${box.field} ${JSON.stringify(text)}`);
        }
        if ((TEXT_FIELDS as readonly string[]).includes(box.field)) {
          const field = box.field as (typeof TEXT_FIELDS)[number];
          if (byTable.fits(field, text) !== byFonts.fits(field, text)) {
            mismatches.push(`fits(${field}, ${JSON.stringify(text)})`);
          }
        }
        if (expected.fits) fitted = true;
        else if (fitted && ++misses === 1) boundaries++;
        // A few lengths past the limit: shrinking or a new break can make a longer text fit.
        if (misses > 8) break;
      }
    }
  });
  return { mismatches: mismatches.slice(0, 20), boundaries };
}

export function proveMetrics(
  fonts: { primary: Font; fallback: Font },
  metrics: PdfMetrics,
): MetricsProof {
  const measures: Measures = {
    fontSet: new FontSet(fonts.primary, fonts.fallback),
    fromTable: createMetricsFontSet(metrics),
    byFonts: createPrintability(fonts),
    byTable: createMetricsPrintability(metrics),
  };
  const fits: MetricsProof['fits'] = {};
  for (const [name, alphabet] of Object.entries(ALPHABETS)) {
    fits[name] = fitResults(measures, alphabet(metrics));
  }
  return { codePoints: codePointMismatches(fonts, metrics), fits };
}

// ---------------------------------------------------------------------------------------------
// The key: the font bytes, the table, and every source file the proof runs (this file and what
// it imports, transitively) with the versions of the packages they import.

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function packageVersion(name: string): string {
  const file = join(ROOT, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return 'builtin';
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function sourceClosure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!specifier!.startsWith('.')) {
        if (!specifier!.startsWith('node:')) packages.add(packageName(specifier!));
        continue;
      }
      const base = resolve(dirname(file), specifier!);
      const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((ext) => base + ext)
        .find((candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate));
      if (found) visit(found);
    }
  };
  visit(entry);
  return { files: [...files].sort(), packages: [...packages].sort() };
}

export function proofKey(fontBytes: Uint8Array[], metricsJson: string): string {
  const hash = createHash('sha256');
  for (const bytes of fontBytes) hash.update(createHash('sha256').update(bytes).digest('hex'));
  hash.update(createHash('sha256').update(metricsJson).digest('hex'));
  const { files, packages } = sourceClosure(fileURLToPath(import.meta.url));
  for (const file of files) hash.update(`${file.slice(ROOT.length)}\0`).update(readFileSync(file));
  for (const name of packages) hash.update(`${name}@${packageVersion(name)}\0`);
  hash.update(process.version);
  return hash.digest('hex');
}

/** The proof for `key`: the one kept from an earlier run with the same key, else run now. */
export function provedMetrics(key: string, prove: () => MetricsProof): MetricsProof {
  try {
    const record = JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as {
      key: string;
      proof: MetricsProof;
    };
    if (record.key === key) return record.proof;
  } catch {
    // No record yet, or an unreadable one: prove.
  }
  const proof = prove();
  mkdirSync(dirname(RECORD_FILE), { recursive: true });
  const tmp = `${RECORD_FILE}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify({ key, proof }));
    renameSync(tmp, RECORD_FILE);
  } finally {
    rmSync(tmp, { force: true });
  }
  return proof;
}
