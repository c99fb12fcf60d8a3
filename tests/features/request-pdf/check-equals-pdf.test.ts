import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { CHOICES, TEXT_FIELDS, applies, type TextField } from '../../../src/domain/request/fields';
import { validateDraft } from '../../../src/domain/request/rules';
import type { RequestDraft } from '../../../src/domain/request/schema';
import { summaryRows } from '../../../src/domain/request/summary';
import { valuesOf } from '../../../src/features/request-pdf/render';

/**
 * Issue 13: the check page shows exactly what the PDF prints. Both come from validateDraft; this
 * checks, for generated drafts, that every value a check page row shows is the string the PDF
 * writes into that field's box, and that nothing else is printed.
 */

const RUNS = 400;

const fullWidthDigits = (s: string) =>
  s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Ways a value arrives when a page was left without 次へ: pasted, typed with an IME, … */
const writings = fc.constantFrom<[string, (s: string) => string]>(
  ['as is', (s) => s],
  ['a right-to-left override', (s) => `\u202E${s}`],
  ['zero-width spaces', (s) => `\u200B${s}\u200B`],
  ['spaces and a line break', (s) => ` ${s}\n`],
  ['full-width digits', fullWidthDigits],
);

/** Per field: values that pass, in the ways people write them. */
const VALID: Readonly<Record<TextField, readonly string[]>> = {
  deletionReasonOther: ['担当者の異動', 'ﾊﾟｽﾜｰﾄﾞ管理の変更', '⽥中の退職'],
  generalUserName: ['rokin01', 'ｒｏｋｉｎ０１', 'user 02'],
  postalCode: ['999-9999', '9999999', '〒１０２ー００７１'],
  address: ['東京都千代田区神田駿河台9-99-9', 'ﾄｳｷｮｳﾄ 千代田区', '東京都\n千代田区'],
  organisationName: ['中央労働組合', 'ﾁｭｳｵｳ労働組合'],
  representativeTitle: ['執行委員長', 'ｼｯｺｳｲｲﾝﾁｮｳ'],
  representativeName: ['労金 花子', '⽥中　太郎', 'ﾛｳｷﾝ ﾊﾅｺ'],
  phone: ['090-9999-9999', '+81 90 9999 9999', '03(3295)1234', '0467.12.3456'],
  fax: ['03-9999-9999', '０３ー３２９５ー１２３４'],
  contactPerson: ['中央', 'ﾁｭｳｵｳ'],
  contractNumber: ['9999999', '999 9999'],
};

/** Per field: values the rules refuse (or leave blank), so the no-PDF path is reached too. */
const INVALID: Readonly<Record<TextField, readonly string[]>> = {
  deletionReasonOther: [''],
  generalUserName: [''],
  postalCode: ['12-34', ''],
  address: ['😀'],
  organisationName: ['葛\u{E0100}飾労組'],
  representativeTitle: [''],
  representativeName: ['x\u0301'],
  phone: ['0000', '03-1234-56789'],
  fax: ['090-1234-5678'],
  contactPerson: ['e\u0301'],
  contractNumber: ['', '12345'],
};

const textValue = (field: TextField) =>
  fc
    .oneof(
      { weight: 30, arbitrary: fc.constantFrom(...VALID[field]) },
      { weight: 1, arbitrary: fc.constantFrom(...INVALID[field]) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    )
    .chain((value) => writings.map(([, write]) => write(value)));

const draftArb: fc.Arbitrary<RequestDraft> = fc
  .record({
    texts: fc.record(
      Object.fromEntries(TEXT_FIELDS.map((f) => [f, textValue(f)])) as Record<
        TextField,
        fc.Arbitrary<string>
      >,
    ),
    requestDate: fc.constantFrom(
      '2026-04-01',
      '2026-12-31',
      '2024-02-29',
      '2028-02-29',
      '2026-02-30',
    ),
    procedures: fc.subarray([...CHOICES.procedures], { minLength: 1 }),
    deletionReasons: fc.subarray([...CHOICES.deletionReasons]),
    revocationTargets: fc.subarray([...CHOICES.revocationTargets]),
  })
  .map(({ texts, ...choices }) => ({ ...REQUEST_EXAMPLE, ...texts, ...choices }));

describe('the check page shows exactly what the PDF prints', () => {
  test('for generated drafts, every shown value is the PDF’s value, and only those are printed', () => {
    let printable = 0;
    fc.assert(
      fc.property(draftArb, (draft) => {
        const validated = validateDraft(draft);
        const rows = summaryRows(validated.values);
        if (validated.request === null) {
          // No PDF; every problem is at a field the check page shows, to link to.
          expect(validated.problems.length).toBeGreaterThan(0);
          for (const problem of validated.problems) {
            expect(
              rows.some(
                (row) =>
                  row.field === problem.field || row.parts.some((p) => p.field === problem.field),
              ),
            ).toBe(true);
          }
          return;
        }
        printable++;
        const pdf = valuesOf(validated.request);
        const shown = new Map(rows.flatMap((row) => row.parts.map((p) => [p.field, p.value])));
        for (const field of TEXT_FIELDS) {
          if (applies(field, validated.request)) expect(shown.get(field), field).toBe(pdf[field]);
          else {
            expect(shown.has(field), field).toBe(false);
            expect(pdf[field], field).toBe('');
          }
        }
        // Each part appears in its row as it is printed (with the row's labels around it).
        for (const row of rows) {
          for (const part of row.parts) expect(row.value).toContain(part.value);
          // Nothing invisible, nothing that reorders what is shown.
          expect(row.value).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
        }
        const date = rows.find((row) => row.field === 'requestDate');
        expect(date?.value).toBe(`${pdf.requestYear}年${pdf.requestMonth}月${pdf.requestDay}日`);
      }),
      { numRuns: RUNS },
    );
    // The generator must reach printable drafts often, or the property says little.
    expect(printable).toBeGreaterThan(RUNS / 10);
  });
});
