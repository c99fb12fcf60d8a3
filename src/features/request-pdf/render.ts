import {
  AnnotationFlags,
  LineCapStyle,
  LineJoinStyle,
  PDFContentStream,
  PDFDocument,
  PDFName,
  PDFRef,
  PDFStreamWriter,
  PDFString,
  PDFWidgetAnnotation,
  TextAlignment,
  TextRenderingMode,
  appendBezierCurve,
  beginMarkedContent,
  beginText,
  closePath,
  endMarkedContent,
  endText,
  lineTo,
  setTextMatrix,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextRenderingMode,
  showText,
  stroke,
  type PDFFont,
  type PDFForm,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { TEXT_FIELDS, type Request, type TextField } from '../../domain/request/schema';
import {
  FORM_LAYOUT,
  FORM_TITLE,
  LINE,
  PAGE,
  PT_TO_MM,
  type FormLayout,
  type Rect,
  type TextItem,
  type ValueBox,
  type ValueField,
} from '../../content/pdf/form-layout';
import { LINE_HEIGHT, wrapText, type FitResult } from './fit-text';
import { fitValue } from './fit-value';
import {
  FontSet,
  fontkitForPdfLib,
  parseFont,
  primaryCovers,
  type FontIndex,
  type PdfFonts,
} from './font-engine';

/*
 * How values are printed — decision: values live ONLY in AcroForm widgets, never also in the page
 * content. Each widget gets an appearance stream this renderer draws itself (the fitted lines, in
 * both fonts when a value needs the fallback), flagged Print. So poppler, pdf.js and Chromium
 * print every value exactly once; editing a field in a viewer replaces its appearance instead of
 * printing over a flattened copy (page text + widget on top would double-print and, after an
 * edit, show old and new value on top of each other). Labels, lines and the circles' absence are
 * page content. The blank form (for handwriting) has no fields at all: a subset font cannot draw
 * characters typed later, and the form is meant to be written on by hand.
 */

export interface RenderOptions {
  /** Embed whole fonts instead of subsets (tests compare both pixel for pixel). */
  subset?: boolean;
}

export const PDF_TITLE = FORM_TITLE.join(' ');

const MM = 1 / PT_TO_MM;
/** Two decimals of a point are finer than any printer; full doubles only bloat the streams. */
const r2 = (n: number) => Math.round(n * 100) / 100;
const PAGE_W = r2(PAGE.width * MM);
const PAGE_H = r2(PAGE.height * MM);
/** Ideographic em box of BIZ UD Gothic: ascent share of the em, used to place baselines. */
const EM_ASCENT = 0.88;

/**
 * Values keyed by layout field: every text field of the registry as entered, and the request's
 * date split into the 年 月 日 slots.
 */
export function valuesOf(request: Request): Record<ValueField, string> {
  const [year = '', month = '', day = ''] = request.requestDate.split('-');
  const texts = Object.fromEntries(TEXT_FIELDS.map((name) => [name, request[name]]));
  return {
    ...(texts as Record<TextField, string>),
    requestYear: year,
    requestMonth: String(Number(month)),
    requestDay: String(Number(day)),
  };
}

const x = (mm: number) => r2(mm * MM);
const y = (mm: number) => r2(PAGE_H - mm * MM);
const len = (mm: number) => r2(mm * MM);

interface Ctx {
  page: PDFPage;
  fontSet: FontSet;
  pdfFonts: [PDFFont, PDFFont | null];
}

interface FormCtx extends Ctx {
  form: PDFForm;
  /** One resource dictionary (both fonts) for every value appearance and the form's /DR. */
  resources: PDFRef;
  /** Appearance streams by content, so identical ones (the ticks, "Off") are stored once. */
  appearances: Map<string, PDFRef>;
}

/*
 * The printed layout is written as plain operators rather than with pdf-lib's drawText,
 * drawRectangle and drawLine: those wrap every call in its own graphics state with colour, dash
 * and identity matrices, and drawText({ font }) adds a randomly named font resource per call.
 * Same paths, widths and glyph positions; about 1 KB less in every PDF.
 */

function staticTextOperators(ctx: Ctx, fontKey: PDFName, item: TextItem): PDFOperator[] {
  const font = ctx.pdfFonts[0];
  const lines = item.width
    ? (wrapText(item.text, (item.width * MM) / item.size, ctx.fontSet.measure, Infinity) ?? [])
    : [item.text];
  const lineHeight = item.lineHeight ?? (item.size * LINE_HEIGHT) / MM;
  const ops: PDFOperator[] = [];
  if (item.bold) {
    // A thin outline on top of the fill thickens the strokes like a bold face would.
    ops.push(
      pushGraphicsState(),
      setTextRenderingMode(TextRenderingMode.FillAndOutline),
      setLineWidth(item.size * 0.025),
    );
  }
  ops.push(beginText(), setFontAndSize(fontKey, item.size));
  lines.forEach((line, i) => {
    const width = ctx.fontSet.measure(line) * item.size;
    const left =
      item.align === 'center'
        ? x(item.x) - width / 2
        : item.align === 'right'
          ? x(item.x) - width
          : x(item.x);
    ops.push(
      setTextMatrix(1, 0, 0, 1, r2(left), y(item.y + i * lineHeight)),
      showText(font.encodeText(line)),
    );
  });
  ops.push(endText());
  if (item.bold) ops.push(popGraphicsState());
  return ops;
}

function drawLayout(ctx: Ctx, layout: FormLayout): void {
  const { page } = ctx;
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    setStrokingGrayscaleColor(0),
    setFillingGrayscaleColor(0),
  ];
  let lineWidth = NaN;
  const width = (w: number) => {
    if (w !== lineWidth) ops.push(setLineWidth(w));
    lineWidth = w;
  };
  const frame = (rect: Rect, w: number) => {
    width(w);
    const bottom = y(rect.y + rect.height);
    ops.push(rectangle(x(rect.x), bottom, len(rect.width), len(rect.height)), stroke());
  };
  for (const f of layout.frames) frame(f.rect, f.width);
  for (const line of layout.lines) {
    width(line.width);
    ops.push(moveTo(x(line.x1), y(line.y1)), lineTo(x(line.x2), y(line.y2)), stroke());
  }
  for (const tick of layout.ticks) frame(tick.box, LINE.tickBox);
  const primary = ctx.pdfFonts[0];
  const fontKey = page.node.newFontDictionary(primary.name, primary.ref);
  for (const item of layout.texts) ops.push(...staticTextOperators(ctx, fontKey, item));
  for (const row of layout.procedures) ops.push(...staticTextOperators(ctx, fontKey, row.label));
  ops.push(popGraphicsState());
  page.pushOperators(...ops);
}

/** Operators that draw fitted lines inside a widget of `box` (origin at its lower-left). */
function valueAppearance(ctx: Ctx, box: ValueBox, fit: FitResult & { fits: true }): PDFOperator[] {
  const { size, lines } = fit;
  const h = len(box.rect.height);
  const w = len(box.rect.width);
  const ops: PDFOperator[] = [beginMarkedContent('Tx'), pushGraphicsState(), beginText()];
  ops.push(setFillingGrayscaleColor(0));
  let current: PDFFont | undefined;
  const place = (text: string, left: number, baseline: number) => {
    ops.push(setTextMatrix(1, 0, 0, 1, r2(left), r2(baseline)));
    for (const run of ctx.fontSet.runs(text)) {
      const font = ctx.pdfFonts[run.font] ?? ctx.pdfFonts[0];
      // The font stays set across Tm within BT: repeating Tf per line or comb cell only adds bytes.
      if (font !== current) ops.push(setFontAndSize(font.name, size));
      current = font;
      ops.push(showText(font.encodeText(run.text)));
    }
  };
  if (box.comb) {
    const cell = w / box.comb;
    const baseline = h / 2 - (EM_ASCENT - 0.5) * size;
    Array.from(lines[0] ?? '').forEach((ch, i) => {
      place(ch, cell * i + (cell - ctx.fontSet.measure(ch) * size) / 2, baseline);
    });
  } else {
    const blockHeight = size + (lines.length - 1) * size * LINE_HEIGHT;
    const firstBaseline =
      lines.length === 1 && box.baseline !== undefined
        ? (box.rect.y + box.rect.height - box.baseline) * MM
        : h - (h - blockHeight) / 2 - EM_ASCENT * size;
    lines.forEach((line, i) => {
      const width = ctx.fontSet.measure(line) * size;
      const left = box.align === 'center' ? (w - width) / 2 : box.align === 'right' ? w - width : 0;
      place(line, left, firstBaseline - i * size * LINE_HEIGHT);
    });
  }
  ops.push(endText(), popGraphicsState(), endMarkedContent());
  return ops;
}

/**
 * A printable widget for `field` on the page, without pdf-lib's default appearance (addToPage
 * would lay the value out with its own rules only for us to replace it).
 */
function addWidget(
  ctx: Ctx,
  form: PDFForm,
  field: { ref: PDFRef; acroField: { addWidget(ref: PDFRef): void } },
  rect: { x: number; y: number; width: number; height: number },
): PDFWidgetAnnotation {
  const { context } = form.doc;
  const widget = PDFWidgetAnnotation.create(context, field.ref);
  widget.setRectangle(rect);
  widget.setP(ctx.page.ref);
  widget.setFlagTo(AnnotationFlags.Print, true);
  const ref = context.register(widget.dict);
  field.acroField.addWidget(ref);
  ctx.page.node.addAnnot(ref);
  return widget;
}

/** Above this many bytes an appearance stream is deflated; below, /Filter and the zlib
 * header and checksum cost more than deflate saves. */
const DEFLATE_FROM = 150;

/** A form XObject for a widget's appearance; an identical one already stored is reused. */
function appearanceStream(
  ctx: FormCtx,
  ops: PDFOperator[],
  bbox: number[],
  resources?: PDFRef,
): PDFRef {
  const key = `${bbox.join(' ')}|${resources?.toString() ?? ''}|${ops.join('\n')}`;
  let ref = ctx.appearances.get(key);
  if (!ref) {
    const { context } = ctx.form.doc;
    // /Type /XObject is optional for a form XObject (ISO 32000-1, 8.10.2): left out.
    const dict = () =>
      context.obj({ Subtype: 'Form', BBox: bbox, ...(resources && { Resources: resources }) });
    let stream = PDFContentStream.of(dict(), ops, false);
    if (stream.getContentsSize() > DEFLATE_FROM) stream = PDFContentStream.of(dict(), ops, true);
    ref = context.register(stream);
    ctx.appearances.set(key, ref);
  }
  return ref;
}

function addValueField(ctx: FormCtx, box: ValueBox, text: string): void {
  const { form } = ctx;
  const fit = fitValue(box, text, ctx.fontSet.measure);
  if (!fit.fits) {
    throw new Error(`The value of ${box.field} does not fit its box on the form`);
  }
  const primary = ctx.pdfFonts[0];
  const field = form.createTextField(box.name);
  if (box.comb) {
    field.setMaxLength(box.comb);
    field.enableCombing();
  } else if (box.maxLines > 1) field.enableMultiline();
  if (box.align !== 'left') {
    field.setAlignment(box.align === 'center' ? TextAlignment.Center : TextAlignment.Right);
  }
  field.setText(text);
  const rect = {
    x: x(box.rect.x),
    y: y(box.rect.y + box.rect.height),
    width: len(box.rect.width),
    height: len(box.rect.height),
  };
  const widget = addWidget(ctx, form, field, rect);
  const da = `/${primary.name} ${fit.size} Tf 0 g`;
  // On the field only: the widget inherits /DA (ISO 32000-1, 12.7.3.3).
  field.acroField.setDefaultAppearance(da);
  const ops = valueAppearance(ctx, box, fit);
  const ap = appearanceStream(ctx, ops, [0, 0, rect.width, rect.height], ctx.resources);
  widget.setNormalAppearance(ap);
  form.markFieldAsClean(field.ref);
}

/** A ✓ drawn as two strokes, slightly overshooting its □ like a hand-made tick. */
function tickOperators(w: number, h: number): PDFOperator[] {
  return [
    pushGraphicsState(),
    setStrokingGrayscaleColor(0),
    setLineWidth(1.4),
    setLineCap(LineCapStyle.Round),
    setLineJoin(LineJoinStyle.Round),
    moveTo(r2(w * 0.18), r2(h * 0.5)),
    lineTo(r2(w * 0.42), r2(h * 0.2)),
    lineTo(r2(w * 0.9), r2(h * 0.92)),
    stroke(),
    popGraphicsState(),
  ];
}

const KAPPA = 0.5522847498;

function ellipseOperators(cx: number, cy: number, rx: number, ry: number): PDFOperator[] {
  const ox = r2(rx * KAPPA);
  const oy = r2(ry * KAPPA);
  // Sums of rounded numbers are not rounded (2.8400000000000034): round the points themselves.
  const [left, right, top, bottom] = [r2(cx - rx), r2(cx + rx), r2(cy + ry), r2(cy - ry)];
  const [xl, xr, yt, yb] = [r2(cx - ox), r2(cx + ox), r2(cy + oy), r2(cy - oy)];
  return [
    pushGraphicsState(),
    setStrokingGrayscaleColor(0),
    setLineWidth(1.2),
    moveTo(left, cy),
    appendBezierCurve(left, yt, xl, top, cx, top),
    appendBezierCurve(xr, top, right, yt, right, cy),
    appendBezierCurve(right, yb, xr, bottom, cx, bottom),
    appendBezierCurve(xl, bottom, left, yb, left, cy),
    closePath(),
    stroke(),
    popGraphicsState(),
  ];
}

/** A check box whose "on" appearance is `onOps` and whose "off" appearance is empty. */
function addCheckBox(
  ctx: FormCtx,
  name: string,
  rect: Rect,
  checked: boolean,
  onOps: (w: number, h: number) => PDFOperator[],
): void {
  const { form } = ctx;
  const field = form.createCheckBox(name);
  const r = {
    x: x(rect.x),
    y: y(rect.y + rect.height),
    width: len(rect.width),
    height: len(rect.height),
  };
  const widget = addWidget(ctx, form, field, r);
  const on = appearanceStream(ctx, onOps(r.width, r.height), [0, 0, r.width, r.height]);
  const off = appearanceStream(ctx, [], [0, 0, 1, 1]);
  widget.setNormalAppearance(form.doc.context.obj({ Yes: on, Off: off }));
  widget.setAppearanceState(PDFName.of(checked ? 'Yes' : 'Off'));
  if (checked) field.check();
  form.markFieldAsClean(field.ref);
}

/** The circle around a chosen procedure: an ellipse that clears the label's corners. */
export function procedureEllipse(
  labelLeft: number,
  labelWidth: number,
  labelCenterY: number,
  cell: Rect,
): { rect: Rect; rx: number; ry: number } {
  const ry = Math.min(5, cell.height / 2 - 0.8);
  const halfText = labelWidth / 2;
  // Half the ink height of 10 pt kanji plus clearance, so the line never touches the label's ends.
  const halfInk = 2.2;
  const rx = halfText / Math.sqrt(1 - (halfInk / ry) ** 2) + 1.2;
  const cx = labelLeft + halfText;
  const pad = 1; // room for the line width
  return {
    rect: {
      x: cx - rx - pad,
      y: labelCenterY - ry - pad,
      width: 2 * (rx + pad),
      height: 2 * (ry + pad),
    },
    rx,
    ry,
  };
}

function addFields(base: Ctx, form: PDFForm, layout: FormLayout, request: Request): void {
  const { context } = form.doc;
  const fonts = base.pdfFonts.filter((f) => f !== null);
  const ctx: FormCtx = {
    ...base,
    form,
    resources: context.register(
      context.obj({ Font: Object.fromEntries(fonts.map((f) => [f.name, f.ref])) }),
    ),
    appearances: new Map(),
  };
  const values = valuesOf(request);
  for (const box of layout.values) addValueField(ctx, box, values[box.field]);

  for (const row of layout.procedures) {
    const width = ctx.fontSet.measure(row.label.text) * row.label.size * PT_TO_MM;
    const centerY = row.label.y - (EM_ASCENT - 0.5) * row.label.size * PT_TO_MM;
    const ellipse = procedureEllipse(row.label.x, width, centerY, row.cell);
    addCheckBox(ctx, row.name, ellipse.rect, request.procedures.includes(row.procedure), (w, h) =>
      ellipseOperators(r2(w / 2), r2(h / 2), len(ellipse.rx), len(ellipse.ry)),
    );
  }

  for (const tick of layout.ticks) {
    const checked =
      tick.option.kind === 'deletionReason'
        ? request.deletionReasons.includes(tick.option.value)
        : request.revocationTargets.includes(tick.option.value);
    // The widget is larger than the □ so the tick can overshoot it.
    const rect = {
      x: tick.box.x - 0.3,
      y: tick.box.y - 1.3,
      width: tick.box.width + 1.3,
      height: tick.box.height + 1.6,
    };
    addCheckBox(ctx, tick.name, rect, checked, tickOperators);
  }

  // Viewers that rebuild appearances (after an edit) need the font in the form's resources.
  const primary = ctx.pdfFonts[0];
  form.acroForm.dict.set(PDFName.of('DR'), ctx.resources);
  form.acroForm.dict.set(PDFName.of('DA'), PDFString.of(`/${primary.name} 10 Tf 0 g`));
  // Last: anything still dirty gets its appearance from the CJK font, never from Helvetica.
  form.updateFieldAppearances(primary);
}

/** More than a one-page form ever has, so they all share one object stream. */
const OBJECTS_PER_STREAM = 10_000;

/**
 * The filled-in request form as an A4 PDF, or the blank form for handwriting when `input` is
 * null. Pure: runs in Node and in a Web Worker.
 */
export async function renderRequestPdf(
  input: Request | null,
  fonts: PdfFonts,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const subset = options.subset ?? true;
  const layout = FORM_LAYOUT;
  const primaryFont = parseFont(fonts.primary);
  const values = input ? Object.values(valuesOf(input)) : [];
  const fallbackBytes = primaryCovers(primaryFont, values) ? null : await fonts.loadFallback();
  const fallbackFont = fallbackBytes ? parseFont(fallbackBytes) : null;
  const fontSet = new FontSet(primaryFont, fallbackFont);

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib);
  doc.setTitle(PDF_TITLE);
  doc.setLanguage('ja-JP');
  const embedOptions = { subset };
  const primary = await doc.embedFont(fonts.primary, embedOptions);
  const fallback = fallbackBytes ? await doc.embedFont(fallbackBytes, embedOptions) : null;
  const page = doc.addPage([PAGE_W, PAGE_H]);
  const ctx: Ctx = { page, fontSet, pdfFonts: [primary, fallback] };

  drawLayout(ctx, layout);
  if (input) addFields(ctx, doc.getForm(), layout, input);

  // What doc.save() does, except that all objects go into ONE object stream: save() cuts them
  // into streams of 50, each deflated on its own, which costs ~300 bytes a form. save() would
  // also embed images and attachments; this document has only fonts (add any new kind here).
  for (const font of ctx.pdfFonts) await font?.embed();
  // objectsPerTick: pdf-lib otherwise yields a timer tick every 50 objects (≥ 1 ms each in Node);
  // a one-page form is done faster than one tick, and in a worker nothing else waits.
  return PDFStreamWriter.forContext(
    doc.context,
    Infinity,
    true,
    OBJECTS_PER_STREAM,
  ).serializeToBuffer();
}

export type { PdfFonts, FontIndex };
// Kept importable from here: callers knew them as part of the renderer.
export { fitBoxOf, fitValue } from './fit-value';
