import { describe, expect, test } from 'vitest';
import {
  CHOICES,
  FIELDS,
  FIELD_NAMES,
  PAGES,
  applies,
  detailsOf,
  fieldsOn,
  isRequired,
  spec,
  type FieldName,
  type Ticks,
} from '../../../src/domain/request/fields';
import { summaryRows } from '../../../src/domain/request/summary';
import { RequestDraftSchema, emptyRequestDraft } from '../../../src/domain/request/schema';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';

const ticks = (over: Partial<Ticks>): Ticks => ({
  procedures: [],
  deletionReasons: [],
  revocationTargets: [],
  ...over,
});

describe('the field registry', () => {
  test('every field is on one of the pages, and the pages list every field once', () => {
    expect(PAGES.flatMap((page) => fieldsOn(page)).sort()).toEqual([...FIELD_NAMES].sort());
  });

  test('input ids are unique', () => {
    const ids = FIELD_NAMES.map((name) => FIELDS[name].inputId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('conditions name a real option of a real choice, on the same or an earlier page', () => {
    for (const name of FIELD_NAMES) {
      const field = spec(name);
      const conditions = [field.shownWhen, field.type === 'text' ? field.optionalWhen : undefined];
      for (const when of conditions) {
        if (!when) continue;
        expect(CHOICES[when.field] as readonly string[]).toContain(when.option);
        expect(PAGES.indexOf(spec(when.field).page)).toBeLessThanOrEqual(PAGES.indexOf(field.page));
      }
    }
  });

  test('the draft schema has exactly the registry fields', () => {
    expect(Object.keys(RequestDraftSchema.shape).sort()).toEqual([...FIELD_NAMES].sort());
    expect(Object.keys(emptyRequestDraft()).sort()).toEqual([...FIELD_NAMES].sort());
  });

  test('details of each option', () => {
    expect(detailsOf('procedures', 'masterUserDeletion')).toEqual(['deletionReasons']);
    expect(detailsOf('procedures', 'certificateRevocation')).toEqual(['revocationTargets']);
    expect(detailsOf('procedures', 'lockoutRelease')).toEqual([]);
    expect(detailsOf('deletionReasons', 'other')).toEqual(['deletionReasonOther']);
    expect(detailsOf('revocationTargets', 'generalUser')).toEqual(['generalUserName']);
  });

  // [field, ticked, applies, required]
  const cases: [FieldName, Partial<Ticks>, boolean, boolean][] = [
    ['address', {}, true, true],
    ['contractNumber', { procedures: ['certificateRevocation'] }, true, true],
    ['contractNumber', { procedures: ['contractNumberInquiry'] }, true, false],
    ['deletionReasons', { procedures: ['certificateRevocation'] }, false, false],
    ['deletionReasons', { procedures: ['masterUserDeletion'] }, true, true],
    // A detail of an option that is ticked but whose own choice does not apply.
    ['deletionReasonOther', { deletionReasons: ['other'] }, false, false],
    [
      'deletionReasonOther',
      { procedures: ['masterUserDeletion'], deletionReasons: ['other'] },
      true,
      true,
    ],
    ['generalUserName', { procedures: ['certificateRevocation'] }, false, false],
    [
      'generalUserName',
      { procedures: ['certificateRevocation'], revocationTargets: ['generalUser'] },
      true,
      true,
    ],
  ];
  test.each(cases)('%s with %o: applies %s, required %s', (name, over, applied, required) => {
    expect(applies(name, ticks(over))).toBe(applied);
    expect(isRequired(name, ticks(over))).toBe(required);
  });
});

describe('the check page rows', () => {
  test('the 記入例, row by row', () => {
    expect(summaryRows(REQUEST_EXAMPLE).map((row) => [row.key, row.value])).toEqual([
      ['依頼日', '2026年4月1日'],
      ['＜手続依頼区分＞', '電子証明書の失効'],
      ['電子証明書を失効するユーザー', 'マスターユーザー'],
      ['郵便番号', '〒999-9999'],
      ['ご住所', '東京都千代田区神田駿河台9-99-9'],
      ['団体名', '中央労働組合'],
      ['代表者名', '執行委員長　労金 花子'],
      ['電話番号', '090-9999-9999'],
      ['FAX番号', '03-9999-9999'],
      ['ご担当者', '中央'],
      ['ご契約番号', '9999999'],
    ]);
  });

  test('details are shown inside their option, and rows link to their page and field', () => {
    const rows = summaryRows({
      ...REQUEST_EXAMPLE,
      procedures: ['masterUserDeletion', 'certificateRevocation'],
      deletionReasons: ['forgotten', 'other'],
      deletionReasonOther: '担当者の異動',
      revocationTargets: ['masterUser', 'generalUser'],
      generalUserName: 'rokin01',
      representativeTitle: '',
    });
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(byKey.get('手続依頼事由')?.value).toBe('パスワード失念\nその他（担当者の異動）');
    expect(byKey.get('電子証明書を失効するユーザー')?.value).toBe(
      'マスターユーザー\n一般ユーザー（ユーザー名：rokin01）',
    );
    expect(byKey.get('代表者名')).toMatchObject({
      value: '労金 花子',
      page: 'organisation',
      field: 'representativeTitle',
    });
    expect(byKey.get('手続依頼事由')).toMatchObject({
      page: 'dateAndProcedures',
      field: 'deletionReasons',
    });
  });

  test('an empty draft lists every row with an empty value (shown as 未入力)', () => {
    const rows = summaryRows({ ...emptyRequestDraft(), procedures: [] });
    expect(rows.map((row) => row.key)).toEqual([
      '依頼日',
      '＜手続依頼区分＞',
      '郵便番号',
      'ご住所',
      '団体名',
      '代表者名',
      '電話番号',
      'FAX番号',
      'ご担当者',
      'ご契約番号',
    ]);
    expect(rows.every((row) => row.value === '')).toBe(true);
  });
});
