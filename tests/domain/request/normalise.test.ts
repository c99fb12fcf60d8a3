import { describe, expect, test } from 'vitest';
import {
  normaliseContractNumber,
  normaliseDash,
  normaliseDigits,
  normalisePhone,
  normalisePostalCode,
  normaliseText,
} from '../../../src/domain/request/normalise';

// Every dash people or IMEs type between digits (docs/ux-rules.md lists the first eight).
const DASHES = ['-', '‐', '‑', '–', '—', '−', 'ー', '－', '―', '﹣', 'ｰ', '‒'];

describe('normaliseText', () => {
  test.each([
    ['empty', '', ''],
    ['spaces only', '   ', ''],
    ['full-width spaces only', '\u3000\u3000', ''],
    ['trims both ends', '  中央労働組合\u3000', '中央労働組合'],
    ['collapses a run of ASCII spaces', '労金   花子', '労金 花子'],
    ['keeps a full-width space the person chose', '労金\u3000花子', '労金\u3000花子'],
    ['collapses a mixed run to its first space', '労金\u3000 \u3000花子', '労金\u3000花子'],
    ['pasted LF becomes one space', '東京都\n千代田区', '東京都 千代田区'],
    ['pasted CRLF becomes one space', '東京都\r\n千代田区', '東京都 千代田区'],
    ['line break next to spaces', '東京都 \r\n 千代田区', '東京都 千代田区'],
    ['tab becomes a space', '執行\t委員長', '執行 委員長'],
    ['U+2028 line separator', 'a\u2028b', 'a b'],
    ['NEL (C1)', 'a\u0085b', 'a b'],
    ['NUL removed', 'a\u0000b', 'ab'],
    ['BEL and ESC removed', '\u0007a\u001Bb', 'ab'],
    ['DEL removed', 'a\u007Fb', 'ab'],
    ['C1 control removed', 'a\u0090b', 'ab'],
    ['ZWSP removed', '中央\u200B労働', '中央労働'],
    ['ZWNJ removed', '中央\u200C労働', '中央労働'],
    ['ZWJ removed', '中央\u200D労働', '中央労働'],
    ['word joiner removed', '中央\u2060労働', '中央労働'],
    ['BOM removed', '\uFEFF中央', '中央'],
    ['bidi override removed', '\u202E中央', '中央'],
    ['NBSP becomes a space', '労金\u00A0花子', '労金 花子'],
    ['half-width katakana', 'ﾛｳｷﾝ', 'ロウキン'],
    ['half-width dakuten composes', 'ｶﾞ', 'ガ'],
    ['half-width handakuten composes', 'ﾊﾟ', 'パ'],
    ['ｳﾞ composes', 'ｳﾞ', 'ヴ'],
    ['voiced mark that cannot compose stays visible', 'ｱﾞ', 'ア゛'],
    ['half-width long vowel', 'ｾﾝﾀｰ', 'センター'],
    ['half-width punctuation', '｢ﾃｽﾄ｣､｡･', '「テスト」、。・'],
    ['decomposed が (macOS paste) composes', 'か\u3099', 'が'],
    ['decomposed é composes', 'e\u0301', 'é'],
    ['full-width letters are left alone', 'ＡＢＣ１２３', 'ＡＢＣ１２３'],
    ['<script> is just text', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['katakana long vowel in a name survives', 'ローキン', 'ローキン'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  test.each([
    ['𠮷 (CJK Ext B, surrogate pair)', '𠮷野家'],
    ['髙', '髙橋'],
    ['﨑 (U+FA11)', '山﨑'],
    ['神 (U+FA19, NFC would change it)', '\uFA19田'],
    ['朗 (U+F929)', '\uF929子'],
  ])('kanji %s survive unchanged', (_name, name) => {
    expect(normaliseText(name)).toBe(name);
    expect(normaliseText(` ${name}\n`)).toBe(name);
  });

  test('emoji are kept (printability reports them at the field)', () => {
    expect(normaliseText('中央😀')).toBe('中央😀');
  });

  test('is idempotent', () => {
    const samples = ['ｶﾞｷﾞ  \n山﨑\u200B', '  𠮷\r\n髙 ', 'ｱﾞ', '\uFA19'];
    for (const s of samples) expect(normaliseText(normaliseText(s))).toBe(normaliseText(s));
  });

  test('handles a 10,000-character string', () => {
    expect(normaliseText('あ'.repeat(10_000))).toHaveLength(10_000);
  });
});

describe('normaliseDigits', () => {
  test.each([
    ['０１２３４５６７８９', '0123456789'],
    ['０３－１２３４', '03－1234'],
    ['abc', 'abc'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDigits(input)).toBe(expected);
  });
});

describe('normaliseDash', () => {
  test.each(DASHES)('%s → -', (dash) => {
    expect(normaliseDash(`03${dash}9999`)).toBe('03-9999');
  });
  test('leaves other characters alone', () => {
    expect(normaliseDash('〜~_')).toBe('〜~_');
  });
});

describe('normalisePostalCode', () => {
  test.each([
    ['1000001', '100-0001'],
    ['100-0001', '100-0001'],
    ['１００－０００１', '100-0001'],
    ['１００ー０００１', '100-0001'],
    ['〒100-0001', '100-0001'],
    ['〒 100 0001 ', '100-0001'],
    ['1000-001', '100-0001'],
    ['100\u200B0001', '100-0001'],
    ['', ''],
    ['   ', ''],
    ['100-000', '100-000'],
    ['100-00011', '100-00011'],
    ['abc-defg', 'abc-defg'],
  ])('%j → %j', (input, expected) => {
    expect(normalisePostalCode(input)).toBe(expected);
  });
  test.each(DASHES)('dash %s', (dash) => {
    expect(normalisePostalCode(`999${dash}9999`)).toBe('999-9999');
  });
});

describe('normalisePhone', () => {
  test.each([
    ['090-9999-9999', '090-9999-9999'],
    ['09099999999', '09099999999'],
    ['０９０ー９９９９ー９９９９', '090-9999-9999'],
    ['045-476-7588', '045-476-7588'],
    ['0454767588', '0454767588'],
    ['03(9999)9999', '03-9999-9999'],
    ['(03)9999-9999', '03-9999-9999'],
    ['０３（９９９９）９９９９', '03-9999-9999'],
    ['03 9999 9999', '03-9999-9999'],
    ['03\u30009999\u30009999', '03-9999-9999'],
    ['03--9999--9999', '03-9999-9999'],
    [' 03-9999-9999 ', '03-9999-9999'],
    ['03-9999-999O', '03-9999-999O'],
    ['03.9999.9999', '03-9999-9999'],
    ['０３．９９９９．９９９９', '03-9999-9999'],
    ['03・9999・9999', '03-9999-9999'],
    ['＋８１ ３ ９９９９ ９９９９', '+81-3-9999-9999'],
    ['', ''],
  ])('%j → %j (hyphens kept where typed)', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });
  test.each(DASHES)('dash %s', (dash) => {
    expect(normalisePhone(`03${dash}9999${dash}9999`)).toBe('03-9999-9999');
  });
});

describe('normaliseContractNumber', () => {
  test.each([
    ['9999999', '9999999'],
    ['9 9 9 9 9 9 9', '9999999'],
    ['９９９９９９９', '9999999'],
    ['999-9999', '9999999'],
    ['\u3000999 9999\n', '9999999'],
    ['999999A', '999999A'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseContractNumber(input)).toBe(expected);
  });
  test.each(DASHES)('dash %s', (dash) => {
    expect(normaliseContractNumber(`999${dash}9999`)).toBe('9999999');
  });
});
