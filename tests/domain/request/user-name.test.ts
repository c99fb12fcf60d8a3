import { describe, expect, test } from 'vitest';
import { normaliseUserName } from '../../../src/domain/request/normalise';
import { standInPrintability } from '../../../src/domain/request/printability-standin';
import {
  createRules,
  dateAndProceduresValues,
  type DateAndProceduresInput,
} from '../../../src/domain/request/rules';
import { emptyRequestDraft } from '../../../src/domain/request/schema';

const rules = createRules(standInPrintability);
// The first page with 一般ユーザー ticked for 電子証明書の失効.
const PAGE: DateAndProceduresInput = dateAndProceduresValues({
  ...emptyRequestDraft(),
  requestDate: '2026-04-01',
  revocationTargets: ['generalUser'],
});

function check(generalUserName: string): { saved: string } | { message: string } {
  const result = rules.dateAndProcedures.safeParse({ ...PAGE, generalUserName });
  if (result.success) return { saved: result.data.generalUserName };
  return { message: result.error.issues.map((i) => i.message).join(' / ') };
}

const toFullWidth = (s: string) =>
  s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe('general user name (一般ユーザーのユーザー名)', () => {
  test.each([
    ['full-width letters (the IME default)', 'ｒｏｋｉｎ', 'rokin'],
    ['full-width letters and digits', 'ｙａｍａｄａ０１', 'yamada01'],
    ['mixed widths', 'ｙａｍａｄａ01', 'yamada01'],
    ['full-width capitals and symbols', 'ＲＯＫＩＮ＿ｕｓｅｒ－１．２＠', 'ROKIN_user-1.2@'],
    ['half-width stays', 'rokin01', 'rokin01'],
    ['an ideographic space becomes one space', 'ｒｏ　ｋｉｎ', 'ro kin'],
    ['spaces at the ends go', '\u3000ｒｏｋｉｎ ', 'rokin'],
    ['half-width katakana become full-width, as in all text', 'ﾕｰｻﾞｰ', 'ユーザー'],
    ['kanji are left alone', '労金太郎', '労金太郎'],
  ])('%s: %j → %j', (_name, typed, saved) => {
    expect(normaliseUserName(typed)).toBe(saved);
    expect(check(typed)).toEqual({ saved });
  });

  test('is idempotent', () => {
    for (const s of ['ｒｏｋｉｎ', ' ｙａｍａｄａ０１\u3000', 'ﾕｰｻﾞｰ']) {
      expect(normaliseUserName(normaliseUserName(s))).toBe(normaliseUserName(s));
    }
  });

  // One length rule whatever was typed: a name typed full-width is measured after it became
  // half-width, so it is accepted or refused exactly as the same name typed half-width.
  test.each([1, 10, 39, 40, 41, 80, 201])('%i letters: full-width and half-width agree', (n) => {
    const half = 'r'.repeat(n);
    expect(check(toFullWidth(half))).toEqual(check(half));
  });

  test('a name that fits when half-width fits when typed full-width', () => {
    // 24 letters: as many as the stand-in lets into the box (12 full-width).
    const name = 'abcdefghij0123456789abcd';
    expect(check(name)).toEqual({ saved: name });
    expect(check(toFullWidth(name))).toEqual({ saved: name });
  });
});
