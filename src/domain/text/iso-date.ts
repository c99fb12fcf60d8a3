import { z } from 'zod/mini';

/**
 * ISO 8601 dates and date-times as schemas, accepting what zod's `z.iso.date()` and
 * `z.iso.datetime({ offset: true })` accept (tests/domain/text/iso-date.test.ts holds them to
 * zod's own). Written out because they are part of the first load, where zod's ISO module costs
 * about 1 KB gzip more.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Seconds are required with Z or an offset (RFC 3339), as in zod.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A day that exists in the proleptic Gregorian calendar (no 2月30日, 2月29日 only in leap years). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

export function isDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  return match !== null && isCalendarDate(match[1]!);
}

export const IsoDateSchema = z.string().check(z.refine(isCalendarDate));
export const IsoDateTimeSchema = z.string().check(z.refine(isDateTime));
