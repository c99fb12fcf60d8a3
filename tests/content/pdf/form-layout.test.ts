import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORM_LAYOUT, PAGE, type TickOption } from '../../../src/content/pdf/form-layout';
import {
  CHOICES,
  FIELDS,
  FIELD_NAMES,
  type ChoiceField,
  type FieldName,
} from '../../../src/domain/request/fields';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { valuesOf } from '../../../src/features/request-pdf/render';

/*
 * The layout against the field registry: every field has its place on the printed form, nothing
 * on the form is left over, and the renderer reads every part of the layout.
 */

/** The □ marks' kind for each choice field printed with ticks (＜手続依頼区分＞ is circled). */
const TICK_KIND: Record<Exclude<ChoiceField, 'procedures'>, TickOption['kind']> = {
  deletionReasons: 'deletionReason',
  revocationTargets: 'revocationTarget',
};

/** The layout's places for `name`: value boxes, circled procedures or ticked □. */
function placesOf(name: FieldName): string[] {
  const field = FIELDS[name];
  if (field.type === 'text') {
    return FORM_LAYOUT.values.filter((box) => box.field === name).map((box) => box.name);
  }
  if (field.type === 'date') {
    return FORM_LAYOUT.values.filter((box) => box.name.startsWith(`${name}.`)).map((b) => b.name);
  }
  if (name === 'procedures') return FORM_LAYOUT.procedures.map((row) => row.procedure);
  const kind = TICK_KIND[name as keyof typeof TICK_KIND];
  return FORM_LAYOUT.ticks.filter((t) => t.option.kind === kind).map((t) => t.option.value);
}

describe('form layout', () => {
  it.each(FIELD_NAMES)('%s has its place on the printed form', (name) => {
    const field = FIELDS[name];
    const places = placesOf(name);
    if (field.type === 'text') expect(places).toEqual([name]);
    else if (field.type === 'date') {
      expect(places).toEqual([`${name}.year`, `${name}.month`, `${name}.day`]);
    } else expect(places).toEqual([...CHOICES[name as ChoiceField]]);
  });

  it('has no place for anything the registry does not know', () => {
    const all = FIELD_NAMES.flatMap(placesOf);
    const placed =
      FORM_LAYOUT.values.length + FORM_LAYOUT.procedures.length + FORM_LAYOUT.ticks.length;
    expect(all).toHaveLength(placed);
    // AcroForm names are unique: two widgets of one name would be one field.
    const names = [
      ...FORM_LAYOUT.values.map((b) => b.name),
      ...FORM_LAYOUT.procedures.map((r) => r.name),
      ...FORM_LAYOUT.ticks.map((t) => t.name),
    ];
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every value box a value (and only those)', () => {
    expect(Object.keys(valuesOf(REQUEST_EXAMPLE)).sort()).toEqual(
      FORM_LAYOUT.values.map((b) => b.field).sort(),
    );
  });

  it('has no dead entry: the renderer draws every part of the layout', () => {
    const renderer = readFileSync(
      new URL('../../../src/features/request-pdf/render.ts', import.meta.url),
      'utf8',
    );
    for (const key of Object.keys(FORM_LAYOUT)) {
      expect(renderer, `FORM_LAYOUT.${key} is read by nothing`).toMatch(
        new RegExp(`\\blayout\\.${key}\\b`),
      );
    }
    for (const [key, entries] of Object.entries(FORM_LAYOUT)) {
      expect(entries, key).not.toHaveLength(0);
    }
  });

  it('keeps every box on the page', () => {
    const rects = [
      ...FORM_LAYOUT.frames.map((f) => f.rect),
      ...FORM_LAYOUT.values.map((b) => b.rect),
      ...FORM_LAYOUT.procedures.map((r) => r.cell),
      ...FORM_LAYOUT.ticks.map((t) => t.box),
    ];
    for (const r of rects) {
      expect(r.width).toBeGreaterThan(0);
      expect(r.height).toBeGreaterThan(0);
      expect(r.x).toBeGreaterThanOrEqual(15);
      expect(r.y).toBeGreaterThanOrEqual(15);
      expect(r.x + r.width).toBeLessThanOrEqual(PAGE.width - 15);
      expect(r.y + r.height).toBeLessThanOrEqual(PAGE.height - 15);
    }
  });
});
