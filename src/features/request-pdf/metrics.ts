import { z } from 'zod/mini';
import type { Printability } from '../../domain/request/printability';
import { isVariationSelector } from './fit-text';
import { layoutPrintability, type Glyphs } from './layout-printability';

/**
 * The PDF fonts' metrics without the fonts: what the form needs to check values as the renderer
 * will print them, at a few dozen KB instead of ~10 MB of fonts. scripts/build-pdf-metrics.ts
 * derives the table from the font files and writes public/pdf/metrics.json.
 *
 * Format (version 1):
 *
 *   {
 *     "v": 1,
 *     "fonts": [
 *       { "name": "BIZUDGothic-Regular", "unitsPerEm": 2048, "notdef": 2048,
 *         "ranges": [32, 95, 66, 1, …], "advances": [95, 1024, 1, 2048, …] },
 *       { "name": "NotoSansJP-Regular", … }
 *     ]
 *   }
 *
 * fonts[0] is the primary font, fonts[1] the fallback. `ranges` lists the code points the font
 * draws as [gap, length] pairs: each range starts `gap` code points after the previous range's
 * end (the first after 0). For the fallback these are only the code points the primary lacks,
 * since the renderer never asks the fallback for anything else. `advances` is [count, width]
 * pairs: the advance widths (font units) of those code points in ascending order, run-length
 * encoded. `notdef` is the advance of glyph 0, which is what the renderer measures for a
 * character no font has.
 *
 * The file is fetched, so it is untrusted: a dev server answers a missing file with index.html,
 * and a stale or truncated file must not pass as metrics.
 */

export const METRICS_FORMAT_VERSION = 1;

const count = z.int().check(z.nonnegative());
const MAX_CODE_POINT = 0x10ffff;

function pairs(list: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < list.length; i += 2) out.push([list[i]!, list[i + 1]!]);
  return out;
}

const FontMetricsSchema = z
  .object({
    name: z.string(),
    unitsPerEm: z.int().check(z.positive()),
    notdef: count,
    ranges: z.array(count),
    advances: z.array(count),
  })
  .check(
    z.superRefine((font, ctx) => {
      if (font.ranges.length % 2 !== 0 || font.advances.length % 2 !== 0) {
        ctx.addIssue({ code: 'custom', message: 'ranges and advances are [a, b] pairs' });
        return;
      }
      let end = 0;
      let covered = 0;
      for (const [gap, length] of pairs(font.ranges)) {
        end += gap + length;
        covered += length;
        if (length === 0 || end > MAX_CODE_POINT + 1) {
          ctx.addIssue({ code: 'custom', path: ['ranges'], message: 'bad range' });
          return;
        }
      }
      let widths = 0;
      for (const [n] of pairs(font.advances)) {
        if (n === 0) {
          ctx.addIssue({ code: 'custom', path: ['advances'], message: 'empty run' });
          return;
        }
        widths += n;
      }
      if (widths !== covered) {
        ctx.addIssue({
          code: 'custom',
          path: ['advances'],
          message: `advances cover ${widths} code points, ranges ${covered}`,
        });
      }
    }),
  );

export const PdfMetricsSchema = z.object({
  v: z.literal(METRICS_FORMAT_VERSION),
  fonts: z.tuple([FontMetricsSchema, FontMetricsSchema]),
});
export type PdfMetrics = z.infer<typeof PdfMetricsSchema>;
export type FontMetrics = PdfMetrics['fonts'][number];

/** The table from a fetched body (parsed JSON), or an error saying why it is not one. */
export function parsePdfMetrics(json: unknown): PdfMetrics {
  const result = PdfMetricsSchema.safeParse(json);
  if (!result.success) throw new Error(`Invalid PDF metrics: ${result.error.message}`);
  return result.data;
}

/** One font's table, expanded for binary search. */
class FontTable {
  /** Range i covers starts[i] ≤ cp < ends[i]; its first code point is number firsts[i]. */
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  private readonly firsts: Uint32Array;
  /** Run j holds the code points numbered below runEnds[j] (and not in an earlier run). */
  private readonly runEnds: Uint32Array;
  /** Width at 1 pt: the same division FontSet does, so the sums match to the last bit. */
  private readonly runAdvances: Float64Array;
  readonly notdef: number;

  constructor(font: FontMetrics) {
    const ranges = pairs(font.ranges);
    this.starts = new Uint32Array(ranges.length);
    this.ends = new Uint32Array(ranges.length);
    this.firsts = new Uint32Array(ranges.length);
    let end = 0;
    let covered = 0;
    ranges.forEach(([gap, length], i) => {
      this.starts[i] = end + gap;
      end += gap + length;
      this.ends[i] = end;
      this.firsts[i] = covered;
      covered += length;
    });
    const runs = pairs(font.advances);
    this.runEnds = new Uint32Array(runs.length);
    this.runAdvances = new Float64Array(runs.length);
    let numbered = 0;
    runs.forEach(([n, width], j) => {
      numbered += n;
      this.runEnds[j] = numbered;
      this.runAdvances[j] = width / font.unitsPerEm;
    });
    this.notdef = font.notdef / font.unitsPerEm;
  }

  /** The code point's number among those the font draws, or -1. */
  private indexOf(codePoint: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (codePoint < this.starts[mid]!) hi = mid - 1;
      else if (codePoint >= this.ends[mid]!) lo = mid + 1;
      else return this.firsts[mid]! + codePoint - this.starts[mid]!;
    }
    return -1;
  }

  /** Advance at 1 pt, or undefined when the font does not draw the code point. */
  advance(codePoint: number): number | undefined {
    const index = this.indexOf(codePoint);
    if (index < 0) return undefined;
    let lo = 0;
    let hi = this.runEnds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (index < this.runEnds[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return this.runAdvances[lo];
  }
}

/** FontSet's canDraw and measure, answered from the table. */
export function createMetricsFontSet(metrics: PdfMetrics): Glyphs {
  const primary = new FontTable(metrics.fonts[0]);
  const fallback = new FontTable(metrics.fonts[1]);
  // Mirrors FontSet.lookup: variation selectors take no room, the primary wins, and a character
  // no font has is measured as the primary's .notdef box the PDF would show.
  const advance = (codePoint: number): number | undefined => {
    if (isVariationSelector(codePoint)) return 0;
    return primary.advance(codePoint) ?? fallback.advance(codePoint);
  };
  return {
    canDraw: (codePoint) => advance(codePoint) !== undefined,
    measure: (text) => {
      let width = 0;
      for (const ch of text) width += advance(ch.codePointAt(0) ?? 0) ?? primary.notdef;
      return width;
    },
  };
}

/** Printability from the metrics table and the form's layout: the renderer's rules, no fonts. */
export function createMetricsPrintability(metrics: PdfMetrics): Printability {
  return layoutPrintability(createMetricsFontSet(metrics));
}
