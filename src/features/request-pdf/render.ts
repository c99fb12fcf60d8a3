import {
  AnnotationFlags,
  LineCapStyle,
  LineJoinStyle,
  PDFContentStream,
  PDFDocument,
  PDFHexString,
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
import { FIELDS } from '../../domain/request/fields';
import { TEXT_FIELDS, type Request, type TextField } from '../../domain/request/schema';
import {
  FORM_LAYOUT,
  FORM_TITLE,
  LINE,
  PAGE,
  PT_TO_MM,
  RING_LINE,
  procedureRing,
  type FormLayout,
  type Rect,
  type TextItem,
  type ValueBox,
  type ValueField,
} from '../../content/pdf/form-layout';
import './deflate';
import { LINE_HEIGHT, wrapText, type FitResult } from './fit-text';
import { fitValue } from './fit-value';
import {
  EDITABLE_CHARACTERS,
  FontSet,
  embedFont,
  fontkitForPdfLib,
  parseFont,
  primaryCovers,
  type FontIndex,
  type PdfFonts,
} from './font-engine';

/*
 * Two PDFs from one layout (docs/decisions/0013-print-pdf-and-fillable-pdf.md):
 * - the print/FAX PDF (the default): every value, circle and ✓ is page content, so it prints
 *   whatever a viewer, printer driver or FAX driver does with form fields, and there are no form
 *   fields to print it a second time;
 * - the fillable PDF (`fillable: true`), for a correction in a PDF viewer: each text value lives
 *   ONLY in its form field, whose appearance this renderer draws (printed once by viewers that
 *   print form fields; page text under it would print the old value after an edit). Circles and
 *   ticks are page content there too: a viewer that redraws form fields would turn them into
 *   ticks (poppler does), and changing a procedure changes which fields apply, which only the app
 *   checks.
 * The blank form (for handwriting) has neither values nor fields.
 */

export interface RenderOptions {
  /** Embed whole fonts instead of subsets (tests compare both pixel for pixel). */
  subset?: boolean;
  /** The fillable PDF (values in form fields) instead of the print/FAX PDF. */
  fillable?: boolean;
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

/** What a field's tooltip (/TU) says: the guide's name of the field, as screen readers read it. */
export function fieldTooltip(field: ValueField): string {
  if (field in DATE_PART_NAMES) return DATE_PART_NAMES[field as keyof typeof DATE_PART_NAMES];
  return FIELDS[field as TextField].label;
}
const DATE_PART_NAMES = {
  requestYear: `${FIELDS.requestDate.label}（年）`,
  requestMonth: `${FIELDS.requestDate.label}（月）`,
  requestDay: `${FIELDS.requestDate.label}（日）`,
} as const;

const x = (mm: number) => r2(mm * MM);
const y = (mm: number) => r2(PAGE_H - mm * MM);
const len = (mm: number) => r2(mm * MM);

/** Font resource names: the page's, or those of the appearance streams' resource dictionary. */
type FontKeys = [PDFName, PDFName | null];

interface Ctx {
  page: PDFPage;
  fontSet: FontSet;
  pdfFonts: [PDFFont, PDFFont | null];
  /** The fonts as the page's content names them. */
  pageFonts: FontKeys;
}

interface FormCtx extends Ctx {
  form: PDFForm;
  /** One resource dictionary (both fonts) for every value appearance and the form's /DR. */
  resources: PDFRef;
  /** The fonts as the appearance streams' resources name them. */
  fieldFonts: FontKeys;
  /** Appearance streams by content, so identical ones are stored once. */
  appearances: Map<string, PDFRef>;
}

/*
 * Strokes a standard-resolution FAX keeps (docs/decisions/0014-fax-legible-values.md). At 98 lines
 * an inch one line is 0.26 mm (0.73 pt), more than a horizontal stroke of BIZ UD Gothic Regular
 * below 12 pt. Ghostscript (and FAX drivers built on it) sets a pixel of a glyph only when the
 * pixel's centre is inside it, so such a stroke that falls between two line centres vanishes
 * (団体名 lost the lower strokes of 名, ユ became ⊥, e lost its bar). A stroked path sets every
 * pixel it touches: so text up to 11 pt is filled and also outlined (text render mode 2) with a
 * hairline, which keeps each stroke at least one line high and adds next to nothing to its
 * width. From 12 pt the strokes survive as they are, and an outline only closes up dense kanji
 * (働, 書) at 204 dpi: Tesseract then misread more (measured by tests/features/request-pdf/fax-ocr.test.ts).
 */
/** Points. */
const TEXT_OUTLINE = 0.1;
/** Text up to this size (points) is outlined. */
export const OUTLINED_UP_TO = 11;
/** The title reads as bold: a wider outline, as a share of its size. */
const TITLE_OUTLINE = 0.06;

function outlined(size: number, bold = false): PDFOperator[] {
  if (bold) {
    return [
      setTextRenderingMode(TextRenderingMode.FillAndOutline),
      setLineWidth(r2(size * TITLE_OUTLINE)),
    ];
  }
  if (size > OUTLINED_UP_TO) return [];
  return [setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(TEXT_OUTLINE)];
}

/*
 * The printed layout is written as plain operators rather than with pdf-lib's drawText,
 * drawRectangle and drawLine: those wrap every call in its own graphics state with colour, dash
 * and identity matrices, and drawText({ font }) adds a randomly named font resource per call.
 * Same paths, widths and glyph positions; about 1 KB less in every PDF.
 */

function staticTextOperators(ctx: Ctx, item: TextItem): PDFOperator[] {
  const font = ctx.pdfFonts[0];
  let lines = [item.text];
  if (item.width) {
    const wrapped = wrapText(
      item.text,
      (item.width * MM) / item.size,
      ctx.fontSet.measure,
      Infinity,
    );
    if (!wrapped) throw new Error(`The printed words do not wrap in their width: ${item.text}`);
    lines = wrapped;
  }
  const lineHeight = item.lineHeight ?? (item.size * LINE_HEIGHT) / MM;
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    ...outlined(item.size, item.bold),
    beginText(),
    setFontAndSize(ctx.pageFonts[0], item.size),
  ];
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
  ops.push(endText(), popGraphicsState());
  return ops;
}

function drawLayout(ctx: Ctx, layout: FormLayout): PDFOperator[] {
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
  for (const item of layout.texts) ops.push(...staticTextOperators(ctx, item));
  for (const row of layout.procedures) ops.push(...staticTextOperators(ctx, row.label));
  ops.push(popGraphicsState());
  return ops;
}

/**
 * Operators that draw fitted lines inside `box`, with its lower-left corner at (left, bottom) in
 * points: the page's coordinates for page content, (0, 0) in a widget's appearance.
 */
function valueOperators(
  ctx: Ctx,
  fonts: FontKeys,
  box: ValueBox,
  fit: FitResult & { fits: true },
  [left0, bottom0]: [number, number],
): PDFOperator[] {
  const { size, lines } = fit;
  const h = len(box.rect.height);
  const w = len(box.rect.width);
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    setFillingGrayscaleColor(0),
    setStrokingGrayscaleColor(0),
    ...outlined(size),
    beginText(),
  ];
  let current: PDFName | undefined;
  const place = (text: string, left: number, baseline: number) => {
    ops.push(setTextMatrix(1, 0, 0, 1, r2(left0 + left), r2(bottom0 + baseline)));
    for (const run of ctx.fontSet.runs(text)) {
      const index = ctx.pdfFonts[run.font] ? run.font : 0;
      const font = ctx.pdfFonts[index]!;
      const key = fonts[index]!;
      // The font stays set across Tm within BT: repeating Tf per line or comb cell only adds bytes.
      if (key !== current) ops.push(setFontAndSize(key, size));
      current = key;
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
  ops.push(endText(), popGraphicsState());
  return ops;
}

function fitted(ctx: Ctx, box: ValueBox, text: string): FitResult & { fits: true } {
  const fit = fitValue(box, text, ctx.fontSet.measure);
  if (!fit.fits) {
    throw new Error(`The value of ${box.field} does not fit its box on the form`);
  }
  return fit;
}

/** The lower-left corner of a layout rectangle, in page points. */
const lowerLeft = (rect: Rect): [number, number] => [x(rect.x), y(rect.y + rect.height)];

/** The print/FAX PDF's values: page content, like the printed words. */
function valuesAsContent(ctx: Ctx, layout: FormLayout, request: Request): PDFOperator[] {
  const values = valuesOf(request);
  return layout.values.flatMap((box) => {
    const text = values[box.field];
    if (text === '') return [];
    return valueOperators(ctx, ctx.pageFonts, box, fitted(ctx, box, text), lowerLeft(box.rect));
  });
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
function appearanceStream(ctx: FormCtx, ops: PDFOperator[], bbox: number[]): PDFRef {
  const key = `${bbox.join(' ')}|${ops.join('\n')}`;
  let ref = ctx.appearances.get(key);
  if (!ref) {
    const { context } = ctx.form.doc;
    // /Type /XObject is optional for a form XObject (ISO 32000-1, 8.10.2): left out.
    const dict = () => context.obj({ Subtype: 'Form', BBox: bbox, Resources: ctx.resources });
    let stream = PDFContentStream.of(dict(), ops, false);
    if (stream.getContentsSize() > DEFLATE_FROM) stream = PDFContentStream.of(dict(), ops, true);
    ref = context.register(stream);
    ctx.appearances.set(key, ref);
  }
  return ref;
}

function addValueField(ctx: FormCtx, box: ValueBox, text: string): void {
  const { form } = ctx;
  const field = form.createTextField(box.name);
  if (box.comb) {
    field.setMaxLength(box.comb);
    field.enableCombing();
  } else if (box.maxLines > 1) field.enableMultiline();
  if (box.align !== 'left') {
    field.setAlignment(box.align === 'center' ? TextAlignment.Center : TextAlignment.Right);
  }
  field.setText(text);
  // The name a viewer shows on hover and a screen reader reads: the guide's own words.
  field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(fieldTooltip(box.field)));
  const rect = {
    x: x(box.rect.x),
    y: y(box.rect.y + box.rect.height),
    width: len(box.rect.width),
    height: len(box.rect.height),
  };
  const widget = addWidget(ctx, form, field, rect);
  const fit = fitted(ctx, box, text);
  // On the field only: the widget inherits /DA (ISO 32000-1, 12.7.3.3).
  field.acroField.setDefaultAppearance(`/${ctx.pdfFonts[0].name} ${fit.size} Tf 0 g`);
  const ops = [
    beginMarkedContent('Tx'),
    ...valueOperators(ctx, ctx.fieldFonts, box, fit, [0, 0]),
    endMarkedContent(),
  ];
  widget.setNormalAppearance(appearanceStream(ctx, ops, [0, 0, rect.width, rect.height]));
  form.markFieldAsClean(field.ref);
}

/** A ✓ drawn as two strokes in `box` (points), slightly overshooting it like a hand-made tick. */
function tickOperators([left, bottom, w, h]: [number, number, number, number]): PDFOperator[] {
  return [
    pushGraphicsState(),
    setStrokingGrayscaleColor(0),
    setLineWidth(1.4),
    setLineCap(LineCapStyle.Round),
    setLineJoin(LineJoinStyle.Round),
    moveTo(r2(left + w * 0.18), r2(bottom + h * 0.5)),
    lineTo(r2(left + w * 0.42), r2(bottom + h * 0.2)),
    lineTo(r2(left + w * 0.9), r2(bottom + h * 0.92)),
    stroke(),
    popGraphicsState(),
  ];
}

const KAPPA = 0.5522847498;

/**
 * A ring around a label: two half circles of radius `r` joined by straight lines, their centres
 * `a` either side of (cx, cy). It hugs a long label as closely as a short one, where an ellipse
 * wide enough to clear a long label's corners ran into the table's frame.
 */
function ringOperators(cx: number, cy: number, a: number, r: number): PDFOperator[] {
  const k = r * KAPPA;
  // Sums of rounded numbers are not rounded (2.8400000000000034): round the points themselves.
  const [l, rt, top, bottom] = [r2(cx - a), r2(cx + a), r2(cy + r), r2(cy - r)];
  return [
    pushGraphicsState(),
    setStrokingGrayscaleColor(0),
    setLineWidth(RING_LINE),
    moveTo(l, top),
    lineTo(rt, top),
    appendBezierCurve(r2(cx + a + k), top, r2(cx + a + r), r2(cy + k), r2(cx + a + r), r2(cy)),
    appendBezierCurve(r2(cx + a + r), r2(cy - k), r2(cx + a + k), bottom, rt, bottom),
    lineTo(l, bottom),
    appendBezierCurve(r2(cx - a - k), bottom, r2(cx - a - r), r2(cy - k), r2(cx - a - r), r2(cy)),
    appendBezierCurve(r2(cx - a - r), r2(cy + k), r2(cx - a - k), top, l, top),
    closePath(),
    stroke(),
    popGraphicsState(),
  ];
}

/** The circles around the chosen procedures and the ✓ in the ticked □: page content. */
function marksAsContent(ctx: Ctx, layout: FormLayout, request: Request): PDFOperator[] {
  const ops: PDFOperator[] = [];
  for (const row of layout.procedures) {
    if (!request.procedures.includes(row.procedure)) continue;
    const width = ctx.fontSet.measure(row.label.text) * row.label.size * PT_TO_MM;
    const centerY = row.label.y - (EM_ASCENT - 0.5) * row.label.size * PT_TO_MM;
    const ring = procedureRing(row.label.x, width, centerY, row.cell);
    ops.push(...ringOperators(x(ring.cx), y(ring.cy), len(ring.a), len(ring.r)));
  }
  for (const tick of layout.ticks) {
    const checked =
      tick.option.kind === 'deletionReason'
        ? request.deletionReasons.includes(tick.option.value)
        : request.revocationTargets.includes(tick.option.value);
    if (!checked) continue;
    // Larger than the □, so the tick can overshoot it.
    const area = {
      x: tick.box.x - 0.3,
      y: tick.box.y - 1.3,
      width: tick.box.width + 1.3,
      height: tick.box.height + 1.6,
    };
    const [left, bottom] = lowerLeft(area);
    ops.push(...tickOperators([left, bottom, len(area.width), len(area.height)]));
  }
  return ops;
}

/** The fillable PDF's text fields, with /DR so a viewer that redraws a field has the fonts. */
function addFields(base: Ctx, form: PDFForm, layout: FormLayout, request: Request): void {
  const { context } = form.doc;
  const fonts = base.pdfFonts.filter((f) => f !== null);
  const ctx: FormCtx = {
    ...base,
    form,
    resources: context.register(
      context.obj({ Font: Object.fromEntries(fonts.map((f) => [f.name, f.ref])) }),
    ),
    fieldFonts: [
      PDFName.of(base.pdfFonts[0].name),
      base.pdfFonts[1] ? PDFName.of(base.pdfFonts[1].name) : null,
    ],
    appearances: new Map(),
  };
  const values = valuesOf(request);
  for (const box of layout.values) addValueField(ctx, box, values[box.field]);

  const primary = ctx.pdfFonts[0];
  form.acroForm.dict.set(PDFName.of('DR'), ctx.resources);
  form.acroForm.dict.set(PDFName.of('DA'), PDFString.of(`/${primary.name} 10 Tf 0 g`));
  // Last: anything still dirty gets its appearance from the CJK font, never from Helvetica.
  form.updateFieldAppearances(primary);
}

/** More than a one-page form ever has, so they all share one object stream. */
const OBJECTS_PER_STREAM = 10_000;

/**
 * The filled-in request form as an A4 PDF (the print/FAX PDF, or the fillable PDF with
 * `options.fillable`), or the blank form for handwriting when `input` is null. Pure: runs in
 * Node and in a Web Worker.
 */
export async function renderRequestPdf(
  input: Request | null,
  fonts: PdfFonts,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const subset = options.subset ?? true;
  const fillable = (options.fillable ?? false) && input !== null;
  const layout = FORM_LAYOUT;
  const primaryFont = parseFont(fonts.primary);
  const values = input ? Object.values(valuesOf(input)) : [];
  const fallbackBytes = primaryCovers(primaryFont, values) ? null : await fonts.loadFallback();
  const fallbackFont = fallbackBytes ? parseFont(fallbackBytes) : null;
  const fontSet = new FontSet(primaryFont, fallbackFont);

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitForPdfLib);
  // Shown in the viewer's title bar instead of the file name (DisplayDocTitle).
  doc.setTitle(PDF_TITLE, { showInWindowTitleBar: true });
  doc.setLanguage('ja-JP');
  const embedOptions = { subset };
  const primary = await doc.embedFont(fonts.primary, embedOptions);
  const fallback = fallbackBytes ? await doc.embedFont(fallbackBytes, embedOptions) : null;
  const page = doc.addPage([PAGE_W, PAGE_H]);
  const pageFonts: FontKeys = [
    page.node.newFontDictionary(primary.name, primary.ref),
    fallback ? page.node.newFontDictionary(fallback.name, fallback.ref) : null,
  ];
  const ctx: Ctx = { page, fontSet, pdfFonts: [primary, fallback], pageFonts };

  const ops = drawLayout(ctx, layout);
  if (input) {
    ops.push(...marksAsContent(ctx, layout, input));
    if (fillable) {
      addFields(ctx, doc.getForm(), layout, input);
      // What a person may type into a field and still see printed in its font.
      primary.encodeText(EDITABLE_CHARACTERS);
    } else ops.push(...valuesAsContent(ctx, layout, input));
  }
  page.pushOperators(...ops);

  // What doc.save() does, except that all objects go into ONE object stream: save() cuts them
  // into streams of 50, each deflated on its own, which costs ~300 bytes a form. save() would
  // also embed images and attachments; this document has only fonts (add any new kind here).
  for (const font of ctx.pdfFonts) if (font) await embedFont(doc, font, { subset });
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
