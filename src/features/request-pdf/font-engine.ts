import * as fontkit from 'fontkit';
import type { Font, Subset } from 'fontkit';
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFDocument,
  type PDFFont,
} from 'pdf-lib';
import { clusters, isVariationSelector } from './line-breaks';
import { stripHinting } from './strip-hinting';

/** The font bytes a render needs. */
export interface PdfFonts {
  /** BIZ UD Gothic: every printed label and almost every value. */
  primary: Uint8Array;
  /**
   * Noto Sans JP, for the few characters BIZ UD Gothic lacks (𠮷). Called only when a value
   * needs it, so a browser does not download 5 MB for nothing.
   */
  loadFallback: () => Promise<Uint8Array>;
}

// Parsing a 4–5 MB font costs tens of milliseconds; the same bytes are parsed once per process.
const parsed = new WeakMap<Uint8Array, Font>();

export function parseFont(bytes: Uint8Array): Font {
  let font = parsed.get(bytes);
  if (!font) {
    const created = fontkit.create(bytes as Buffer);
    if (!('glyphForCodePoint' in created))
      throw new Error('Expected a single font, got a collection');
    font = created;
    parsed.set(bytes, font);
  }
  return font;
}

type EncodeStream = {
  on(event: 'data' | 'end' | 'error', callback: (arg?: unknown) => void): EncodeStream;
};

/** pdf-lib 1.17 calls fontkit 1's `subset.encodeStream()`; fontkit 2 has `subset.encode()`. */
function encodeStreamOf(subset: Subset): EncodeStream {
  const handlers: Partial<Record<'data' | 'end' | 'error', (arg?: unknown) => void>> = {};
  const stream: EncodeStream = {
    on(event, callback) {
      handlers[event] = callback;
      return stream;
    },
  };
  // pdf-lib attaches its handlers right after the call, so emit on the next microtask.
  queueMicrotask(() => {
    try {
      const bytes = stripHinting(subset.encode());
      handlers.data?.(bytes);
      handlers.end?.();
    } catch (error) {
      handlers.error?.(error);
    }
  });
  return stream;
}

type Method = (...args: unknown[]) => unknown;

const adapted = new WeakMap<Font, Font>();

function adaptFont(font: Font): Font {
  let proxy = adapted.get(font);
  if (!proxy) {
    // One glyph per character straight from the cmap (variation sequences included), without
    // OpenType shaping: what was typed is what prints, the widths match FontSet.measure exactly,
    // and it is several times faster. The labels repeat in every render, so results are memoised.
    const layouts = new Map<string, { glyphs: ReturnType<Font['glyphsForString']> }>();
    const layout = (text: string) => {
      let result = layouts.get(text);
      if (!result) {
        result = { glyphs: font.glyphsForString(text) };
        if (layouts.size > 2000) layouts.clear();
        layouts.set(text, result);
      }
      return result;
    };
    proxy = new Proxy(font, {
      get(target, prop) {
        if (prop === 'layout') return layout;
        if (prop === 'createSubset') {
          return () => {
            const subset = target.createSubset();
            return new Proxy(subset, {
              get(s, p) {
                if (p === 'encodeStream') return () => encodeStreamOf(s);
                const value: unknown = Reflect.get(s, p, s);
                return typeof value === 'function' ? (value as Method).bind(s) : value;
              },
            });
          };
        }
        // Receiver = target: fontkit's cached getters must run on the real font object.
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as Method).bind(target) : value;
      },
    });
    adapted.set(font, proxy);
  }
  return proxy;
}

/**
 * fontkit 2 for pdf-lib. Not @pdf-lib/fontkit: it garbles small CJK subsets (short `loca` with odd
 * offsets), see docs/pdf-and-fonts.md.
 */
export const fontkitForPdfLib = {
  create: (bytes: Uint8Array) => adaptFont(parseFont(bytes)),
} as unknown as Parameters<PDFDocument['registerFontkit']>[0];

/** Which font draws a character: 0 = primary, 1 = fallback. */
export type FontIndex = 0 | 1;

export interface TextRun {
  font: FontIndex;
  text: string;
}

/** Glyph lookup across the primary and (optional) fallback font, with cached advances. */
export class FontSet {
  private readonly info = new Map<number, { font: FontIndex; advance: number }>();

  constructor(
    readonly primary: Font,
    readonly fallback: Font | null,
  ) {}

  private lookup(codePoint: number): { font: FontIndex; advance: number } {
    let entry = this.info.get(codePoint);
    if (!entry) {
      if (isVariationSelector(codePoint)) entry = { font: 0, advance: 0 };
      else {
        let font = this.primary;
        let index: FontIndex = 0;
        if (
          !this.primary.hasGlyphForCodePoint(codePoint) &&
          this.fallback?.hasGlyphForCodePoint(codePoint)
        ) {
          font = this.fallback;
          index = 1;
        }
        entry = {
          font: index,
          advance: font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm,
        };
      }
      this.info.set(codePoint, entry);
    }
    return entry;
  }

  /** Width at 1 pt in points (the sum of the glyph advances the PDF's /W array will carry). */
  readonly measure = (text: string): number => {
    let width = 0;
    for (const ch of text) width += this.lookup(ch.codePointAt(0) ?? 0).advance;
    return width;
  };

  /** Whether any font can draw the code point. */
  canDraw(codePoint: number): boolean {
    if (isVariationSelector(codePoint)) return true;
    return (
      this.primary.hasGlyphForCodePoint(codePoint) ||
      (this.fallback?.hasGlyphForCodePoint(codePoint) ?? false)
    );
  }

  /** Consecutive characters drawn by the same font; a variation selector stays with its base. */
  runs(text: string): TextRun[] {
    const runs: TextRun[] = [];
    for (const unit of clusters(text)) {
      const font = this.lookup(unit.codePointAt(0) ?? 0).font;
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += unit;
      else runs.push({ font, text: unit });
    }
    return runs;
  }
}

/** Whether the primary font alone can draw every character of the texts. */
export function primaryCovers(primary: Font, texts: Iterable<string>): boolean {
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (!isVariationSelector(cp) && !primary.hasGlyphForCodePoint(cp)) return false;
    }
  }
  return true;
}

/*
 * Finishing an embedded font the way the PDF specification asks, which pdf-lib 1.17 does not
 * (docs/decisions/0015-pdf-standards-and-editing.md):
 * - its ToUnicode CMap puts every glyph into one `beginbfchar` block; a block holds at most 100
 *   (Adobe TN 5014, the CMap format ISO 32000-1 refers to in 9.10.3), and Ghostscript then
 *   extracts glyph numbers instead of text. The CMap is rewritten in blocks of 100;
 * - a subset's name carries a tag of six capital letters and "+" (9.6.4), so tools and people see
 *   that only some glyphs are embedded. The tag is made from the subset's glyphs, so the same
 *   request gives the same file.
 */

/** Entries per `beginbfchar` block. */
export const CMAP_BLOCK_SIZE = 100;

/** A ToUnicode CMap of `entries` ([glyph code, UTF-16BE] as hex digits), in blocks. */
export function toUnicodeCMap(entries: readonly (readonly [string, string])[]): string {
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += CMAP_BLOCK_SIZE) {
    const block = entries.slice(i, i + CMAP_BLOCK_SIZE);
    blocks.push(
      `${block.length} beginbfchar\n${block.map(([code, text]) => `<${code}> <${text}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Six capital letters from the subset's content (FNV-1a, in base 26). */
export function subsetTag(entries: readonly (readonly [string, string])[]): string {
  let hash = 0x811c9dc5;
  for (const [code, text] of entries) {
    for (const ch of `${code}:${text};`) {
      hash ^= ch.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}

/** Embeds `font` into `doc` (as doc.save() would), then fixes its CMap and its name. */
export async function embedFont(
  doc: PDFDocument,
  font: PDFFont,
  { subset }: { subset: boolean },
): Promise<void> {
  await font.embed();
  const { context } = doc;
  const type0 = context.lookup(font.ref, PDFDict);
  const toUnicode = type0.get(PDFName.of('ToUnicode'));
  if (!(toUnicode instanceof PDFRef)) throw new Error(`${font.name}: no ToUnicode CMap`);
  const stream = context.lookup(toUnicode);
  if (!(stream instanceof PDFRawStream)) throw new Error(`${font.name}: unexpected ToUnicode`);
  const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
  const entries = Array.from(
    cmap.matchAll(/^<([0-9a-fA-F]+)> <([0-9a-fA-F]+)>$/gm),
    (m) => [m[1]!, m[2]!] as const,
  ).sort(([a], [b]) => parseInt(a, 16) - parseInt(b, 16));
  context.assign(toUnicode, context.flateStream(toUnicodeCMap(entries)));

  // pdf-lib names the font "<PostScript name>-<random digits>".
  const name = PDFName.of(subset ? `${subsetTag(entries)}+${font.name}` : font.name);
  type0.set(PDFName.of('BaseFont'), name);
  const [descendant] = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).asArray();
  const cidFont = context.lookup(descendant, PDFDict);
  cidFont.set(PDFName.of('BaseFont'), name);
  cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict).set(PDFName.of('FontName'), name);
}

const range = (from: number, to: number) =>
  String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

/**
 * Embedded in the fillable PDF beyond its values, so a correction typed in a viewer can be drawn
 * with the form's own font: ASCII and its full-width forms, hiragana, katakana and the marks of
 * addresses and names. Other characters (a new kanji) are not in the font.
 */
export const EDITABLE_CHARACTERS =
  range(0x20, 0x7e) +
  range(0xff10, 0xff19) +
  range(0xff21, 0xff3a) +
  range(0xff41, 0xff5a) +
  range(0x3041, 0x3096) +
  range(0x30a1, 0x30fa) +
  'ー・、。「」（）－〒々\u3000';
