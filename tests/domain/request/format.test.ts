import { expect, test } from 'vitest';
import { formatJapaneseDate } from '../../../src/domain/request/format';

test.each([
  ['2026-04-01', '2026年4月1日'],
  ['2026-11-26', '2026年11月26日'],
  ['', ''],
  ['2026-13', '2026-13'],
])('formatJapaneseDate(%j) → %j', (input, expected) => {
  expect(formatJapaneseDate(input)).toBe(expected);
});
