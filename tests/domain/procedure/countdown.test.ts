import { describe, expect, test } from 'vitest';
import { countdown, milestones } from '../../../src/domain/procedure/countdown';

const MIN = 60_000;
const start = Date.UTC(2026, 10, 26, 1, 0, 0);

describe('countdown', () => {
  test.each<[number, string, number, boolean]>([
    // [elapsed ms, display, milestone, expired]
    [0, '30:00', 30, false],
    [400, '30:00', 30, false],
    [1000, '29:59', 30, false],
    [4 * MIN + 59_000, '25:01', 30, false],
    [5 * MIN, '25:00', 25, false],
    [5 * MIN + 1000, '24:59', 25, false],
    [20 * MIN, '10:00', 10, false],
    [25 * MIN, '05:00', 5, false],
    [28 * MIN + 59_000, '01:01', 5, false],
    [29 * MIN, '01:00', 1, false],
    [29 * MIN + 59_500, '00:01', 1, false],
    [30 * MIN, '00:00', 0, true],
    [45 * MIN, '00:00', 0, true],
  ])('after %i ms: %s', (elapsed, display, milestone, expired) => {
    const state = countdown(start, start + elapsed, 30);
    expect(state.display).toBe(display);
    expect(state.milestone).toBe(milestone);
    expect(state.expired).toBe(expired);
  });

  test('a clock that went backwards never shows more than the limit', () => {
    expect(countdown(start, start - 5 * MIN, 30).display).toBe('30:00');
  });

  test('announcements change only at the milestones, not every second', () => {
    const seen = new Set<number>();
    for (let t = 0; t <= 30 * MIN; t += 1000) seen.add(countdown(start, start + t, 30).milestone);
    expect([...seen]).toEqual([30, 25, 20, 15, 10, 5, 1, 0]);
  });
});

describe('milestones', () => {
  test.each<[number, number[]]>([
    [30, [30, 25, 20, 15, 10, 5, 1, 0]],
    [10, [10, 5, 1, 0]],
    [7, [7, 5, 1, 0]],
    [1, [1, 0]],
  ])('%i minutes', (minutes, expected) => {
    expect(milestones(minutes)).toEqual(expected);
  });
});
