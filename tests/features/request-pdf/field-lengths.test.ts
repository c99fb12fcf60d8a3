import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FORM_LAYOUT } from '../../../src/content/pdf/form-layout';
import { FIELDS, TEXT_FIELDS, type TextField } from '../../../src/domain/request/fields';
import { STAND_IN_LIMITS } from '../../../src/domain/request/printability-standin';
import {
  createMetricsPrintability,
  parsePdfMetrics,
} from '../../../src/features/request-pdf/metrics';

/*
 * The registry's maximum lengths against the printed form: each is what the field's box holds,
 * measured by the renderer's own fitting (through the fonts' metrics, public/pdf/metrics.json).
 */

const printability = createMetricsPrintability(
  parsePdfMetrics(JSON.parse(readFileSync('public/pdf/metrics.json', 'utf8'))),
);

/** The most copies of `ch` that fit `field`'s box. */
function capacity(field: TextField, ch: string): number {
  let n = 0;
  while (n < 500 && printability.fits(field, ch.repeat(n + 1))) n++;
  return n;
}

const comb = (field: TextField) => FORM_LAYOUT.values.find((box) => box.field === field)?.comb;

describe.each(TEXT_FIELDS)('%s', (field) => {
  const { maxLength } = FIELDS[field];

  test.runIf(comb(field) === undefined)(
    'maxLength is as many half-width characters as the box holds',
    () => {
      // '0' is as narrow as the form's font draws anything it prints.
      expect(maxLength).toBe(capacity(field, '0'));
      expect(capacity(field, 'ｱ')).toBe(maxLength);
    },
  );

  test.runIf(comb(field) !== undefined)('a digit-cell box takes its digits and separators', () => {
    expect(maxLength).toBeGreaterThanOrEqual(comb(field)!);
    expect(capacity(field, '0')).toBe(comb(field));
  });

  test('the stand-in never lets more into the box than the box holds', () => {
    expect(STAND_IN_LIMITS[field]).toBeLessThanOrEqual(capacity(field, 'あ'));
  });
});
