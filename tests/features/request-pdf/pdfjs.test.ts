import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { FORM_LAYOUT } from '../../../src/content/pdf/form-layout';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import type { Request } from '../../../src/domain/request/schema';
import { CHOICES } from '../../../src/domain/request/fields';
import { loadNodeFonts } from '../../../src/features/request-pdf/fonts-node';
import { renderRequestPdf } from '../../../src/features/request-pdf/render';

/**
 * pdf.js (Firefox's viewer, and many web viewers) reads the fillable PDF the way poppler does:
 * every field with its value and its own appearance, so it shows what we drew rather than
 * redrawing it; and it reads every value of the print/FAX PDF as page text.
 */

interface Widget {
  fieldType?: string;
  fieldName?: string;
  fieldValue?: string | string[];
  hasAppearance?: boolean;
  exportValue?: string;
}

async function widgetsOf(request: Request): Promise<Widget[]> {
  const bytes = await renderRequestPdf(request, await loadNodeFonts(), { fillable: true });
  const doc = await getDocument({ data: bytes, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  return (await page.getAnnotations()) as Widget[];
}

const ALL: Request = {
  ...REQUEST_EXAMPLE,
  organisationName: '髙﨑𠮷労働組合',
  procedures: [...CHOICES.procedures],
  deletionReasons: [...CHOICES.deletionReasons],
  deletionReasonOther: '担当者の異動',
  revocationTargets: [...CHOICES.revocationTargets],
  generalUserName: 'ippan01',
};

describe('the request PDF in pdf.js', () => {
  let widgets: Widget[];
  beforeAll(async () => {
    widgets = await widgetsOf(ALL);
  });

  test('every widget carries its own appearance', () => {
    expect(widgets).toHaveLength(FORM_LAYOUT.values.length);
    expect(widgets.filter((w) => !w.hasAppearance).map((w) => w.fieldName)).toEqual([]);
  });

  test.each([
    ['requestDate.year', '2026'],
    ['requestDate.month', '4'],
    ['requestDate.day', '1'],
    ['organisationName', '髙﨑𠮷労働組合'],
    ['address', ALL.address],
    ['phone', ALL.phone],
    ['deletionReasonOther', '担当者の異動'],
    ['generalUserName', 'ippan01'],
  ])('text field %s holds %j', (name, value) => {
    const field = widgets.find((w) => w.fieldName === name);
    expect(field?.fieldType).toBe('Tx');
    expect(field?.fieldValue).toBe(value);
  });

  test('text fields only: circles and ticks are page content', () => {
    expect(widgets.filter((w) => w.fieldType !== 'Tx').map((w) => w.fieldName)).toEqual([]);
  });
});

describe('the print/FAX PDF in pdf.js', () => {
  test('has no annotations, and every value is page text', async () => {
    const bytes = await renderRequestPdf(ALL, await loadNodeFonts());
    const doc = await getDocument({ data: bytes, verbosity: 0 }).promise;
    const page = await doc.getPage(1);
    expect(await page.getAnnotations()).toEqual([]);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join('')
      .replace(/\s+/g, '');
    for (const value of ['髙﨑𠮷労働組合', ALL.address, ALL.phone, '担当者の異動', 'ippan01']) {
      expect(text).toContain(value.replace(/\s+/g, ''));
    }
  });
});
