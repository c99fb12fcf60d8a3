import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FORM_LAYOUT } from '../../../src/content/pdf/form-layout';
import { FIELDS, TEXT_FIELDS, type TextField } from '../../../src/domain/request/fields';
import { STAND_IN_LIMITS } from '../../../src/domain/request/printability-standin';
import { fitValue } from '../../../src/features/request-pdf/fit-value';
import {
  createMetricsFontSet,
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

const glyphs = createMetricsFontSet(
  parsePdfMetrics(JSON.parse(readFileSync('public/pdf/metrics.json', 'utf8'))),
);

const boxOf = (field: TextField) => FORM_LAYOUT.values.find((box) => box.field === field)!;
const comb = (field: TextField) => boxOf(field).comb;

/** The most copies of `ch` that fit `field`'s box. */
function capacity(field: TextField, ch: string): number {
  let n = 0;
  while (n < 500 && printability.fits(field, ch.repeat(n + 1))) n++;
  return n;
}

/** The most copies of `ch` one line of `field`'s box holds (a run of one character never breaks). */
function lineCapacity(field: TextField, ch: string): number {
  const oneLine = { ...boxOf(field), maxLines: 1 };
  let n = 0;
  while (n < 500 && fitValue(oneLine, ch.repeat(n + 1), glyphs.measure).fits) n++;
  return n;
}

/** How many full lines of `ch` the box holds, each as long as a line takes (broken by line feeds). */
function fullLines(field: TextField, ch: string): number {
  const line = ch.repeat(lineCapacity(field, ch));
  let lines = 0;
  while (
    lines < 10 &&
    printability.fits(
      field,
      Array(lines + 1)
        .fill(line)
        .join('\n'),
    )
  )
    lines++;
  return lines;
}

describe.each(TEXT_FIELDS)('%s', (field) => {
  const { maxLength } = FIELDS[field];

  test('maxLength is what the box holds', () => {
    const cells = comb(field);
    if (cells === undefined) {
      // As many half-width characters as fit, every line full; '0' is as narrow as the form's
      // font draws anything. A run of digits never breaks, so lines are broken by line feeds.
      expect(maxLength).toBe(lineCapacity(field, '0') * fullLines(field, '0'));
      expect(lineCapacity(field, 'ｱ') * fullLines(field, 'ｱ')).toBe(maxLength);
      // No value is ever printed below 9 pt: one character more does not fit a line.
      expect(
        fitValue(
          { ...boxOf(field), maxLines: 1 },
          '0'.repeat(lineCapacity(field, '0')),
          glyphs.measure,
        ),
      ).toMatchObject({ fits: true, size: expect.any(Number) as number });
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
