import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { FORM_LAYOUT, PT_TO_MM } from '../../../src/content/pdf/form-layout';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import type { Request } from '../../../src/domain/request/schema';
import { loadNodeFonts } from '../../../src/features/request-pdf/fonts-node';
import { fieldTooltip, renderRequestPdf } from '../../../src/features/request-pdf/render';
import { poppler } from '../../support/poppler';

/*
 * Issue 15, part 5: what happens when a person types into the fillable PDF, in the three viewer
 * engines people print from: pdf.js (Firefox), poppler (Evince, Okular and many print paths) and
 * MuPDF (SumatraPDF, mutool). What the app promises where the person chooses that PDF follows from
 * it (docs/decisions/0015-pdf-standards-and-editing.md):
 * - characters the PDF's font already holds (ASCII, kana, and every character on the form) can be
 *   typed and print as typed;
 * - a character it does not hold (a new kanji) may print as nothing.
 */

const REQUEST: Request = {
  ...REQUEST_EXAMPLE,
  organisationName: '𠮷野家労働組合',
  contactPerson: '中央',
};
const contact = FORM_LAYOUT.values.find((box) => box.field === 'contactPerson')!.rect;
const organisation = FORM_LAYOUT.values.find((box) => box.field === 'organisationName')!.rect;

const dir = mkdtempSync(join(tmpdir(), 'pdf-editing-'));
let fillable: Uint8Array;

beforeAll(async () => {
  fillable = await renderRequestPdf(REQUEST, await loadNodeFonts(), { fillable: true });
});

/** The fillable PDF after a person typed `value` into field `name` in pdf.js and saved it. */
async function typedInPdfJs(name: string, value: string): Promise<Uint8Array> {
  const doc = await getDocument({ data: fillable.slice(), verbosity: 0 }).promise;
  const annotations = (await (await doc.getPage(1)).getAnnotations()) as {
    id: string;
    fieldName?: string;
  }[];
  const field = annotations.find((a) => a.fieldName === name);
  if (!field) throw new Error(`no field ${name}`);
  doc.annotationStorage.setValue(field.id, { value });
  return doc.saveDocument();
}

/** The same in MuPDF (`mutool run`), which finds the field by its tooltip (/TU). */
function typedInMuPdf(tooltip: string, value: string): Uint8Array {
  const script = join(dir, 'type.js');
  writeFileSync(
    script,
    `var doc = new PDFDocument(scriptArgs[0]);
var widgets = doc.loadPage(0).getWidgets();
var found = false;
for (var i = 0; i < widgets.length; i++) {
  if (widgets[i].getLabel() == scriptArgs[2]) {
    widgets[i].setTextValue(scriptArgs[3]);
    widgets[i].update();
    found = true;
  }
}
if (!found) throw new Error('no field ' + scriptArgs[2]);
doc.save(scriptArgs[1]);
`,
  );
  const input = join(dir, 'in.pdf');
  const output = join(dir, 'out.pdf');
  writeFileSync(input, fillable);
  execFileSync('mutool', ['run', script, input, output, tooltip, value], { stdio: 'pipe' });
  return new Uint8Array(readFileSync(output));
}

function save(pdf: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return file;
}

/** Text poppler draws inside a box of the layout (what it prints there). */
function popplerTextIn(
  file: string,
  rect: { x: number; y: number; width: number; height: number },
) {
  const html = poppler('pdftotext', ['-bbox', file, '-']).toString('utf8');
  const pt = (mm: number) => mm / PT_TO_MM;
  const words: string[] = [];
  for (const m of html.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    const cx = (Number(m[1]) + Number(m[3])) / 2;
    const cy = (Number(m[2]) + Number(m[4])) / 2;
    if (cx >= pt(rect.x) && cx <= pt(rect.x + rect.width)) {
      if (cy >= pt(rect.y) && cy <= pt(rect.y + rect.height)) words.push(m[5]!);
    }
  }
  return words.join('');
}

const mupdfText = (file: string) =>
  execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', '-', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).replace(/\s+/g, '');

async function needAppearances(pdf: Uint8Array): Promise<boolean> {
  const doc = await PDFDocument.load(pdf);
  const form = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
  return form.get(PDFName.of('NeedAppearances')) === PDFBool.True;
}

describe('typing into the fillable PDF', () => {
  test('pdf.js: kana and letters print in the form’s own font, as typed', async () => {
    // ヌ, ぬ and Q are on no label of the form: they are in the font for corrections.
    const typed = 'ヌマタ ぬい Q';
    const pdf = await typedInPdfJs('contactPerson', typed);
    expect(await needAppearances(pdf)).toBe(false);
    const file = save(pdf, 'pdfjs-kana.pdf');
    expect(popplerTextIn(file, contact)).toBe(typed.replace(/\s+/g, ''));
    expect(mupdfText(file)).toContain(typed.replace(/\s+/g, ''));
    // No font was added: what prints is drawn with the embedded subsets.
    const fonts = poppler('pdffonts', [file]).toString('utf8').trim().split('\n').slice(2);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+\S+.*\byes yes yes\b/);
  });

  test('pdf.js: a kanji the PDF does not hold leaves the drawing to the viewer', async () => {
    const pdf = await typedInPdfJs('contactPerson', '新宿');
    // pdf.js cannot draw 新宿 with the embedded font: it asks every viewer to redraw every field.
    expect(await needAppearances(pdf)).toBe(true);
    const file = save(pdf, 'pdfjs-kanji.pdf');
    // poppler then has no font for 新宿 and draws nothing; it also loses 𠮷 in another field.
    expect(popplerTextIn(file, contact)).toBe('');
    expect(popplerTextIn(file, organisation)).not.toContain('𠮷');
    // MuPDF redraws them with a font of its own.
    expect(mupdfText(file)).toContain('新宿');
  });

  test('MuPDF: what is typed is drawn with a font that is not embedded', () => {
    const file = save(typedInMuPdf(fieldTooltip('contactPerson'), '新宿サトウ'), 'mupdf.pdf');
    expect(popplerTextIn(file, contact)).toBe('新宿サトウ');
    expect(mupdfText(file)).toContain('新宿サトウ');
    // The new appearance names a font the PDF does not carry: each computer prints it with a
    // font of its own, or not at all.
    const fonts = poppler('pdffonts', [file]).toString('utf8');
    expect(fonts).toMatch(/\sno\s+no\s+no\s/);
  });
});
