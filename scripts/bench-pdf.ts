/**
 * Benchmark (not a test): our renderer against @pdfme/generator drawing the same form from the same
 * layout data with the same font, warm, in Node.  npx tsx scripts/bench-pdf.ts [runs]
 */
import { generate } from '@pdfme/generator';
import type { Font, Template } from '@pdfme/common';
import { ellipse, line, rectangle, text } from '@pdfme/schemas';
import { FORM_LAYOUT, PT_TO_MM } from '../src/content/pdf/form-layout';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import type { Request } from '../src/domain/request/schema';
import { CHOICES } from '../src/domain/request/fields';
import { loadNodeFonts } from '../src/features/request-pdf/fonts-node';
import { renderRequestPdf, valuesOf } from '../src/features/request-pdf/render';

const RUNS = Number(process.argv[2] ?? 30);

const LONG: Request = {
  ...REQUEST_EXAMPLE,
  address: '北海道札幌市中央区北一条西二丁目一番地一 札幌中央ビルディング第二別館十二階',
  organisationName: '全国金属機械化学情報産業労働組合連合会 中央地方本部 書記局',
  representativeTitle: '中央執行委員会 執行委員長代行',
  representativeName: '髙﨑 太郎兵衛 アレクサンダー',
  phone: '0120-999-999 内線 1234',
  contactPerson: '総務部 山田 太郎',
  procedures: [...CHOICES.procedures],
  deletionReasons: [...CHOICES.deletionReasons],
  // 19 characters: the most the 9 pt line takes (the 23 of an earlier version no longer fit).
  deletionReasonOther: '担当者の異動によりパスワード不明のため',
  revocationTargets: [...CHOICES.revocationTargets],
  generalUserName: 'rokin-general-user-01',
};

/** The same form as a pdfme template: the layout's texts, lines, frames, values and marks. */
function pdfmeTemplate(request: Request): { template: Template; input: Record<string, string> } {
  const schemas: Record<string, unknown>[] = [];
  const input: Record<string, string> = {};
  const mm = PT_TO_MM;
  let n = 0;
  const addText = (content: string, x: number, baseline: number, size: number, width: number) => {
    schemas.push({
      name: `t${n++}`,
      type: 'text',
      readOnly: true,
      content,
      position: { x, y: baseline - 0.88 * size * mm },
      width,
      height: size * mm * 1.3 * Math.max(1, Math.ceil((content.length * size * mm) / width)),
      fontSize: size,
      fontName: 'BIZ',
      lineHeight: 1.2,
      fontColor: '#000000',
    });
  };
  for (const t of FORM_LAYOUT.texts) addText(t.text, t.x, t.y, t.size, t.width ?? 180);
  for (const p of FORM_LAYOUT.procedures)
    addText(p.label.text, p.label.x, p.label.y, p.label.size, 75);
  for (const l of FORM_LAYOUT.lines) {
    const vertical = l.x1 === l.x2;
    schemas.push({
      name: `l${n++}`,
      type: 'line',
      readOnly: true,
      position: { x: l.x1, y: l.y1 },
      width: vertical ? l.y2 - l.y1 : l.x2 - l.x1,
      height: l.width * mm,
      rotate: vertical ? 90 : 0,
      color: '#000000',
    });
  }
  for (const f of [
    ...FORM_LAYOUT.frames.map((f) => f.rect),
    ...FORM_LAYOUT.ticks.map((t) => t.box),
  ]) {
    schemas.push({
      name: `r${n++}`,
      type: 'rectangle',
      readOnly: true,
      position: { x: f.x, y: f.y },
      width: f.width,
      height: f.height,
      borderWidth: 0.3,
      borderColor: '#000000',
      color: '',
    });
  }
  const values = valuesOf(request);
  for (const box of FORM_LAYOUT.values) {
    schemas.push({
      name: box.name,
      type: 'text',
      position: { x: box.rect.x, y: box.rect.y },
      width: box.rect.width,
      height: box.rect.height,
      fontSize: box.maxSize,
      fontName: 'BIZ',
      alignment: box.align,
      verticalAlignment: 'middle',
      lineHeight: 1.2,
      fontColor: '#000000',
      dynamicFontSize: { min: box.minSize, max: box.maxSize, fit: 'horizontal' },
    });
    input[box.name] = values[box.field];
  }
  for (const p of FORM_LAYOUT.procedures) {
    if (!request.procedures.includes(p.procedure)) continue;
    schemas.push({
      name: `e${n++}`,
      type: 'ellipse',
      readOnly: true,
      position: { x: p.label.x - 3, y: p.cell.y + 1 },
      width: p.cell.width - 10,
      height: p.cell.height - 2,
      borderWidth: 0.4,
      borderColor: '#000000',
      color: '',
    });
  }
  for (const t of FORM_LAYOUT.ticks) {
    const on =
      t.option.kind === 'deletionReason'
        ? request.deletionReasons.includes(t.option.value)
        : request.revocationTargets.includes(t.option.value);
    if (on) addText('✓', t.box.x, t.box.y + 2.9, 10, 5);
  }
  const template = {
    basePdf: { width: 210, height: 297, padding: [0, 0, 0, 0] },
    schemas: [schemas],
  } as unknown as Template;
  return { template, input };
}

async function time(fn: () => Promise<Uint8Array>): Promise<{ ms: number[]; size: number }> {
  let size = 0;
  for (let i = 0; i < 3; i++) size = (await fn()).length; // warm-up
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    size = (await fn()).length;
    ms.push(performance.now() - start);
  }
  return { ms: ms.sort((a, b) => a - b), size };
}

const median = (ms: number[]) => ms[Math.floor(ms.length / 2)] ?? NaN;
const f1 = (n: number) => n.toFixed(1);

async function main(): Promise<void> {
  const fonts = await loadNodeFonts();
  const font: Font = {
    BIZ: { data: fonts.primary as Uint8Array<ArrayBuffer>, fallback: true, subset: true },
  };
  const plugins = { text, line, rectangle, ellipse };
  console.log(`${RUNS} warm runs each, Node ${process.version}\n`);
  console.log('case      | renderer | median ms | min ms | max ms | size KB');
  console.log('----------|----------|-----------|--------|--------|--------');
  for (const [name, request] of [
    ['example', REQUEST_EXAMPLE],
    ['long', LONG],
  ] as const) {
    const ours = await time(() => renderRequestPdf(request, fonts));
    // The fillable PDF (values in form fields, with the glyphs a correction may need).
    const fillable = await time(() => renderRequestPdf(request, fonts, { fillable: true }));
    const { template, input } = pdfmeTemplate(request);
    const pdfme = await time(() =>
      generate({ template, inputs: [input], options: { font }, plugins }),
    );
    for (const [label, r] of [
      ['ours', ours],
      ['fillable', fillable],
      ['pdfme', pdfme],
    ] as const) {
      console.log(
        `${name.padEnd(9)} | ${label.padEnd(8)} | ${f1(median(r.ms)).padStart(9)} | ${f1(r.ms[0] ?? NaN).padStart(6)} | ${f1(r.ms[r.ms.length - 1] ?? NaN).padStart(6)} | ${f1(r.size / 1024).padStart(7)}`,
      );
    }
    console.log(
      `${name.padEnd(9)} | ratio pdfme/ours: ${(median(pdfme.ms) / median(ours.ms)).toFixed(2)}×`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
