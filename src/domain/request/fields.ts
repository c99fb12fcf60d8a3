/**
 * The request form's fields, each listed once: the one place that says which page a field is on,
 * what kind of value it takes, the guide's label for it, the input a message links to, its
 * maximum length and when it applies or is required.
 *
 * Everything else is derived from this registry: the draft and request schemas (./schema.ts),
 * the page schemas and the procedure rules (./rules.ts), the check page's rows (./summary.ts),
 * the pages' field ids, the PDF's value list and the names in import messages. Adding a
 * procedure with a detail field means adding its option to CHOICES and its entries to FIELDS
 * (and its place on the printed form): see docs/decisions/0007-field-registry.md.
 */

/** The form's pages, in order. */
export const PAGES = ['dateAndProcedures', 'organisation', 'contact', 'contractNumber'] as const;
export type PageId = (typeof PAGES)[number];

/**
 * The options of each choice field, in the form's order. Kept apart from FIELDS so that the
 * conditions in FIELDS can be typed by them.
 */
export const CHOICES = {
  /** ＜手続依頼区分＞: the four procedures the form offers. */
  procedures: [
    'contractNumberInquiry',
    'lockoutRelease',
    'masterUserDeletion',
    'certificateRevocation',
  ],
  /** 手続依頼事由 for マスターユーザーの削除. */
  deletionReasons: ['wrongPassword', 'forgotten', 'other'],
  /** Users whose certificate is revoked (電子証明書の失効). */
  revocationTargets: ['masterUser', 'generalUser'],
} as const;
export type ChoiceField = keyof typeof CHOICES;
export type OptionOf<F extends ChoiceField> = (typeof CHOICES)[F][number];

/** "Option `option` of choice `field` is ticked" (and that choice itself applies). */
export type Ticked = { [F in ChoiceField]: { field: F; option: OptionOf<F> } }[ChoiceField];

/**
 * How a text value is normalised and checked. 'phone' and 'fax' are both telephone numbers, but a
 * FAX number must be of a kind that can receive a FAX (./phone.ts); 'userName' is text whose
 * full-width letters and digits become half-width (a user name is typed into the bank's system
 * in ASCII, whatever the IME produced).
 */
export type TextKind = 'text' | 'userName' | 'postalCode' | 'phone' | 'fax' | 'contractNumber';

interface FieldBase {
  page: PageId;
  /** The guide's name for the field: used in messages, the check page and import messages. */
  label: string;
  /** The id of the input that a message or 「変更」 link lands on (a group's first input). */
  inputId: string;
  /** The field applies (is shown, checked and printed) only while this option is ticked. */
  shownWhen?: Ticked;
}

export interface DateFieldSpec extends FieldBase {
  type: 'date';
  /** The most each of its 年 / 月 / 日 inputs takes as typed (「2026年」, 「２０２６」). */
  partMaxLength: number;
}

export interface ChoiceFieldSpec<F extends ChoiceField = ChoiceField> extends FieldBase {
  type: 'choice';
  /** Each option's label, as the form prints it. */
  optionLabels: Readonly<Record<OptionOf<F>, string>>;
  /** Shown when nothing is ticked (at least one option is always required). */
  emptyMessage: string;
}

export interface TextFieldSpec extends FieldBase {
  type: 'text';
  kind: TextKind;
  /**
   * The most the field takes, in UTF-16 code units (what an input's maxlength counts): what its
   * box on the printed form holds at the smallest size (9 pt), over all its lines, in half-width
   * characters (the narrowest the form's font draws; a character of two code units, such as 𠮷,
   * is full-width, so it fills two), with every line full. A value may still not fit where its
   * words do not break to fill the lines: the printability check says so at the field. The input stops there, a longer paste is cut there, saved
   * progress is cut there on load and an imported file with a longer value is refused; a
   * normalised value longer than this is refused before asking the fonts. Checked against the
   * layout by tests/features/request-pdf/field-lengths.test.ts.
   */
  maxLength: number;
  /** Required unless this option is ticked (otherwise required whenever it applies). */
  optionalWhen?: Ticked;
  /** Overrides the plain 「…を入力してください」. */
  emptyMessage?: string;
  /** The guide's 記入例 value quoted in format messages (a fictitious number, never a real one). */
  example?: string;
  /**
   * On the check page: a prefix before the value (〒), the row it joins (代表者名), and why the
   * field is blank when optionalWhen holds and it was left empty (instead of 「未入力」, which
   * reads as a mistake).
   */
  summary?: { prefix?: string; row?: string; blank?: string };
}

export type FieldSpec =
  DateFieldSpec | { [F in ChoiceField]: ChoiceFieldSpec<F> }[ChoiceField] | TextFieldSpec;

/** Every field of the form, in the order the person meets them. */
export const FIELDS = {
  requestDate: {
    type: 'date',
    page: 'dateAndProcedures',
    label: '依頼日',
    inputId: 'requestYear',
    partMaxLength: 6,
  },
  procedures: {
    type: 'choice',
    page: 'dateAndProcedures',
    label: '＜手続依頼区分＞',
    inputId: 'procedures-contractNumberInquiry',
    optionLabels: {
      contractNumberInquiry: 'ご契約番号照会',
      lockoutRelease: '初期パスワードの閉塞（ロックアウト）解除',
      masterUserDeletion: 'マスターユーザーの削除',
      certificateRevocation: '電子証明書の失効',
    },
    emptyMessage: '＜手続依頼区分＞から、依頼する手続きを1つ以上選んでください',
  } satisfies ChoiceFieldSpec<'procedures'>,
  deletionReasons: {
    type: 'choice',
    page: 'dateAndProcedures',
    label: '手続依頼事由',
    inputId: 'deletionReasons-wrongPassword',
    shownWhen: { field: 'procedures', option: 'masterUserDeletion' },
    optionLabels: {
      wrongPassword: 'パスワード誤入力による閉鎖',
      forgotten: 'パスワード失念',
      other: 'その他',
    },
    emptyMessage: 'マスターユーザーの削除の手続依頼事由を1つ以上選んでください',
  } satisfies ChoiceFieldSpec<'deletionReasons'>,
  deletionReasonOther: {
    type: 'text',
    kind: 'text',
    page: 'dateAndProcedures',
    label: 'その他の手続依頼事由',
    inputId: 'deletionReasonOther',
    maxLength: 40,
    shownWhen: { field: 'deletionReasons', option: 'other' },
  },
  revocationTargets: {
    type: 'choice',
    page: 'dateAndProcedures',
    label: '電子証明書を失効するユーザー',
    inputId: 'revocationTargets-masterUser',
    shownWhen: { field: 'procedures', option: 'certificateRevocation' },
    optionLabels: { masterUser: 'マスターユーザー', generalUser: '一般ユーザー' },
    emptyMessage: '電子証明書を失効するユーザーを選んでください',
  } satisfies ChoiceFieldSpec<'revocationTargets'>,
  generalUserName: {
    type: 'text',
    kind: 'userName',
    page: 'dateAndProcedures',
    label: '一般ユーザーのユーザー名',
    inputId: 'generalUserName',
    maxLength: 25,
    shownWhen: { field: 'revocationTargets', option: 'generalUser' },
    summary: { prefix: 'ユーザー名：' },
  },
  postalCode: {
    type: 'text',
    kind: 'postalCode',
    page: 'organisation',
    label: '郵便番号',
    inputId: 'postalCode',
    maxLength: 25,
    example: '999-9999',
    summary: { prefix: '〒' },
  },
  address: {
    type: 'text',
    kind: 'text',
    page: 'organisation',
    label: 'ご住所',
    inputId: 'address',
    maxLength: 128,
  },
  organisationName: {
    type: 'text',
    kind: 'text',
    page: 'organisation',
    label: '団体名',
    inputId: 'organisationName',
    maxLength: 128,
  },
  representativeTitle: {
    type: 'text',
    kind: 'text',
    page: 'organisation',
    label: '代表者名の肩書',
    inputId: 'representativeTitle',
    maxLength: 69,
    summary: { row: '代表者名' },
  },
  representativeName: {
    type: 'text',
    kind: 'text',
    page: 'organisation',
    label: '代表者名の氏名',
    inputId: 'representativeName',
    maxLength: 78,
    summary: { row: '代表者名' },
  },
  phone: {
    type: 'text',
    kind: 'phone',
    page: 'contact',
    label: '電話番号',
    inputId: 'phone',
    maxLength: 24,
    example: '090-9999-9999',
  },
  fax: {
    type: 'text',
    kind: 'fax',
    page: 'contact',
    label: 'FAX番号',
    inputId: 'fax',
    maxLength: 25,
    example: '03-9999-9999',
  },
  contactPerson: {
    type: 'text',
    kind: 'text',
    page: 'contact',
    label: 'ご担当者',
    inputId: 'contactPerson',
    maxLength: 30,
  },
  contractNumber: {
    type: 'text',
    kind: 'contractNumber',
    page: 'contractNumber',
    label: 'ご契約番号',
    inputId: 'contractNumber',
    // The box has 7 digit cells; the input leaves room for the spaces and hyphens people type
    // between the digits, which normalising removes (the 7-digit rule then says what is wrong).
    maxLength: 16,
    optionalWhen: { field: 'procedures', option: 'contractNumberInquiry' },
    summary: { blank: 'ご契約番号照会を依頼するため空欄' },
    emptyMessage:
      'ご契約番号を入力してください。ご契約番号がわからない場合は、＜手続依頼区分＞で「ご契約番号照会」を選んでください',
  },
} as const satisfies Record<string, FieldSpec>;

type Fields = typeof FIELDS;
export type FieldName = keyof Fields;
type NamesOf<T extends FieldSpec['type']> = {
  [K in FieldName]: Fields[K]['type'] extends T ? K : never;
}[FieldName];
/** Every free-text field. */
export type TextField = NamesOf<'text'>;
/** The fields entered on page `P`. */
export type FieldsOn<P extends PageId> = {
  [K in FieldName]: Fields[K]['page'] extends P ? K : never;
}[FieldName];

// Choice fields are exactly the keys of CHOICES: a choice in FIELDS without options (or the
// reverse) does not compile.
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const CHOICES_MATCH_FIELDS: Equal<NamesOf<'choice'>, ChoiceField> = true;

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];
export const TEXT_FIELDS = FIELD_NAMES.filter(
  (name): name is TextField => FIELDS[name].type === 'text',
);

/** The longest text field's maximum length: no text value is ever longer. */
export const FIELD_MAX_LENGTH = Math.max(...TEXT_FIELDS.map((name) => FIELDS[name].maxLength));

export function spec(name: FieldName): FieldSpec {
  return FIELDS[name];
}

export function textSpec(name: TextField): TextFieldSpec {
  return FIELDS[name];
}

export function choiceSpec<F extends ChoiceField>(name: F): ChoiceFieldSpec<F> {
  return FIELDS[name] as ChoiceFieldSpec<F>;
}

/** The fields of page `page`, in form order. */
export function fieldsOn<P extends PageId>(page: P): FieldsOn<P>[] {
  return FIELD_NAMES.filter((name): name is FieldsOn<P> => FIELDS[name].page === page);
}

/** The fields that apply only while `ticked` holds (a choice's detail fields), in form order. */
export function detailsOf(field: ChoiceField, option: string): FieldName[] {
  return FIELD_NAMES.filter((name) => {
    const when = spec(name).shownWhen;
    return when?.field === field && when.option === option;
  });
}

/** Each field's label, e.g. for messages that name a saved field. */
export const FIELD_LABELS = Object.fromEntries(
  FIELD_NAMES.map((name) => [name, FIELDS[name].label]),
) as Readonly<Record<FieldName, string>>;

/** The option labels of a choice field. */
export function optionLabels<F extends ChoiceField>(
  field: F,
): Readonly<Record<OptionOf<F>, string>> {
  return choiceSpec(field).optionLabels;
}

/** The values the conditions read: the ticked options of each choice. */
export type Ticks = { readonly [F in ChoiceField]: readonly string[] };

function holds(ticked: Ticked, ticks: Ticks): boolean {
  return applies(ticked.field, ticks) && ticks[ticked.field].includes(ticked.option);
}

/** Whether `name` applies given what is ticked: shown, checked and printed. */
export function applies(name: FieldName, ticks: Ticks): boolean {
  const when = spec(name).shownWhen;
  return when === undefined || holds(when, ticks);
}

/** Whether `name` must be filled in given what is ticked. */
export function isRequired(name: FieldName, ticks: Ticks): boolean {
  if (!applies(name, ticks)) return false;
  const field = spec(name);
  return (
    field.type !== 'text' || field.optionalWhen === undefined || !holds(field.optionalWhen, ticks)
  );
}
