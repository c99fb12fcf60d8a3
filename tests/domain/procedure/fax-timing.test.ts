import { describe, expect, test } from 'vitest';
import {
  faxTiming,
  formatDateTime,
  PROCESSING_HOURS,
} from '../../../src/domain/procedure/fax-timing';

describe('faxTiming', () => {
  test.each<[string, string, string, string]>([
    // [sent (ISO), time zone, 送信日時, お電話の目安]
    ['2026-11-26T01:05:00.000Z', 'Asia/Tokyo', '2026年11月26日 10:05', '12:05'],
    ['2026-11-26T00:00:00.000Z', 'Asia/Tokyo', '2026年11月26日 9:00', '11:00'],
    // Minutes keep two digits, hours do not.
    ['2026-11-26T06:59:30.000Z', 'Asia/Tokyo', '2026年11月26日 15:59', '17:59'],
    // Across midnight: the day is named.
    ['2026-11-26T13:30:00.000Z', 'Asia/Tokyo', '2026年11月26日 22:30', '11月27日 0:30'],
    ['2026-11-26T14:59:00.000Z', 'Asia/Tokyo', '2026年11月26日 23:59', '11月27日 1:59'],
    // Across a month and a year.
    ['2026-11-30T14:30:00.000Z', 'Asia/Tokyo', '2026年11月30日 23:30', '12月1日 1:30'],
    ['2026-12-31T14:10:00.000Z', 'Asia/Tokyo', '2026年12月31日 23:10', '2027年1月1日 1:10'],
    // The same instant in another time zone shows that zone's local time.
    ['2026-11-26T01:05:00.000Z', 'UTC', '2026年11月26日 1:05', '3:05'],
    ['2026-11-26T01:05:00.000Z', 'America/Los_Angeles', '2026年11月25日 17:05', '19:05'],
    ['2026-11-26T01:05:00.000Z', 'Pacific/Kiritimati', '2026年11月26日 15:05', '17:05'],
    // Daylight saving ends during the wait: two real hours, shown on the local clock.
    ['2026-11-01T04:30:00.000Z', 'America/New_York', '2026年11月1日 0:30', '1:30'],
  ])('%s in %s', (sent, zone, sentAt, expectedCall) => {
    const timing = faxTiming(sent, zone);
    expect(timing.sentAt).toBe(sentAt);
    expect(timing.expectedCall).toBe(expectedCall);
  });

  test('the expected call is two hours after sending', () => {
    const sent = new Date('2026-11-26T01:05:00.000Z');
    expect(PROCESSING_HOURS).toBe(2);
    expect(faxTiming(sent).expectedCallIso).toBe('2026-11-26T03:05:00.000Z');
  });

  test('without a time zone, the local time of the runtime is used', () => {
    const sent = new Date(2026, 10, 26, 10, 5);
    expect(faxTiming(sent)).toMatchObject({
      sentAt: '2026年11月26日 10:05',
      expectedCall: '12:05',
    });
  });

  test('a value that is not a date is refused', () => {
    expect(() => faxTiming('yesterday')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  test('year, month, day and time without leading zeros on the hour', () => {
    expect(formatDateTime(new Date('2026-01-05T00:07:00.000Z'), 'Asia/Tokyo')).toBe(
      '2026年1月5日 9:07',
    );
  });
});
