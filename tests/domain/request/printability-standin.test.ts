import { describe, expect, test } from 'vitest';
import {
  STAND_IN_LIMITS,
  createStandInPrintability,
  displayWidth,
  standInPrintability,
} from '../../../src/domain/request/printability-standin';
import { TEXT_FIELDS } from '../../../src/domain/request/schema';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';

const p = standInPrintability;

describe('unsupportedCharacters', () => {
  test.each([
    ['plain Japanese', '中央労働組合 執行委員長', []],
    ['𠮷 (CJK Ext B)', '𠮷野', []],
    ['髙', '髙橋', []],
    ['﨑', '山﨑', []],
    ['kana, ASCII and full-width forms', 'ろうきんＡＢＣabc-〒ー', []],
    ['<script>', '<script>', []],
    ['emoji', '組合😀', ['😀']],
    ['each emoji once, in order', '😀a🎉😀', ['😀', '🎉']],
    ['pictograph in the BMP', '☎045', ['☎']],
    ['private use', 'a\uE000', ['\uE000']],
    ['unpaired high surrogate', 'a\uD842b', ['\uD842']],
    ['unpaired low surrogate', '\uDFB7', ['\uDFB7']],
    ['non-BMP outside Ext B (Ext C)', '\u{2A700}', ['\u{2A700}']],
    ['mathematical bold letter', '\u{1D400}', ['\u{1D400}']],
    ['C0 control', 'a\u0001', ['\u0001']],
    ['C1 control', 'a\u0085', ['\u0085']],
    ['line feed', 'a\nb', ['\n']],
    ['zero-width space', 'a\u200Bb', ['\u200B']],
    ['lone combining mark', 'a\u0301', ['\u0301']],
    ['ideographic variation selector', '葛\u{E0100}', ['\u{E0100}']],
  ])('%s', (_name, text, expected) => {
    expect(p.unsupportedCharacters(text)).toEqual(expected);
  });
});

describe('fits', () => {
  test('counts full-width as 1 and half-width as 0.5', () => {
    expect(displayWidth('あいう')).toBe(3);
    expect(displayWidth('abc')).toBe(1.5);
    expect(displayWidth('ｱｲ')).toBe(1);
    expect(displayWidth('𠮷')).toBe(1);
  });

  test.each(TEXT_FIELDS)('%s: the limit itself fits, one more character does not', (field) => {
    const limit = STAND_IN_LIMITS[field];
    expect(p.fits(field, 'あ'.repeat(limit))).toBe(true);
    expect(p.fits(field, 'あ'.repeat(limit + 1))).toBe(false);
    expect(p.fits(field, 'a'.repeat(limit * 2))).toBe(true);
    expect(p.fits(field, 'a'.repeat(limit * 2 + 1))).toBe(false);
  });

  test('every value of the guide example fits', () => {
    for (const field of TEXT_FIELDS) {
      expect(p.fits(field, REQUEST_EXAMPLE[field]), field).toBe(true);
    }
  });

  test('the longest valid phone number with hyphens fits', () => {
    expect(p.fits('phone', '090-9999-9999')).toBe(true);
    expect(p.fits('fax', '0120-999-9999')).toBe(true);
  });

  test('limits can be overridden', () => {
    const tight = createStandInPrintability({ ...STAND_IN_LIMITS, address: 2 });
    expect(tight.fits('address', 'あい')).toBe(true);
    expect(tight.fits('address', 'あいう')).toBe(false);
  });
});
