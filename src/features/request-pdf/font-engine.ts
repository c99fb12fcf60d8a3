import * as fontkit from 'fontkit';
import type { Font, Subset } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';
import { clusters, isVariationSelector } from './fit-text';
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
