import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import {
  IsoDateSchema,
  IsoDateTimeSchema,
  isCalendarDate,
  isDateTime,
} from '../../../src/domain/text/iso-date';

/** zod's own ISO schemas are the reference: ours must accept exactly what they accept. */
const zodDate = z.iso.date();
const zodDateTime = z.iso.datetime({ offset: true });

describe('ISO dates, held to zod', () => {
  const dates = [
    '2026-12-07',
    '2026-02-29',
    '2024-02-29',
    '1900-02-29',
    '2000-02-29',
    '0000-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-04-31',
    '2026-1-01',
    '２０２６-01-01',
    ' 2026-01-01',
    '',
  ];
  test.each(dates)('%s', (text) => {
    expect(isCalendarDate(text)).toBe(zodDate.safeParse(text).success);
    expect(IsoDateSchema.safeParse(text).success).toBe(zodDate.safeParse(text).success);
  });

  const dateTimes = [
    '2026-12-07T03:00:00.000Z',
    '2026-12-07T03:00:00Z',
    '2026-12-07T03:00Z',
    '2026-12-07T03:00:00.123456+09:00',
    '2026-12-07T03:00:00+0900',
    '2026-12-07T03:00:00+09',
    '2026-12-07T03:00:00-24:00',
    '2026-02-30T00:00:00Z',
    '2024-02-29T23:59:59Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T00:60:00Z',
    '2026-01-01T00:00:60Z',
    '2026-01-01T00:00:00.Z',
    '2026-01-01t00:00:00Z',
    '2026-01-01 00:00:00Z',
    '+02026-01-01T00:00:00Z',
    '2026-01-01T00:00:00',
    'not a date',
  ];
  test.each(dateTimes)('%s', (text) => {
    expect(isDateTime(text)).toBe(zodDateTime.safeParse(text).success);
    expect(IsoDateTimeSchema.safeParse(text).success).toBe(zodDateTime.safeParse(text).success);
  });

  test('agree with zod on 5,000 generated strings of the shape', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    const dateText = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    const dateTime = fc
      .tuple(
        dateText,
        digits(2),
        digits(2),
        fc.option(digits(2)),
        fc.option(fc.stringMatching(/^\d{1,4}$/)),
        fc.constantFrom('Z', '+09:00', '-05:30', '+24:00', '+0900', ''),
      )
      .map(
        ([d, h, m, s, f, z]) =>
          `${d}T${h}:${m}${s === null ? '' : `:${s}`}${f === null ? '' : `.${f}`}${z}`,
      );
    fc.assert(
      fc.property(dateText, (text) => isCalendarDate(text) === zodDate.safeParse(text).success),
      { numRuns: 2500 },
    );
    fc.assert(
      fc.property(dateTime, (text) => isDateTime(text) === zodDateTime.safeParse(text).success),
      { numRuns: 2500 },
    );
  });
});
