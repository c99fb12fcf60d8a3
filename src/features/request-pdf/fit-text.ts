/**
 * Line breaking and shrink-to-fit for the form's value boxes. Pure: the caller supplies the
 * measure (real glyph advances), so the same code decides what the PDF prints and what the form
 * accepts (Printability.fits).
 */
import { BREAK, breaksOf, clusters, isSpace, type BreakKind } from './line-breaks';

/** Width of `text` at a font size of 1 pt, in points. */
export type Measure = (text: string) => number;

export interface FitBox {
  /** Points. */
  width: number;
  /** Points. */
  height: number;
  maxSize: number;
  minSize: number;
  maxLines: number;
}

export type FitResult =
  { fits: true; size: number; lines: string[] } | { fits: false; reason: 'too-long' };

/** Baseline-to-baseline distance as a multiple of the font size. */
export const LINE_HEIGHT = 1.2;
const SIZE_STEP = 0.5;

export { clusters, isVariationSelector } from './line-breaks';

function trimSpaces(line: string): string {
  return line.replace(/^[ \u3000]+|[ \u3000]+$/gu, '');
}

/**
 * Line breaking at `width` (points at 1 pt font size, i.e. width / size). Returns the lines, or
 * null when more than `maxLines` are needed or a word is wider than a line. A line feed always
 * breaks. Where the person typed spaces they mark the natural breaks: only those are used when
 * that fits; else phrases; else, inside a phrase too wide for a line, its words (line-breaks.ts).
 */
export function wrapText(
  text: string,
  width: number,
  measure: Measure,
  maxLines: number,
): string[] | null {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const wrapped = wrapParagraph(paragraph, width, measure, maxLines - lines.length);
    if (!wrapped) return null;
    lines.push(...wrapped);
  }
  return lines.length > maxLines ? null : lines;
}

/** fitText wraps the same text at every size it tries: its breaks are found once. */
const analyses = new Map<string, { units: string[]; kinds: BreakKind[] }>();

function analysed(paragraph: string): { units: string[]; kinds: BreakKind[] } {
  let result = analyses.get(paragraph);
  if (!result) {
    const units = clusters(paragraph);
    result = { units, kinds: breaksOf(units) };
    if (analyses.size > 500) analyses.clear();
    analyses.set(paragraph, result);
  }
  return result;
}

function wrapParagraph(
  paragraph: string,
  width: number,
  measure: Measure,
  maxLines: number,
): string[] | null {
  if (paragraph === '') return maxLines >= 1 ? [''] : null;
  const { units, kinds } = analysed(paragraph);
  const widths = units.map((u) => measure(u));
  const lineWidth = (from: number, to: number) => {
    let w = 0;
    for (let i = from; i < to; i++) w += widths[i] ?? 0;
    // Spaces may hang past the edge: they are trimmed off the line end.
    for (let i = to - 1; i >= from && isSpace(units[i] ?? ''); i--) w -= widths[i] ?? 0;
    return w;
  };
  const fits = (from: number, to: number) => lineWidth(from, to) <= width + 1e-9;
  const startAfter = (cut: number) => {
    let start = cut;
    while (start < units.length && isSpace(units[start] ?? '')) start += 1;
    return start;
  };
  /** The fewest lines with breaks only where `allowed`: filled line by line. */
  const greedy = (allowed: (i: number) => boolean): number[] | null => {
    const cuts: number[] = [];
    let start = 0;
    while (start < units.length) {
      if (cuts.length === maxLines) return null;
      let cut = -1;
      for (let end = start + 1; end <= units.length; end++) {
        if (end < units.length && !allowed(end)) continue;
        if (!fits(start, end)) break;
        cut = end;
      }
      if (cut < 0) return null; // the next word alone is wider than the line
      cuts.push(cut);
      start = startAfter(cut);
    }
    return cuts;
  };
  /**
   * The same number of lines as `greedy` found, as even as the allowed breaks make them (least
   * sum of squared room left). Used for the words the person typed spaces between: filling line
   * by line leaves the last word alone (「書記 佐藤／花子」, 「総務部 佐藤／花子」), even lines keep
   * the name at the end together (「書記／佐藤 花子」). Between equally even ways the earlier break
   * wins, for the same reason. Phrases are filled line by line: there the first line reads on
   * into the second (「担当者の異動により／パスワード」, not 「担当者の異動に／よりパスワード」).
   */
  const even = (allowed: (i: number) => boolean, count: number): string[] => {
    const points = [0];
    for (let i = 1; i < units.length; i++) if (allowed(i)) points.push(i);
    points.push(units.length);
    // cost[k][j]: the least cost of k lines that end at points[j]; from[k][j]: where the last begins.
    const cost = [points.map((_, j) => (j === 0 ? 0 : Infinity))];
    const from: number[][] = [points.map(() => -1)];
    for (let k = 1; k <= count; k++) {
      cost.push(points.map(() => Infinity));
      from.push(points.map(() => -1));
      for (let j = 1; j < points.length; j++) {
        for (let i = 0; i < j; i++) {
          const before = cost[k - 1]![i]!;
          if (before === Infinity) continue;
          const start = i === 0 ? 0 : startAfter(points[i]!);
          if (start >= points[j]! || !fits(start, points[j]!)) continue;
          const total = before + (width - lineWidth(start, points[j]!)) ** 2;
          if (total < cost[k]![j]! - 1e-9) {
            cost[k]![j] = total;
            from[k]![j] = i;
          }
        }
      }
    }
    const lines: string[] = [];
    for (let k = count, j = points.length - 1; k > 0; j = from[k]![j]!, k--) {
      const i = from[k]![j]!;
      const start = i === 0 ? 0 : startAfter(points[i]!);
      lines.unshift(trimSpaces(units.slice(start, points[j]).join('')));
    }
    return lines;
  };
  const wrap = (allowed: (i: number) => boolean, evenly = false): string[] | null => {
    const cuts = greedy(allowed);
    if (!cuts) return null;
    if (evenly && cuts.length > 1) return even(allowed, cuts.length);
    return cuts.map((cut, n) =>
      trimSpaces(units.slice(n === 0 ? 0 : startAfter(cuts[n - 1]!), cut).join('')),
    );
  };
  if (units.some(isSpace)) {
    const bySpaces = wrap((i) => kinds[i] === BREAK.space, true);
    if (bySpaces) return bySpaces;
  }
  const byPhrases = wrap((i) => (kinds[i] ?? 0) >= BREAK.phrase);
  if (byPhrases) return byPhrases;
  // Inside the phrases that do not fit a line on their own: after a compound, else between words.
  const longPhrase = new Array<boolean>(units.length).fill(false);
  for (let start = 0; start < units.length;) {
    let end = start + 1;
    while (end < units.length && (kinds[end] ?? 0) < BREAK.phrase) end++;
    if (!fits(start, end)) longPhrase.fill(true, start, end);
    start = end;
  }
  const inside = (weakest: BreakKind) => (i: number) =>
    (kinds[i] ?? 0) >= BREAK.phrase || ((kinds[i] ?? 0) >= weakest && longPhrase[i] === true);
  return wrap(inside(BREAK.compound)) ?? wrap(inside(BREAK.word));
}

/**
 * Largest size (in 0.5 pt steps, from maxSize down to minSize) at which `text` fits the box on at
 * most maxLines lines. Wrapping at a larger size wins over shrinking, because bigger text survives
 * the fax better than fewer lines do.
 */
export function fitText(text: string, box: FitBox, measure: Measure): FitResult {
  if (text === '') return { fits: true, size: box.maxSize, lines: [] };
  const minSize = Math.max(box.minSize, 0);
  for (let size = box.maxSize; size >= minSize - 1e-9; size -= SIZE_STEP) {
    if (size > box.height) continue; // one line alone is taller than the box
    const linesByHeight = Math.max(1, Math.floor((box.height - size) / (size * LINE_HEIGHT)) + 1);
    const maxLines = Math.min(box.maxLines, linesByHeight);
    const lines = wrapText(text, box.width / size, measure, maxLines);
    if (lines) return { fits: true, size, lines };
  }
  return { fits: false, reason: 'too-long' };
}
