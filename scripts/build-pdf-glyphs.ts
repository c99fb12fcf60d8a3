/**
 * Cuts the two PDF fonts into the glyph files the browser loads (format and reasons:
 * src/features/request-pdf/glyph-shards.ts, docs/decisions/0019-pdf-glyph-shards.md) →
 * public/pdf/glyphs/.
 *
 * Usage: tsx scripts/build-pdf-glyphs.ts [--force]
 * Skips the work when the stamp shows the same fonts, fontkit, script and format; writes into a
 * fresh directory named by the content's hash and switches index.json last, so an interrupted run
 * never leaves an index pointing at half-written files.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { FALLBACK_FONT_PATH, PRIMARY_FONT_PATH } from '../src/features/request-pdf/fonts-node.ts';
import {
  FORM_FILE,
  GLYPH_FORMAT_VERSION,
  GlyphIndexSchema,
  INDEX_FILE,
  baseFile,
  encodeCharacterMap,
  encodeGlyphPack,
  fixedTexts,
  glyphIdsOf,
  shardFile,
  type FontRole,
  type GlyphIndex,
} from '../src/features/request-pdf/glyph-shards.ts';
import { readTables, writeSfnt, type Tables } from '../src/features/request-pdf/sfnt.ts';
import { stripHinting } from '../src/features/request-pdf/strip-hinting.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'public', 'pdf', 'glyphs');
const STAMP_FILE = join(OUT_DIR, '.stamp.json');

/**
 * Glyphs per shard. Smaller shards waste fewer bytes on glyphs the request does not print, larger
 * ones need fewer requests: 32 keeps a typical request's value glyphs under ~100 KB gzip in
 * ~40 requests (measured with scripts/bench-downloads.ts; the decision record has the figures).
 */
export const SHARD_SIZE = 32;

/** The tables the renderer (fontkit, pdf-lib) reads; layout and hinting tables are left out. */
const KEPT_TABLES = ['head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post'];

const u16 = (t: Uint8Array, at: number) => (t[at]! << 8) | t[at + 1]!;
const u32 = (t: Uint8Array, at: number) =>
  ((t[at]! << 24) | (t[at + 1]! << 16) | (t[at + 2]! << 8) | t[at + 3]!) >>> 0;

/** The cmap's subtable for a platform/encoding, as bytes (with its own length). */
function cmapSubtable(cmap: Uint8Array, platform: number, encoding: number): Uint8Array | null {
  const count = u16(cmap, 2);
  for (let i = 0; i < count; i++) {
    const record = 4 + 8 * i;
    if (u16(cmap, record) !== platform || u16(cmap, record + 2) !== encoding) continue;
    const offset = u32(cmap, record + 4);
    const format = u16(cmap, offset);
    const length = format === 14 || format === 12 ? u32(cmap, offset + (format === 12 ? 4 : 2)) : 0;
    if (length === 0) throw new Error(`cmap ${platform}/${encoding}: format ${format}`);
    return cmap.subarray(offset, offset + length);
  }
  return null;
}

/** Non-default variation sequences of a format 14 subtable: [base, glyph] pairs. */
function variationGlyphs(uvs: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  const records = u32(uvs, 6);
  for (let i = 0; i < records; i++) {
    const record = 10 + 11 * i;
    const nonDefault = u32(uvs, record + 7);
    if (nonDefault === 0) continue;
    const count = u32(uvs, nonDefault);
    for (let j = 0; j < count; j++) {
      const at = nonDefault + 4 + 5 * j;
      out.push([(uvs[at]! << 16) | u16(uvs, at + 1), u16(uvs, at + 3)]);
    }
  }
  return out;
}

interface CutFont {
  name: string;
  numGlyphs: number;
  base: Uint8Array;
  glyph: (id: number) => Uint8Array;
}

/** The hinting-free font as tables, its glyphs by id, and a base without glyf/loca. */
function cut(
  bytes: Uint8Array,
  map: readonly (readonly [number, number])[],
  uvs: Uint8Array | null,
): CutFont {
  const stripped = stripHinting(bytes);
  const tables = readTables(stripped);
  const head = tables.get('head')!;
  const loca = tables.get('loca')!;
  const glyf = tables.get('glyf')!;
  const long = u16(head, 50) === 1;
  const offset = (i: number) => (long ? u32(loca, 4 * i) : 2 * u16(loca, 2 * i));
  const numGlyphs = u16(tables.get('maxp')!, 4);
  const base: Tables = new Map();
  for (const tag of KEPT_TABLES) {
    const table = tables.get(tag);
    if (!table) throw new Error(`The font has no ${tag} table`);
    base.set(tag, table);
  }
  base.set('Xcmp', encodeCharacterMap(map));
  if (uvs) base.set('Xuvs', uvs);
  const font = fontkit.create(bytes as Buffer) as Font;
  return {
    name: font.postscriptName,
    numGlyphs,
    base: writeSfnt(base),
    glyph: (id) => {
      const glyph = glyf.subarray(offset(id), offset(id + 1));
      // Composite glyphs would need their components too; neither font has any.
      if (glyph.length >= 2 && (glyph[0]! << 8) + glyph[1]! >= 0x8000) {
        throw new Error(`${font.postscriptName}: glyph ${id} is composite`);
      }
      return glyph;
    },
  };
}

/**
 * The characters almost every name and address is written in: ASCII, half-width katakana and
 * JIS X 0208 rows 1–47 (its symbols, digits, Latin, kana, Greek, Cyrillic, box drawing and the
 * 2,965 level-1 kanji), read from Shift_JIS. Their shards are precached.
 */
export function commonCharacters(): string[] {
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  const out: string[] = [];
  for (let b = 0x20; b <= 0x7e; b++) out.push(String.fromCharCode(b));
  for (let b = 0xa1; b <= 0xdf; b++) out.push(decoder.decode(new Uint8Array([b])));
  for (let lead = 0x81; lead <= 0x98; lead++) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f || (lead === 0x98 && trail > 0x72)) continue;
      try {
        out.push(decoder.decode(new Uint8Array([lead, trail])));
      } catch {
        // an unassigned cell
      }
    }
  }
  return out;
}

interface Output {
  index: GlyphIndex;
  files: Map<string, Uint8Array>;
}

export function buildPdfGlyphs(): Output {
  const primaryBytes = new Uint8Array(readFileSync(PRIMARY_FONT_PATH));
  const fallbackBytes = new Uint8Array(readFileSync(FALLBACK_FONT_PATH));
  const primaryFont = fontkit.create(primaryBytes as Buffer) as Font;
  const fallbackFont = fontkit.create(fallbackBytes as Buffer) as Font;

  const primaryMap: [number, number][] = [...primaryFont.characterSet]
    .sort((a, b) => a - b)
    .map((cp) => [cp, primaryFont.glyphForCodePoint(cp).id]);
  const primaryCmap = readTables(primaryBytes).get('cmap')!;
  const primary = cut(primaryBytes, primaryMap, cmapSubtable(primaryCmap, 0, 5));

  // The fallback draws only what the primary lacks, so its cmap maps only those characters.
  const fallbackCmap = readTables(fallbackBytes).get('cmap')!;
  const fallbackUvs = cmapSubtable(fallbackCmap, 0, 5);
  const lacking: [number, number][] = [];
  for (const cp of [...fallbackFont.characterSet].sort((a, b) => a - b)) {
    if (!primaryFont.hasGlyphForCodePoint(cp))
      lacking.push([cp, fallbackFont.glyphForCodePoint(cp).id]);
  }
  const fallback = cut(fallbackBytes, lacking, fallbackUvs);
  const reachable = new Set<number>([0, ...lacking.map(([, gid]) => gid)]);
  const lackingSet = new Set(lacking.map(([cp]) => cp));
  if (fallbackUvs) {
    for (const [cp, gid] of variationGlyphs(fallbackUvs))
      if (lackingSet.has(cp)) reachable.add(gid);
  }

  const files = new Map<string, Uint8Array>();
  const shardsOf = (role: FontRole, font: CutFont, keep: (id: number) => boolean): number[] => {
    const shards: number[] = [];
    for (let shard = 0; shard * SHARD_SIZE < font.numGlyphs; shard++) {
      const glyphs = new Map<number, Uint8Array>();
      const end = Math.min(font.numGlyphs, (shard + 1) * SHARD_SIZE);
      for (let id = shard * SHARD_SIZE; id < end; id++)
        if (keep(id)) glyphs.set(id, font.glyph(id));
      if (glyphs.size === 0) continue;
      files.set(shardFile(role, shard), encodeGlyphPack(glyphs));
      shards.push(shard);
    }
    return shards;
  };
  const primaryShards = shardsOf(0, primary, () => true);
  const fallbackShards = shardsOf(1, fallback, (id) => reachable.has(id));

  const form = new Map<number, Uint8Array>([[0, primary.glyph(0)]]);
  for (const text of fixedTexts()) {
    for (const ch of text) {
      if (!primaryFont.hasGlyphForCodePoint(ch.codePointAt(0)!)) {
        throw new Error(`The form's text has ${ch}, which the primary font lacks`);
      }
      for (const id of glyphIdsOf(primaryFont, ch)) form.set(id, primary.glyph(id));
    }
  }
  files.set(FORM_FILE, encodeGlyphPack(form));
  files.set(baseFile(0), primary.base);
  files.set(baseFile(1), fallback.base);

  const hash = createHash('sha256');
  for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(name).update(bytes);
  }
  const precache = new Set<number>();
  for (const ch of commonCharacters()) {
    if (!primaryFont.hasGlyphForCodePoint(ch.codePointAt(0)!)) continue;
    for (const id of glyphIdsOf(primaryFont, ch)) precache.add(Math.floor(id / SHARD_SIZE));
  }
  const index: GlyphIndex = GlyphIndexSchema.parse({
    v: GLYPH_FORMAT_VERSION,
    dir: hash.digest('hex').slice(0, 12),
    shardSize: SHARD_SIZE,
    precache: [...precache].sort((a, b) => a - b),
    fonts: [
      { name: primary.name, numGlyphs: primary.numGlyphs, shards: primaryShards },
      { name: fallback.name, numGlyphs: fallback.numGlyphs, shards: fallbackShards },
    ],
  });
  return { index, files };
}

function versionOf(pkg: string): string {
  const file = join(ROOT, 'node_modules', pkg, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function stampFor(): string {
  const sources = ['glyph-shards.ts', 'sfnt.ts', 'strip-hinting.ts'].map((name) =>
    readFileSync(join(ROOT, 'src', 'features', 'request-pdf', name)),
  );
  const script = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url)));
  for (const source of sources) script.update(source);
  // The form's fixed text decides the form file.
  script.update(JSON.stringify(fixedTexts()));
  return JSON.stringify({
    format: GLYPH_FORMAT_VERSION,
    fonts: [PRIMARY_FONT_PATH, FALLBACK_FONT_PATH].map((path) => statSync(path).size),
    sources: ['@expo-google-fonts/biz-udgothic', '@expo-google-fonts/noto-sans-jp', 'fontkit'].map(
      (pkg) => `${pkg}@${versionOf(pkg)}`,
    ),
    script: script.digest('hex'),
  });
}

function isUpToDate(stamp: string): boolean {
  try {
    return existsSync(join(OUT_DIR, INDEX_FILE)) && readFileSync(STAMP_FILE, 'utf8') === stamp;
  } catch {
    return false;
  }
}

function main(): void {
  const started = performance.now();
  const stamp = stampFor();
  if (!process.argv.includes('--force') && isUpToDate(stamp)) {
    console.log('build-pdf-glyphs: public/pdf/glyphs is up to date');
    return;
  }
  const { index, files } = buildPdfGlyphs();
  mkdirSync(OUT_DIR, { recursive: true });
  rmSync(STAMP_FILE, { force: true });
  const dir = join(OUT_DIR, index.dir);
  const tmp = `${dir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  for (const [name, bytes] of files) writeFileSync(join(tmp, name), bytes);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  const indexTmp = join(OUT_DIR, `${INDEX_FILE}.${process.pid}.tmp`);
  writeFileSync(indexTmp, JSON.stringify(index));
  renameSync(indexTmp, join(OUT_DIR, INDEX_FILE));
  // Earlier builds' directories: a deployed app serves only the current one.
  for (const name of readdirSync(OUT_DIR)) {
    if (name !== index.dir && name !== INDEX_FILE && statSync(join(OUT_DIR, name)).isDirectory()) {
      rmSync(join(OUT_DIR, name), { recursive: true, force: true });
    }
  }
  writeFileSync(STAMP_FILE, stamp);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const sum = (filter: (name: string) => boolean) => {
    let raw = 0;
    let gzip = 0;
    for (const [name, bytes] of files) {
      if (!filter(name)) continue;
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return `${kb(gzip)} gzip (${kb(raw)})`;
  };
  console.log(
    `build-pdf-glyphs: ${index.fonts[0].shards.length} + ${index.fonts[1].shards.length} shards of ${SHARD_SIZE}; ` +
      `bases ${sum((n) => n.endsWith('-base.bin'))}, form ${sum((n) => n === FORM_FILE)}, ` +
      `primary shards ${sum((n) => /^p-\d+\.bin$/.test(n))} (precached: ${index.precache.length}, ` +
      `${sum((n) => /^p-\d+\.bin$/.test(n) && index.precache.includes(Number(/\d+/.exec(n)![0])))}), fallback shards ${sum((n) => /^f-\d+\.bin$/.test(n))}; ` +
      `${Math.round(performance.now() - started)} ms`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
