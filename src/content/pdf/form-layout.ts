import { CHOICES, FIELDS } from '../../domain/request/fields';
import type {
  DeletionReason,
  Procedure,
  RevocationTarget,
  TextField,
} from '../../domain/request/schema';
import { FAX_DESTINATION } from '../fax-destination';
import {
  CONTRACT_NUMBER_SOURCES,
  DELETION_REASON_LABELS,
  PROCEDURE_LABELS,
  REQUEST_DECLARATION,
  REVOCATION_TARGET_LABELS,
} from '../request-form';

/**
 * The bank's blank form 「ろうきん賃金控除事務支援サービス マスターユーザー削除・電子証明書失効等依頼書」
 * as data: every printed word is the guide's, in the form's order. Positions are millimetres on an
 * A4 portrait page with the origin at the top-left corner (the renderer converts to PDF points).
 *
 * The layout is a grid: each section names its columns (x) and rows (y) once, and every line,
 * frame, label and value box is derived from them, so moving a column moves everything on it.
 * Words that name a field or an option come from the field registry (domain/request/fields.ts)
 * and content/request-form.ts, the FAX destination from content/procedures/fax.ts; only the
 * form's own wording is written here.
 *
 * FAX rules the numbers below respect: nothing closer than 15 mm to the page edge (fax machines crop
 * about 5 mm; the tests enforce 10 mm), no text under 9 pt (a standard-resolution FAX has 98 lines
 * an inch: smaller strokes fall between them), table lines 0.75–1 pt, no fills.
 */

export const PAGE = { width: 210, height: 297 } as const;

/** Millimetres, origin top-left. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Align = 'left' | 'center' | 'right';

/** Fixed text. `y` is the baseline of the (first) line; with `width` the text wraps. */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  /** Points. */
  size: number;
  align?: Align;
  /** Wrap width in mm; the anchor `x` is then the left edge. */
  width?: number;
  /** Baseline-to-baseline distance in mm for wrapped text. */
  lineHeight?: number;
  /** Drawn with a thin outline so the title reads as bold without embedding a second font. */
  bold?: boolean;
}

/** A straight line; `width` in points. */
export interface Stroke {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

/** The date's three slots, printed as 「2026年 4月 1日」. */
export type DateField = 'requestYear' | 'requestMonth' | 'requestDay';
export type ValueField = TextField | DateField;

/** Where a value is written. Sizes are points; the value shrinks from maxSize down to minSize. */
export interface ValueBox {
  field: ValueField;
  /** AcroForm field name. */
  name: string;
  rect: Rect;
  maxSize: number;
  minSize: number;
  maxLines: number;
  align: Align;
  /** One character per cell over this many equal cells (ご契約番号's digit boxes). */
  comb?: number;
  /** Baseline in mm for a one-line value, so it sits on the same line as the printed words
   * around it (the parentheses of その他（　）, the 年 月 日 slots). */
  baseline?: number;
}

/** A procedure of ＜手続依頼区分＞: the label the renderer circles when it is chosen. */
export interface ProcedureRow {
  procedure: Procedure;
  name: string;
  label: TextItem;
  /** The label's table cell; the circle stays inside it. */
  cell: Rect;
}

/** A printed □ that gets a ✓ when its option is chosen. */
export type TickOption =
  | { kind: 'deletionReason'; value: DeletionReason }
  | { kind: 'revocationTarget'; value: RevocationTarget };

export interface TickBox {
  option: TickOption;
  name: string;
  /** The printed square. */
  box: Rect;
}

export interface FormLayout {
  texts: TextItem[];
  lines: Stroke[];
  /** Outlined rectangles (no fill): table frames and the □ of the tick boxes. */
  frames: { rect: Rect; width: number }[];
  values: ValueBox[];
  procedures: ProcedureRow[];
  ticks: TickBox[];
}

/** Line weights in points: FAX drops anything much thinner than 0.5 pt. */
export const LINE = { frame: 1, rule: 0.75, fine: 0.5, tickBox: 0.75 } as const;

export const PT_TO_MM = 25.4 / 72;

/** The form's title, in its two printed lines (also the PDF's document title). */
export const FORM_TITLE = [
  'ろうきん賃金控除事務支援サービス',
  'マスターユーザー削除・電子証明書失効等依頼書',
] as const;

const LABEL_SIZE = 10;
/** The smallest a value or a printed word is ever drawn (docs/decisions/0014-fax-legible-values.md). */
export const MIN_SIZE = 9;

/** Baseline that centres a line of CJK text of `size` pt vertically on `centerY` mm. */
function centredBaseline(centerY: number, size: number): number {
  // Ideographic em box: 0.88 em above the baseline, 0.12 em below (BIZ UD Gothic's metrics).
  return centerY + (0.88 - 0.5) * size * PT_TO_MM;
}

function hline(y: number, x1: number, x2: number, width: number = LINE.rule): Stroke {
  return { x1, y1: y, x2, y2: y, width };
}

function vline(x: number, y1: number, y2: number, width: number = LINE.rule): Stroke {
  return { x1: x, y1, x2: x, y2, width };
}

/** The cell between columns `x1`–`x2` and rows `y1`–`y2`. */
function cell(x1: number, x2: number, y1: number, y2: number): Rect {
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** `rect` less `dx` on the left and right and `dy` at the top and bottom. */
function inset(rect: Rect, dx: number, dy: number): Rect {
  return {
    x: rect.x + dx,
    y: rect.y + dy,
    width: rect.width - 2 * dx,
    height: rect.height - 2 * dy,
  };
}

/** A label centred in its cell. */
function label(text: string, where: Rect, size = LABEL_SIZE): TextItem {
  return {
    text,
    x: where.x + where.width / 2,
    y: centredBaseline(where.y + where.height / 2, size),
    size,
    align: 'center',
  };
}

type BoxSpec = Omit<ValueBox, 'field' | 'name'>;

function valueBox(rect: Rect, maxSize: number, maxLines: number, more?: Partial<BoxSpec>): BoxSpec {
  return { rect, maxSize, minSize: MIN_SIZE, maxLines, align: 'left', ...more };
}

// ---- Page ---------------------------------------------------------------------------------------

/** The FAX-safe margins (15 mm) and the centre the title is set on. */
const PAGE_COL = { left: 15, centre: PAGE.width / 2, right: 195 } as const;
const { left: LEFT, right: RIGHT } = PAGE_COL;

// ---- Title, date, addressee and the request's wording ---------------------------------------

const HEADER_ROW = { title: 22, subtitle: 31, addressee: 50, intro: 58 } as const;
/** 依頼日: the value sits right-aligned on the baseline of its 年/月/日, just before it. */
const DATE_ROW = { top: 36, baseline: 41, bottom: 42.5 } as const;
const DATE_SIZE = 11;
/** Room between a value and the printed character that follows it (年, 月, 日, ）). */
const BEFORE_UNIT = 0.4;
const DATE_SLOTS: Record<DateField, { part: string; unit: string; x: number; width: number }> = {
  requestYear: { part: 'year', unit: '年', x: 166.9, width: 14 },
  requestMonth: { part: 'month', unit: '月', x: 179.0, width: 8 },
  requestDay: { part: 'day', unit: '日', x: 191.1, width: 8 },
};
const DATE_FIELDS = Object.keys(DATE_SLOTS) as DateField[];

// ---- Applicant table (〒 … ご契約番号) ----------------------------------------------------------

const DIGIT_CELL = 7;
const DIGITS = 7;
const LABEL_COL = 40;
const TABLE_COL = {
  /** End of the label column. */
  label: LABEL_COL,
  faxLabel: 82,
  fax: 102,
  /** お申込印: the seal column, from the top of the table to the phone row. */
  seal: 145,
  contact: 167,
  /** After ご契約番号's seven digit cells: the note on where to find the number. */
  note: LABEL_COL + DIGIT_CELL * DIGITS,
  right: RIGHT,
} as const;
/** Each row by the line at its top. */
const TABLE_ROW = {
  postalCode: 75,
  /** Below お申込印（代表者印）; the seal area under it stays empty for one or two seals. */
  sealHeader: 83,
  address: 85,
  organisationName: 101,
  representative: 114,
  phone: 127,
  contractNumber: 138,
  bottom: 152,
} as const;
/** Baselines of the notes: where to find ご契約番号 (in its row), and the seal's (under the table). */
const NOTE_ROW = { contractNumber: 142.5, seal: 158 } as const;
/** A value's margin inside its table cell. */
const CELL_PAD = { x: 1.5, y: 1 } as const;
/** The writing area of an applicant row: between the label and the seal column. */
const applicantArea = (top: number, bottom: number) =>
  inset(cell(TABLE_COL.label, TABLE_COL.seal, top, bottom), CELL_PAD.x, CELL_PAD.y);
/** The 肩書 takes the start of 代表者名's row, the 氏名 the rest after a gap. */
const TITLE_WIDTH = 38;
const TITLE_GAP = 2;
/** 〒 needs room for 999-9999 only. */
const POSTAL_WIDTH = 40;
const phoneCell = (x1: number, x2: number) =>
  inset(cell(x1, x2, TABLE_ROW.phone, TABLE_ROW.contractNumber), CELL_PAD.x, CELL_PAD.y);
const representativeArea = applicantArea(TABLE_ROW.representative, TABLE_ROW.phone);
/** The columns of the table's label cells: the label column, and FAX番号's and ご担当者's. */
const LABEL_CELL = {
  row: [LEFT, TABLE_COL.label],
  fax: [TABLE_COL.faxLabel, TABLE_COL.fax],
  contact: [TABLE_COL.seal, TABLE_COL.contact],
} as const;
function tableLabel(
  text: string,
  top: number,
  bottom: number,
  [x1, x2]: readonly [number, number] = LABEL_CELL.row,
): TextItem {
  return label(text, cell(x1, x2, top, bottom));
}

// ---- ＜手続依頼区分＞ ---------------------------------------------------------------------------

const PROC_COL = {
  /** The instruction after the ＜手続依頼区分＞ heading. */
  instruction: 49,
  /** Where the procedures' labels start (the circle is drawn around them). */
  label: 22.7,
  /** The line between the procedures and their details. */
  divider: 101,
  /** Headings of the details. */
  detail: 104,
  /** The first □ of a detail line. */
  option: 107,
  /** The second □ of 一般ユーザー / パスワード失念. */
  generalUser: 141,
  forgotten: 156,
  /** Where a value in parentheses starts: after 「その他（」 / 「一般ユーザーのユーザー名（」. */
  otherValue: 124.6,
  userNameValue: 148.6,
  /** The closing 「）」 of both. */
  close: 190,
} as const;
const PROC_ROW = { heading: 167, top: 171 } as const;
/** Each procedure's row by the line at its bottom; the first starts at PROC_ROW.top. */
const PROC_ROW_BOTTOM: Record<Procedure, number> = {
  contractNumberInquiry: 182,
  lockoutRelease: 193,
  masterUserDeletion: 214,
  certificateRevocation: 236,
};
function procedureRow(procedure: Procedure): [number, number] {
  const previous = CHOICES.procedures[CHOICES.procedures.indexOf(procedure) - 1];
  return [previous ? PROC_ROW_BOTTOM[previous] : PROC_ROW.top, PROC_ROW_BOTTOM[procedure]];
}
const PROC_BOTTOM = PROC_ROW_BOTTOM[CHOICES.procedures[CHOICES.procedures.length - 1]!];

const DETAIL_SIZE = 9;
/** A detail's three baselines, 6 mm apart: its heading, its □ options, its value in （）. */
const detailLines = (first: number) => [first, first + 6, first + 12] as const;
/** In マスターユーザーの削除's row. */
const REASON_LINES = detailLines(198.8);
/** In 電子証明書の失効's row. */
const TARGET_LINES = detailLines(219.6);
/** A one-line value in parentheses, on `baseline`, up to just before the 「）」. */
const inParentheses = (x: number, baseline: number): Rect => ({
  x,
  y: baseline - 4.6,
  width: PROC_COL.close - BEFORE_UNIT - x,
  height: 6,
});

const TICK_SIZE = 3.2;
/** From a □ to its label. */
const TICK_LABEL_GAP = 4.5;
interface Mark {
  x: number;
  baseline: number;
}
const REASON_MARKS: Record<DeletionReason, Mark> = {
  wrongPassword: { x: PROC_COL.option, baseline: REASON_LINES[1] },
  forgotten: { x: PROC_COL.forgotten, baseline: REASON_LINES[1] },
  other: { x: PROC_COL.option, baseline: REASON_LINES[2] },
};
const TARGET_MARKS: Record<RevocationTarget, Mark> = {
  masterUser: { x: PROC_COL.option, baseline: TARGET_LINES[1] },
  generalUser: { x: PROC_COL.generalUser, baseline: TARGET_LINES[1] },
};

function tickBox({ x, baseline }: Mark): Rect {
  // The square sits on the baseline like a full-width □ glyph would.
  return { x, y: baseline - 2.9, width: TICK_SIZE, height: TICK_SIZE };
}

/** The labels after the □ of a choice's options; `opens` is followed by its value in （）. */
function optionTexts<O extends string>(
  labels: Readonly<Record<O, string>>,
  marks: Record<O, Mark>,
  opens?: O,
): TextItem[] {
  return (Object.keys(marks) as O[]).map((option) => ({
    text: option === opens ? `${labels[option]}（` : labels[option],
    x: marks[option].x + TICK_LABEL_GAP,
    y: marks[option].baseline,
    size: DETAIL_SIZE,
  }));
}

function tick(option: TickOption, mark: Mark): TickBox {
  return { option, name: `${option.kind}.${option.value}`, box: tickBox(mark) };
}

// ---- 《FAX 送信先》 and ろうきん使用欄 -------------------------------------------------------------

const BOTTOM_ROW = { top: 243, faxBox: 277 } as const;
const FAX_COL = { left: LEFT, text: LEFT + 4, right: 100 } as const;
const FAX_ROW = { heading: 249.5, name: 256.5, department: 262.5, number: 272 } as const;
const BANK_COL = { left: 115, year: 150, month: 166, day: 182, right: RIGHT } as const;
const BANK_ROW = { top: BOTTOM_ROW.top, header: 249, date: 255, labels: 261, bottom: 279 } as const;
const BANK_CELLS = ['検印', '取扱者', '印鑑照合', '受付者'] as const;
const BANK_CELL = (BANK_COL.right - BANK_COL.left) / BANK_CELLS.length;
const BANK_DATE_BASELINE = centredBaseline((BANK_ROW.header + BANK_ROW.date) / 2, 9);

// ---- Where each value is written ----------------------------------------------------------------

/** Every value's box, in the form's order. A text field of the registry without a box here (or a
 * box for a field that is gone) does not compile. */
const VALUE_BOXES: Record<ValueField, BoxSpec> = {
  ...(Object.fromEntries(
    DATE_FIELDS.map((field) => {
      const { x, width } = DATE_SLOTS[field];
      const right = x - BEFORE_UNIT;
      return [
        field,
        valueBox(cell(right - width, right, DATE_ROW.top, DATE_ROW.bottom), DATE_SIZE, 1, {
          align: 'right',
          baseline: DATE_ROW.baseline,
        }),
      ];
    }),
  ) as Record<DateField, BoxSpec>),
  postalCode: valueBox(
    { ...applicantArea(TABLE_ROW.postalCode, TABLE_ROW.address), width: POSTAL_WIDTH },
    12,
    1,
  ),
  address: valueBox(applicantArea(TABLE_ROW.address, TABLE_ROW.organisationName), 12, 2),
  organisationName: valueBox(
    applicantArea(TABLE_ROW.organisationName, TABLE_ROW.representative),
    12,
    2,
  ),
  // Three lines at 9 pt: titles run long (中央執行委員会 執行委員長代行) in a narrow box.
  representativeTitle: valueBox({ ...representativeArea, width: TITLE_WIDTH }, 12, 3),
  representativeName: valueBox(
    {
      ...representativeArea,
      x: representativeArea.x + TITLE_WIDTH + TITLE_GAP,
      width: representativeArea.width - TITLE_WIDTH - TITLE_GAP,
    },
    12,
    2,
  ),
  phone: valueBox(phoneCell(TABLE_COL.label, TABLE_COL.faxLabel), 11, 1),
  fax: valueBox(phoneCell(TABLE_COL.fax, TABLE_COL.seal), 11, 1),
  contactPerson: valueBox(phoneCell(TABLE_COL.contact, TABLE_COL.right), 11, 2),
  contractNumber: valueBox(
    cell(TABLE_COL.label, TABLE_COL.note, TABLE_ROW.contractNumber, TABLE_ROW.bottom),
    14,
    1,
    { align: 'center', comb: DIGITS },
  ),
  deletionReasonOther: valueBox(inParentheses(PROC_COL.otherValue, REASON_LINES[2]), 10, 1, {
    baseline: REASON_LINES[2],
  }),
  generalUserName: valueBox(inParentheses(PROC_COL.userNameValue, TARGET_LINES[2]), 10, 1, {
    baseline: TARGET_LINES[2],
  }),
};

/** The AcroForm name of a value: the field's own, or requestDate.year etc. for the date. */
function fieldName(field: ValueField): string {
  return field in DATE_SLOTS ? `requestDate.${DATE_SLOTS[field as DateField].part}` : field;
}

export const FORM_LAYOUT: FormLayout = {
  texts: [
    {
      text: FORM_TITLE[0],
      x: PAGE_COL.centre,
      y: HEADER_ROW.title,
      size: 14,
      align: 'center',
      bold: true,
    },
    {
      text: FORM_TITLE[1],
      x: PAGE_COL.centre,
      y: HEADER_ROW.subtitle,
      size: 16,
      align: 'center',
      bold: true,
    },
    ...DATE_FIELDS.map((field) => ({
      text: DATE_SLOTS[field].unit,
      x: DATE_SLOTS[field].x,
      y: DATE_ROW.baseline,
      size: DATE_SIZE,
    })),
    { text: '中央労働金庫 御中', x: LEFT, y: HEADER_ROW.addressee, size: 12 },
    {
      text: REQUEST_DECLARATION,
      x: LEFT,
      y: HEADER_ROW.intro,
      size: 10,
      width: RIGHT - LEFT,
      lineHeight: 5.2,
    },
    // Applicant table labels: the registry's names of the fields in each row.
    tableLabel(FIELDS.postalCode.summary.prefix, TABLE_ROW.postalCode, TABLE_ROW.address),
    tableLabel(FIELDS.address.label, TABLE_ROW.address, TABLE_ROW.organisationName),
    tableLabel(FIELDS.organisationName.label, TABLE_ROW.organisationName, TABLE_ROW.representative),
    tableLabel(FIELDS.representativeTitle.summary.row, TABLE_ROW.representative, TABLE_ROW.phone),
    tableLabel(FIELDS.phone.label, TABLE_ROW.phone, TABLE_ROW.contractNumber),
    tableLabel(FIELDS.fax.label, TABLE_ROW.phone, TABLE_ROW.contractNumber, LABEL_CELL.fax),
    tableLabel(
      FIELDS.contactPerson.label,
      TABLE_ROW.phone,
      TABLE_ROW.contractNumber,
      LABEL_CELL.contact,
    ),
    tableLabel(FIELDS.contractNumber.label, TABLE_ROW.contractNumber, TABLE_ROW.bottom),
    label(
      'お申込印（代表者印）',
      cell(TABLE_COL.seal, RIGHT, TABLE_ROW.postalCode, TABLE_ROW.sealHeader),
      9.5,
    ),
    {
      text: `←${CONTRACT_NUMBER_SOURCES.join('または')}に記載されている${FIELDS.contractNumber.label}をご記入ください。`,
      x: TABLE_COL.note + CELL_PAD.x,
      y: NOTE_ROW.contractNumber,
      size: MIN_SIZE,
      width: RIGHT - TABLE_COL.note - 2 * CELL_PAD.x,
      lineHeight: 3.6,
    },
    {
      text: '＊「お申込印」には利用申込書により届出ている「お申込印」と同じ印鑑を押してください。',
      x: LEFT,
      y: NOTE_ROW.seal,
      size: 9,
    },
    // ＜手続依頼区分＞
    { text: FIELDS.procedures.label, x: LEFT, y: PROC_ROW.heading, size: 11 },
    {
      text: '以下の該当欄を○で囲み、必要事項をご記入ください。',
      x: PROC_COL.instruction,
      y: PROC_ROW.heading,
      size: LABEL_SIZE,
    },
    {
      text: FIELDS.deletionReasons.label,
      x: PROC_COL.detail,
      y: REASON_LINES[0],
      size: DETAIL_SIZE,
    },
    ...optionTexts(DELETION_REASON_LABELS, REASON_MARKS, 'other'),
    { text: '）', x: PROC_COL.close, y: REASON_LINES[2], size: DETAIL_SIZE },
    {
      text: `※${FIELDS.revocationTargets.label}に✓をしてください。`,
      x: PROC_COL.detail,
      y: TARGET_LINES[0],
      size: DETAIL_SIZE,
    },
    ...optionTexts(REVOCATION_TARGET_LABELS, TARGET_MARKS),
    {
      text: `${FIELDS.generalUserName.label}（`,
      x: PROC_COL.option,
      y: TARGET_LINES[2],
      size: DETAIL_SIZE,
    },
    { text: '）', x: PROC_COL.close, y: TARGET_LINES[2], size: DETAIL_SIZE },
    // 《FAX 送信先》
    { text: '《FAX 送信先》', x: FAX_COL.text, y: FAX_ROW.heading, size: 10.5 },
    { text: FAX_DESTINATION.name, x: FAX_COL.text, y: FAX_ROW.name, size: 10.5 },
    { text: FAX_DESTINATION.department, x: FAX_COL.text, y: FAX_ROW.department, size: 10 },
    {
      text: `FAX ${FAX_DESTINATION.fax.display}`,
      x: FAX_COL.text,
      y: FAX_ROW.number,
      size: 16,
    },
    // ろうきん使用欄
    label('ろうきん使用欄', cell(BANK_COL.left, RIGHT, BANK_ROW.top, BANK_ROW.header), 9),
    { text: '(本部)', x: BANK_COL.left + 3, y: BANK_DATE_BASELINE, size: 9 },
    { text: '年', x: BANK_COL.year, y: BANK_DATE_BASELINE, size: 9 },
    { text: '月', x: BANK_COL.month, y: BANK_DATE_BASELINE, size: 9 },
    { text: '日', x: BANK_COL.day, y: BANK_DATE_BASELINE, size: 9 },
    ...BANK_CELLS.map((text, i) =>
      label(
        text,
        cell(
          BANK_COL.left + BANK_CELL * i,
          BANK_COL.left + BANK_CELL * (i + 1),
          BANK_ROW.date,
          BANK_ROW.labels,
        ),
        9,
      ),
    ),
  ],
  frames: [
    { rect: cell(LEFT, RIGHT, TABLE_ROW.postalCode, TABLE_ROW.bottom), width: LINE.frame },
    { rect: cell(LEFT, RIGHT, PROC_ROW.top, PROC_BOTTOM), width: LINE.frame },
    {
      rect: cell(FAX_COL.left, FAX_COL.right, BOTTOM_ROW.top, BOTTOM_ROW.faxBox),
      width: LINE.frame,
    },
    { rect: cell(BANK_COL.left, RIGHT, BANK_ROW.top, BANK_ROW.bottom), width: LINE.frame },
  ],
  lines: [
    // Applicant table.
    hline(TABLE_ROW.address, LEFT, TABLE_COL.seal),
    hline(TABLE_ROW.organisationName, LEFT, TABLE_COL.seal),
    hline(TABLE_ROW.representative, LEFT, TABLE_COL.seal),
    hline(TABLE_ROW.phone, LEFT, RIGHT),
    hline(TABLE_ROW.contractNumber, LEFT, RIGHT),
    hline(TABLE_ROW.sealHeader, TABLE_COL.seal, RIGHT),
    vline(TABLE_COL.label, TABLE_ROW.postalCode, TABLE_ROW.bottom),
    vline(TABLE_COL.seal, TABLE_ROW.postalCode, TABLE_ROW.contractNumber),
    vline(TABLE_COL.faxLabel, TABLE_ROW.phone, TABLE_ROW.contractNumber),
    vline(TABLE_COL.fax, TABLE_ROW.phone, TABLE_ROW.contractNumber),
    vline(TABLE_COL.contact, TABLE_ROW.phone, TABLE_ROW.contractNumber),
    ...Array.from({ length: DIGITS - 1 }, (_, i) =>
      vline(
        TABLE_COL.label + DIGIT_CELL * (i + 1),
        TABLE_ROW.contractNumber,
        TABLE_ROW.bottom,
        LINE.fine,
      ),
    ),
    vline(TABLE_COL.note, TABLE_ROW.contractNumber, TABLE_ROW.bottom),
    // ＜手続依頼区分＞: a line under every procedure's row but the last (the frame closes it).
    ...CHOICES.procedures.slice(0, -1).map((p) => hline(PROC_ROW_BOTTOM[p], LEFT, RIGHT)),
    vline(PROC_COL.divider, PROC_ROW.top, PROC_BOTTOM),
    // ろうきん使用欄
    hline(BANK_ROW.header, BANK_COL.left, RIGHT),
    hline(BANK_ROW.date, BANK_COL.left, RIGHT),
    hline(BANK_ROW.labels, BANK_COL.left, RIGHT),
    // Between the four cells.
    ...BANK_CELLS.slice(1).map((_, i) =>
      vline(BANK_COL.left + BANK_CELL * (i + 1), BANK_ROW.date, BANK_ROW.bottom),
    ),
  ],
  values: (Object.keys(VALUE_BOXES) as ValueField[]).map((field) => ({
    field,
    name: fieldName(field),
    ...VALUE_BOXES[field],
  })),
  procedures: CHOICES.procedures.map((procedure) => {
    const [top, bottom] = procedureRow(procedure);
    return {
      procedure,
      name: `procedure.${procedure}`,
      label: {
        text: PROCEDURE_LABELS[procedure],
        x: PROC_COL.label,
        y: centredBaseline((top + bottom) / 2, LABEL_SIZE),
        size: LABEL_SIZE,
      },
      cell: cell(LEFT, PROC_COL.divider, top, bottom),
    };
  }),
  ticks: [
    ...CHOICES.deletionReasons.map((value) =>
      tick({ kind: 'deletionReason', value }, REASON_MARKS[value]),
    ),
    ...CHOICES.revocationTargets.map((value) =>
      tick({ kind: 'revocationTarget', value }, TARGET_MARKS[value]),
    ),
  ],
};

/** The ring's line width, points. */
export const RING_LINE = 1.2;
/**
 * Between the ring and its row's rules, mm: five FAX lines at 98 an inch, so the two never merge
 * into one black band at standard resolution (they did at 0.8 mm).
 */
export const RING_CLEARANCE = 1.3;

/**
 * The ring around a chosen procedure's label (mm), inside the label's table cell: two half circles
 * of radius `r` centred `a` either side of (cx, cy), joined by straight lines. The PDF and the
 * 記入例's picture both draw it from here.
 */
export function procedureRing(
  labelLeft: number,
  labelWidth: number,
  labelCenterY: number,
  cell: Rect,
): { cx: number; cy: number; a: number; r: number } {
  const halfLine = (RING_LINE / 2) * PT_TO_MM;
  const halfRule = (LINE.rule / 2) * PT_TO_MM;
  const r = Math.min(5, cell.height / 2 - RING_CLEARANCE - halfLine - halfRule);
  // The half circles' centres sit just inside the label's ends: its corners stay ~2 mm clear.
  return { cx: labelLeft + labelWidth / 2, cy: labelCenterY, a: labelWidth / 2 - 0.5, r };
}
