/**
 * Line breaking and shrink-to-fit for the form's value boxes. Pure: the caller supplies the
 * measure (real glyph advances), so the same code decides what the PDF prints and what the form
 * accepts (Printability.fits).
 */

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

const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

export function isVariationSelector(codePoint: number): boolean {
  return (
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

// Japanese line-breaking rules (禁則): characters that must not start a line, and ones that must
// not end one.
const NO_LINE_START = new Set(
  '、。，．,.・：；:;？！?!ー―‐-～〜）)］]｝}〕〉》」』】〙〗〟’”ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ'.split(
    '',
  ),
);
const NO_LINE_END = new Set('（(［[｛{〔〈《「『【〘〖〝‘“〒'.split(''));

/** Latin letters, digits and the joiners of numbers, addresses and user names stay together. */
function isWordChar(ch: string): boolean {
  return /^[A-Za-z0-9\-_.@/#&+'０-９Ａ-Ｚａ-ｚ－]$/u.test(ch);
}

/** Split into user-perceived units: a code point plus any variation selector that follows. */
export function clusters(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const last = out.length - 1;
    if (last >= 0 && VARIATION_SELECTOR.test(ch)) out[last] = `${out[last] ?? ''}${ch}`;
    else out.push(ch);
  }
  return out;
}

function canBreakBefore(prev: string, next: string, spacesOnly: boolean): boolean {
  if (next === ' ' || next === '\u3000') return false; // break after the space instead
  if (prev === ' ' || prev === '\u3000') return true;
  if (spacesOnly) return false;
  const p = String.fromCodePoint(prev.codePointAt(0) ?? 0x20);
  const n = String.fromCodePoint(next.codePointAt(0) ?? 0x20);
  if (NO_LINE_START.has(n) || NO_LINE_END.has(p)) return false;
  if (isWordChar(p) && isWordChar(n)) return false;
  return true;
}

function trimSpaces(line: string): string {
  return line.replace(/^[ \u3000]+|[ \u3000]+$/gu, '');
}

/**
 * Greedy line breaking at `width` (points at 1 pt font size, i.e. width / size). Returns the
 * lines, or null when more than `maxLines` are needed.
 */
export function wrapText(
  text: string,
  width: number,
  measure: Measure,
  maxLines: number,
): string[] | null {
  // Where the person typed spaces (「中央執行委員会 執行委員長」) they mark the natural breaks:
  // use only those when that fits, else break between any characters the rules allow.
  if (/[ \u3000]/u.test(text)) {
    const bySpaces = wrapWith(text, width, measure, maxLines, true);
    if (bySpaces) return bySpaces;
  }
  return wrapWith(text, width, measure, maxLines, false);
}

function wrapWith(
  text: string,
  width: number,
  measure: Measure,
  maxLines: number,
  spacesOnly: boolean,
): string[] | null {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const units = clusters(paragraph);
    const widths = units.map((u) => measure(u));
    let start = 0;
    while (start < units.length) {
      let used = 0;
      let lastBreak = -1;
      let end = start;
      while (end < units.length) {
        const unitWidth = widths[end] ?? 0;
        const isSpace = units[end] === ' ' || units[end] === '\u3000';
        if (end > start && canBreakBefore(units[end - 1] ?? '', units[end] ?? '', spacesOnly)) {
          lastBreak = end;
        }
        // Spaces may hang past the edge: they are trimmed off the line end.
        if (used + unitWidth > width + 1e-9 && !isSpace && end > start) break;
        used += unitWidth;
        end += 1;
      }
      let cut = end;
      if (end < units.length && lastBreak > start) cut = lastBreak;
      else if (end < units.length && spacesOnly) return null; // a word wider than the line
      lines.push(trimSpaces(units.slice(start, cut).join('')));
      if (lines.length > maxLines) return null;
      start = cut;
      while (start < units.length && (units[start] === ' ' || units[start] === '\u3000')) {
        start += 1;
      }
    }
    if (units.length === 0) lines.push('');
  }
  if (lines.length > maxLines) return null;
  return lines;
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
