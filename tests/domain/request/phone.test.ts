import fc from 'fast-check';
import { parsePhoneNumber as parseWithFullMetadata } from 'libphonenumber-js/max';
import { describe, expect, test } from 'vitest';
import { japanMetadataJson } from '../../../scripts/build-phone-metadata';
import phoneMetadata from '../../../src/domain/request/phone-metadata.jp.json';
import { standInPrintability } from '../../../src/domain/request/printability-standin';
import { createRules } from '../../../src/domain/request/rules';

const rules = createRules(standInPrintability);
const CONTACT = { phone: '090-9999-9999', fax: '03-9999-9999', contactPerson: '中央' };
type Use = 'phone' | 'fax';
const LABEL: Record<Use, string> = { phone: '電話番号', fax: 'FAX番号' };
const EXAMPLE: Record<Use, string> = { phone: '090-9999-9999', fax: '03-9999-9999' };

/** The saved value when `value` is accepted for `use`, or the message when it is refused. */
function outcome(use: Use, value: string): { saved: string } | { message: string } {
  const result = rules.contact.safeParse({ ...CONTACT, [use]: value });
  if (result.success) return { saved: result.data[use] };
  const issues = result.error.issues.filter((i) => i.path[0] === use);
  return { message: issues.map((i) => i.message).join(' / ') };
}

// Messages, by field. `${label}` is the field's label, `${example}` the guide's example for it.
const m = {
  mobile: (u: Use) =>
    `${LABEL[u]}に携帯電話の番号は使えません。FAXを受信できる固定電話などの番号を入力してください（例：${EXAMPLE[u]}）`,
  personal: (u: Use) =>
    `${LABEL[u]}に「060」から始まる10桁の番号（転送用の番号）は使えません。FAXを受信できる固定電話などの番号を入力してください（例：${EXAMPLE[u]}）`,
  pager: (u: Use) =>
    `${LABEL[u]}にポケットベルの番号（020）は使えません。${u === 'fax' ? 'FAXを受信できる固定電話などの番号' : '日中にご連絡のつく電話番号'}を入力してください（例：${EXAMPLE[u]}）`,
  premium: (u: Use) =>
    `${LABEL[u]}に情報料のかかる番号（0990）は使えません。${u === 'fax' ? 'FAXを受信できる固定電話などの番号' : '日中にご連絡のつく電話番号'}を入力してください（例：${EXAMPLE[u]}）`,
  length: (u: Use, what: string, length: number, n: number) =>
    `${LABEL[u]}は、${what}なら${length}桁です（入力された数字は${n}桁です）`,
  digits: (u: Use, n: number) =>
    `${LABEL[u]}は市外局番から10桁または11桁の数字で入力してください（入力された数字は${n}桁です）`,
  noSuch: (u: Use, value: string) =>
    `${LABEL[u]}の「${value}」は、日本の電話番号にはない番号です。番号をお確かめください（例：${EXAMPLE[u]}）`,
  prefix00: (u: Use) =>
    `${LABEL[u]}の「00」から始まる番号は、日本国内の電話番号として使われていません。市外局番から入力してください（例：${EXAMPLE[u]}）`,
  prefix010: (u: Use) =>
    `${LABEL[u]}の「010」は国際電話をかけるときの番号です。日本国内の番号を市外局番から入力してください（例：${EXAMPLE[u]}）`,
  noZero: (u: Use) => `${LABEL[u]}は市外局番の「0」から入力してください（例：${EXAMPLE[u]}）`,
  foreign: (u: Use) =>
    `${LABEL[u]}は日本国内の番号で入力してください（「+81」以外の国番号は使えません。例：${EXAMPLE[u]}）`,
  notDigits: (u: Use, quoted: string) =>
    `${LABEL[u]}に数字ではない文字${quoted}があります。数字で入力してください（例：${EXAMPLE[u]}）`,
};

type Expected = string | ((use: Use) => string);
const ok = (saved: string) => saved;

/**
 * [kind, typed, phone's outcome, FAX's outcome]: a string is the saved national format, a
 * function gives the message. Every number here was checked against libphonenumber-js's own
 * isValid/getType by the cross-check below.
 */
const TABLE: [string, string, Expected, Expected][] = [
  // Fixed lines, area codes of 2 to 5 digits.
  ['fixed, 2-digit area code', '03-3295-1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['fixed, 2-digit area code', '0662345678', ok('06-6234-5678'), ok('06-6234-5678')],
  ['fixed, 3-digit area code', '045-123-4567', ok('045-123-4567'), ok('045-123-4567')],
  ['fixed, 3-digit area code', '0992123456', ok('099-212-3456'), ok('099-212-3456')],
  ['fixed, 4-digit area code', '0467-12-3456', ok('0467-12-3456'), ok('0467-12-3456')],
  ['fixed, 4-digit area code', '0467123456', ok('0467-12-3456'), ok('0467-12-3456')],
  ['fixed, 4-digit area code', '0123-45-6789', ok('0123-45-6789'), ok('0123-45-6789')],
  ['fixed, 5-digit area code', '01267-2-3456', ok('01267-2-3456'), ok('01267-2-3456')],
  ['fixed, 5-digit area code', '0499221234', ok('04992-2-1234'), ok('04992-2-1234')],
  // Mobiles: a phone, never a FAX.
  ['mobile 090', '090-1234-5678', ok('090-1234-5678'), m.mobile],
  ['mobile 080', '08012345678', ok('080-1234-5678'), m.mobile],
  ['mobile 070', '070 1234 5678', ok('070-1234-5678'), m.mobile],
  ['mobile 060', '060-1234-5678', ok('060-1234-5678'), m.mobile],
  ['personal number 060 (10 digits)', '0601234567', ok('060-123-4567'), m.personal],
  // IP phone, toll-free and navigation dial: accepted for both.
  ['IP phone 050', '050-1234-5678', ok('050-1234-5678'), ok('050-1234-5678')],
  ['toll-free 0120', '0120-123-456', ok('0120-123-456'), ok('0120-123-456')],
  ['toll-free 0120', '0120-54-6091', ok('0120-546-091'), ok('0120-546-091')],
  ['toll-free 0800', '0800-123-4567', ok('0800-123-4567'), ok('0800-123-4567')],
  [
    'toll-free 0066 (no grouping of its own)',
    '0066-33-123456',
    ok('0066-33-123456'),
    ok('0066-33-123456'),
  ],
  ['navi dial 0570', '0570-123-456', ok('0570-123-456'), ok('0570-123-456')],
  // Numbers nobody can be reached on.
  ['pager 020', '020-1234-5678', m.pager, m.pager],
  ['premium 0990', '0990-123-456', m.premium, m.premium],
  // Wrong lengths for the prefix.
  [
    'fixed, 11 digits',
    '03-1234-56789',
    (u) => m.length(u, '市外局番から始まる固定電話の番号', 10, 11),
    (u) => m.length(u, '市外局番から始まる固定電話の番号', 10, 11),
  ],
  [
    'mobile, 10 digits',
    '090-1234-567',
    (u) => m.length(u, '携帯電話の番号（070・080・090）', 11, 10),
    (u) => m.length(u, '携帯電話の番号（070・080・090）', 11, 10),
  ],
  [
    '050, 10 digits',
    '050-123-4567',
    (u) => m.length(u, 'IP電話の番号（050）', 11, 10),
    (u) => m.length(u, 'IP電話の番号（050）', 11, 10),
  ],
  [
    '0120, 11 digits',
    '0120-1234-567',
    (u) => m.length(u, '「0120」から始まる番号', 10, 11),
    (u) => m.length(u, '「0120」から始まる番号', 10, 11),
  ],
  [
    '0800, 10 digits',
    '0800-123-456',
    (u) => m.length(u, '「0800」から始まる番号', 11, 10),
    (u) => m.length(u, '「0800」から始まる番号', 11, 10),
  ],
  [
    '0570, 11 digits',
    '0570-1234-567',
    (u) => m.length(u, '「0570」から始まる番号', 10, 11),
    (u) => m.length(u, '「0570」から始まる番号', 10, 11),
  ],
  [
    '020, 10 digits',
    '020-123-4567',
    (u) => m.length(u, '「020」から始まる番号', 11, 10),
    (u) => m.length(u, '「020」から始まる番号', 11, 10),
  ],
  ['9 digits', '03-1234-567', (u) => m.digits(u, 9), (u) => m.digits(u, 9)],
  ['12 digits', '090-1234-56789', (u) => m.digits(u, 12), (u) => m.digits(u, 12)],
  ['one digit', '0', (u) => m.digits(u, 1), (u) => m.digits(u, 1)],
  // Invalid prefixes and numbers that cannot exist.
  ['prefix 00', '0012-345-678', m.prefix00, m.prefix00],
  ['all zeros', '0000000000', m.prefix00, m.prefix00],
  ['prefix 010 (international)', '010-1234-5678', m.prefix010, m.prefix010],
  [
    'local part starts with 0',
    '03-0123-4567',
    (u) => m.noSuch(u, '03-0123-4567'),
    (u) => m.noSuch(u, '03-0123-4567'),
  ],
  [
    'unused prefix 0180',
    '0180-12-3456',
    (u) => m.noSuch(u, '0180-12-3456'),
    (u) => m.noSuch(u, '0180-12-3456'),
  ],
  ['no trunk prefix', '3-3295-1234', m.noZero, m.noZero],
  ['random 10 digits without 0', '1234567890', m.noZero, m.noZero],
  // Every way of writing a number.
  ['+81', '+81-3-3295-1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['+81 with (0)', '+81 (0)3-3295-1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['+81 mobile', '+81 90 1234 5678', ok('090-1234-5678'), m.mobile],
  ['full-width +81', '＋８１ ３ ３２９５ １２３４', ok('03-3295-1234'), ok('03-3295-1234')],
  ['another country', '+1 212 555 1234', m.foreign, m.foreign],
  ['dots', '03.3295.1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['full-width dots', '０３．３２９５．１２３４', ok('03-3295-1234'), ok('03-3295-1234')],
  ['middle dots', '03・3295・1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['spaces', '03 3295 1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['ideographic spaces', '03\u30003295\u30001234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['brackets', '(03)3295-1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['full-width brackets', '０３（３２９５）１２３４', ok('03-3295-1234'), ok('03-3295-1234')],
  [
    'full-width digits and dashes',
    '０３－３２９５－１２３４',
    ok('03-3295-1234'),
    ok('03-3295-1234'),
  ],
  ['katakana long vowel as dash', '03ー3295ー1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['half-width long vowel as dash', '03ｰ3295ｰ1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['minus sign', '03−3295−1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['em dash', '03—3295—1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['grouping moved', '0332-95-1234', ok('03-3295-1234'), ok('03-3295-1234')],
  ['surrounding spaces', '  0467-12-3456 ', ok('0467-12-3456'), ok('0467-12-3456')],
  [
    'extension',
    '03-3295-1234 内線12',
    (u) => m.notDigits(u, '「内」「線」'),
    (u) => m.notDigits(u, '「内」「線」'),
  ],
  [
    'letter O for 0',
    'O3-3295-1234',
    (u) => m.notDigits(u, '「O」'),
    (u) => m.notDigits(u, '「O」'),
  ],
  ['a lone +', '+', (u) => m.notDigits(u, '「+」'), (u) => m.notDigits(u, '「+」')],
];

describe('phone and FAX numbers of every kind', () => {
  test.each(TABLE)('%s: %j', (_kind, typed, phone, fax) => {
    for (const [use, expected] of [
      ['phone', phone],
      ['fax', fax],
    ] as const) {
      expect(outcome(use, typed)).toEqual(
        typeof expected === 'string' ? { saved: expected } : { message: expected(use) },
      );
    }
  });

  test('a saved number reads back the same', () => {
    for (const [, typed] of TABLE) {
      for (const use of ['phone', 'fax'] as const) {
        const first = outcome(use, typed);
        if ('saved' in first) expect(outcome(use, first.saved)).toEqual(first);
      }
    }
  });
});

// What the form should decide, by libphonenumber-js itself with its complete metadata (all
// countries): accepted when the number is a valid Japanese number of a type the field takes.
// The types are restated from docs/decisions/0009-phone-numbers.md rather than imported, so a
// change to the form's sets has to change this specification too.
const PHONE_TYPES = [
  'FIXED_LINE',
  'FIXED_LINE_OR_MOBILE',
  'MOBILE',
  'TOLL_FREE',
  'VOIP',
  'UAN',
  'PERSONAL_NUMBER',
];
const FAX_TYPES = ['FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'VOIP', 'UAN'];

/** libphonenumber-js's national format when it accepts `digits` for `use`, or null. */
function libraryDecision(use: Use, digits: string): string | null {
  let parsed;
  try {
    parsed = parseWithFullMetadata(digits, 'JP');
  } catch {
    return null;
  }
  if (!parsed.isValid() || parsed.countryCallingCode !== '81') return null;
  const type = parsed.getType();
  if (type === undefined || !(use === 'phone' ? PHONE_TYPES : FAX_TYPES).includes(type)) {
    return null;
  }
  return parsed.formatNational();
}

/** The form accepts `typed` exactly when the library accepts `digits`, saving its format. */
function expectLibraryDecision(typed: string, digits: string): void {
  for (const use of ['phone', 'fax'] as const) {
    const national = libraryDecision(use, digits);
    const actual = outcome(use, typed);
    if (national === null) expect(actual).toHaveProperty('message');
    // Without a grouping from the library (0066 …), the person's own is saved.
    else if (!national.includes('-')) expect(actual).toHaveProperty('saved');
    else expect(actual).toEqual({ saved: national });
  }
}

describe('the form decides as libphonenumber-js does', () => {
  // Digit strings from 0 with the prefixes that matter (and random ones), 9 to 13 digits long,
  // mostly 10 or 11 so that many are valid numbers of each type.
  const PREFIXES = [
    '0',
    '03',
    '06',
    '011',
    '045',
    '0467',
    '01267',
    '090',
    '080',
    '070',
    '060',
    '050',
    '020',
    '0120',
    '0800',
    '0570',
    '0990',
    '00',
    '010',
    '0066',
  ];
  const digitStrings = fc
    .tuple(
      fc.constantFrom(...PREFIXES),
      fc.constantFrom(9, 10, 10, 10, 11, 11, 11, 12, 13),
      fc.array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), {
        minLength: 13,
        maxLength: 13,
      }),
    )
    .map(([prefix, length, rest]) => `${prefix}${rest.join('')}`.slice(0, length));

  test('for 1,000 generated numbers, phone and FAX', () => {
    fc.assert(
      fc.property(digitStrings, (digits) => expectLibraryDecision(digits, digits)),
      { numRuns: 1000, seed: 13 },
    );
  });

  test('every number in the table is decided as the library decides', () => {
    for (const [, typed] of TABLE) {
      const digits = typed.replace(/[^\d０-９+＋]/g, '');
      // Only numbers written from 0 with digits: the library reads other spellings differently.
      if (!/^0\d+$/.test(digits)) continue;
      expectLibraryDecision(typed, digits);
    }
  });
});

describe("Japan's metadata", () => {
  test('is what scripts/build-phone-metadata.ts makes from the installed libphonenumber-js', async () => {
    expect(JSON.parse(await japanMetadataJson())).toEqual(phoneMetadata);
  });

  test('holds Japan only', () => {
    expect(Object.keys(phoneMetadata.countries)).toEqual(['JP']);
    expect(phoneMetadata.country_calling_codes).toEqual({ '81': ['JP'] });
  });
});
