import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { z } from 'zod/mini';
import { FORM_LAYOUT, FORM_TITLE } from '../../content/pdf/form-layout';
import type { Request } from '../../domain/request/schema';
import { EDITABLE_CHARACTERS, type PdfFonts } from './font-engine';
import { valuesOf } from './render';
import { GlyphsUnavailableError } from './glyph-errors';
import { readTables, writeSfnt } from './sfnt';

export { GlyphsUnavailableError };

/**
 * The PDF fonts as glyph shards (docs/decisions/0019-pdf-glyph-shards.md): the browser downloads
 * the glyphs a PDF prints, not whole fonts, and puts them back together as a TrueType font the
 * renderer takes as it took the whole font.
 *
 * scripts/build-pdf-glyphs.ts cuts each font (hinting already stripped, as the renderer's subsets
 * are) into, under public/pdf/glyphs/:
 * - index.json: this format's version, the content-hashed directory of the files below, the shard
 *   size, per font which shards exist, and which of the primary's the service worker precaches;
 * - <dir>/<p|f>-base.bin: the font without glyph data: the tables the renderer and pdf-lib read
 *   (head, hhea, hmtx, maxp, name, OS/2, post), glyph ids unchanged, and the character map as
 *   two private tables: 'Xcmp', every code point and its glyph id as varint deltas (a third of a
 *   format 12 cmap's size, since CJK glyph ids run in JIS order, not Unicode order), and 'Xuvs',
 *   the cmap's variation sequences subtable (format 14) as it is;
 * - <dir>/p-form.bin: the primary font's glyphs for the form's fixed text (every PDF needs them);
 * - <dir>/<p|f>-<k>.bin: glyphs k·size … (k+1)·size − 1 (the fallback's shards hold only glyphs of
 *   characters the primary lacks, the only ones the renderer asks it for).
 *
 * A glyph pack (form and shard files) is: u16 n; n × u16 glyph id (ascending); (n + 1) × u32
 * offsets into the data that follows; the glyphs' bytes, each as in the font's glyf table.
 *
 * The assembled font has the original glyph ids, cmap and metrics, and empty outlines for glyphs
 * not loaded, so the renderer's subset of it is the subset it makes of the whole font: the PDF is
 * the same, object for object (tests/features/request-pdf/glyph-shards.test.ts).
 */

export const GLYPH_FORMAT_VERSION = 1;
/** Fonts by role, as in PdfFonts: 0 = primary (BIZ UD Gothic), 1 = fallback (Noto Sans JP). */
export type FontRole = 0 | 1;
const PREFIX = ['p', 'f'] as const;

const GlyphFontSchema = z.object({
  name: z.string(),
  numGlyphs: z.int().check(z.positive()),
  shards: z.array(z.int().check(z.nonnegative())),
});

export const GlyphIndexSchema = z.object({
  v: z.literal(GLYPH_FORMAT_VERSION),
  dir: z.string().check(z.regex(/^[0-9a-f]{8,64}$/)),
  shardSize: z.int().check(z.positive()),
  /** The primary font's shards the service worker precaches (the others are fetched when used). */
  precache: z.array(z.int().check(z.nonnegative())),
  fonts: z.tuple([GlyphFontSchema, GlyphFontSchema]),
});
export type GlyphIndex = z.infer<typeof GlyphIndexSchema>;

export const INDEX_FILE = 'index.json';
export const baseFile = (role: FontRole) => `${PREFIX[role]}-base.bin`;
export const FORM_FILE = 'p-form.bin';
export const shardFile = (role: FontRole, shard: number) => `${PREFIX[role]}-${shard}.bin`;

// ---------------------------------------------------------------------------------------------
// Glyph packs
// ---------------------------------------------------------------------------------------------

export function encodeGlyphPack(glyphs: ReadonlyMap<number, Uint8Array>): Uint8Array {
  const ids = [...glyphs.keys()].sort((a, b) => a - b);
  const header = 2 + 2 * ids.length + 4 * (ids.length + 1);
  const data = ids.reduce((n, id) => n + glyphs.get(id)!.length, 0);
  const out = new Uint8Array(header + data);
  const view = new DataView(out.buffer);
  view.setUint16(0, ids.length);
  let at = header;
  ids.forEach((id, i) => {
    view.setUint16(2 + 2 * i, id);
    view.setUint32(2 + 2 * ids.length + 4 * i, at - header);
    out.set(glyphs.get(id)!, at);
    at += glyphs.get(id)!.length;
  });
  view.setUint32(2 + 2 * ids.length + 4 * ids.length, at - header);
  return out;
}

export function decodeGlyphPack(pack: Uint8Array): Map<number, Uint8Array> {
  const view = new DataView(pack.buffer, pack.byteOffset, pack.byteLength);
  const n = view.getUint16(0);
  const header = 2 + 2 * n + 4 * (n + 1);
  if (pack.byteLength < header) throw new Error('Glyph pack: truncated header');
  const glyphs = new Map<number, Uint8Array>();
  for (let i = 0; i < n; i++) {
    const from = header + view.getUint32(2 + 2 * n + 4 * i);
    const to = header + view.getUint32(2 + 2 * n + 4 * (i + 1));
    if (to < from || to > pack.byteLength) throw new Error('Glyph pack: bad offsets');
    glyphs.set(view.getUint16(2 + 2 * i), pack.subarray(from, to));
  }
  return glyphs;
}

// ---------------------------------------------------------------------------------------------
// The character map: compact in the base file, a real cmap in the assembled font
// ---------------------------------------------------------------------------------------------

/** [code point, glyph id] pairs in ascending code point order → 'Xcmp' bytes. */
export function encodeCharacterMap(map: readonly (readonly [number, number])[]): Uint8Array {
  const out: number[] = [];
  const varint = (n: number) => {
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 0x80);
    }
    out.push(n);
  };
  let cp = -1;
  let gid = 0;
  varint(map.length);
  for (const [nextCp, nextGid] of map) {
    if (nextCp <= cp) throw new Error('Character map: code points must ascend');
    varint(nextCp - cp - 1);
    const delta = nextGid - gid;
    varint(delta >= 0 ? delta * 2 : -delta * 2 - 1);
    cp = nextCp;
    gid = nextGid;
  }
  return Uint8Array.from(out);
}

export function decodeCharacterMap(bytes: Uint8Array): [number, number][] {
  let at = 0;
  const varint = () => {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) throw new Error('Character map: truncated');
      const b = bytes[at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  };
  const count = varint();
  const map: [number, number][] = [];
  let cp = -1;
  let gid = 0;
  for (let i = 0; i < count; i++) {
    cp += varint() + 1;
    const zigzag = varint();
    gid += zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    map.push([cp, gid]);
  }
  return map;
}

/** A format 12 cmap subtable of the map. */
function format12(map: readonly (readonly [number, number])[]): Uint8Array {
  const groups: [number, number, number][] = [];
  for (const [cp, gid] of map) {
    const last = groups[groups.length - 1];
    if (last && cp === last[1] + 1 && gid === last[2] + (cp - last[0])) last[1] = cp;
    else groups.push([cp, cp, gid]);
  }
  const out = new Uint8Array(16 + 12 * groups.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 12);
  view.setUint32(4, out.length);
  view.setUint32(12, groups.length);
  groups.forEach(([from, to, gid], i) => {
    view.setUint32(16 + 12 * i, from);
    view.setUint32(20 + 12 * i, to);
    view.setUint32(24 + 12 * i, gid);
  });
  return out;
}

/**
 * A cmap of the full-repertoire Unicode subtable (3/10, which fontkit prefers) and the variation
 * sequences (0/5), as the original fonts' cmaps answer.
 */
function cmapOf(map: Uint8Array, uvs: Uint8Array | undefined): Uint8Array {
  const subtables: [number, number, Uint8Array][] = [];
  if (uvs) subtables.push([0, 5, uvs]);
  subtables.push([3, 10, format12(decodeCharacterMap(map))]);
  const header = 4 + 8 * subtables.length;
  let length = header;
  for (const [, , table] of subtables) length += (table.length + 3) & ~3;
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  view.setUint16(2, subtables.length);
  let at = header;
  subtables.forEach(([platform, encoding, table], i) => {
    view.setUint16(4 + 8 * i, platform);
    view.setUint16(6 + 8 * i, encoding);
    view.setUint32(8 + 8 * i, at);
    out.set(table, at);
    at += (table.length + 3) & ~3;
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fonts from a base and glyphs
// ---------------------------------------------------------------------------------------------

/** The base's tables plus loca and glyf holding `glyphs` (every other glyph empty). */
export function assembleFont(
  base: Uint8Array,
  glyphs: ReadonlyMap<number, Uint8Array>,
): Uint8Array {
  const tables = readTables(base);
  const head = tables.get('head');
  const maxp = tables.get('maxp');
  if (!head || !maxp) throw new Error('Glyph base: no head or maxp');
  const numGlyphs = new DataView(maxp.buffer, maxp.byteOffset, maxp.byteLength).getUint16(4);
  let length = 0;
  for (const [id, glyph] of glyphs) if (id < numGlyphs) length += (glyph.length + 3) & ~3;
  const glyf = new Uint8Array(length);
  const loca = new Uint8Array(4 * (numGlyphs + 1));
  const locaView = new DataView(loca.buffer);
  let at = 0;
  for (let id = 0; id < numGlyphs; id++) {
    locaView.setUint32(4 * id, at);
    const glyph = glyphs.get(id);
    if (glyph) {
      glyf.set(glyph, at);
      at += (glyph.length + 3) & ~3;
    }
  }
  locaView.setUint32(4 * numGlyphs, at);
  const newHead = head.slice();
  new DataView(newHead.buffer).setInt16(50, 1); // indexToLocFormat: long offsets
  const out = new Map(tables);
  const map = tables.get('Xcmp');
  if (!map) throw new Error('Glyph base: no character map');
  out.delete('Xcmp');
  out.delete('Xuvs');
  out.set('cmap', cmapOf(map, tables.get('Xuvs')));
  out.set('head', newHead);
  out.set('loca', loca);
  out.set('glyf', glyf);
  return writeSfnt(out);
}

function parse(bytes: Uint8Array): Font {
  const font = fontkit.create(bytes as Buffer);
  if (!('glyphForCodePoint' in font)) throw new Error('Expected a single font');
  return font;
}

const isVariationSelector = (cp: number) =>
  (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

/** A text cut into characters, each with the variation selectors that follow it. */
function sequences(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    if (out.length > 0 && isVariationSelector(ch.codePointAt(0)!))
      out[out.length - 1] = `${out[out.length - 1] ?? ''}${ch}`;
    else out.push(ch);
  }
  return out;
}

/**
 * The glyph ids drawing `sequence` in `font`: the cmap's glyph (what the renderer measures) and,
 * with a variation selector, the variant's (what it prints).
 */
export function glyphIdsOf(font: Font, sequence: string): number[] {
  const ids = new Set<number>();
  const base = sequence.codePointAt(0) ?? 0;
  if (!isVariationSelector(base)) ids.add(font.glyphForCodePoint(base).id);
  for (const glyph of font.glyphsForString(sequence)) ids.add(glyph.id);
  return [...ids];
}

/** Every string of the form's layout: the words the renderer prints on every PDF. */
export function fixedTexts(): string[] {
  const out = new Set<string>(FORM_TITLE);
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(FORM_LAYOUT);
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Loading what a PDF needs
// ---------------------------------------------------------------------------------------------

/** Bytes of a file under pdf/glyphs/ (a URL path relative to it). */
export type FetchGlyphFile = (path: string) => Promise<Uint8Array>;

interface FontState {
  base: Uint8Array;
  /** Parsed base with no outlines: its cmap maps characters to glyph ids. */
  lookup: Font;
  glyphs: Map<number, Uint8Array>;
  shards: Set<number>;
  /** Shards on their way, shared by renders that need the same ones. */
  loading: Map<number, Promise<void>>;
  assembled?: { count: number; bytes: Uint8Array };
}

/**
 * The PDF fonts for one request, from glyph files: the base fonts and the form's glyphs once,
 * then the shards holding the glyphs of the request's characters. Keeps what it loaded, so later
 * PDFs download only new glyphs; hands the renderer the same bytes while nothing new arrived (so
 * the renderer's parsed-font cache holds).
 */
export class GlyphFonts {
  private index?: Promise<GlyphIndex>;
  private readonly fonts: [Promise<FontState> | undefined, Promise<FontState> | undefined] = [
    undefined,
    undefined,
  ];

  constructor(private readonly fetchFile: FetchGlyphFile) {}

  private getIndex(): Promise<GlyphIndex> {
    this.index ??= this.fetchFile(INDEX_FILE).then((bytes) =>
      GlyphIndexSchema.parse(JSON.parse(new TextDecoder().decode(bytes))),
    );
    this.index.catch(() => (this.index = undefined));
    return this.index;
  }

  private font(role: FontRole): Promise<FontState> {
    let state = this.fonts[role];
    if (!state) {
      state = (async () => {
        const index = await this.getIndex();
        const [base, form] = await Promise.all([
          this.fetchFile(`${index.dir}/${baseFile(role)}`),
          role === 0 ? this.fetchFile(`${index.dir}/${FORM_FILE}`) : undefined,
        ]);
        const glyphs = form ? decodeGlyphPack(form) : new Map<number, Uint8Array>();
        const lookup = parse(assembleFont(base, new Map()));
        return { base, lookup, glyphs, shards: new Set(), loading: new Map() };
      })();
      state.catch(() => (this.fonts[role] = undefined));
      this.fonts[role] = state;
    }
    return state;
  }

  /** Downloads the shards holding `needed` (sequence → glyph ids); the sequences it could not. */
  private async load(
    role: FontRole,
    state: FontState,
    needed: Map<string, number[]>,
  ): Promise<string[]> {
    const index = await this.getIndex();
    const size = index.shardSize;
    const bySequence = new Map<number, string[]>();
    for (const [sequence, ids] of needed) {
      for (const id of ids) {
        if (state.glyphs.has(id)) continue;
        const shard = Math.floor(id / size);
        if (state.shards.has(shard)) continue; // loaded: the glyph is empty (a space)
        if (!index.fonts[role].shards.includes(shard)) {
          throw new Error(`No glyph shard ${shard} of ${index.fonts[role].name} for ${sequence}`);
        }
        bySequence.set(shard, [...(bySequence.get(shard) ?? []), sequence]);
      }
    }
    const results = await Promise.allSettled(
      [...bySequence.keys()].map((shard) => {
        let loading = state.loading.get(shard);
        if (!loading) {
          loading = this.fetchFile(`${index.dir}/${shardFile(role, shard)}`).then((pack) => {
            for (const [id, glyph] of decodeGlyphPack(pack)) state.glyphs.set(id, glyph);
            state.shards.add(shard);
          });
          loading.finally(() => state.loading.delete(shard)).catch(() => undefined);
          state.loading.set(shard, loading);
        }
        return loading;
      }),
    );
    const failed = new Set<string>();
    [...bySequence.values()].forEach((sequences, i) => {
      if (results[i]!.status === 'rejected') sequences.forEach((s) => failed.add(s));
    });
    return [...failed];
  }

  private bytesOf(state: FontState): Uint8Array {
    if (state.assembled?.count !== state.glyphs.size) {
      state.assembled = { count: state.glyphs.size, bytes: assembleFont(state.base, state.glyphs) };
    }
    return state.assembled.bytes;
  }

  /**
   * The fonts for the PDF of `request` (the blank form for null). Throws GlyphsUnavailableError
   * naming the characters whose glyphs could not be downloaded.
   */
  fontsFor(request: Request | null, options: { fillable?: boolean } = {}): Promise<PdfFonts> {
    const values = request ? Object.values(valuesOf(request)) : [];
    // The fillable PDF also embeds what a correction in a viewer may type (render.ts).
    return this.fontsForTexts(options.fillable ? [...values, EDITABLE_CHARACTERS] : values);
  }

  /** The fonts for a PDF of the form's words and these values (also: to download ahead). */
  async fontsForTexts(values: readonly string[]): Promise<PdfFonts> {
    const primary = await this.font(0);
    const forPrimary = new Map<string, number[]>();
    const forFallback = new Map<string, number[]>();
    const order: string[] = [];
    for (const text of [...fixedTexts(), ...values]) {
      for (const sequence of sequences(text)) {
        if (forPrimary.has(sequence) || forFallback.has(sequence)) continue;
        order.push(sequence);
        const cp = sequence.codePointAt(0)!;
        if (isVariationSelector(cp) || primary.lookup.hasGlyphForCodePoint(cp)) {
          forPrimary.set(sequence, glyphIdsOf(primary.lookup, sequence));
        } else forFallback.set(sequence, []);
      }
    }
    // .notdef: every subset has it, and it is what a character no font has prints as.
    forPrimary.set('', [0]);
    let fallback: FontState | undefined;
    const failed: string[] = [];
    const primaryLoad = this.load(0, primary, forPrimary);
    primaryLoad.catch(() => undefined); // awaited below, after the fallback's
    if (forFallback.size > 0) {
      try {
        fallback = await this.font(1);
        for (const sequence of forFallback.keys()) {
          forFallback.set(sequence, glyphIdsOf(fallback.lookup, sequence));
        }
        forFallback.set('', [0]);
        failed.push(...(await this.load(1, fallback, forFallback)));
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('No glyph shard')) throw error;
        failed.push(...forFallback.keys());
      }
    }
    failed.unshift(...(await primaryLoad));
    // In the order the person reads them on the form.
    const characters = [...new Set(failed)]
      .filter((s) => s !== '')
      .sort((a, b) => order.indexOf(a) - order.indexOf(b));
    if (failed.length > 0) {
      // The base files themselves ('' = .notdef) failing is no character's fault.
      if (characters.length === 0) throw new Error('PDF glyph files could not be downloaded');
      throw new GlyphsUnavailableError(characters);
    }
    const primaryBytes = this.bytesOf(primary);
    const fallbackBytes = fallback ? this.bytesOf(fallback) : undefined;
    return {
      primary: primaryBytes,
      loadFallback: () =>
        fallbackBytes
          ? Promise.resolve(fallbackBytes)
          : Promise.reject(new Error('The fallback font was not prepared for this request')),
    };
  }
}
