import { describe, expect, test } from 'vitest';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { validateDraft } from '../../../src/domain/request/rules';
import type { RequestDraft } from '../../../src/domain/request/schema';
import { summaryRows } from '../../../src/domain/request/summary';

/** The check page's rows for a saved draft, as the check page builds them. */
function checkRows(changes: Partial<RequestDraft>) {
  const { values } = validateDraft({ ...REQUEST_EXAMPLE, ...changes });
  return new Map(summaryRows(values).map((row) => [row.key, row]));
}

describe('the check page shows the normalised values, not what was typed', () => {
  // Issue 13: a page left with the browser's Back button keeps its raw values in the draft.
  test.each<[string, Partial<RequestDraft>, string, string]>([
    ['a right-to-left override', { contactPerson: '\u202E中央' }, 'ご担当者', '中央'],
    ['half-width kana', { contactPerson: 'ﾁｭｳｵｳ' }, 'ご担当者', 'チュウオウ'],
    ['a Kangxi radical', { representativeName: '⽥中 花子' }, '代表者名', '執行委員長　田中 花子'],
    [
      'a pasted line break',
      { address: '東京都千代田区\n神田駿河台9-99-9' },
      'ご住所',
      '東京都千代田区 神田駿河台9-99-9',
    ],
    ['full-width digits', { postalCode: '９９９９９９９' }, '郵便番号', '〒999-9999'],
    ['a phone number by any writing', { phone: '+81 90 9999 9999' }, '電話番号', '090-9999-9999'],
    ['a contract number with a hyphen', { contractNumber: '999-9999' }, 'ご契約番号', '9999999'],
    [
      'a user name typed full-width',
      { revocationTargets: ['generalUser'], generalUserName: 'ｒｏｋｉｎ０１' },
      '電子証明書を失効するユーザー',
      '一般ユーザー（ユーザー名：rokin01）',
    ],
    [
      'ticks in any order',
      { procedures: ['certificateRevocation', 'lockoutRelease'] },
      '＜手続依頼区分＞',
      '初期パスワードの閉塞（ロックアウト）解除\n電子証明書の失効',
    ],
  ])('%s', (_name, changes, key, shown) => {
    expect(checkRows(changes).get(key)?.value).toBe(shown);
  });

  test('an invalid value is still shown normalised, beside its problem', () => {
    const validated = validateDraft({ ...REQUEST_EXAMPLE, postalCode: '\u202E１２-３４' });
    expect(validated.request).toBe(null);
    expect(validated.problems.map((p) => p.field)).toEqual(['postalCode']);
    const row = summaryRows(validated.values).find((r) => r.field === 'postalCode');
    expect(row?.value).toBe('〒12-34');
  });

  test('answers to options not chosen are neither shown nor printed', () => {
    const rows = checkRows({ deletionReasons: ['other'], deletionReasonOther: '残っていた答え' });
    expect([...rows.keys()]).not.toContain('手続依頼事由');
    expect([...rows.values()].some((row) => row.value.includes('残っていた答え'))).toBe(false);
  });
});

describe('a field left blank on purpose says why', () => {
  test.each<[string, Partial<RequestDraft>, string | undefined]>([
    [
      'ご契約番号照会 chosen, no contract number',
      { procedures: ['contractNumberInquiry', 'certificateRevocation'], contractNumber: '' },
      'ご契約番号照会を依頼するため空欄',
    ],
    // Left blank where it is required: a mistake, shown as 未入力 by the page.
    ['not chosen, no contract number', { contractNumber: '' }, undefined],
    // Typed anyway: the value is shown (and printed).
    [
      'ご契約番号照会 chosen, a contract number typed',
      { procedures: ['contractNumberInquiry'], contractNumber: '9999999' },
      undefined,
    ],
  ])('%s', (_name, changes, blank) => {
    expect(checkRows(changes).get('ご契約番号')?.blank).toBe(blank);
  });

  test('only an empty value has a reason', () => {
    for (const row of summaryRows(REQUEST_EXAMPLE)) expect(row.blank).toBeUndefined();
  });
});

describe('each row names the printed values it shows', () => {
  test('the 記入例', () => {
    const parts = summaryRows(REQUEST_EXAMPLE).map((row) => [
      row.key,
      row.parts.map((part) => [part.field, part.value]),
    ]);
    expect(parts).toEqual([
      ['依頼日', []],
      ['＜手続依頼区分＞', []],
      ['電子証明書を失効するユーザー', []],
      ['郵便番号', [['postalCode', '999-9999']]],
      ['ご住所', [['address', '東京都千代田区神田駿河台9-99-9']]],
      ['団体名', [['organisationName', '中央労働組合']]],
      [
        '代表者名',
        [
          ['representativeTitle', '執行委員長'],
          ['representativeName', '労金 花子'],
        ],
      ],
      ['電話番号', [['phone', '090-9999-9999']]],
      ['FAX番号', [['fax', '03-9999-9999']]],
      ['ご担当者', [['contactPerson', '中央']]],
      ['ご契約番号', [['contractNumber', '9999999']]],
    ]);
  });

  test('a detail is a part of its choice row', () => {
    const rows = checkRows({
      procedures: ['masterUserDeletion'],
      deletionReasons: ['other'],
      deletionReasonOther: '担当者の異動',
    });
    expect(rows.get('手続依頼事由')?.parts).toEqual([
      { field: 'deletionReasonOther', value: '担当者の異動' },
    ]);
  });
});
