/**
 * Cutting text to a length without breaking a character. Lengths are UTF-16 code units (a
 * string's `length`), the unit an input's maxlength counts, so a value cut here is one the input
 * would hold; the cut falls between grapheme clusters, so 𠮷 (a surrogate pair), が written as
 * か + ゛, or 葛 with its variation selector are kept whole or dropped whole, never split.
 */

// Building a segmenter costs more than using one: one for the whole app.
const segmenter: Intl.Segmenter | null =
  typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter('ja', { granularity: 'grapheme' })
    : null;

/** Whether the code unit at `index` is the second half of a surrogate pair. */
function isLowSurrogateAfterHigh(text: string, index: number): boolean {
  const low = text.charCodeAt(index);
  const high = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

/**
 * The longest start of `text` that is at most `max` code units and ends on a grapheme cluster
 * boundary. Work is proportional to `max`, not to `text`: a pasted 1,000,000 characters are cut
 * at once.
 */
export function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (segmenter === null) {
    // No Intl.Segmenter: at least never split a surrogate pair.
    return text.slice(0, isLowSurrogateAfterHigh(text, max) ? max - 1 : max);
  }
  // Whether there is a boundary at `max` depends on what follows it (a combining mark, the low
  // half of a pair), never on anything further: a window two code units past it is enough.
  let end = 0;
  for (const { index, segment } of segmenter.segment(text.slice(0, max + 2))) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
