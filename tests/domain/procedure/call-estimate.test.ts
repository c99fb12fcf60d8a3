import { describe, expect, test } from 'vitest';
import {
  PROCESSING_MINUTES,
  callEstimate,
  closedDaysText,
  formatExpected,
  formatWallTime,
  type Timing,
} from '../../../src/domain/procedure/call-estimate';

/** Japan's time, written as the person's clock shows it. */
const jst = (local: string) => `${local}:00+09:00`;

describe('callEstimate: two hours in the bank’s working time (平日 9:00–17:00)', () => {
  test.each<[string, string, string, Timing, string]>([
    // [case, FAX sent (JST), expected call, timing, closed days between]
    ['weekday morning', '2026-12-08T10:05', '12月8日（火） 12:05', 'within-hours', ''],
    ['ends exactly at 17:00', '2026-12-08T15:00', '12月8日（火） 17:00', 'within-hours', ''],
    [
      'a minute later crosses 17:00',
      '2026-12-08T15:01',
      '12月9日（水） 9:01',
      'crosses-closing',
      '',
    ],
    ['before opening', '2026-12-08T07:30', '12月8日（火） 11:00', 'before-opening', ''],
    ['at opening', '2026-12-08T09:00', '12月8日（火） 11:00', 'within-hours', ''],
    ['weekday night', '2026-12-08T23:30', '12月9日（水） 11:00', 'after-closing', ''],
    ['at closing', '2026-12-08T17:00', '12月9日（水） 11:00', 'after-closing', ''],
    [
      'Friday 16:30 crosses 17:00 and the weekend',
      '2026-12-04T16:30',
      '12月7日（月） 10:30',
      'crosses-closing',
      '12月5日（土）・12月6日（日）は土日',
    ],
    [
      'Friday late',
      '2026-12-04T18:30',
      '12月7日（月） 11:00',
      'after-closing',
      '12月5日（土）・12月6日（日）は土日',
    ],
    [
      'Saturday',
      '2026-12-05T10:00',
      '12月7日（月） 11:00',
      'closed-day',
      '12月5日（土）・12月6日（日）は土日',
    ],
    [
      'Sunday night',
      '2026-12-06T23:30',
      '12月7日（月） 11:00',
      'closed-day',
      '12月6日（日）は土日',
    ],
    [
      'the day before a holiday (文化の日, a Tuesday)',
      '2026-11-02T16:00',
      '11月4日（水） 10:00',
      'crosses-closing',
      '11月3日（火）は祝日（文化の日）',
    ],
    [
      'Friday before a holiday Monday (成人の日)',
      '2027-01-08T17:10',
      '1月12日（火） 11:00',
      'after-closing',
      '1月9日（土）・1月10日（日）は土日、1月11日（月）は祝日（成人の日）',
    ],
    [
      'on a holiday',
      '2026-11-23T10:00',
      '11月24日（火） 11:00',
      'closed-day',
      '11月23日（月）は祝日（勤労感謝の日）',
    ],
    [
      '12/30 late: the year-end closure, into the next year',
      '2026-12-30T16:00',
      '2027年1月4日（月） 10:00',
      'crosses-closing',
      '12月31日（木）・1月1日（金）・1月2日（土）・1月3日（日）は年末年始の休業日（12月31日〜1月3日）',
    ],
    [
      '12/30 after closing',
      '2026-12-30T17:30',
      '2027年1月4日（月） 11:00',
      'after-closing',
      '12月31日（木）・1月1日（金）・1月2日（土）・1月3日（日）は年末年始の休業日（12月31日〜1月3日）',
    ],
    [
      'on New Year’s Eve',
      '2026-12-31T10:00',
      '2027年1月4日（月） 11:00',
      'closed-day',
      '12月31日（木）・1月1日（金）・1月2日（土）・1月3日（日）は年末年始の休業日（12月31日〜1月3日）',
    ],
    [
      'a closure that ends on a weekday, followed by a weekend (2027/28)',
      '2027-12-30T17:30',
      '2028年1月4日（火） 11:00',
      'after-closing',
      '12月31日（金）・1月1日（土）・1月2日（日）・1月3日（月）は年末年始の休業日（12月31日〜1月3日）',
    ],
    [
      'Golden Week',
      '2027-04-30T17:00',
      '5月6日（木） 11:00',
      'after-closing',
      '5月1日（土）・5月2日（日）は土日、5月3日（月）は祝日（憲法記念日）、5月4日（火）は祝日（みどりの日）、5月5日（水）は祝日（こどもの日）',
    ],
    [
      'a substitute holiday (振替休日)',
      '2027-03-19T18:00',
      '3月23日（火） 11:00',
      'after-closing',
      '3月20日（土）は土日、3月21日（日）は祝日（春分の日）、3月22日（月）は祝日（春分の日 振替休日）',
    ],
    ['the first day the data covers', '1970-01-05T10:00', '1月5日（月） 12:00', 'within-hours', ''],
    [
      'a 国民の休日 between two holidays (2026)',
      '2026-09-18T17:30',
      '9月24日（木） 11:00',
      'after-closing',
      '9月19日（土）・9月20日（日）は土日、9月21日（月）は祝日（敬老の日）、9月22日（火）は祝日（国民の休日）、9月23日（水）は祝日（秋分の日）',
    ],
    [
      'the last year the data covers',
      '2050-12-29T10:00',
      '12月29日（木） 12:00',
      'within-hours',
      '',
    ],
  ])('%s', (_, sent, expected, timing, closed) => {
    const estimate = callEstimate(jst(sent));
    if (estimate.kind !== 'estimate') throw new Error(`no estimate for ${sent}`);
    expect(formatExpected(estimate)).toBe(expected);
    expect(estimate.timing).toBe(timing);
    expect(closedDaysText(estimate.closedDays)).toBe(closed);
  });

  test.each([
    ['a clock far in the past', '1969-12-31T10:00'],
    ['a clock far in the future', '2099-06-01T10:00'],
    // The next business day falls after the last year of the data.
    ['the last closure of the data', '2050-12-30T17:30'],
  ])('%s: no estimate', (_, sent) => {
    const estimate = callEstimate(jst(sent));
    expect(estimate.kind).toBe('unknown');
    expect(formatWallTime(estimate.sent)).toMatch(/^\d{4}年/);
  });

  test('the estimate is the same whatever the time zone the moment is written in', () => {
    const a = callEstimate('2026-12-04T07:30:00.000Z'); // Friday 16:30 in Japan
    const b = callEstimate('2026-12-03T23:30:00-08:00');
    const c = callEstimate(new Date(Date.UTC(2026, 11, 4, 7, 30)));
    for (const e of [a, b, c]) {
      if (e.kind !== 'estimate') throw new Error('no estimate');
      expect(e.expectedIso).toBe('2026-12-07T01:30:00.000Z');
    }
  });

  test('the work starts on the next business day when the FAX came after hours', () => {
    const estimate = callEstimate(jst('2026-12-04T18:30'));
    if (estimate.kind !== 'estimate') throw new Error('no estimate');
    expect(estimate.startsOn).toMatchObject({ year: 2026, month: 12, day: 7 });
    const sameDay = callEstimate(jst('2026-12-08T10:05'));
    expect(sameDay.kind === 'estimate' && sameDay.startsOn).toBeUndefined();
    // Crossing 17:00 is not a later start: the work began on the day it was sent.
    const crossing = callEstimate(jst('2026-12-04T16:30'));
    expect(crossing.kind === 'estimate' && crossing.startsOn).toBeUndefined();
  });

  test('two hours, as the guide says', () => {
    expect(PROCESSING_MINUTES).toBe(120);
    const estimate = callEstimate(jst('2026-12-08T10:05'));
    expect(estimate.kind === 'estimate' && estimate.expectedIso).toBe('2026-12-08T03:05:00.000Z');
  });

  test('the FAX time is shown in Japan’s time', () => {
    expect(formatWallTime(callEstimate('2026-12-04T07:30:00.000Z').sent)).toBe(
      '2026年12月4日（金） 16:30',
    );
  });

  test('not a date', () => {
    expect(() => callEstimate('yesterday')).toThrow(RangeError);
  });
});
