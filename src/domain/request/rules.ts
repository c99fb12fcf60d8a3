import { z } from 'zod/mini';
import {
  normaliseContractNumber,
  normaliseDigits,
  normalisePhone,
  normalisePostalCode,
  normaliseText,
} from './normalise';
import { TEXT_FIELD_LABELS } from '../../content/request-form';
import type { Printability } from './printability';
import { standInPrintability } from './printability-standin';
import {
  DELETION_REASONS,
  PROCEDURES,
  REVOCATION_TARGETS,
  RequestDraftSchema,
  RequestSchema,
  type DeletionReason,
  type Procedure,
  type Request,
  type RequestDraft,
  type RevocationTarget,
  type TextField,
} from './schema';

/**
 * The request form's rules, with the messages people see.
 *
 * How normalisation and validation fit together: every page schema is a plain object of strings
 * (so it accepts whatever was typed) piped into one transform that normalises each value and
 * then checks the normalised value, reporting at most one issue per field at that field's path.
 * The schema's output is the normalised values, which is what the form should save. One
 * transform rather than per-field refinements because several rules depend on other fields
 * (手続依頼区分 decides what is required) and zod skips object refinements once a field has
 * failed; here every field is always checked, so the error summary lists everything at once.
 *
 * Messages name the field by the guide's label and say what to do (ux-rules.md).
 */

/** The form's pages, in order. */
export const PAGES = ['dateAndProcedures', 'organisation', 'contact', 'contractNumber'] as const;
export type PageId = (typeof PAGES)[number];

/** The page on which each draft field is entered. */
export const FIELD_PAGE: Readonly<Record<keyof RequestDraft, PageId>> = {
  requestDate: 'dateAndProcedures',
  procedures: 'dateAndProcedures',
  deletionReasons: 'dateAndProcedures',
  deletionReasonOther: 'dateAndProcedures',
  revocationTargets: 'dateAndProcedures',
  generalUserName: 'dateAndProcedures',
  postalCode: 'organisation',
  address: 'organisation',
  organisationName: 'organisation',
  representativeTitle: 'organisation',
  representativeName: 'organisation',
  phone: 'contact',
  fax: 'contact',
  contactPerson: 'contact',
  contractNumber: 'contractNumber',
};

// Order of fields within the form, for listing problems the way the person meets them.
const FIELD_ORDER = Object.keys(FIELD_PAGE) as (keyof RequestDraft)[];

/** Each text field's name as the guide's form labels it, used in every message. */
export const FIELD_LABELS = TEXT_FIELD_LABELS;

/**
 * Longer raw input is refused before any normalising or font work (a pasted document, a
 * 10,000-character string). Generous, because a raw value may still carry spaces and line
 * breaks that normalising removes.
 */
export const RAW_MAX_LENGTH = 2000;
/** Hard cap on a normalised text value, in characters, checked before asking the fonts. */
export const FIELD_MAX_LENGTH = 200;

type FieldKind = 'text' | 'postalCode' | 'phone' | 'contractNumber';

const FIELD_KIND: Readonly<Record<TextField, FieldKind>> = {
  postalCode: 'postalCode',
  address: 'text',
  organisationName: 'text',
  representativeTitle: 'text',
  representativeName: 'text',
  phone: 'phone',
  fax: 'phone',
  contactPerson: 'text',
  contractNumber: 'contractNumber',
  deletionReasonOther: 'text',
  generalUserName: 'text',
};

const NORMALISERS: Readonly<Record<FieldKind, (s: string) => string>> = {
  text: normaliseText,
  postalCode: normalisePostalCode,
  phone: normalisePhone,
  contractNumber: normaliseContractNumber,
};

// Examples are the guide's own 記入例 values (fictitious numbers), never real ones.
const PHONE_EXAMPLES: Readonly<Record<'phone' | 'fax', string>> = {
  phone: '090-9999-9999',
  fax: '03-9999-9999',
};

const POSTAL_CODE_FORMAT = '郵便番号は7桁の数字で入力してください（例：999-9999）';

/** Normalises a value the way its field's rule does, e.g. to prefill or save it. */
export function normaliseField(field: TextField, raw: string): string {
  return NORMALISERS[FIELD_KIND[field]](raw);
}

// ---------------------------------------------------------------------------------------------
// Date (依頼日): separate 年 / 月 / 日 inputs, stored as 'YYYY-MM-DD'.

export interface DateParts {
  year: string;
  month: string;
  day: string;
}
export type DatePart = keyof DateParts;

/** The form field of each date part on the 依頼日 page. */
export const DATE_PART_FIELDS = {
  year: 'requestYear',
  month: 'requestMonth',
  day: 'requestDay',
} as const satisfies Record<DatePart, string>;

const DATE_PART_LABELS: Readonly<Record<DatePart, string>> = { year: '年', month: '月', day: '日' };

function cleanDatePart(part: DatePart, raw: string): string {
  // People often type the unit too ('4月'); it is the unit of this very input, so drop it.
  return normaliseDigits(normaliseText(raw))
    .replace(new RegExp(`${DATE_PART_LABELS[part]}$`), '')
    .replace(/[ \u3000]/g, '');
}

/**
 * The stored date → the three inputs, month and day unpadded ('2026-04-01' → 2026 / 4 / 1).
 * An invalid date is split the same way, so what was typed comes back.
 */
export function splitDate(date: string): DateParts {
  // joinDate pads '4' to '04'; undo it so a month or day reads the way people write it.
  const unpad = (part: string) => (/^0\d$/.test(part) ? part.slice(1) : part);
  const [year = '', month = '', day = ''] = date.split('-');
  return { year, month: unpad(month), day: unpad(day) };
}

/**
 * The three inputs → the stored date. Valid numbers give 'YYYY-MM-DD'; otherwise the cleaned
 * parts are kept as typed (without '-', the separator) so splitDate gives them back.
 */
export function joinDate(parts: DateParts): string {
  const clean = (part: DatePart) => {
    const value = cleanDatePart(part, parts[part]).replace(/-/g, '');
    return part !== 'year' && /^\d$/.test(value) ? `0${value}` : value;
  };
  return `${clean('year')}-${clean('month')}-${clean('day')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first problem with a 依頼日, at the part to correct, or null when it is a real calendar
 * date. A date other than today is not a problem (see isToday).
 */
export function validateDateParts(parts: DateParts): { part: DatePart; message: string } | null {
  const year = cleanDatePart('year', parts.year);
  const month = cleanDatePart('month', parts.month);
  const day = cleanDatePart('day', parts.day);
  if (year === '' && month === '' && day === '') {
    return { part: 'year', message: '依頼日を入力してください' };
  }
  if (year === '') return { part: 'year', message: '依頼日の年を入力してください' };
  if (!/^\d{4}$/.test(year) || Number(year) === 0) {
    return { part: 'year', message: '依頼日の年は西暦の4桁の数字で入力してください' };
  }
  if (month === '') return { part: 'month', message: '依頼日の月を入力してください' };
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) {
    return { part: 'month', message: '依頼日の月は1から12の数字で入力してください' };
  }
  if (day === '') return { part: 'day', message: '依頼日の日を入力してください' };
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31) {
    return { part: 'day', message: '依頼日の日は1から31の数字で入力してください' };
  }
  const last = daysInMonth(Number(year), Number(month));
  if (Number(day) > last) {
    return {
      part: 'day',
      message: `依頼日の日は1から${last}の数字で入力してください（${Number(year)}年${Number(month)}月は${last}日までです）`,
    };
  }
  return null;
}

/** A Date → 'YYYY-MM-DD' in local time (the person's calendar day). */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Whether `date` ('YYYY-MM-DD') is today. Not a rule: a form dated another day is valid, but
 * the page may gently point out that the date is usually the day the form is sent.
 */
export function isToday(date: string, now: Date = new Date()): boolean {
  return date === toIsoDate(now);
}

// ---------------------------------------------------------------------------------------------
// Field checks.

interface Checked {
  value: string;
  message: string | null;
}

function codePointLength(s: string): number {
  return Array.from(s).length;
}

// Characters that would be invisible (or float alone) if quoted in a message: shown by code.
const INVISIBLE_IN_MESSAGE = /^[\p{M}\p{C}\p{Z}\u{E0100}-\u{E01EF}]$/u;

function quoteCharacters(chars: readonly string[]): string {
  const shown = chars.slice(0, 5).map((ch) => {
    if (!INVISIBLE_IN_MESSAGE.test(ch)) return `「${ch}」`;
    const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `「U+${code}（見えない文字）」`;
  });
  return shown.join('') + (chars.length > 5 ? 'など' : '');
}

function unsupportedMessage(field: TextField, chars: readonly string[]): string {
  return `${FIELD_LABELS[field]}に印刷できない文字${quoteCharacters(chars)}が含まれています。別の文字に置き換えてください`;
}

/** How many characters of `value` fit the field's box, asking only `fits` (binary search). */
function fittingLength(printability: Printability, field: TextField, value: string): number {
  const chars = Array.from(value).slice(0, FIELD_MAX_LENGTH);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (printability.fits(field, chars.slice(0, mid).join(''))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function tooLongMessage(printability: Printability, field: TextField, value: string): string {
  const n = Math.max(1, fittingLength(printability, field, value));
  return `${FIELD_LABELS[field]}が長すぎて依頼書の欄に収まりません。${n}文字程度までにしてください`;
}

function nonDigits(value: string): string[] {
  return [...new Set(Array.from(value.replace(/[\d-]/g, '')))];
}

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

/** Format rules of number-like fields; null when the format is right. */
function formatMessage(field: TextField, value: string, required: boolean): string | null {
  const kind = FIELD_KIND[field];
  const label = FIELD_LABELS[field];
  if (kind === 'postalCode') {
    if (nonDigits(value).length > 0) {
      return '郵便番号は数字で入力してください（例：999-9999）';
    }
    return /^\d{3}-\d{4}$/.test(value) ? null : POSTAL_CODE_FORMAT;
  }
  if (kind === 'phone') {
    const example = PHONE_EXAMPLES[field as 'phone' | 'fax'];
    const others = nonDigits(value);
    if (value.startsWith('+')) {
      return `${label}は0から始まる国内の番号で入力してください（例：${example}）`;
    }
    if (others.length > 0) {
      return `${label}に数字ではない文字${quoteCharacters(others)}があります。数字で入力してください（例：${example}）`;
    }
    const n = digitCount(value);
    if (n !== 10 && n !== 11) {
      return `${label}は市外局番から10桁または11桁の数字で入力してください（入力された数字は${n}桁です）`;
    }
    if (!value.startsWith('0')) {
      return `${label}は市外局番の「0」から入力してください（例：${example}）`;
    }
    return null;
  }
  if (kind === 'contractNumber') {
    const unknownHint = required ? '' : '。わからない場合は空欄のままにしてください';
    const others = nonDigits(value);
    if (others.length > 0) {
      return `${label}に数字ではない文字${quoteCharacters(others)}があります。7桁の数字で入力してください${unknownHint}`;
    }
    const n = digitCount(value);
    if (n !== 7) {
      return `${label}は7桁の数字で入力してください（入力された数字は${n}桁です）${unknownHint}`;
    }
    return null;
  }
  return null;
}

function emptyMessage(field: TextField): string {
  if (field === 'contractNumber') {
    return 'ご契約番号を入力してください。ご契約番号がわからない場合は、＜手続依頼区分＞で「ご契約番号照会」を選んでください';
  }
  return `${FIELD_LABELS[field]}を入力してください`;
}

function rawTooLongMessage(printability: Printability, field: TextField, raw: string): string {
  switch (FIELD_KIND[field]) {
    case 'postalCode':
      return POSTAL_CODE_FORMAT;
    case 'phone':
      return `${FIELD_LABELS[field]}は市外局番から10桁または11桁の数字で入力してください`;
    case 'contractNumber':
      return 'ご契約番号は7桁の数字で入力してください';
    case 'text':
      return tooLongMessage(
        printability,
        field,
        normaliseField(field, raw.slice(0, RAW_MAX_LENGTH)),
      );
  }
}

/**
 * Normalises one field and checks it, in the order a person would fix things: too long to even
 * look at → empty → format → hard length cap → characters the fonts lack → fits its box.
 */
function checkField(
  printability: Printability,
  field: TextField,
  raw: string,
  required: boolean,
): Checked {
  if (raw.length > RAW_MAX_LENGTH) {
    return { value: raw, message: rawTooLongMessage(printability, field, raw) };
  }
  const value = normaliseField(field, raw);
  if (value === '') return { value, message: required ? emptyMessage(field) : null };
  const format = formatMessage(field, value, required);
  if (format) return { value, message: format };
  if (codePointLength(value) > FIELD_MAX_LENGTH) {
    return { value, message: tooLongMessage(printability, field, value) };
  }
  const unsupported = printability.unsupportedCharacters(value);
  if (unsupported.length > 0) return { value, message: unsupportedMessage(field, unsupported) };
  if (!printability.fits(field, value)) {
    return { value, message: tooLongMessage(printability, field, value) };
  }
  return { value, message: null };
}

// ---------------------------------------------------------------------------------------------
// ＜手続依頼区分＞ and what each procedure needs.

/** Keeps each choice once, in the form's order, whatever order it was ticked in. */
function inFormOrder<T extends string>(order: readonly T[], chosen: readonly T[]): T[] {
  return order.filter((item) => chosen.includes(item));
}

interface ProcedureAnswers {
  procedures: Procedure[];
  deletionReasons: DeletionReason[];
  deletionReasonOther: string;
  revocationTargets: RevocationTarget[];
  generalUserName: string;
}

type Report = (field: string, message: string) => void;

/**
 * Checks the procedures and the fields they make required. Answers to procedures that are not
 * chosen are kept (so unticking and reticking loses nothing) but not checked; toRequest drops
 * them so they are never printed.
 */
function checkProcedures(
  printability: Printability,
  input: ProcedureAnswers,
  report: Report,
): ProcedureAnswers {
  const procedures = inFormOrder(PROCEDURES, input.procedures);
  const deletionReasons = inFormOrder(DELETION_REASONS, input.deletionReasons);
  const revocationTargets = inFormOrder(REVOCATION_TARGETS, input.revocationTargets);
  let deletionReasonOther = normaliseText(input.deletionReasonOther);
  let generalUserName = normaliseText(input.generalUserName);

  if (procedures.length === 0) {
    report('procedures', '＜手続依頼区分＞から、依頼する手続を1つ以上選んでください');
  }
  if (procedures.includes('masterUserDeletion')) {
    if (deletionReasons.length === 0) {
      report('deletionReasons', 'マスターユーザーの削除の手続依頼事由を1つ以上選んでください');
    }
    if (deletionReasons.includes('other')) {
      const checked = checkField(
        printability,
        'deletionReasonOther',
        input.deletionReasonOther,
        true,
      );
      deletionReasonOther = checked.value;
      if (checked.message) report('deletionReasonOther', checked.message);
    }
  }
  if (procedures.includes('certificateRevocation')) {
    if (revocationTargets.length === 0) {
      report('revocationTargets', '電子証明書を失効するユーザーを選んでください');
    }
    if (revocationTargets.includes('generalUser')) {
      const checked = checkField(printability, 'generalUserName', input.generalUserName, true);
      generalUserName = checked.value;
      if (checked.message) report('generalUserName', checked.message);
    }
  }
  return { procedures, deletionReasons, deletionReasonOther, revocationTargets, generalUserName };
}

function checkFields<F extends TextField>(
  printability: Printability,
  input: Record<F, string>,
  fields: readonly F[],
  report: Report,
  required: (field: F) => boolean = () => true,
): Record<F, string> {
  const out = {} as Record<F, string>;
  for (const field of fields) {
    const checked = checkField(printability, field, input[field], required(field));
    out[field] = checked.value;
    if (checked.message) report(field, checked.message);
  }
  return out;
}

const ORGANISATION_FIELDS = [
  'postalCode',
  'address',
  'organisationName',
  'representativeTitle',
  'representativeName',
] as const satisfies readonly TextField[];
const CONTACT_FIELDS = ['phone', 'fax', 'contactPerson'] as const satisfies readonly TextField[];

function contractNumberRequired(procedures: readonly Procedure[]): boolean {
  return !procedures.includes('contractNumberInquiry');
}

// zod/mini's transforms get the parse payload itself (no addIssue helper): issues go on its list.
function reporter(payload: z.core.ParsePayload, input: unknown): Report {
  return (field, message) => payload.issues.push({ code: 'custom', path: [field], message, input });
}

/** Drops answers that belong to procedures or users not chosen: they must not be printed. */
function applicableOnly(request: Request): Request {
  const deleting = request.procedures.includes('masterUserDeletion');
  const revoking = request.procedures.includes('certificateRevocation');
  const deletionReasons = deleting ? request.deletionReasons : [];
  const revocationTargets = revoking ? request.revocationTargets : [];
  return {
    ...request,
    deletionReasons,
    deletionReasonOther: deletionReasons.includes('other') ? request.deletionReasonOther : '',
    revocationTargets,
    generalUserName: revocationTargets.includes('generalUser') ? request.generalUserName : '',
  };
}

// ---------------------------------------------------------------------------------------------
// Schemas.

const procedureFields = {
  procedures: z.array(z.enum(PROCEDURES)),
  deletionReasons: z.array(z.enum(DELETION_REASONS)),
  deletionReasonOther: z.string(),
  revocationTargets: z.array(z.enum(REVOCATION_TARGETS)),
  generalUserName: z.string(),
};

/** `schema`'s values, normalised and checked by `check`, which reports problems at their fields. */
function normalisedBy<S extends z.core.$ZodType, O>(
  schema: S,
  check: (input: z.output<S>, report: Report) => O,
) {
  return z.pipe(
    schema,
    z.transform((input: z.output<S>, payload) => check(input, reporter(payload, input))),
  );
}

function buildRules(printability: Printability) {
  /**
   * Page 依頼日と手続: 依頼日 as three inputs plus ＜手続依頼区分＞. Output carries `requestDate`
   * ('YYYY-MM-DD') in place of the three parts.
   */
  const dateAndProcedures = normalisedBy(
    z.object({
      requestYear: z.string(),
      requestMonth: z.string(),
      requestDay: z.string(),
      ...procedureFields,
    }),
    (input, report) => {
      const parts = { year: input.requestYear, month: input.requestMonth, day: input.requestDay };
      const dateProblem = validateDateParts(parts);
      if (dateProblem) report(DATE_PART_FIELDS[dateProblem.part], dateProblem.message);
      return { requestDate: joinDate(parts), ...checkProcedures(printability, input, report) };
    },
  );

  /** Page 団体: 郵便番号, ご住所, 団体名, 代表者名（肩書・氏名）. */
  const organisation = normalisedBy(
    z.object({
      postalCode: z.string(),
      address: z.string(),
      organisationName: z.string(),
      representativeTitle: z.string(),
      representativeName: z.string(),
    }),
    (input, report) => checkFields(printability, input, ORGANISATION_FIELDS, report),
  );

  /** Page 連絡先: 電話番号 (日中ご連絡のつく), FAX番号, ご担当者. */
  const contact = normalisedBy(
    z.object({ phone: z.string(), fax: z.string(), contactPerson: z.string() }),
    (input, report) => checkFields(printability, input, CONTACT_FIELDS, report),
  );

  /**
   * Page ご契約番号. Whether it is required depends on the procedures chosen on the first page
   * (not required with ご契約番号照会), so the schema is made for them.
   */
  const contractNumber = (procedures: readonly Procedure[]) =>
    normalisedBy(z.object({ contractNumber: z.string() }), (input, report) =>
      checkFields(printability, input, ['contractNumber'], report, () =>
        contractNumberRequired(procedures),
      ),
    );

  /**
   * The whole request: a draft in, a complete Request out (normalised, with answers to
   * procedures not chosen dropped). Issues carry the draft field's path; a problem with the
   * date is reported at `requestDate`.
   */
  const request = z.pipe(
    normalisedBy(RequestDraftSchema, (draft, report) => {
      const dateProblem = validateDateParts(splitDate(draft.requestDate));
      if (dateProblem) report('requestDate', dateProblem.message);
      const procedures = checkProcedures(printability, draft, report);
      const required = contractNumberRequired(procedures.procedures);
      const fields = checkFields(
        printability,
        draft,
        [...ORGANISATION_FIELDS, ...CONTACT_FIELDS, 'contractNumber'],
        report,
        (field) => field !== 'contractNumber' || required,
      );
      return applicableOnly({
        ...fields,
        ...procedures,
        requestDate: joinDate(splitDate(draft.requestDate)),
      });
    }),
    // The shape contract with the PDF renderer, checked once more; it cannot fail when the rules
    // above pass, and its messages are never shown because of that.
    RequestSchema,
  );

  function missingForPdf(draft: RequestDraft): FieldProblem[] {
    const result = request.safeParse(draft);
    if (result.success) return [];
    const problems = new Map<keyof RequestDraft, FieldProblem>();
    for (const issue of result.error.issues) {
      const field = issue.path[0] as keyof RequestDraft;
      if (!(field in FIELD_PAGE) || problems.has(field)) continue;
      problems.set(field, { field, page: FIELD_PAGE[field], message: issue.message });
    }
    return FIELD_ORDER.flatMap((field) => problems.get(field) ?? []);
  }

  function toRequest(draft: RequestDraft): Request | null {
    const result = request.safeParse(draft);
    return result.success ? result.data : null;
  }

  return {
    dateAndProcedures,
    organisation,
    contact,
    contractNumber,
    request,
    missingForPdf,
    toRequest,
  };
}

export type Rules = ReturnType<typeof buildRules>;

/** One thing that keeps a draft from being printed, with the page where it is fixed. */
export interface FieldProblem {
  field: keyof RequestDraft;
  page: PageId;
  message: string;
}

/**
 * The rules, checking printability with `printability` (the real one once its fonts have
 * loaded, the stand-in until then).
 */
export function createRules(printability: Printability): Rules {
  return buildRules(printability);
}

export type DateAndProceduresInput = z.input<Rules['dateAndProcedures']>;
export type DateAndProceduresOutput = z.output<Rules['dateAndProcedures']>;
export type OrganisationInput = z.input<Rules['organisation']>;
export type OrganisationOutput = z.output<Rules['organisation']>;
export type ContactInput = z.input<Rules['contact']>;
export type ContactOutput = z.output<Rules['contact']>;
export type ContractNumberInput = z.input<ReturnType<Rules['contractNumber']>>;
export type ContractNumberOutput = z.output<ReturnType<Rules['contractNumber']>>;

/** The first page's form values from a draft (the date split into its three inputs). */
export function dateAndProceduresValues(draft: RequestDraft): DateAndProceduresInput {
  const { year, month, day } = splitDate(draft.requestDate);
  return {
    requestYear: year,
    requestMonth: month,
    requestDay: day,
    procedures: draft.procedures,
    deletionReasons: draft.deletionReasons,
    deletionReasonOther: draft.deletionReasonOther,
    revocationTargets: draft.revocationTargets,
    generalUserName: draft.generalUserName,
  };
}

// Rules per Printability, so pages that ask on every render do not rebuild the schemas.
const rulesCache = new WeakMap<Printability, Rules>();
function rulesFor(printability: Printability): Rules {
  let rules = rulesCache.get(printability);
  if (rules === undefined) {
    rules = createRules(printability);
    rulesCache.set(printability, rules);
  }
  return rules;
}

/**
 * What keeps `draft` from being a complete, printable request, one problem per field, in the
 * form's order. Empty when the PDF can be made.
 */
export function missingForPdf(
  draft: RequestDraft,
  printability: Printability = standInPrintability,
): FieldProblem[] {
  return rulesFor(printability).missingForPdf(draft);
}

/** The complete request to print, or null while anything is missing or invalid. */
export function toRequest(
  draft: RequestDraft,
  printability: Printability = standInPrintability,
): Request | null {
  return rulesFor(printability).toRequest(draft);
}
