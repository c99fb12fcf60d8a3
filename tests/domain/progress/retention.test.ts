import { expect, test } from 'vitest';
import { clampToNow, expiresAt, isExpired } from '../../../src/domain/progress/retention';

const now = new Date('2026-11-26T12:00:00.000Z');

test.each([
  ['never saved', undefined, false],
  ['saved just now', '2026-11-26T12:00:00.000Z', false],
  ['29 days ago', '2026-10-28T12:00:00.000Z', false],
  ['exactly 30 days ago', '2026-10-27T12:00:00.000Z', false],
  ['30 days and a minute ago', '2026-10-27T11:59:00.000Z', true],
  ['a year ago', '2025-11-26T12:00:00.000Z', true],
  ['in the future (clock changed)', '2027-01-01T00:00:00.000Z', false],
  ['not a date', 'yesterday', false],
])('%s → expired: %s', (_name, updatedAt, expected) => {
  expect(isExpired(updatedAt, now)).toBe(expected);
});

test('expiresAt is 30 days after the last change', () => {
  expect(expiresAt('2026-11-26T12:00:00.000Z').toISOString()).toBe('2026-12-26T12:00:00.000Z');
});

test.each([
  ['never saved', undefined, undefined],
  ['in the past', '2026-10-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z'],
  ['now', '2026-11-26T12:00:00.000Z', '2026-11-26T12:00:00.000Z'],
  ['a minute ahead', '2026-11-26T12:01:00.000Z', '2026-11-26T12:00:00.000Z'],
  ['years ahead (clock was wrong)', '2031-05-01T00:00:00.000Z', '2026-11-26T12:00:00.000Z'],
  ['not a date', 'yesterday', 'yesterday'],
])('clampToNow: %s', (_name, updatedAt, expected) => {
  expect(clampToNow(updatedAt, now)).toBe(expected);
});
