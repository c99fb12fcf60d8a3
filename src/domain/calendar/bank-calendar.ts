import data from './holidays.jp.json';

/**
 * The bank's calendar, as far as the call estimate needs it: which days it works and when.
 *
 * - Hours: 平日 9:00–17:00, the hours the guide gives for the request line (ご提出書類に関する
 *   お問い合わせ), which is the desk that processes the FAX and calls back.
 * - Closed: Saturdays, Sundays, Japan's national holidays (including 振替休日 and 国民の休日) and
 *   the banks' year-end closure, 12/31–1/3.
 * - Holidays come from @holiday-jp/holiday_jp, pinned, cut to date → name by
 *   scripts/build-holidays.ts. Outside its years the calendar cannot tell, and says so.
 *
 * Everything is in Japan's time (UTC+9 all year: Japan has had no daylight saving time since
 * 1951), whatever the PC's own time zone: the bank works in Tokyo.
 */

export const BANK_HOURS = {
  /** Minutes after midnight. */
  open: 9 * 60,
  close: 17 * 60,
  /** As the guide writes them. */
  text: '平日9:00~17:00',
} as const;

export const HOLIDAY_DATA = {
  source: data.source,
  firstYear: data.firstYear,
  lastYear: data.lastYear,
} as const;

const HOLIDAYS: Readonly<Record<string, string>> = data.holidays;

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day in Japan. */
export interface Day {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
}

/** A moment as Japan's wall clock shows it. */
export interface WallTime extends Day {
  readonly hour: number;
  readonly minute: number;
}

export type ClosedReason =
  | { readonly kind: 'weekend' }
  | { readonly kind: 'holiday'; readonly name: string }
  | { readonly kind: 'year-end' };

export type DayStatus =
  | { readonly open: true }
  | { readonly open: false; readonly reason: ClosedReason }
  /** The holiday data does not cover this year. */
  | { readonly open: undefined };

export function wallTime(at: Date): WallTime {
  const shifted = new Date(at.getTime() + JST_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** The moment of Japan's wall-clock time `minutes` after the start of `day`. */
export function atMinute(day: Day, minutes: number): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day) - JST_OFFSET_MS + minutes * 60_000);
}

export function nextDay(day: Day): Day {
  return wallTime(new Date(atMinute(day, 0).getTime() + DAY_MS));
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (day: Day) => `${day.year}-${pad(day.month)}-${pad(day.day)}`;

export function dayStatus(day: Day): DayStatus {
  if (day.year < HOLIDAY_DATA.firstYear || day.year > HOLIDAY_DATA.lastYear) {
    return { open: undefined };
  }
  const yearEnd = (day.month === 12 && day.day === 31) || (day.month === 1 && day.day <= 3);
  if (yearEnd) return { open: false, reason: { kind: 'year-end' } };
  const holiday = HOLIDAYS[isoDate(day)];
  if (holiday !== undefined) return { open: false, reason: { kind: 'holiday', name: holiday } };
  if (day.weekday === 0 || day.weekday === 6) return { open: false, reason: { kind: 'weekend' } };
  return { open: true };
}
