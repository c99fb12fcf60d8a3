import type {
  DeletionReason,
  Procedure,
  RevocationTarget,
  TextField,
} from '../../domain/request/schema';

/**
 * The bank's blank form 「ろうきん賃金控除事務支援サービス マスターユーザー削除・電子証明書失効等依頼書」
 * as data: every printed word is the guide's, in the form's order. Positions are millimetres on an
 * A4 portrait page with the origin at the top-left corner (the renderer converts to PDF points).
 *
 * FAX rules the numbers below respect: nothing closer than 15 mm to the page edge (fax machines crop
 * about 5 mm; the tests enforce 10 mm), no text under 8 pt, table lines 0.75–1 pt, no fills.
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
  /** お申込印（代表者印）: left empty for one or two seals (角印と丸印). */
  sealArea: Rect;
}

/** Line weights in points: FAX drops anything much thinner than 0.5 pt. */
export const LINE = { frame: 1, rule: 0.75, fine: 0.5, tickBox: 0.75 } as const;

const LEFT = 15;
const RIGHT = 195;
const LABEL_SIZE = 10;
const MIN_SIZE = 8;

/** Baseline that centres a line of CJK text of `size` pt vertically on `centerY` mm. */
function centredBaseline(centerY: number, size: number): number {
  // Ideographic em box: 0.88 em above the baseline, 0.12 em below (BIZ UD Gothic's metrics).
  return centerY + (0.88 - 0.5) * size * PT_TO_MM;
}

export const PT_TO_MM = 25.4 / 72;

function hline(y: number, x1: number, x2: number, width: number = LINE.rule): Stroke {
  return { x1, y1: y, x2, y2: y, width };
}

function vline(x: number, y1: number, y2: number, width: number = LINE.rule): Stroke {
  return { x1: x, y1, x2: x, y2, width };
}

function label(text: string, cell: Rect, size = LABEL_SIZE): TextItem {
  return {
    text,
    x: cell.x + cell.width / 2,
    y: centredBaseline(cell.y + cell.height / 2, size),
    size,
    align: 'center',
  };
}

// ---- Applicant table (〒 … ご契約番号) ----------------------------------------------------------

const T = { top: 75, postal: 85, address: 101, organisation: 114, representative: 127 };
const T_PHONE_BOTTOM = 138;
const T_BOTTOM = 152;
const LABEL_COL = 40;
const SEAL_COL = 145;
const SEAL_HEADER_BOTTOM = 83;
const PHONE_COLS = { faxLabel: 82, fax: 102, contactLabel: SEAL_COL, contact: 167 };
const DIGIT_CELL = 7;
const DIGITS = 7;
const NOTE_COL = LABEL_COL + DIGIT_CELL * DIGITS;

function rowCell(x1: number, x2: number, y1: number, y2: number): Rect {
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

// ---- ＜手続依頼区分＞ ---------------------------------------------------------------------------

const P = { top: 171, a: 182, b: 193, c: 214, bottom: 236 };
const PROC_COL = 101;
const PROC_LABEL_X = 22.7;
const DETAIL_X = 104;
const OPTION_X = 107;
const DETAIL_SIZE = 9;
const TICK_SIZE = 3.2;

function tickBox(x: number, baseline: number): Rect {
  // The square sits on the baseline like a full-width □ glyph would.
  return { x, y: baseline - 2.9, width: TICK_SIZE, height: TICK_SIZE };
}

const C_LINES = [198.8, 204.8, 210.8] as const;
const D_LINES = [219.6, 225.6, 231.6] as const;

// ---- ろうきん使用欄 and 《FAX 送信先》 -------------------------------------------------------------

const BOTTOM_TOP = 243;
const BANK = { left: 115, header: 249, date: 255, labels: 261, bottom: 279 };
const BANK_CELL = (RIGHT - BANK.left) / 4;
const FAX_BOX = { left: LEFT, right: 100, bottom: 277 };

const DATE_BASELINE = 41;
const DATE_SIZE = 11;

export const FORM_LAYOUT: FormLayout = {
  texts: [
    {
      text: 'ろうきん賃金控除事務支援サービス',
      x: 105,
      y: 22,
      size: 14,
      align: 'center',
      bold: true,
    },
    {
      text: 'マスターユーザー削除・電子証明書失効等依頼書',
      x: 105,
      y: 31,
      size: 16,
      align: 'center',
      bold: true,
    },
    { text: '年', x: 166.9, y: DATE_BASELINE, size: DATE_SIZE },
    { text: '月', x: 179.0, y: DATE_BASELINE, size: DATE_SIZE },
    { text: '日', x: 191.1, y: DATE_BASELINE, size: DATE_SIZE },
    { text: '中央労働金庫 御中', x: LEFT, y: 50, size: 12 },
    {
      text: '標記の件につき下記のとおり手続きを依頼します。なお、契約番号照会・初期パスワードの閉塞（ロックアウト）解除・マスターユーザーの削除ならびに電子証明書失効につきまして、これにより損害が生じましても貴金庫の責任は一切問いません。',
      x: LEFT,
      y: 58,
      size: 10,
      width: RIGHT - LEFT,
      lineHeight: 5.2,
    },
    // Applicant table labels.
    label('〒', rowCell(LEFT, LABEL_COL, T.top, T.postal)),
    label('ご住所', rowCell(LEFT, LABEL_COL, T.postal, T.address)),
    label('団体名', rowCell(LEFT, LABEL_COL, T.address, T.organisation)),
    label('代表者名', rowCell(LEFT, LABEL_COL, T.organisation, T.representative)),
    label('電話番号', rowCell(LEFT, LABEL_COL, T.representative, T_PHONE_BOTTOM)),
    label(
      'FAX番号',
      rowCell(PHONE_COLS.faxLabel, PHONE_COLS.fax, T.representative, T_PHONE_BOTTOM),
    ),
    label(
      'ご担当者',
      rowCell(PHONE_COLS.contactLabel, PHONE_COLS.contact, T.representative, T_PHONE_BOTTOM),
    ),
    label('ご契約番号', rowCell(LEFT, LABEL_COL, T_PHONE_BOTTOM, T_BOTTOM)),
    label('お申込印（代表者印）', rowCell(SEAL_COL, RIGHT, T.top, SEAL_HEADER_BOTTOM), 9.5),
    {
      text: '←『「ろうきん」団体Webサービスご利用開始のお知らせ』または『「ろうきん」賃金控除事務支援サービスご利用開始（変更）のお知らせ』に記載されているご契約番号をご記入ください。',
      x: NOTE_COL + 1.5,
      y: 142.5,
      size: MIN_SIZE,
      width: RIGHT - NOTE_COL - 3,
      lineHeight: 3.6,
    },
    {
      text: '＊「お申込印」には利用申込書により届出ている「お申込印」と同じ印鑑を押してください。',
      x: LEFT,
      y: 158,
      size: 9,
    },
    // ＜手続依頼区分＞
    { text: '＜手続依頼区分＞', x: LEFT, y: 167, size: 11 },
    { text: '以下の該当欄を○で囲み、必要事項をご記入ください。', x: 49, y: 167, size: LABEL_SIZE },
    { text: '手続依頼事由', x: DETAIL_X, y: C_LINES[0], size: DETAIL_SIZE },
    { text: 'パスワード誤入力による閉鎖', x: OPTION_X + 4.5, y: C_LINES[1], size: DETAIL_SIZE },
    { text: 'パスワード失念', x: 160.5, y: C_LINES[1], size: DETAIL_SIZE },
    { text: 'その他（', x: OPTION_X + 4.5, y: C_LINES[2], size: DETAIL_SIZE },
    { text: '）', x: 190, y: C_LINES[2], size: DETAIL_SIZE },
    {
      text: '※電子証明書を失効するユーザーに✓をしてください。',
      x: DETAIL_X,
      y: D_LINES[0],
      size: DETAIL_SIZE,
    },
    { text: 'マスターユーザー', x: OPTION_X + 4.5, y: D_LINES[1], size: DETAIL_SIZE },
    { text: '一般ユーザー', x: 145.5, y: D_LINES[1], size: DETAIL_SIZE },
    { text: '一般ユーザーのユーザー名（', x: OPTION_X, y: D_LINES[2], size: DETAIL_SIZE },
    { text: '）', x: 190, y: D_LINES[2], size: DETAIL_SIZE },
    // 《FAX 送信先》
    { text: '《FAX 送信先》', x: FAX_BOX.left + 4, y: 249.5, size: 10.5 },
    { text: '中央労働金庫業務集中センター', x: FAX_BOX.left + 4, y: 256.5, size: 10.5 },
    { text: '（賃金控除事務支援サービス担当）', x: FAX_BOX.left + 4, y: 262.5, size: 10 },
    { text: 'FAX 045-476-1189', x: FAX_BOX.left + 4, y: 272, size: 16 },
    // ろうきん使用欄
    label('ろうきん使用欄', rowCell(BANK.left, RIGHT, BOTTOM_TOP, BANK.header), 9),
    {
      text: '(本部)',
      x: BANK.left + 3,
      y: centredBaseline((BANK.header + BANK.date) / 2, 9),
      size: 9,
    },
    { text: '年', x: 150, y: centredBaseline((BANK.header + BANK.date) / 2, 9), size: 9 },
    { text: '月', x: 166, y: centredBaseline((BANK.header + BANK.date) / 2, 9), size: 9 },
    { text: '日', x: 182, y: centredBaseline((BANK.header + BANK.date) / 2, 9), size: 9 },
    ...['検印', '取扱者', '印鑑照合', '受付者'].map((text, i) =>
      label(
        text,
        rowCell(BANK.left + BANK_CELL * i, BANK.left + BANK_CELL * (i + 1), BANK.date, BANK.labels),
        9,
      ),
    ),
  ],
  frames: [
    { rect: rowCell(LEFT, RIGHT, T.top, T_BOTTOM), width: LINE.frame },
    { rect: rowCell(LEFT, RIGHT, P.top, P.bottom), width: LINE.frame },
    { rect: rowCell(FAX_BOX.left, FAX_BOX.right, BOTTOM_TOP, FAX_BOX.bottom), width: LINE.frame },
    { rect: rowCell(BANK.left, RIGHT, BOTTOM_TOP, BANK.bottom), width: LINE.frame },
  ],
  lines: [
    // Applicant table.
    hline(T.postal, LEFT, SEAL_COL),
    hline(T.address, LEFT, SEAL_COL),
    hline(T.organisation, LEFT, SEAL_COL),
    hline(T.representative, LEFT, RIGHT),
    hline(T_PHONE_BOTTOM, LEFT, RIGHT),
    hline(SEAL_HEADER_BOTTOM, SEAL_COL, RIGHT),
    vline(LABEL_COL, T.top, T_BOTTOM),
    vline(SEAL_COL, T.top, T_PHONE_BOTTOM),
    vline(PHONE_COLS.faxLabel, T.representative, T_PHONE_BOTTOM),
    vline(PHONE_COLS.fax, T.representative, T_PHONE_BOTTOM),
    vline(PHONE_COLS.contact, T.representative, T_PHONE_BOTTOM),
    ...Array.from({ length: DIGITS - 1 }, (_, i) =>
      vline(LABEL_COL + DIGIT_CELL * (i + 1), T_PHONE_BOTTOM, T_BOTTOM, LINE.fine),
    ),
    vline(NOTE_COL, T_PHONE_BOTTOM, T_BOTTOM),
    // ＜手続依頼区分＞
    hline(P.a, LEFT, RIGHT),
    hline(P.b, LEFT, RIGHT),
    hline(P.c, LEFT, RIGHT),
    vline(PROC_COL, P.top, P.bottom),
    // ろうきん使用欄
    hline(BANK.header, BANK.left, RIGHT),
    hline(BANK.date, BANK.left, RIGHT),
    hline(BANK.labels, BANK.left, RIGHT),
    ...[1, 2, 3].map((i) => vline(BANK.left + BANK_CELL * i, BANK.date, BANK.bottom)),
  ],
  values: [
    {
      field: 'requestYear',
      name: 'requestDate.year',
      rect: { x: 152.5, y: 36, width: 14, height: 6.5 },
      maxSize: DATE_SIZE,
      minSize: MIN_SIZE,
      maxLines: 1,
      align: 'right',
      baseline: DATE_BASELINE,
    },
    {
      field: 'requestMonth',
      name: 'requestDate.month',
      rect: { x: 170.6, y: 36, width: 8, height: 6.5 },
      maxSize: DATE_SIZE,
      minSize: MIN_SIZE,
      maxLines: 1,
      align: 'right',
      baseline: DATE_BASELINE,
    },
    {
      field: 'requestDay',
      name: 'requestDate.day',
      rect: { x: 182.7, y: 36, width: 8, height: 6.5 },
      maxSize: DATE_SIZE,
      minSize: MIN_SIZE,
      maxLines: 1,
      align: 'right',
      baseline: DATE_BASELINE,
    },
    {
      field: 'postalCode',
      name: 'postalCode',
      rect: { x: 41.5, y: 76, width: 40, height: 8 },
      maxSize: 12,
      minSize: MIN_SIZE,
      maxLines: 1,
      align: 'left',
    },
    {
      field: 'address',
      name: 'address',
      rect: { x: 41.5, y: 86, width: 102, height: 14 },
      maxSize: 12,
      minSize: MIN_SIZE,
      maxLines: 2,
      align: 'left',
    },
    {
      field: 'organisationName',
      name: 'organisationName',
      rect: { x: 41.5, y: 102, width: 102, height: 11 },
      maxSize: 12,
      minSize: MIN_SIZE,
      maxLines: 2,
      align: 'left',
    },
    {
      field: 'representativeTitle',
      name: 'representativeTitle',
      rect: { x: 41.5, y: 115, width: 38, height: 11 },
      maxSize: 12,
      minSize: MIN_SIZE,
      maxLines: 2,
      align: 'left',
    },
    {
      field: 'representativeName',
      name: 'representativeName',
      rect: { x: 81.5, y: 115, width: 62, height: 11 },
      maxSize: 12,
      minSize: MIN_SIZE,
      maxLines: 2,
      align: 'left',
    },
    {
      field: 'phone',
      name: 'phone',
      rect: { x: 41.5, y: 128, width: 39, height: 9 },
      maxSize: 11,
      minSize: MIN_SIZE,
      maxLines: 1,
      align: 'left',
    },
    {
      field: 'fax',
      name: 'fax',
      rect: { x: 103.5, y: 128, width: 40, height: 9 },
      maxSize: 11,
      minSize: MIN_SIZE,
      maxLines: 1,
      align: 'left',
    },
    {
      field: 'contactPerson',
      name: 'contactPerson',
      rect: { x: 168.5, y: 128, width: 25, height: 9 },
      maxSize: 11,
      minSize: MIN_SIZE,
      maxLines: 2,
      align: 'left',
    },
    {
      field: 'contractNumber',
      name: 'contractNumber',
      rect: { x: LABEL_COL, y: T_PHONE_BOTTOM, width: DIGIT_CELL * DIGITS, height: 14 },
      maxSize: 14,
      minSize: MIN_SIZE,
      maxLines: 1,
      align: 'center',
      comb: DIGITS,
    },
    {
      field: 'deletionReasonOther',
      name: 'deletionReasonOther',
      rect: { x: 124.6, y: C_LINES[2] - 4.6, width: 65, height: 6 },
      maxSize: 10,
      minSize: MIN_SIZE,
      maxLines: 1,
      align: 'left',
      baseline: C_LINES[2],
    },
    {
      field: 'generalUserName',
      name: 'generalUserName',
      rect: { x: 148.6, y: D_LINES[2] - 4.6, width: 41, height: 6 },
      maxSize: 10,
      minSize: MIN_SIZE,
      maxLines: 1,
      align: 'left',
      baseline: D_LINES[2],
    },
  ],
  procedures: (
    [
      ['contractNumberInquiry', 'ご契約番号照会', P.top, P.a],
      ['lockoutRelease', '初期パスワードの閉塞（ロックアウト）解除', P.a, P.b],
      ['masterUserDeletion', 'マスターユーザーの削除', P.b, P.c],
      ['certificateRevocation', '電子証明書の失効', P.c, P.bottom],
    ] as const
  ).map(([procedure, text, y1, y2]) => ({
    procedure,
    name: `procedure.${procedure}`,
    label: {
      text,
      x: PROC_LABEL_X,
      y: centredBaseline((y1 + y2) / 2, LABEL_SIZE),
      size: LABEL_SIZE,
    },
    cell: rowCell(LEFT, PROC_COL, y1, y2),
  })),
  ticks: [
    {
      option: { kind: 'deletionReason', value: 'wrongPassword' },
      name: 'deletionReason.wrongPassword',
      box: tickBox(OPTION_X, C_LINES[1]),
    },
    {
      option: { kind: 'deletionReason', value: 'forgotten' },
      name: 'deletionReason.forgotten',
      box: tickBox(156, C_LINES[1]),
    },
    {
      option: { kind: 'deletionReason', value: 'other' },
      name: 'deletionReason.other',
      box: tickBox(OPTION_X, C_LINES[2]),
    },
    {
      option: { kind: 'revocationTarget', value: 'masterUser' },
      name: 'revocationTarget.masterUser',
      box: tickBox(OPTION_X, D_LINES[1]),
    },
    {
      option: { kind: 'revocationTarget', value: 'generalUser' },
      name: 'revocationTarget.generalUser',
      box: tickBox(141, D_LINES[1]),
    },
  ],
  sealArea: rowCell(SEAL_COL, RIGHT, SEAL_HEADER_BOTTOM, T.representative),
};
