import { useId } from 'react';
import {
  FORM_LAYOUT,
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
import { TEXT_FIELDS, type Request } from '../../domain/request/schema';

/**
 * The bank's form as a picture, drawn as SVG from the same layout data the PDF is made from
 * (src/content/pdf/form-layout.ts), with the values of a request in its boxes. Drawn when shown,
 * so a change of the layout changes this picture too: there is no image file to go stale
 * (docs/decisions/0017-example-as-the-form.md).
 *
 * It is a picture, not the PDF: text is set in the page's web font and wrapped by an estimate of
 * its width, which is close to, not exactly, what the PDF measures with the embedded font.
 */

/** Where a numbered note of the 記入例 points (mm, on the page). */
export interface Marker {
  readonly number: number;
  readonly x: number;
  readonly y: number;
}

const SEAL_RED = '#c8161d';
const INK = '#111';
/** Line height of wrapped text, in ems (as the PDF's fitText sets it). */
const LINE_HEIGHT = 1.25;

/** Estimated advance of a character in ems: half for Latin letters, digits and half-width kana. */
function advance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x2e80 || (code >= 0xff61 && code <= 0xff9f)) return 0.55;
  return 1;
}

export const estimateWidth = (text: string, sizePt: number) =>
  Array.from(text).reduce((sum, char) => sum + advance(char), 0) * sizePt * PT_TO_MM;

/** Characters a line may not start with (Japanese 行頭禁則, the common ones). */
const NO_LINE_START = new Set(
  Array.from('、。，．・：；？！）」』】〕］｝〉》ー〜ぁぃぅぇぉっゃゅょァィゥェォッャュョ'),
);

/** Splits `text` into lines no wider than `width` mm at `sizePt`. */
export function wrap(text: string, width: number, sizePt: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of Array.from(text)) {
    const next = line + char;
    if (line !== '' && estimateWidth(next, sizePt) > width && !NO_LINE_START.has(char)) {
      lines.push(line);
      line = char;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

function Text({ item }: { item: TextItem }) {
  const size = item.size * PT_TO_MM;
  const lines = item.width ? wrap(item.text, item.width, item.size) : [item.text];
  const lineHeight = item.lineHeight ?? size * LINE_HEIGHT;
  return (
    <text
      x={item.x}
      y={item.y}
      fontSize={size}
      textAnchor={ANCHOR[item.align ?? 'left']}
      fontWeight={item.bold ? 700 : 400}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={item.x} y={item.y + i * lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The value at the size the box allows: shrunk down to its minimum, then wrapped. */
function fitLines(box: ValueBox, value: string): { size: number; lines: string[] } {
  const widthFor = (size: number) => estimateWidth(value, size);
  let size = box.maxSize;
  while (size > box.minSize && widthFor(size) > box.rect.width * box.maxLines) size -= 0.5;
  const lines = box.maxLines > 1 ? wrap(value, box.rect.width, size) : [value];
  return { size, lines: lines.slice(0, box.maxLines) };
}

function Value({ box, value }: { box: ValueBox; value: string }) {
  if (value === '') return null;
  const { rect } = box;
  if (box.comb) {
    const cell = rect.width / box.comb;
    const size = box.maxSize * PT_TO_MM;
    const baseline = rect.y + rect.height / 2 + size * 0.35;
    return (
      <text fontSize={size} textAnchor="middle">
        {Array.from(value).map((char, i) => (
          <tspan key={i} x={rect.x + cell * (i + 0.5)} y={baseline}>
            {char}
          </tspan>
        ))}
      </text>
    );
  }
  const { size, lines } = fitLines(box, value);
  const em = size * PT_TO_MM;
  const block = em + (lines.length - 1) * em * LINE_HEIGHT;
  const first =
    lines.length === 1 && box.baseline !== undefined
      ? box.baseline
      : rect.y + (rect.height - block) / 2 + em * 0.88;
  const x =
    box.align === 'center'
      ? rect.x + rect.width / 2
      : box.align === 'right'
        ? rect.x + rect.width
        : rect.x;
  return (
    <text fontSize={em} textAnchor={ANCHOR[box.align]}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={first + i * em * LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A ✓ over a □, as the PDF draws it. */
function Tick({ box }: { box: Rect }) {
  const { x, y, width: w, height: h } = box;
  return (
    <path
      d={`M${x + w * 0.18} ${y + h * 0.5} L${x + w * 0.42} ${y + h * 0.8} L${x + w * 0.9} ${y + h * 0.08}`}
      fill="none"
      stroke={INK}
      strokeWidth={0.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  );
}

/** The ring around a chosen procedure's label, as the PDF draws it (procedureRing). */
function Ring({ label, cell }: { label: TextItem; cell: Rect }) {
  const width = estimateWidth(label.text, label.size);
  const cy = label.y - label.size * PT_TO_MM * 0.38;
  const { cx, a, r } = procedureRing(label.x, width, cy, cell);
  return (
    <path
      className="form-picture__ring"
      d={`M ${cx - a} ${cy - r} H ${cx + a} A ${r} ${r} 0 0 1 ${cx + a} ${cy + r} H ${cx - a} A ${r} ${r} 0 0 1 ${cx - a} ${cy - r} Z`}
      fill="none"
      stroke={INK}
      strokeWidth={RING_LINE * PT_TO_MM}
    />
  );
}

/** A round seal in the お申込印 area, as the guide's 記入例 shows one stamped. */
function Seal({ layout }: { layout: FormLayout }) {
  const heading = layout.texts.find((t) => t.text.startsWith('お申込印'));
  const phone = layout.values.find((v) => v.field === 'phone');
  if (!heading || !phone) return null;
  const top = heading.y + 2;
  const bottom = phone.rect.y - 2;
  const r = Math.min(8, (bottom - top) / 2);
  const cy = (top + bottom) / 2;
  return (
    <g stroke={SEAL_RED} fill="none" strokeWidth={0.6}>
      <circle cx={heading.x} cy={cy} r={r} />
      <text
        x={heading.x}
        y={cy + 2.2}
        fontSize={6}
        textAnchor="middle"
        fill={SEAL_RED}
        stroke="none"
        fontWeight={700}
      >
        印
      </text>
    </g>
  );
}

function MarkerBadge({ marker }: { marker: Marker }) {
  return (
    <g className="form-picture__marker">
      <circle cx={marker.x} cy={marker.y} r={3.2} fill={SEAL_RED} />
      <text
        x={marker.x}
        y={marker.y + 1.5}
        fontSize={4.2}
        fontWeight={700}
        fill="#fff"
        textAnchor="middle"
      >
        {marker.number}
      </text>
    </g>
  );
}

/** The values of `request` by layout field; the date as the guide's 記入例 writes it. */
export function exampleValues(
  request: Request,
  date: Readonly<Record<'requestYear' | 'requestMonth' | 'requestDay', string>>,
): Record<ValueField, string> {
  const texts = Object.fromEntries(TEXT_FIELDS.map((name) => [name, request[name]]));
  return { ...(texts as Record<ValueField, string>), ...date };
}

/**
 * The whole form, filled with `values`, chosen procedures circled and options ticked; numbered
 * markers point at the notes shown beside it.
 */
export function FormPicture({
  request,
  values,
  markers,
  title,
  layout = FORM_LAYOUT,
}: {
  request: Request;
  values: Record<ValueField, string>;
  markers: readonly Marker[];
  title: string;
  layout?: FormLayout;
}) {
  const titleId = useId();
  const chosenTick = (tick: FormLayout['ticks'][number]) =>
    tick.option.kind === 'deletionReason'
      ? request.deletionReasons.includes(tick.option.value)
      : request.revocationTargets.includes(tick.option.value);
  return (
    <svg
      className="form-picture"
      viewBox={`0 0 ${PAGE.width} ${PAGE.height}`}
      role="img"
      aria-labelledby={titleId}
      fill={INK}
    >
      <title id={titleId}>{title}</title>
      <g aria-hidden="true">
        <rect width={PAGE.width} height={PAGE.height} fill="#fff" />
        <g stroke={INK} fill="none">
          {layout.frames.map((f, i) => (
            <rect
              key={`f${i}`}
              x={f.rect.x}
              y={f.rect.y}
              width={f.rect.width}
              height={f.rect.height}
              strokeWidth={f.width * PT_TO_MM}
            />
          ))}
          {layout.lines.map((l, i) => (
            <line
              key={`l${i}`}
              x1={l.x1}
              y1={l.y1}
              x2={l.x2}
              y2={l.y2}
              strokeWidth={l.width * PT_TO_MM}
            />
          ))}
          {layout.ticks.map((t) => (
            <rect
              key={t.name}
              x={t.box.x}
              y={t.box.y}
              width={t.box.width}
              height={t.box.height}
              strokeWidth={0.26}
            />
          ))}
        </g>
        {layout.texts.map((item, i) => (
          <Text key={`t${i}`} item={item} />
        ))}
        {layout.procedures.map((row) => (
          <g key={row.name}>
            <Text item={row.label} />
            {request.procedures.includes(row.procedure) && (
              <Ring label={row.label} cell={row.cell} />
            )}
          </g>
        ))}
        <g className="form-picture__values" fill="#1a3d8f">
          {layout.values.map((box) => (
            <Value key={box.name} box={box} value={values[box.field]} />
          ))}
        </g>
        {layout.ticks.filter(chosenTick).map((t) => (
          <Tick key={t.name} box={t.box} />
        ))}
        <Seal layout={layout} />
        {markers.map((m) => (
          <MarkerBadge key={m.number} marker={m} />
        ))}
      </g>
    </svg>
  );
}
