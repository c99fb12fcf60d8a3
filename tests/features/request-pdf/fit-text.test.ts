import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, wrapText, type FitBox } from '../../../src/features/request-pdf/fit-text';

// Full-width characters are 1 em, ASCII 0.5 em: the proportions of BIZ UD Gothic.
const measure = (text: string) =>
  Array.from(text).reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1), 0);

const box = (over: Partial<FitBox>): FitBox => ({
  width: 100,
  height: 14,
  maxSize: 10,
  minSize: 8,
  maxLines: 1,
  ...over,
});

describe('fitText', () => {
  it.each([
    { name: 'empty', text: '', fit: box({}), size: 10, lines: [] },
    {
      name: 'short at max size',
      text: '中央労働組合',
      fit: box({}),
      size: 10,
      lines: ['中央労働組合'],
    },
    {
      name: 'exactly the width',
      text: '一二三四五六七八九十',
      fit: box({}),
      size: 10,
      lines: ['一二三四五六七八九十'],
    },
    {
      name: 'shrinks to fit one line',
      text: '一二三四五六七八九十一二',
      fit: box({}),
      size: 8,
      lines: ['一二三四五六七八九十一二'],
    },
    {
      name: 'wraps between phrases at max size before shrinking',
      text: '担当者の異動によりパスワード',
      fit: box({ maxLines: 2, height: 30 }),
      size: 10,
      lines: ['担当者の異動により', 'パスワード'],
    },
    {
      name: 'a box too low for two lines shrinks instead',
      text: '一二三四五六七八九十一二',
      fit: box({ maxLines: 2, height: 12 }),
      size: 8,
      lines: ['一二三四五六七八九十一二'],
    },
    {
      name: 'prefers the typed spaces as breaks',
      text: '中央執行委員会 執行委員長',
      fit: box({ width: 80, maxLines: 2, height: 30 }),
      size: 10,
      lines: ['中央執行委員会', '執行委員長'],
    },
    {
      name: 'keeps numbers whole',
      text: '東京都千代田区神田9-99-9',
      fit: box({ width: 90, maxLines: 2, height: 30 }),
      size: 10,
      lines: ['東京都千代田区', '神田9-99-9'],
    },
    {
      name: 'no closing bracket at a line start',
      text: '一二三四五六七八九（十）',
      fit: box({ width: 110, maxLines: 2, height: 30 }),
      size: 10,
      lines: ['一二三四五六七八九', '（十）'],
    },
  ])('$name', ({ text, fit, size, lines }) => {
    expect(fitText(text, fit, measure)).toEqual({ fits: true, size, lines });
  });

  it.each([
    { name: 'too long for one line at min size', text: '一'.repeat(13), fit: box({}) },
    {
      name: 'too long for two lines',
      text: '一'.repeat(30),
      fit: box({ maxLines: 2, height: 30 }),
    },
    { name: 'box lower than the min size', text: '一', fit: box({ height: 7 }) },
  ])('does not fit: $name', ({ text, fit }) => {
    expect(fitText(text, fit, measure)).toEqual({ fits: false, reason: 'too-long' });
  });

  it('never returns a size below the minimum', () => {
    for (let n = 1; n < 40; n++) {
      const result = fitText('漢'.repeat(n), box({ maxLines: 2, height: 30 }), measure);
      if (result.fits) expect(result.size).toBeGreaterThanOrEqual(8);
    }
  });

  it('wrapText keeps a variation selector with its base character', () => {
    expect(wrapText('葛\u{E0100}飾区役所', 3, measure, 5)).toEqual(['葛\u{E0100}飾', '区役所']);
  });

  // Issue 15: long values split mid-word (「中央執行委員会執／行委員長代行」, 「書記 佐藤／花子」).
  it.each([
    [
      'a compound after its suffix',
      '中央執行委員会執行委員長代行',
      9,
      ['中央執行委員会', '執行委員長代行'],
    ],
    ['a department before a name', '総務部総務課佐藤花子', 7, ['総務部', '総務課佐藤花子']],
    ['where the person typed a space', '書記 佐藤花子', 4, ['書記', '佐藤花子']],
    [
      'at the spaces of a katakana name',
      '総務部 ロウキン タロウ',
      7,
      ['総務部', 'ロウキン', 'タロウ'],
    ],
  ])('wraps %s, never inside a word', (_, text, width, lines) => {
    expect(wrapText(text, width, measure, 3)).toEqual(lines);
  });

  it.each([
    ['a name', '髙﨑𠮷男', 3],
    ['a user name', 'rokin-general-user-01', 6],
    ['a number', '0120-999-999', 4],
  ])('does not fit rather than split %s', (_, text, width) => {
    expect(wrapText(text, width, measure, 5)).toBeNull();
  });

  // Filled line by line, the name at the end lost its given name to the next line.
  it.each([
    ['a title before a name', '書記 佐藤 花子', 5, ['書記', '佐藤 花子']],
    ['a department before a name', '総務部 佐藤 花子', 6, ['総務部', '佐藤 花子']],
    [
      'an address before its building',
      '千代田区神田9-99-9 中央ビル 5階',
      12,
      ['千代田区神田9-99-9', '中央ビル 5階'],
    ],
    ['three lines', '総務部 総務課 佐藤 花子', 5, ['総務部', '総務課', '佐藤 花子']],
  ])('at typed spaces, keeps the lines even: %s', (_, text, width, lines) => {
    expect(wrapText(text, width, measure, 3)).toEqual(lines);
  });

  it('evening the lines never needs more lines, loses or reorders a word', () => {
    const word = fc
      .array(fc.constantFrom('佐', '藤', '花', '子', '総', '務', 'a', '1', '-'), {
        minLength: 1,
        maxLength: 6,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 3, max: 14 }),
        (words, width) => {
          // Where a word is wider than a line, phrases and words break instead (tested above).
          if (words.some((w) => measure(w) > width)) return;
          const text = words.join(' ');
          const lines = wrapText(text, width, measure, 8);
          if (!lines) return;
          // As many lines as filling them one by one takes: the fewest.
          let filled = 1;
          let line = '';
          for (const w of words) {
            const next = line === '' ? w : `${line} ${w}`;
            if (measure(next) <= width) line = next;
            else {
              filled += 1;
              line = w;
            }
          }
          expect(lines).toHaveLength(filled);
          for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(width);
          expect(lines.join(' ')).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
