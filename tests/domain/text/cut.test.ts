import { describe, expect, test } from 'vitest';
import { cutToLength } from '../../../src/domain/text/cut';

describe('cutToLength', () => {
  test.each([
    ['shorter than the limit', '中央', 5, '中央'],
    ['exactly the limit', '中央労働', 4, '中央労働'],
    ['cut', '中央労働組合', 4, '中央労働'],
    ['zero', '中央', 0, ''],
    ['empty', '', 3, ''],
    ['𠮷 whole inside the limit', '𠮷田', 3, '𠮷田'],
    ['a surrogate pair across the cut is dropped whole', 'あ𠮷', 2, 'あ'],
    ['a surrogate pair ending at the cut is kept', 'あ𠮷い', 3, 'あ𠮷'],
    ['only a surrogate pair, limit 1', '𠮷', 1, ''],
    ['a combining mark after the cut takes its base with it', 'かか\u3099', 2, 'か'],
    ['a composed sequence ending at the cut is kept', 'か\u3099き', 2, 'か\u3099'],
    ['an ideographic variation selector stays with its ideograph', '葛\u{E0100}飾', 2, ''],
    ['葛 + selector ending at the cut', '葛\u{E0100}飾', 3, '葛\u{E0100}'],
    ['an emoji ZWJ sequence is never split', 'a👩‍💻', 3, 'a'],
    ['half-width', 'abcdef', 3, 'abc'],
  ])('%s: %j to %i → %j', (_name, text, max, cut) => {
    expect(cutToLength(text, max)).toBe(cut);
    expect(cut.length).toBeLessThanOrEqual(max);
    expect(text.startsWith(cut)).toBe(true);
  });

  test('1,000,000 characters are cut at once', () => {
    const huge = '労'.repeat(999_999) + '𠮷';
    const started = performance.now();
    expect(cutToLength(huge, 144)).toBe('労'.repeat(144));
    // Generous: what matters is that the work does not grow with the text.
    expect(performance.now() - started).toBeLessThan(200);
  });
});
