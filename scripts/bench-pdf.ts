/**
 * Benchmark (not a test): our renderer against @pdfme/generator drawing the same form from the same
 * layout data with the same font, warm, in Node.  npx tsx scripts/bench-pdf.ts [runs]
 *
 * The two run interleaved, A B A B …, so that drift on a shared machine (another process, CPU
 * frequency, GC) falls on both alike; the ratio is taken per pair and reported as min / median /
 * max, next to each renderer's own times.
 */
import { generate } from '@pdfme/generator';
import type { Font, Template } from '@pdfme/common';
import { ellipse, line, rectangle, text } from '@pdfme/schemas';
import { FORM_LAYOUT, PT_TO_MM } from '../src/content/pdf/form-layout';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import type { Request } from '../src/domain/request/schema';
import { LONG_REQUEST as LONG } from './support/requests';
import { loadNodeFonts } from '../src/features/request-pdf/fonts-node';
import { renderRequestPdf, valuesOf } from '../src/features/request-pdf/render';

const RUNS = Number(process.argv[2] ?? 30);

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

async function interleaved(
  a: () => Promise<Uint8Array>,
  b: () => Promise<Uint8Array>,
): Promise<{ a: number[]; b: number[]; ratios: number[]; sizes: [number, number] }> {
  const sizes: [number, number] = [0, 0];
  for (let i = 0; i < 3; i++) {
    sizes[0] = (await a()).length; // warm-up
    sizes[1] = (await b()).length;
  }
  const out = { a: [] as number[], b: [] as number[], ratios: [] as number[], sizes };
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    const order = i % 2 === 0 ? [a, b] : [b, a];
    const ms = new Map<() => Promise<Uint8Array>, number>();
    for (const fn of order) {
      const start = performance.now();
      await fn();
      ms.set(fn, performance.now() - start);
    }
    out.a.push(ms.get(a)!);
    out.b.push(ms.get(b)!);
    out.ratios.push(ms.get(b)! / ms.get(a)!);
  }
  return out;
}

const sorted = (values: number[]) => [...values].sort((x, y) => x - y);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
const f1 = (n: number) => n.toFixed(1);
const mmm = (values: number[], digits = 1) => {
  const s = sorted(values);
  return [s[0], median(values), s[s.length - 1]].map((n) => (n ?? NaN).toFixed(digits));
};

async function main(): Promise<void> {
  const fonts = await loadNodeFonts();
  const font: Font = {
    BIZ: { data: fonts.primary as Uint8Array<ArrayBuffer>, fallback: true, subset: true },
  };
  const plugins = { text, line, rectangle, ellipse };
  console.log(`${RUNS} warm runs each, interleaved A B A B, Node ${process.version}\n`);
  console.log('case      | renderer | min ms | median | max ms | size KB');
  console.log('----------|----------|--------|--------|--------|--------');
  for (const [name, request] of [
    ['example', REQUEST_EXAMPLE],
    ['long', LONG],
  ] as const) {
    const { template, input } = pdfmeTemplate(request);
    const r = await interleaved(
      () => renderRequestPdf(request, fonts),
      () => generate({ template, inputs: [input], options: { font }, plugins }),
    );
    // The fillable PDF (values in form fields, with the glyphs a correction may need).
    const fillable = await interleaved(
      () => renderRequestPdf(request, fonts, { fillable: true }),
      () => renderRequestPdf(request, fonts),
    );
    for (const [label, ms, size] of [
      ['ours', r.a, r.sizes[0]],
      ['fillable', fillable.a, fillable.sizes[0]],
      ['pdfme', r.b, r.sizes[1]],
    ] as const) {
      const [min, med, max] = mmm(ms);
      console.log(
        `${name.padEnd(9)} | ${label.padEnd(8)} | ${min!.padStart(6)} | ${med!.padStart(6)} | ${max!.padStart(6)} | ${f1(size / 1024).padStart(7)}`,
      );
    }
    const [min, med, max] = mmm(r.ratios, 2);
    console.log(
      `${name.padEnd(9)} | ratio pdfme/ours, per interleaved pair: min ${min}×, median ${med}×, max ${max}×`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
