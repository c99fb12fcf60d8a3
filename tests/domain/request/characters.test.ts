import { describe, expect, test } from 'vitest';
import { findMarkProblem } from '../../../src/domain/request/characters';
import { normaliseText } from '../../../src/domain/request/normalise';
import { standInPrintability } from '../../../src/domain/request/printability-standin';
import { createRules } from '../../../src/domain/request/rules';

const rules = createRules(standInPrintability);
const CONTACT = { phone: '090-9999-9999', fax: '03-9999-9999', contactPerson: '中央' };

function contactPerson(value: string): { saved: string } | { message: string } {
  const result = rules.contact.safeParse({ ...CONTACT, contactPerson: value });
  if (result.success) return { saved: result.data.contactPerson };
  return { message: result.error.issues.map((i) => i.message).join(' / ') };
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const UNIFIED = /^\p{Unified_Ideograph}$/u;

describe('CJK radicals become their ideographs', () => {
  test.each([
    ['Kangxi radical FIELD U+2F65', '\u2F65中', '田中'],
    ['Kangxi radical ONE U+2F00', '\u2F00郎', '一郎'],
    ['Kangxi radical MOUTH U+2F1D', '山\u2F1D', '山口'],
    ['CJK radical MOTHER U+2E9F (NFKC)', '\u2E9F', '母'],
    ['CJK radical C-SIMPLIFIED TURTLE U+2EF3 (NFKC)', '\u2EF3', '龟'],
    ['CJK radical WALK ONE U+2ECC (table)', '\u2ECC', '辶'],
    ['CJK radical GRASS ONE U+2EBE (table)', '\u2EBE', '艹'],
    ['CJK radical J-SIMPLIFIED TURTLE U+2EF2 (table)', '\u2EF2', '亀'],
    ['CJK radical TABLE U+2E87 → an Extension B ideograph', '\u2E87', '\u{20628}'],
    ['CJK radical REPEAT U+2E80 has no equivalent and stays', '\u2E80', '\u2E80'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  test('all 214 Kangxi radicals (U+2F00–U+2FD5) become unified ideographs, as NFKC says', () => {
    for (const radical of range(0x2f00, 0x2fd5)) {
      const mapped = normaliseText(radical);
      expect(mapped).toBe(radical.normalize('NFKC'));
      expect(mapped).toMatch(UNIFIED);
    }
  });

  test('the CJK radicals supplement (U+2E81–U+2EF3) maps 114 radicals to unified ideographs', () => {
    const assigned = range(0x2e81, 0x2ef3).filter((ch) => /^\p{Radical}$/u.test(ch));
    const mapped = assigned.filter((ch) => normaliseText(ch) !== ch);
    expect(mapped).toHaveLength(114);
    for (const radical of mapped) {
      expect(normaliseText(radical)).toMatch(UNIFIED);
      // Where Unicode gives a compatibility decomposition, the table agrees with it.
      const nfkc = radical.normalize('NFKC');
      if (nfkc !== radical) expect(normaliseText(radical)).toBe(nfkc);
    }
  });

  test('a name with a radical is accepted as the ideograph', () => {
    expect(contactPerson('\u2F65中')).toEqual({ saved: '田中' });
  });
});

describe('variation selectors and stray combining marks are refused by name', () => {
  test.each([
    [
      'ideographic variation selector',
      '葛\u{E0100}飾',
      'ご担当者の「葛\u{E0100}」の字形を選ぶ記号（異体字セレクタ U+E0100）は依頼書に印刷できません。記号の付いていない「葛」で入力し直してください',
    ],
    [
      'the last ideographic variation selector',
      '辻\u{E01EF}',
      'ご担当者の「辻\u{E01EF}」の字形を選ぶ記号（異体字セレクタ U+E01EF）は依頼書に印刷できません。記号の付いていない「辻」で入力し直してください',
    ],
    [
      'standardized variation selector on an ideograph',
      '神\uFE00',
      'ご担当者の「神\uFE00」の字形を選ぶ記号（異体字セレクタ U+FE00）は依頼書に印刷できません。記号の付いていない「神」で入力し直してください',
    ],
    [
      'emoji presentation selector on an ideograph',
      '花\uFE0F子',
      'ご担当者の「花\uFE0F」の字形を選ぶ記号（異体字セレクタ U+FE0F）は依頼書に印刷できません。記号の付いていない「花」で入力し直してください',
    ],
    [
      'a selector with nothing before it',
      '\u{E0100}中央',
      'ご担当者の字形を選ぶ記号（異体字セレクタ U+E0100）は依頼書に印刷できません。記号の付いていない文字で入力し直してください',
    ],
    [
      'acute accent that does not compose',
      'x\u0301',
      'ご担当者の「x」の後の記号「◌\u0301」（U+0301）は、前の文字と組み合わせられず依頼書に印刷できません。記号を消すか、記号の付いた一つの文字で入力し直してください',
    ],
    [
      'a second accent after a composed letter',
      'e\u0301\u0301',
      'ご担当者の「é」の後の記号「◌\u0301」（U+0301）は、前の文字と組み合わせられず依頼書に印刷できません。記号を消すか、記号の付いた一つの文字で入力し直してください',
    ],
    [
      'a mark after a kanji',
      '中\u0308央',
      'ご担当者の「中」の後の記号「◌\u0308」（U+0308）は、前の文字と組み合わせられず依頼書に印刷できません。記号を消すか、記号の付いた一つの文字で入力し直してください',
    ],
    [
      'a mark at the start',
      '\u0301中央',
      'ご担当者の記号「◌\u0301」（U+0301）は、前の文字と組み合わせられず依頼書に印刷できません。記号を消すか、記号の付いた一つの文字で入力し直してください',
    ],
  ])('%s', (_name, value, message) => {
    expect(contactPerson(value)).toEqual({ message });
  });

  test.each([
    ['a decomposed accent composes and is accepted', 'Jose\u0301', 'José'],
    ['decomposed が composes', 'か\u3099', 'が'],
    ['a kana voiced mark that cannot compose becomes ゛', 'ア\u3099', 'ア゛'],
    ['an emoji presentation selector after a digit is dropped', '中央1\uFE0F', '中央1'],
  ])('%s', (_name, value, saved) => {
    expect(contactPerson(value)).toEqual({ saved });
  });

  test('the selector is kept by normalising, never silently dropped', () => {
    expect(normaliseText('葛\u{E0100}')).toBe('葛\u{E0100}');
    expect(normaliseText('花\uFE0F')).toBe('花\uFE0F');
    expect(findMarkProblem(normaliseText('葛\u{E0100}'))).toEqual({
      kind: 'variationSelector',
      base: '葛',
      selector: '\u{E0100}',
    });
  });

  test('every field of the form refuses them, with its own label', () => {
    const result = rules.organisation.safeParse({
      postalCode: '999-9999',
      address: '東京都葛\u{E0100}飾区',
      organisationName: 'Cafe\u0301\u0301労組',
      representativeTitle: '執行委員長',
      representativeName: '労金 花子',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['address', expect.stringMatching(/^ご住所の「葛\u{E0100}」の字形を選ぶ記号/u)],
      ['organisationName', expect.stringMatching(/^団体名の「é」の後の記号「◌\u0301」/u)],
    ]);
  });
});
