import { describe, expect, test } from 'vitest';
import { holidaysJson } from '../../../scripts/build-holidays';
import {
  HOLIDAY_DATA,
  dayStatus,
  wallTime,
  type Day,
} from '../../../src/domain/calendar/bank-calendar';
import holidays from '../../../src/domain/calendar/holidays.jp.json';

const day = (iso: string): Day => wallTime(new Date(`${iso}T12:00:00+09:00`));

describe('the bank calendar', () => {
  test.each<[string, ReturnType<typeof dayStatus>]>([
    ['2026-12-07', { open: true }],
    ['2026-12-05', { open: false, reason: { kind: 'weekend' } }],
    ['2026-12-06', { open: false, reason: { kind: 'weekend' } }],
    ['2026-11-03', { open: false, reason: { kind: 'holiday', name: '文化の日' } }],
    ['2027-03-22', { open: false, reason: { kind: 'holiday', name: '春分の日 振替休日' } }],
    ['2026-09-22', { open: false, reason: { kind: 'holiday', name: '休日' } }],
    ['2026-12-30', { open: true }],
    ['2026-12-31', { open: false, reason: { kind: 'year-end' } }],
    ['2027-01-01', { open: false, reason: { kind: 'year-end' } }],
    ['2027-01-03', { open: false, reason: { kind: 'year-end' } }],
    ['2027-01-04', { open: true }],
    ['1969-12-31', { open: undefined }],
    ['2051-01-04', { open: undefined }],
  ])('%s', (iso, status) => {
    expect(dayStatus(day(iso))).toEqual(status);
  });

  test('Japan’s wall clock, whatever the moment’s own offset', () => {
    expect(wallTime(new Date('2026-12-04T15:30:00.000Z'))).toMatchObject({
      year: 2026,
      month: 12,
      day: 5,
      weekday: 6,
      hour: 0,
      minute: 30,
    });
  });
});

describe('the holiday data', () => {
  test('is what scripts/build-holidays.ts makes from the installed @holiday-jp/holiday_jp', async () => {
    expect(JSON.parse(await holidaysJson())).toEqual(holidays);
  });

  test('covers the years this app will be used in (update the pinned package before it ends)', () => {
    // The data is the law's holidays computed ahead by the package; the equinoxes are fixed by the
    // government each February for the next year, and new laws change days (as in 2020–2021).
    // A newer package brings both: this fails five years before the data runs out.
    const thisYear = new Date().getFullYear();
    expect(HOLIDAY_DATA.lastYear).toBeGreaterThanOrEqual(thisYear + 5);
    expect(HOLIDAY_DATA.firstYear).toBeLessThanOrEqual(2026);
  });

  test('has the holidays of 2027 as the government announced them', () => {
    const of2027 = Object.entries(holidays.holidays).filter(([d]) => d.startsWith('2027-'));
    expect(of2027.map(([d]) => d)).toEqual([
      '2027-01-01',
      '2027-01-11',
      '2027-02-11',
      '2027-02-23',
      '2027-03-21',
      '2027-03-22',
      '2027-04-29',
      '2027-05-03',
      '2027-05-04',
      '2027-05-05',
      '2027-07-19',
      '2027-08-11',
      '2027-09-20',
      '2027-09-23',
      '2027-10-11',
      '2027-11-03',
      '2027-11-23',
    ]);
  });
});
