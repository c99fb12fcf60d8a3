import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  decodePDFRawStream,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORM_LAYOUT, PT_TO_MM } from '../../../src/content/pdf/form-layout';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import type { Request } from '../../../src/domain/request/schema';
import { loadNodeFonts } from '../../../src/features/request-pdf/fonts-node';
import { fieldTooltip, renderRequestPdf, valuesOf } from '../../../src/features/request-pdf/render';
import { poppler } from '../../support/poppler';
import { RARE_KANJI_REQUEST } from '../../support/requests';

const RARE = RARE_KANJI_REQUEST;

const dir = mkdtempSync(join(tmpdir(), 'request-pdf-'));
const files: Record<string, string> = {};
const pdfs: Record<string, Uint8Array> = {};

beforeAll(async () => {
  poppler('pdftoppm', ['-v']);
  const fonts = await loadNodeFonts();
  const renders: [string, Request | null, boolean, boolean][] = [
    ['example', REQUEST_EXAMPLE, true, false],
    ['rare', RARE, true, false],
    ['rare-full', RARE, false, false],
    ['rare-fillable', RARE, true, true],
    ['blank', null, true, false],
  ];
  for (const [name, request, subset, fillable] of renders) {
    const pdf = await renderRequestPdf(request, fonts, { subset, fillable });
    pdfs[name] = pdf;
    files[name] = join(dir, `${name}.pdf`);
    writeFileSync(files[name], pdf);
  }
}, 30_000);

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function words(file: string): Word[] {
  const html = poppler('pdftotext', ['-bbox', file, '-']).toString('utf8');
  const out: Word[] = [];
  const re =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    out.push({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: (m[5] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    });
  }
  return out;
}

/** Text poppler finds inside a layout rectangle (mm), in reading order, whitespace removed. */
function textIn(
  all: Word[],
  rect: { x: number; y: number; width: number; height: number },
): string {
  const pt = (mm: number) => mm / PT_TO_MM;
  const inside = all.filter((w) => {
    const cx = (w.xMin + w.xMax) / 2;
    const cy = (w.yMin + w.yMax) / 2;
    return (
      cx >= pt(rect.x) &&
      cx <= pt(rect.x + rect.width) &&
      cy >= pt(rect.y) &&
      cy <= pt(rect.y + rect.height)
    );
  });
  // Words of one line share a baseline only roughly (the two fonts have different ascents).
  const lines: Word[][] = [];
  for (const w of inside.sort((a, b) => a.yMax - b.yMax)) {
    const line = lines.find((l) => Math.abs((l[0]?.yMax ?? 0) - w.yMax) < 3);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return lines
    .map((l) =>
      l
        .sort((a, b) => a.xMin - b.xMin)
        .map((w) => w.text)
        .join(''),
    )
    .join('');
}

const noSpace = (s: string) => s.replace(/\s+/g, '');

describe('PDF rendered by poppler', () => {
  it('subset fonts draw exactly what the full fonts draw (pixel for pixel)', () => {
    const gray = (file: string) => poppler('pdftoppm', ['-r', '100', '-gray', file]);
    const subset = gray(files.rare!);
    const full = gray(files['rare-full']!);
    expect(subset.length).toBe(full.length);
    expect(subset.equals(full)).toBe(true);
    // And something was drawn at all: a blank page would also be "identical".
    expect(subset.filter((b) => b < 128).length).toBeGreaterThan(10_000);
  });

  it.each(['example', 'rare'] as const)('every value of %s comes back via pdftotext', (name) => {
    const request = name === 'example' ? REQUEST_EXAMPLE : RARE;
    const values = valuesOf(request);
    const all = words(files[name]!);
    for (const box of FORM_LAYOUT.values) {
      expect(textIn(all, box.rect), box.field).toBe(noSpace(values[box.field]));
    }
    const plain = poppler('pdftotext', ['-layout', files[name]!, '-']).toString('utf8');
    expect(plain).toMatch(/2026\s*年\s*4月\s*1日/);
    expect(plain).toContain(request.representativeName);
  });

  it.each(['example', 'rare', 'rare-fillable', 'blank'] as const)(
    '%s keeps the FAX rules',
    async (name) => {
      const all = words(files[name]!);
      expect(all.length).toBeGreaterThan(50);
      const margin = 10 / PT_TO_MM;
      const [pageW, pageH] = [595.28, 841.89];
      for (const w of all) {
        // BIZ UD Gothic's ascent + descent is one em, so the box height is the font size.
        // No text under 9 pt (a standard-resolution FAX loses smaller strokes).
        expect(w.yMax - w.yMin, w.text).toBeGreaterThanOrEqual(8.99);
        expect(w.xMin, w.text).toBeGreaterThanOrEqual(margin);
        expect(w.yMin, w.text).toBeGreaterThanOrEqual(margin);
        expect(pageW - w.xMax, w.text).toBeGreaterThanOrEqual(margin);
        expect(pageH - w.yMax, w.text).toBeGreaterThanOrEqual(margin);
      }
      const doc = await PDFDocument.load(pdfs[name]!);
      const streams: string[] = [];
      for (const [, obj] of doc.context.enumerateIndirectObjects()) {
        if (obj instanceof PDFRawStream && !obj.dict.has(PDFName.of('Length1'))) {
          const subtype = obj.dict.get(PDFName.of('Subtype'));
          const type = obj.dict.get(PDFName.of('Type'));
          if (type === PDFName.of('ObjStm') || type === PDFName.of('XRef')) continue;
          if (subtype && subtype !== PDFName.of('Form')) continue;
          streams.push(new TextDecoder('latin1').decode(decodePDFRawStream(obj).decode()));
        }
      }
      // The title's outline (text render mode 2) thickens filled glyphs; it is not a drawn line.
      const ops = streams.join('\n').replace(/2 Tr\s+[\d.]+ w/g, '');
      for (const m of ops.matchAll(/(?:^|\s)([\d.]+) w(?=\s)/g)) {
        expect(Number(m[1])).toBeGreaterThanOrEqual(0.5);
      }
      // Black only: every colour operator sets 0 (no greys, no tints, no CMYK).
      for (const m of ops.matchAll(/(?:^|\s)((?:[\d.]+ ){1,4})(rg|RG|g|G|k|K)(?=\s)/g)) {
        expect(m[2], m[0]).not.toMatch(/^[kK]$/);
        expect(m[1]!.trim().split(' ').map(Number), m[0]).toEqual(
          m[1]!
            .trim()
            .split(' ')
            .map(() => 0),
        );
      }
    },
  );

  it('the print/FAX PDF has no form fields and no annotations: every value is page content', async () => {
    for (const name of ['example', 'rare'] as const) {
      expect(poppler('pdfinfo', [files[name]!]).toString('utf8')).toMatch(/^Form:\s+none$/m);
      const doc = await PDFDocument.load(pdfs[name]!);
      expect(doc.getPage(0).node.Annots()?.size() ?? 0, name).toBe(0);
    }
    expect(poppler('pdfinfo', [files['rare-fillable']!]).toString('utf8')).toMatch(
      /^Form:\s+AcroForm$/m,
    );
  });

  it('the fillable PDF: a named field with its value and tooltip for every value, and a /DR font', async () => {
    const doc = await PDFDocument.load(pdfs['rare-fillable']!);
    const form = doc.getForm();
    const values = valuesOf(RARE);
    for (const box of FORM_LAYOUT.values) {
      const field = form.getTextField(box.name);
      expect(field.getText() ?? '', box.name).toBe(values[box.field]);
      expect(field.acroField.dict.lookup(PDFName.of('TU'), PDFHexString).decodeText()).toBe(
        fieldTooltip(box.field),
      );
    }
    // Text fields only: the circles and ticks are page content (a viewer that redraws form
    // fields would turn circles into ticks).
    expect(form.getFields().map((f) => f.constructor.name)).toEqual(
      FORM_LAYOUT.values.map(() => 'PDFTextField'),
    );
    const dr = form.acroForm.dict.lookup(PDFName.of('DR'), PDFDict);
    const fonts = dr.lookup(PDFName.of('Font'), PDFDict);
    expect(fonts.keys().map(String)).toContain('/BIZUDGothic-Regular');
    const fontsList = poppler('pdffonts', [files['rare-fillable']!]).toString('utf8');
    expect(fontsList).toContain('BIZUDGothic-Regular');
    expect(fontsList).toContain('NotoSansJP-Regular');
    expect(fontsList).not.toMatch(/Helvetica/);
    // Widgets are printable and inside the FAX margins.
    for (const field of form.getFields()) {
      for (const widget of field.acroField.getWidgets()) {
        const r = widget.getRectangle();
        expect(widget.dict.get(PDFName.of('F'))?.toString()).toBe('4');
        expect(r.x).toBeGreaterThanOrEqual(10 / PT_TO_MM);
        expect(r.x + r.width).toBeLessThanOrEqual(595.28 - 10 / PT_TO_MM);
      }
    }
    // The same values where the print PDF prints them.
    const all = words(files['rare-fillable']!);
    for (const box of FORM_LAYOUT.values) {
      expect(textIn(all, box.rect), box.field).toBe(noSpace(values[box.field]));
    }
  });

  it('the example PDF without the fallback font stays small', () => {
    expect(pdfs.example!.length).toBeLessThan(45 * 1024);
    expect(poppler('pdffonts', [files.example!]).toString('utf8')).not.toContain('NotoSansJP');
  });

  it('the blank form has the printed words and no values or fields', async () => {
    const text = noSpace(poppler('pdftotext', [files.blank!, '-']).toString('utf8'));
    expect(text).toContain('マスターユーザー削除・電子証明書失効等依頼書');
    expect(text).toContain('中央労働金庫御中');
    expect(text).toContain('FAX045-476-1189');
    const all = words(files.blank!);
    for (const box of FORM_LAYOUT.values) expect(textIn(all, box.rect), box.field).toBe('');
    const doc = await PDFDocument.load(pdfs.blank!);
    expect(doc.getForm().getFields()).toHaveLength(0);
  });
});
