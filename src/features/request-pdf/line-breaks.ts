import { Parser, jaModel } from 'budoux';

/**
 * Where a value may break onto a new line, and how good a break it is. The wrapper uses the best
 * kind that fits, so a value breaks where the person typed a space, else between phrases
 * (文節, found by BudouX), and only inside a phrase too long for a line between the words of it
 * (found by the browser's ICU word segmenter); never between any other two characters, so a word,
 * a number or a name is never cut (docs/decisions/0014-fax-legible-values.md).
 */

/** The kinds of break before a unit, weakest first. A compound break is a word break right after
 * a suffix that ends a name of a place or a body (東京都|, 中央区|, 委員会|, 総務部|). */
export const BREAK = { none: 0, word: 1, compound: 2, phrase: 3, space: 4 } as const;
export type BreakKind = (typeof BREAK)[keyof typeof BREAK];

const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

export function isVariationSelector(codePoint: number): boolean {
  return (
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
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

export const isSpace = (unit: string) => unit === ' ' || unit === '\u3000';

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

/*
 * ICU cuts compounds into dictionary words, including one-character ones: 委員|会, 東京|都,
 * 総務|部, 髙|﨑|𠮷|男. A one-character word is a suffix or a particle that belongs to the word
 * before it (委員会, 東京都, 髙﨑𠮷男), unless it is one of these prefixes, which belong to the word
 * after it (日本労働組合|総連合会, 第|二 → 第二).
 */
const PREFIXES = new Set('総全第各新旧元前副準正同非未無不再超現約当計'.split(''));
const SUFFIXES = new Set('都道府県市区町村郡会部局課室係所館階号棟庁省署'.split(''));

let phraseParser: Parser | undefined;
let wordSegmenter: Intl.Segmenter | null | undefined;

/** UTF-16 offsets where BudouX starts a new phrase. */
function phraseStarts(text: string): number[] {
  phraseParser ??= new Parser(jaModel);
  return phraseParser.parseBoundaries(text);
}

/** ICU's word segments, or null where the platform has no Intl.Segmenter (then no word breaks). */
function wordSegments(text: string): string[] | null {
  if (wordSegmenter === undefined) {
    wordSegmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('ja', { granularity: 'word' })
        : null;
  }
  return wordSegmenter ? Array.from(wordSegmenter.segment(text), (s) => s.segment) : null;
}

/**
 * For each unit of `units` (clusters of one paragraph, no line feeds), the kind of break allowed
 * before it. Unit 0 never breaks.
 */
export function breaksOf(units: readonly string[]): BreakKind[] {
  const text = units.join('');
  // Unit index of each UTF-16 offset at which a unit starts.
  const unitAt = new Map<number, number>();
  let offset = 0;
  units.forEach((unit, i) => {
    unitAt.set(offset, i);
    offset += unit.length;
  });
  const kinds: BreakKind[] = units.map(() => BREAK.none);
  const allow = (i: number | undefined, kind: BreakKind) => {
    if (i === undefined || i <= 0) return;
    const prev = units[i - 1] ?? '';
    const next = units[i] ?? '';
    if (isSpace(next) || isSpace(prev)) return; // spaces are placed below
    if (NO_LINE_START.has(next[0] ?? '') || NO_LINE_END.has(prev[0] ?? '')) return;
    if (isWordChar(prev) && isWordChar(next)) return;
    if (kind > kinds[i]!) kinds[i] = kind;
  };

  const words = wordSegments(text);
  if (words) {
    let at = 0;
    const starts: number[] = [];
    for (const word of words) {
      starts.push(at);
      at += word.length;
    }
    const single = (s: string) => Array.from(s).length === 1 && !isWordChar(s);
    words.forEach((word, w) => {
      if (w === 0) return;
      const previous = words[w - 1] ?? '';
      if (single(word) && !PREFIXES.has(word)) return; // a suffix or particle: stays with the word before
      if (single(previous) && PREFIXES.has(previous)) return; // a prefix: stays with this word
      const afterSuffix = w >= 2 && single(previous) && SUFFIXES.has(previous);
      allow(unitAt.get(starts[w]!), afterSuffix ? BREAK.compound : BREAK.word);
    });
  }
  for (const start of phraseStarts(text)) allow(unitAt.get(start), BREAK.phrase);
  // After a run of spaces: the spaces hang at the end of the line and are trimmed off it.
  for (let i = 1; i < units.length; i++) {
    if (isSpace(units[i - 1]!) && !isSpace(units[i]!)) kinds[i] = BREAK.space;
  }
  return kinds;
}
