import { z } from 'zod/mini';
import {
  CHOICES,
  FIELDS,
  FIELD_LABELS as LABELS,
  FIELD_MAX_LENGTH,
  FIELD_NAMES,
  PAGES,
  applies,
  fieldsOn,
  isRequired,
  textSpec,
  type ChoiceField,
  type FieldName,
  type FieldsOn,
  type PageId,
  type TextField,
  type TextKind,
  type Ticks,
} from './fields';
import {
  normaliseContractNumber,
  normaliseDigits,
  normalisePhone,
  normalisePostalCode,
  normaliseText,
  normaliseUserName,
} from './normalise';
import { findMarkProblem, markMessage } from './characters';
import { formatPhoneNumber, phoneMessage } from './phone';
import type { Printability } from './printability';
import { quoteCharacters } from './quote';
import { standInPrintability } from './printability-standin';
import {
  RequestDraftSchema,
  RequestSchema,
  emptyRequestDraft,
  type Request,
  type RequestDraft,
} from './schema';

/**
 * The request form's rules, with the messages people see. Which fields there are, on which page,
 * and when each applies or is required come from the field registry (./fields.ts); this file
 * says how a value is normalised and checked.
 *
 * How normalisation and validation fit together: every page schema is a plain object of strings
 * (so it accepts whatever was typed) piped into one transform that normalises each value and
 * then checks the normalised value, reporting at most one issue per field at that field's path.
 * The schema's output is the normalised values, which is what the form should save. One
 * transform rather than per-field refinements because several rules depend on other fields
 * (手続依頼区分 decides what is required) and zod skips object refinements once a field has
 * failed; here every field is always checked, so the error summary lists everything at once.
 *
 * Messages name the field by the guide's label and say what to do (docs/ux-rules.md).
 */

export { PAGES, type PageId };

/** The page on which each draft field is entered. */
export const FIELD_PAGE = Object.fromEntries(
  FIELD_NAMES.map((name) => [name, FIELDS[name].page]),
) as Readonly<Record<FieldName, PageId>>;

/** Each field's name as the guide's form labels it, used in every message. */
export const FIELD_LABELS: Readonly<Record<TextField, string>> = LABELS;

/**
 * Longer raw input is refused before any normalising or font work (a pasted document, a
 * 10,000-character string). Generous, because a raw value may still carry spaces and line
 * breaks that normalising removes.
 */
export const RAW_MAX_LENGTH = 2000;
export { FIELD_MAX_LENGTH };

const NORMALISERS: Readonly<Record<TextKind, (s: string) => string>> = {
  text: normaliseText,
  postalCode: normalisePostalCode,
  phone: (s) => formatPhoneNumber(normalisePhone(s)),
  fax: (s) => formatPhoneNumber(normalisePhone(s)),
  userName: normaliseUserName,
  contractNumber: normaliseContractNumber,
};

const POSTAL_CODE_FORMAT = '郵便番号は7桁の数字で入力してください（例：999-9999）';

/** Normalises a value the way its field's rule does, e.g. to prefill or save it. */
export function normaliseField(field: TextField, raw: string): string {
  return NORMALISERS[textSpec(field).kind](raw);
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

const DATE_PARTS = ['year', 'month', 'day'] as const satisfies readonly DatePart[];

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

function unsupportedMessage(field: TextField, chars: readonly string[]): string {
  return `${FIELD_LABELS[field]}に印刷できない文字${quoteCharacters(chars)}が含まれています。別の文字に置き換えてください`;
}

/** How many characters of `value` fit the field's box, asking only `fits` (binary search). */
function fittingLength(printability: Printability, field: TextField, value: string): number {
  const chars = Array.from(value).slice(0, textSpec(field).maxLength);
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
  const { kind, label, example = '' } = textSpec(field);
  if (kind === 'postalCode') {
    if (nonDigits(value).length > 0) {
      return '郵便番号は数字で入力してください（例：999-9999）';
    }
    return /^\d{3}-\d{4}$/.test(value) ? null : POSTAL_CODE_FORMAT;
  }
  if (kind === 'phone' || kind === 'fax') {
    return phoneMessage({ use: kind, label, example }, value);
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
  const { label, emptyMessage } = textSpec(field);
  return emptyMessage ?? `${label}を入力してください`;
}

function rawTooLongMessage(printability: Printability, field: TextField, raw: string): string {
  switch (textSpec(field).kind) {
    case 'postalCode':
      return POSTAL_CODE_FORMAT;
    case 'phone':
    case 'fax':
      return `${FIELD_LABELS[field]}は市外局番から10桁または11桁の数字で入力してください`;
    case 'contractNumber':
      return 'ご契約番号は7桁の数字で入力してください';
    case 'text':
    case 'userName':
      return tooLongMessage(
        printability,
        field,
        normaliseField(field, raw.slice(0, RAW_MAX_LENGTH)),
      );
  }
}

/**
 * Normalises one field and checks it, in the order a person would fix things: too long to even
 * look at → empty → format → hard length cap → variation selectors and stray marks (named) →
 * characters the fonts lack → fits its box.
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
  // Code units, as the input's maxlength counts them (./fields.ts).
  if (value.length > textSpec(field).maxLength) {
    return { value, message: tooLongMessage(printability, field, value) };
  }
  const marks = findMarkProblem(value);
  if (marks) return { value, message: markMessage(FIELD_LABELS[field], marks) };
  const unsupported = printability.unsupportedCharacters(value);
  if (unsupported.length > 0) return { value, message: unsupportedMessage(field, unsupported) };
  if (!printability.fits(field, value)) {
    return { value, message: tooLongMessage(printability, field, value) };
  }
  return { value, message: null };
}

// ---------------------------------------------------------------------------------------------
// Checking a set of fields against the registry's conditions.

/** Keeps each choice once, in the form's order, whatever order it was ticked in. */
function inFormOrder<T extends string>(order: readonly T[], chosen: readonly string[]): T[] {
  return order.filter((item) => chosen.includes(item));
}

type Report = (field: string, message: string) => void;

/** Where a problem with each date part is reported: the part's input, or the whole date. */
type DateReport = (part: DatePart, message: string) => void;

/**
 * Normalises and checks `names` of `draft`. Conditions (what applies, what is required) are read
 * from the whole draft, so a page's fields are checked with the choices made on other pages.
 * Answers to options that are not chosen are kept (so unticking and reticking loses nothing) but
 * not checked; applicableOnly drops them so they are never printed.
 */
function checkDraft<N extends FieldName>(
  printability: Printability,
  draft: RequestDraft,
  names: readonly N[],
  report: Report,
  reportDate: DateReport,
): Pick<RequestDraft, N> {
  const ticks = Object.fromEntries(
    (Object.keys(CHOICES) as ChoiceField[]).map((f) => [f, inFormOrder(CHOICES[f], draft[f])]),
  ) as unknown as Ticks;
  const out: Partial<Record<FieldName, unknown>> = {};
  for (const name of names) {
    const field = FIELDS[name];
    if (field.type === 'date') {
      const parts = splitDate(draft[name as 'requestDate']);
      const problem = validateDateParts(parts);
      if (problem) reportDate(problem.part, problem.message);
      out[name] = joinDate(parts);
    } else if (field.type === 'choice') {
      const chosen = ticks[name as ChoiceField];
      if (applies(name, ticks) && chosen.length === 0) report(name, field.emptyMessage);
      out[name] = chosen;
    } else {
      const raw = draft[name as TextField];
      if (applies(name, ticks)) {
        const checked = checkField(printability, name as TextField, raw, isRequired(name, ticks));
        if (checked.message) report(name, checked.message);
        out[name] = checked.value;
      } else {
        out[name] = normaliseField(name as TextField, raw);
      }
    }
  }
  return out as Pick<RequestDraft, N>;
}

// zod/mini's transforms get the parse payload itself (no addIssue helper): issues go on its list.
function reporter(payload: z.core.ParsePayload, input: unknown): Report {
  return (field, message) => payload.issues.push({ code: 'custom', path: [field], message, input });
}

/** Drops answers that belong to options not chosen: they must not be printed. */
function applicableOnly(request: Request): Request {
  const out: Record<string, unknown> = { ...request };
  for (const name of FIELD_NAMES) {
    if (applies(name, request)) continue;
    out[name] = FIELDS[name].type === 'choice' ? [] : '';
  }
  return out as Request;
}

// ---------------------------------------------------------------------------------------------
// Schemas.

/** A page's inputs: its fields as typed, with 依頼日 as its three inputs. */
export type PageInput<P extends PageId> = Omit<Pick<RequestDraft, FieldsOn<P>>, 'requestDate'> &
  ('requestDate' extends FieldsOn<P>
    ? Record<(typeof DATE_PART_FIELDS)[DatePart], string>
    : unknown);
/** A page's output: its fields, normalised and checked. */
export type PageOutput<P extends PageId> = Pick<RequestDraft, FieldsOn<P>>;

/** `page`'s inputs from a draft (the date split into its three inputs). */
export function pageValues<P extends PageId>(page: P, draft: RequestDraft): PageInput<P> {
  const out: Record<string, unknown> = {};
  for (const name of fieldsOn(page)) {
    if (name === 'requestDate') {
      const parts = splitDate(draft.requestDate);
      for (const part of DATE_PARTS) out[DATE_PART_FIELDS[part]] = parts[part];
    } else {
      out[name] = draft[name];
    }
  }
  return out as PageInput<P>;
}

/** `page`'s inputs → draft fields (the three date inputs joined). */
export function pageToDraft<P extends PageId>(page: P, input: PageInput<P>): Partial<RequestDraft> {
  const values = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of fieldsOn(page)) {
    out[name] =
      name === 'requestDate'
        ? joinDate({
            year: values[DATE_PART_FIELDS.year] as string,
            month: values[DATE_PART_FIELDS.month] as string,
            day: values[DATE_PART_FIELDS.day] as string,
          })
        : values[name];
  }
  return out;
}

function pageShape(page: PageId): Record<string, z.ZodMiniType> {
  const draft = RequestDraftSchema.shape as Record<string, z.ZodMiniType>;
  const shape: Record<string, z.ZodMiniType> = {};
  for (const name of fieldsOn(page)) {
    if (name === 'requestDate')
      for (const part of DATE_PARTS) shape[DATE_PART_FIELDS[part]] = z.string();
    else shape[name] = draft[name]!;
  }
  return shape;
}

/** A page's schema, for react-hook-form: inputs in, normalised page fields out. */
export type PageSchema<P extends PageId> = z.ZodMiniType<PageOutput<P>, PageInput<P>>;

// The context of a page checked on its own: nothing chosen on the other pages.
const EMPTY_DRAFT: RequestDraft = Object.freeze(emptyRequestDraft());

function buildRules(printability: Printability) {
  /**
   * The schema of one page. `context` is the rest of the draft: the choices made on other
   * pages decide what this page requires (ご契約番号 is not required with ご契約番号照会).
   */
  function page<P extends PageId>(id: P, context: RequestDraft = EMPTY_DRAFT): PageSchema<P> {
    return z.pipe(
      z.object(pageShape(id)),
      z.transform((input: Record<string, unknown>, payload) => {
        const report = reporter(payload, input);
        const draft = { ...context, ...pageToDraft(id, input as PageInput<P>) };
        return checkDraft(printability, draft, fieldsOn(id), report, (part, message) =>
          report(DATE_PART_FIELDS[part], message),
        );
      }),
    ) as unknown as PageSchema<P>;
  }

  /**
   * The whole request: a draft in, its normalised values (answers to procedures not chosen
   * dropped), one problem per field, and the complete Request only when there is none. A problem
   * with the date is reported at `requestDate`.
   */
  function validateDraft(draft: RequestDraft): ValidatedDraft {
    const found = new Map<FieldName, FieldProblem>();
    const report: Report = (name, message) => {
      const field = name as FieldName;
      if (!(field in FIELD_PAGE) || found.has(field)) return;
      found.set(field, { field, page: FIELD_PAGE[field], message });
    };
    // The rules called directly, not through a zod transform: a failed parse returns no data,
    // and the check page shows the normalised values beside the problems.
    const values = applicableOnly(
      checkDraft(printability, draft, FIELD_NAMES, report, (_, message) =>
        report('requestDate', message),
      ),
    );
    if (found.size === 0) {
      // The shape contract with the PDF renderer; it cannot fail when the rules above pass.
      const shaped = RequestSchema.safeParse(values);
      if (shaped.success) return { values: shaped.data, request: shaped.data, problems: [] };
      for (const issue of shaped.error.issues) report(String(issue.path[0]), issue.message);
    }
    const problems = FIELD_NAMES.flatMap((field) => found.get(field) ?? []);
    return { values, request: null, problems };
  }

  function missingForPdf(draft: RequestDraft): FieldProblem[] {
    return validateDraft(draft).problems;
  }

  function toRequest(draft: RequestDraft): Request | null {
    return validateDraft(draft).request;
  }

  return {
    page,
    /** Page 依頼日と手続: 依頼日 as three inputs plus ＜手続依頼区分＞ and its details. */
    dateAndProcedures: page('dateAndProcedures'),
    /** Page 団体: 郵便番号, ご住所, 団体名, 代表者名（肩書・氏名）. */
    organisation: page('organisation'),
    /** Page 連絡先: 電話番号 (日中ご連絡のつく), FAX番号, ご担当者. */
    contact: page('contact'),
    /** Page ご契約番号, for the procedures chosen on the first page. */
    contractNumber: (procedures: RequestDraft['procedures']) =>
      page('contractNumber', { ...EMPTY_DRAFT, procedures: [...procedures] }),
    validateDraft,
    missingForPdf,
    toRequest,
  };
}

export type Rules = ReturnType<typeof buildRules>;

/** One thing that keeps a draft from being printed, with the page where it is fixed. */
export interface FieldProblem {
  field: FieldName;
  page: PageId;
  message: string;
}

/**
 * A saved draft checked as a whole: the one answer the check page, the print page and the task
 * list share (docs/decisions/0010-check-equals-pdf.md). `values` are the draft's values
 * normalised by the rules, with answers to options not chosen dropped: exactly what the PDF
 * prints once the problems are fixed. `request` is set (and equal to `values`) only when nothing
 * is wrong; no PDF is made from anything else.
 */
export type ValidatedDraft =
  | { values: Request; request: Request; problems: [] }
  | { values: RequestDraft; request: null; problems: FieldProblem[] };

/**
 * The rules, checking printability with `printability` (the real one once its fonts have
 * loaded, the stand-in until then).
 */
export function createRules(printability: Printability): Rules {
  return buildRules(printability);
}

export type DateAndProceduresInput = PageInput<'dateAndProcedures'>;
export type DateAndProceduresOutput = PageOutput<'dateAndProcedures'>;
export type OrganisationInput = PageInput<'organisation'>;
export type OrganisationOutput = PageOutput<'organisation'>;
export type ContactInput = PageInput<'contact'>;
export type ContactOutput = PageOutput<'contact'>;
export type ContractNumberInput = PageInput<'contractNumber'>;
export type ContractNumberOutput = PageOutput<'contractNumber'>;

/** The first page's form values from a draft (the date split into its three inputs). */
export function dateAndProceduresValues(draft: RequestDraft): DateAndProceduresInput {
  return pageValues('dateAndProcedures', draft);
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
 * Normalises and checks every field of `draft`, whichever pages were left without 次へ: the
 * values to show and print, and what keeps them from being printed (one problem per field, in
 * the form's order).
 */
export function validateDraft(
  draft: RequestDraft,
  printability: Printability = standInPrintability,
): ValidatedDraft {
  return rulesFor(printability).validateDraft(draft);
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
