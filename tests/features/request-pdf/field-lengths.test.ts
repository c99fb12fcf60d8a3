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

  test('maxLength is what the box holds', () => {
    const cells = comb(field);
    if (cells === undefined) {
      // As many half-width characters as fit; '0' is as narrow as the form's font draws anything.
      expect(maxLength).toBe(capacity(field, '0'));
      expect(capacity(field, 'ｱ')).toBe(maxLength);
    } else {
      // Digit cells take one digit each; the input leaves room for separators people type.
      expect(capacity(field, '0')).toBe(cells);
      expect(maxLength).toBeGreaterThanOrEqual(cells);
    }
  });

  test('the stand-in never lets more into the box than the box holds', () => {
    expect(STAND_IN_LIMITS[field]).toBeLessThanOrEqual(capacity(field, 'あ'));
  });
});
