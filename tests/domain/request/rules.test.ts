import { describe, expect, test } from 'vitest';
import type { z } from 'zod/mini';
import {
  FIELD_MAX_LENGTH,
  createRules,
  dateAndProceduresValues,
  isToday,
  joinDate,
  missingForPdf,
  splitDate,
  toIsoDate,
  toRequest,
  validateDateParts,
  type DateAndProceduresInput,
} from '../../../src/domain/request/rules';
import type { Printability } from '../../../src/domain/request/printability';
import { standInPrintability } from '../../../src/domain/request/printability-standin';
import {
  RequestSchema,
  TEXT_FIELDS,
  emptyRequestDraft,
  type RequestDraft,
  type TextField,
} from '../../../src/domain/request/schema';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';

const rules = createRules(standInPrintability);
const DASHES = ['-', '‐', '‑', '–', '—', '−', 'ー', '－'];

/** field → message of each issue, or null when the input passes. */
function problems(schema: z.ZodMiniType, input: unknown): Record<string, string> | null {
  const result = schema.safeParse(input);
  if (result.success) return null;
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

const exampleDraft: RequestDraft = { ...REQUEST_EXAMPLE };

const ORGANISATION = {
  postalCode: '999-9999',
  address: '東京都千代田区神田駿河台9-99-9',
  organisationName: '中央労働組合',
  representativeTitle: '執行委員長',
  representativeName: '労金 花子',
};
const CONTACT = { phone: '090-9999-9999', fax: '03-9999-9999', contactPerson: '中央' };
const PROCEDURES_PAGE: DateAndProceduresInput = {
  requestYear: '2026',
  requestMonth: '4',
  requestDay: '1',
  procedures: ['certificateRevocation'],
  deletionReasons: [],
  deletionReasonOther: '',
  revocationTargets: ['masterUser'],
  generalUserName: '',
};

describe('依頼日 helpers', () => {
  test.each([
    ['2026-04-01', { year: '2026', month: '4', day: '1' }],
    ['2026-12-31', { year: '2026', month: '12', day: '31' }],
    ['', { year: '', month: '', day: '' }],
    ['2026-13-', { year: '2026', month: '13', day: '' }],
    ['--', { year: '', month: '', day: '' }],
  ])('splitDate(%j)', (date, parts) => {
    expect(splitDate(date)).toEqual(parts);
  });

  test.each([
    [{ year: '2026', month: '4', day: '1' }, '2026-04-01'],
    [{ year: '２０２６', month: '０４', day: '１' }, '2026-04-01'],
    [{ year: '2026年', month: '4月', day: '1日' }, '2026-04-01'],
    [{ year: ' 2026 ', month: '12', day: '31' }, '2026-12-31'],
    [{ year: '', month: '', day: '' }, '--'],
    [{ year: '2026', month: '13', day: 'x' }, '2026-13-x'],
  ])('joinDate(%j)', (parts, date) => {
    expect(joinDate(parts)).toBe(date);
  });

  test('what was typed survives a round trip through the stored string', () => {
    for (const parts of [
      { year: '2026', month: '13', day: '40' },
      { year: '26', month: '', day: '1' },
    ]) {
      expect(splitDate(joinDate(parts))).toEqual(parts);
    }
  });

  test.each([
    [['2026', '4', '1'], null],
    [['２０２６', '４', '１'], null],
    [['2024', '2', '29'], null],
    [['2026', '04', '01'], null],
    [
      ['', '', ''],
      ['year', '依頼日を入力してください'],
    ],
    [
      ['  ', '\u3000', ''],
      ['year', '依頼日を入力してください'],
    ],
    [
      ['', '4', '1'],
      ['year', '依頼日の年を入力してください'],
    ],
    [
      ['2026', '', '1'],
      ['month', '依頼日の月を入力してください'],
    ],
    [
      ['2026', '4', ''],
      ['day', '依頼日の日を入力してください'],
    ],
    [
      ['26', '4', '1'],
      ['year', '依頼日の年は西暦の4桁の数字で入力してください'],
    ],
    [
      ['令和8', '4', '1'],
      ['year', '依頼日の年は西暦の4桁の数字で入力してください'],
    ],
    [
      ['0000', '4', '1'],
      ['year', '依頼日の年は西暦の4桁の数字で入力してください'],
    ],
    [
      ['2026', '13', '1'],
      ['month', '依頼日の月は1から12の数字で入力してください'],
    ],
    [
      ['2026', '0', '1'],
      ['month', '依頼日の月は1から12の数字で入力してください'],
    ],
    [
      ['2026', 'a', '1'],
      ['month', '依頼日の月は1から12の数字で入力してください'],
    ],
    [
      ['2026', '4', '32'],
      ['day', '依頼日の日は1から31の数字で入力してください'],
    ],
    [
      ['2026', '4', '0'],
      ['day', '依頼日の日は1から31の数字で入力してください'],
    ],
    [
      ['2026', '4', '31'],
      ['day', '依頼日の日は1から30の数字で入力してください（2026年4月は30日までです）'],
    ],
    [
      ['2025', '2', '29'],
      ['day', '依頼日の日は1から28の数字で入力してください（2025年2月は28日までです）'],
    ],
  ] as const)('validateDateParts(%j)', ([year, month, day], expected) => {
    const problem = validateDateParts({ year, month, day });
    expect(problem && [problem.part, problem.message]).toEqual(expected);
  });

  test('isToday compares with the local calendar day; another day is not an error', () => {
    const now = new Date(2026, 3, 1, 23, 59);
    expect(toIsoDate(now)).toBe('2026-04-01');
    expect(isToday('2026-04-01', now)).toBe(true);
    expect(isToday('2026-03-31', now)).toBe(false);
    expect(isToday('', now)).toBe(false);
    expect(problems(rules.dateAndProcedures, { ...PROCEDURES_PAGE, requestYear: '2020' })).toBe(
      null,
    );
  });
});

describe('page: dateAndProcedures', () => {
  const page = rules.dateAndProcedures;
  const check = (patch: Partial<DateAndProceduresInput>) =>
    problems(page, { ...PROCEDURES_PAGE, ...patch });

  test('the guide example passes and its date is joined', () => {
    expect(page.parse(PROCEDURES_PAGE)).toEqual({
      requestDate: '2026-04-01',
      procedures: ['certificateRevocation'],
      deletionReasons: [],
      deletionReasonOther: '',
      revocationTargets: ['masterUser'],
      generalUserName: '',
    });
  });

  test('dateAndProceduresValues gives the page its form values from a draft', () => {
    expect(dateAndProceduresValues(exampleDraft)).toEqual(PROCEDURES_PAGE);
  });

  test.each([
    [
      { requestYear: '', requestMonth: '', requestDay: '' },
      { requestYear: '依頼日を入力してください' },
    ],
    [{ requestMonth: '13' }, { requestMonth: '依頼日の月は1から12の数字で入力してください' }],
    [
      { requestDay: '31', requestMonth: '4' },
      { requestDay: '依頼日の日は1から30の数字で入力してください（2026年4月は30日までです）' },
    ],
    [
      { procedures: [] },
      { procedures: '＜手続依頼区分＞から、依頼する手続きを1つ以上選んでください' },
    ],
    [
      { procedures: ['masterUserDeletion'], revocationTargets: [] },
      { deletionReasons: 'マスターユーザーの削除の手続依頼事由を1つ以上選んでください' },
    ],
    [
      { procedures: ['masterUserDeletion'], deletionReasons: ['other'] },
      { deletionReasonOther: 'その他の手続依頼事由を入力してください' },
    ],
    [
      {
        procedures: ['masterUserDeletion'],
        deletionReasons: ['other'],
        deletionReasonOther: ' \n\u3000',
      },
      { deletionReasonOther: 'その他の手続依頼事由を入力してください' },
    ],
    [
      {
        procedures: ['masterUserDeletion'],
        deletionReasons: ['other'],
        deletionReasonOther: '退職😢',
      },
      {
        deletionReasonOther:
          'その他の手続依頼事由に印刷できない文字「😢」が含まれています。別の文字に置き換えてください',
      },
    ],
    [
      { revocationTargets: [] },
      { revocationTargets: '電子証明書を失効するユーザーを選んでください' },
    ],
    [
      { revocationTargets: ['generalUser'] },
      { generalUserName: '一般ユーザーのユーザー名を入力してください' },
    ],
    [
      { revocationTargets: ['generalUser'], generalUserName: 'x'.repeat(10_000) },
      {
        generalUserName:
          '一般ユーザーのユーザー名が長すぎて依頼書の欄に収まりません。24文字程度までにしてください',
      },
    ],
  ] as [Partial<DateAndProceduresInput>, Record<string, string>][])('%j', (patch, expected) => {
    expect(check(patch)).toEqual(expected);
  });

  test.each([
    [{ procedures: ['contractNumberInquiry'], revocationTargets: [] }],
    [{ procedures: ['lockoutRelease'], revocationTargets: [] }],
    [{ procedures: ['masterUserDeletion'], deletionReasons: ['wrongPassword'] }],
    [{ procedures: ['masterUserDeletion'], deletionReasons: ['forgotten'] }],
    [
      {
        procedures: ['masterUserDeletion', 'certificateRevocation'],
        deletionReasons: ['other'],
        deletionReasonOther: '担当者の交代',
      },
    ],
    [{ revocationTargets: ['masterUser', 'generalUser'], generalUserName: 'user01' }],
  ] as [Partial<DateAndProceduresInput>][])('valid: %j', (patch) => {
    expect(check(patch)).toBe(null);
  });

  test('answers to procedures not chosen are kept but not checked', () => {
    const out = page.parse({
      ...PROCEDURES_PAGE,
      deletionReasons: ['other'],
      deletionReasonOther: '😀',
      generalUserName: '😀',
    });
    expect(out.deletionReasons).toEqual(['other']);
    expect(out.deletionReasonOther).toBe('😀');
  });

  test('choices are returned once each, in the form order', () => {
    const out = page.parse({
      ...PROCEDURES_PAGE,
      procedures: ['certificateRevocation', 'contractNumberInquiry', 'certificateRevocation'],
      revocationTargets: ['generalUser', 'masterUser'],
      generalUserName: ' ﾕｰｻﾞｰ ',
    });
    expect(out.procedures).toEqual(['contractNumberInquiry', 'certificateRevocation']);
    expect(out.revocationTargets).toEqual(['masterUser', 'generalUser']);
    expect(out.generalUserName).toBe('ユーザー');
  });

  test('all problems on the page are reported at once', () => {
    expect(
      Object.keys(
        check({ requestYear: '', requestMonth: '', requestDay: '', revocationTargets: [] })!,
      ),
    ).toEqual(['requestYear', 'revocationTargets']);
  });
});

describe('page: organisation', () => {
  const check = (patch: Partial<typeof ORGANISATION>) =>
    problems(rules.organisation, { ...ORGANISATION, ...patch });

  test('the guide example passes', () => {
    expect(check({})).toBe(null);
  });

  test.each([
    ['', '郵便番号を入力してください'],
    ['  ', '郵便番号を入力してください'],
    ['123-456', '郵便番号は7桁の数字で入力してください（例：999-9999）'],
    ['12345678', '郵便番号は7桁の数字で入力してください（例：999-9999）'],
    ['abc-defg', '郵便番号は数字で入力してください（例：999-9999）'],
    ['100-000l', '郵便番号は数字で入力してください（例：999-9999）'],
    ['9'.repeat(10_000), '郵便番号は7桁の数字で入力してください（例：999-9999）'],
    ['😀', '郵便番号は数字で入力してください（例：999-9999）'],
  ])('postalCode %j', (postalCode, message) => {
    expect(check({ postalCode })).toEqual({ postalCode: message });
  });

  test.each([...DASHES.map((d) => `999${d}9999`), '９９９９９９９', '〒999-9999', '999 9999'])(
    'postalCode %j is accepted and normalised',
    (postalCode) => {
      expect(rules.organisation.parse({ ...ORGANISATION, postalCode }).postalCode).toBe('999-9999');
    },
  );

  const LABELS = {
    address: 'ご住所',
    organisationName: '団体名',
    representativeTitle: '代表者名の肩書',
    representativeName: '代表者名の氏名',
  } as const;
  const LIMITS = {
    address: 40,
    organisationName: 30,
    representativeTitle: 15,
    representativeName: 15,
  };

  describe.each(Object.entries(LABELS) as [keyof typeof LABELS, string][])('%s', (field, label) => {
    test.each(['', ' ', '\u3000', '\n\t', '\u200B'])('empty %j', (value) => {
      expect(check({ [field]: value })).toEqual({ [field]: `${label}を入力してください` });
    });

    test('emoji', () => {
      expect(check({ [field]: 'あ😀い🎉' })).toEqual({
        [field]: `${label}に印刷できない文字「😀」「🎉」が含まれています。別の文字に置き換えてください`,
      });
    });

    test('private use character is named by code', () => {
      expect(check({ [field]: 'あ\uE000' })).toEqual({
        [field]: `${label}に印刷できない文字「U+E000（見えない文字）」が含まれています。別の文字に置き換えてください`,
      });
    });

    test('too long for the box (stand-in limit)', () => {
      const limit = LIMITS[field];
      expect(check({ [field]: 'あ'.repeat(limit) })).toBe(null);
      expect(check({ [field]: 'あ'.repeat(limit + 1) })).toEqual({
        [field]: `${label}が長すぎて依頼書の欄に収まりません。${limit}文字程度までにしてください`,
      });
    });

    test('10,000 characters', () => {
      expect(check({ [field]: 'あ'.repeat(10_000) })![field]).toMatch(
        /が長すぎて依頼書の欄に収まりません/,
      );
    });

    test.each([
      ['𠮷', '𠮷'],
      ['髙', '髙'],
      ['﨑', '山﨑'],
      ['<script>', '<script>'],
      ['control and zero-width', 'あ\u0000い\u200Bう'],
      ['line break', '中央\r\n労組'],
      ['half-width katakana', 'ﾛｳｷﾝ'],
    ])('%s', (_name, value) => {
      expect(check({ [field]: value })).toBe(null);
    });
  });

  test('names survive exactly, and pasted text is cleaned', () => {
    const out = rules.organisation.parse({
      ...ORGANISATION,
      organisationName: ' 𠮷野\u200B労働組合\n',
      representativeName: '髙橋\u3000﨑子',
      representativeTitle: 'ｲｲﾝﾁｮｳ',
      address: '東京都\r\n千代田区\u0000 神田駿河台9-99-9',
    });
    expect(out).toEqual({
      postalCode: '999-9999',
      organisationName: '𠮷野労働組合',
      representativeName: '髙橋\u3000﨑子',
      representativeTitle: 'イインチョウ',
      address: '東京都 千代田区 神田駿河台9-99-9',
    });
  });

  test('<script> is kept as text', () => {
    expect(
      rules.organisation.parse({ ...ORGANISATION, organisationName: '<script>' }).organisationName,
    ).toBe('<script>');
  });
});

describe('page: contact', () => {
  const check = (patch: Partial<typeof CONTACT>) =>
    problems(rules.contact, { ...CONTACT, ...patch });

  test('the guide example passes', () => {
    expect(check({})).toBe(null);
  });

  describe.each([
    ['phone', '電話番号', '090-9999-9999'],
    ['fax', 'FAX番号', '03-9999-9999'],
  ] as const)('%s', (field, label, example) => {
    test.each([
      ['', `${label}を入力してください`],
      [' \u3000 ', `${label}を入力してください`],
      ['---', `${label}を入力してください`],
      [
        '03-9999-999',
        `${label}は市外局番から10桁または11桁の数字で入力してください（入力された数字は9桁です）`,
      ],
      [
        '090-9999-99999',
        `${label}は市外局番から10桁または11桁の数字で入力してください（入力された数字は12桁です）`,
      ],
      ['9099999999', `${label}は市外局番の「0」から入力してください（例：${example}）`],
      [
        '03-9999-999O',
        `${label}に数字ではない文字「O」があります。数字で入力してください（例：${example}）`,
      ],
      [
        'abc',
        `${label}に数字ではない文字「a」「b」「c」があります。数字で入力してください（例：${example}）`,
      ],
      [
        '03-9999-9999 内線12',
        `${label}に数字ではない文字「内」「線」があります。数字で入力してください（例：${example}）`,
      ],
      [
        '+1-212-555-1234',
        `${label}は日本国内の番号で入力してください（「+81」以外の国番号は使えません。例：${example}）`,
      ],
      [
        '😀',
        `${label}に数字ではない文字「😀」があります。数字で入力してください（例：${example}）`,
      ],
      ['0'.repeat(10_000), `${label}は市外局番から10桁または11桁の数字で入力してください`],
    ])('%j', (value, message) => {
      expect(check({ [field]: value })).toEqual({ [field]: message });
    });

    // Issue 13: what is saved is the national format (0399999999 was kept as typed before, and
    // 0120 numbers are grouped 0120-XXX-XXX), and +81 is accepted (it was refused).
    test.each([
      ['03-9999-9999', '03-9999-9999'],
      ['0399999999', '03-9999-9999'],
      ['０３－９９９９－９９９９', '03-9999-9999'],
      ['03(9999)9999', '03-9999-9999'],
      ['0120-54-6091', '0120-546-091'],
      ['+81-3-9999-9999', '03-9999-9999'],
      ...DASHES.map((d) => [`03${d}9999${d}9999`, '03-9999-9999']),
    ])('%j is accepted as %j', (value, normalised) => {
      expect(rules.contact.parse({ ...CONTACT, [field]: value })[field]).toBe(normalised);
    });
  });

  // A mobile number is a phone number, not a FAX number (issue 13: it was accepted as FAX).
  test('090 9999 9999 is accepted as the phone number 090-9999-9999', () => {
    expect(rules.contact.parse({ ...CONTACT, phone: '090 9999 9999' }).phone).toBe('090-9999-9999');
  });

  test.each(['', '  ', '\n'])('contactPerson empty %j', (contactPerson) => {
    expect(check({ contactPerson })).toEqual({ contactPerson: 'ご担当者を入力してください' });
  });

  test('contactPerson with emoji', () => {
    expect(check({ contactPerson: '中央👍' })).toEqual({
      contactPerson:
        'ご担当者に印刷できない文字「👍」が含まれています。別の文字に置き換えてください',
    });
  });

  test('contactPerson keeps ー as a long vowel', () => {
    expect(rules.contact.parse({ ...CONTACT, contactPerson: 'ﾛｰｷﾝ' }).contactPerson).toBe(
      'ローキン',
    );
  });
});

describe('page: contractNumber', () => {
  const required = rules.contractNumber(['certificateRevocation']);
  const optional = rules.contractNumber(['contractNumberInquiry', 'certificateRevocation']);
  const UNKNOWN =
    'ご契約番号を入力してください。ご契約番号がわからない場合は、＜手続依頼区分＞で「ご契約番号照会」を選んでください';

  test.each([
    ['', UNKNOWN],
    ['  ', UNKNOWN],
    ['999999', 'ご契約番号は7桁の数字で入力してください（入力された数字は6桁です）'],
    ['99999999', 'ご契約番号は7桁の数字で入力してください（入力された数字は8桁です）'],
    ['999-999', 'ご契約番号は7桁の数字で入力してください（入力された数字は6桁です）'],
    ['999999A', 'ご契約番号に数字ではない文字「A」があります。7桁の数字で入力してください'],
    ['😀', 'ご契約番号に数字ではない文字「😀」があります。7桁の数字で入力してください'],
    ['9'.repeat(10_000), 'ご契約番号は7桁の数字で入力してください'],
  ])('required: %j', (contractNumber, message) => {
    expect(problems(required, { contractNumber })).toEqual({ contractNumber: message });
  });

  test.each(['9999999', '９９９９９９９', '9 9 9 9 9 9 9', ...DASHES.map((d) => `999${d}9999`)])(
    'accepted: %j',
    (contractNumber) => {
      expect(required.parse({ contractNumber })).toEqual({ contractNumber: '9999999' });
    },
  );

  test('with ご契約番号照会 it may be left empty', () => {
    expect(optional.parse({ contractNumber: ' ' })).toEqual({ contractNumber: '' });
    expect(optional.parse({ contractNumber: '9999999' })).toEqual({ contractNumber: '9999999' });
  });

  test('with ご契約番号照会 a partial number still gets a message, and how to leave it out', () => {
    expect(problems(optional, { contractNumber: '999999' })).toEqual({
      contractNumber:
        'ご契約番号は7桁の数字で入力してください（入力された数字は6桁です）。わからない場合は空欄のままにしてください',
    });
  });
});

describe('every text field', () => {
  test.each(TEXT_FIELDS)(
    '%s: 10,000 characters are refused before the fonts are asked',
    (field) => {
      const asked: string[] = [];
      const spy: Printability = {
        unsupportedCharacters: (text) => {
          asked.push(text);
          return [];
        },
        fits: (f, text) => {
          asked.push(text);
          return standInPrintability.fits(f, text);
        },
      };
      const draft = { ...exampleDraft, [field]: 'あ'.repeat(10_000) };
      const found = createRules(spy).missingForPdf({
        ...draft,
        procedures: ['masterUserDeletion', 'certificateRevocation'],
        deletionReasons: ['other'],
        deletionReasonOther: field === 'deletionReasonOther' ? draft.deletionReasonOther : 'その他',
        revocationTargets: ['generalUser'],
        generalUserName: field === 'generalUserName' ? draft.generalUserName : 'user01',
      });
      expect(found.map((p) => p.field)).toEqual([field]);
      expect(asked.every((text) => text.length <= FIELD_MAX_LENGTH)).toBe(true);
      expect(asked.some((text) => text.length === 10_000)).toBe(false);
    },
  );
});

describe('an injected Printability', () => {
  const fake: Printability = {
    unsupportedCharacters: (text) => [...new Set(Array.from(text).filter((ch) => ch === '㈱'))],
    fits: (field: TextField, text) => field !== 'organisationName' || Array.from(text).length <= 7,
  };
  const custom = createRules(fake);

  test('its unsupported characters are named at the field', () => {
    expect(problems(custom.organisation, { ...ORGANISATION, organisationName: '㈱中央' })).toEqual({
      organisationName:
        '団体名に印刷できない文字「㈱」が含まれています。別の文字に置き換えてください',
    });
  });

  test('the length in the message comes from asking fits', () => {
    expect(
      problems(custom.organisation, {
        ...ORGANISATION,
        organisationName: '中央労働組合連合会本部',
      }),
    ).toEqual({
      organisationName: '団体名が長すぎて依頼書の欄に収まりません。7文字程度までにしてください',
    });
  });

  test('missingForPdf and toRequest accept it', () => {
    const draft = { ...exampleDraft, organisationName: '㈱中央' };
    expect(missingForPdf(draft, fake).map((p) => p.field)).toEqual(['organisationName']);
    expect(toRequest(draft, fake)).toBe(null);
    expect(toRequest(draft)).not.toBe(null);
  });
});

describe('whole request', () => {
  test('the guide example is complete and unchanged', () => {
    expect(missingForPdf(exampleDraft)).toEqual([]);
    expect(toRequest(exampleDraft)).toEqual(REQUEST_EXAMPLE);
  });

  test('an empty draft lists every missing field with its page, in form order', () => {
    expect(missingForPdf(emptyRequestDraft())).toEqual([
      { field: 'requestDate', page: 'dateAndProcedures', message: '依頼日を入力してください' },
      {
        field: 'revocationTargets',
        page: 'dateAndProcedures',
        message: '電子証明書を失効するユーザーを選んでください',
      },
      { field: 'postalCode', page: 'organisation', message: '郵便番号を入力してください' },
      { field: 'address', page: 'organisation', message: 'ご住所を入力してください' },
      { field: 'organisationName', page: 'organisation', message: '団体名を入力してください' },
      {
        field: 'representativeTitle',
        page: 'organisation',
        message: '代表者名の肩書を入力してください',
      },
      {
        field: 'representativeName',
        page: 'organisation',
        message: '代表者名の氏名を入力してください',
      },
      { field: 'phone', page: 'contact', message: '電話番号を入力してください' },
      { field: 'fax', page: 'contact', message: 'FAX番号を入力してください' },
      { field: 'contactPerson', page: 'contact', message: 'ご担当者を入力してください' },
      {
        field: 'contractNumber',
        page: 'contractNumber',
        message:
          'ご契約番号を入力してください。ご契約番号がわからない場合は、＜手続依頼区分＞で「ご契約番号照会」を選んでください',
      },
    ]);
  });

  test('an invalid stored date is reported at requestDate', () => {
    expect(missingForPdf({ ...exampleDraft, requestDate: '2026-02-30' })).toEqual([
      {
        field: 'requestDate',
        page: 'dateAndProcedures',
        message: '依頼日の日は1から28の数字で入力してください（2026年2月は28日までです）',
      },
    ]);
  });

  test('ご契約番号照会 makes the contract number optional', () => {
    const draft = {
      ...exampleDraft,
      procedures: ['contractNumberInquiry', 'certificateRevocation'] as RequestDraft['procedures'],
      contractNumber: '',
    };
    expect(missingForPdf(draft)).toEqual([]);
    expect(toRequest(draft)?.contractNumber).toBe('');
  });

  test('toRequest normalises and drops answers that do not apply', () => {
    const request = toRequest({
      ...exampleDraft,
      postalCode: '９９９９９９９',
      phone: '０９０ー９９９９ー９９９９',
      contractNumber: '999-9999',
      organisationName: ' 中央労働組合\n',
      procedures: ['certificateRevocation', 'lockoutRelease'],
      deletionReasons: ['other'],
      deletionReasonOther: '残っていた答え',
      revocationTargets: ['masterUser'],
      generalUserName: '残っていた名前',
    });
    expect(request).toEqual({
      ...REQUEST_EXAMPLE,
      procedures: ['lockoutRelease', 'certificateRevocation'],
    });
    expect(RequestSchema.safeParse(request).success).toBe(true);
  });

  test('toRequest keeps the general user name when that user is ticked', () => {
    const request = toRequest({
      ...exampleDraft,
      revocationTargets: ['generalUser'],
      generalUserName: 'ｙａｍａｄａ01',
    });
    // Issue 13: full-width ASCII in a user name becomes half-width (it was kept full-width).
    expect(request?.generalUserName).toBe('yamada01');
  });

  test('one problem per field, even when several rules fail', () => {
    const found = missingForPdf({ ...exampleDraft, organisationName: '😀'.repeat(50) });
    expect(found).toHaveLength(1);
    expect(found[0]!.field).toBe('organisationName');
  });
});
