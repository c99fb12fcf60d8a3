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
  const fits = (from: number, to: number) => {
    let w = 0;
    for (let i = from; i < to; i++) w += widths[i] ?? 0;
    // Spaces may hang past the edge: they are trimmed off the line end.
    for (let i = to - 1; i >= from && isSpace(units[i] ?? ''); i--) w -= widths[i] ?? 0;
    return w <= width + 1e-9;
  };
  const greedy = (allowed: (i: number) => boolean): string[] | null => {
    const lines: string[] = [];
    let start = 0;
    while (start < units.length) {
      if (lines.length === maxLines) return null;
      let cut = -1;
      for (let end = start + 1; end <= units.length; end++) {
        if (end < units.length && !allowed(end)) continue;
        if (!fits(start, end)) break;
        cut = end;
      }
      if (cut < 0) return null; // the next word alone is wider than the line
      lines.push(trimSpaces(units.slice(start, cut).join('')));
      start = cut;
      while (start < units.length && isSpace(units[start] ?? '')) start += 1;
    }
    return lines;
  };
  if (units.some(isSpace)) {
    const bySpaces = greedy((i) => kinds[i] === BREAK.space);
    if (bySpaces) return bySpaces;
  }
  const byPhrases = greedy((i) => (kinds[i] ?? 0) >= BREAK.phrase);
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
  return greedy(inside(BREAK.compound)) ?? greedy(inside(BREAK.word));
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
