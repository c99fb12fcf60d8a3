import { beforeAll, describe, expect, it } from 'vitest';
import type { Printability } from '../../../src/domain/request/printability';
import { parseFont } from '../../../src/features/request-pdf/font-engine';
import { loadNodeFonts } from '../../../src/features/request-pdf/fonts-node';
import { createPrintability } from '../../../src/features/request-pdf/printability';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { TEXT_FIELDS } from '../../../src/domain/request/schema';

let printability: Printability;

beforeAll(async () => {
  const fonts = await loadNodeFonts();
  printability = createPrintability({
    primary: parseFont(fonts.primary),
    fallback: parseFont(await fonts.loadFallback()),
  });
});

describe('createPrintability', () => {
  it.each([
    { text: '中央労働組合', missing: [] },
    { text: '😀', missing: ['😀'] },
    { text: 'あ😀い😀', missing: ['😀'] },
    { text: '𠮷田', missing: [] }, // only in the fallback font
    { text: '髙﨑', missing: [] },
    { text: '葛\u{E0100}飾区', missing: [] }, // variation selectors are not characters to draw
    { text: '\u{10FFFD}', missing: ['\u{10FFFD}'] },
  ])('unsupportedCharacters($text)', ({ text, missing }) => {
    expect(printability.unsupportedCharacters(text)).toEqual(missing);
  });

  it('accepts every value of the guide example', () => {
    for (const field of TEXT_FIELDS)
      expect(printability.fits(field, REQUEST_EXAMPLE[field])).toBe(true);
  });

  it.each([
    {
      field: 'organisationName',
      text: '全国金属機械化学情報産業労働組合連合会 中央地方本部',
      fits: true,
    },
    { field: 'organisationName', text: '労'.repeat(200), fits: false },
    { field: 'contractNumber', text: '1234567', fits: true },
    { field: 'contractNumber', text: '12345678', fits: false },
    { field: 'phone', text: '090-9999-9999', fits: true },
    { field: 'phone', text: '0'.repeat(60), fits: false },
    { field: 'generalUserName', text: 'rokin-general-user-01', fits: true },
    { field: 'generalUserName', text: 'ユーザー'.repeat(10), fits: false },
  ] as const)('fits($field, $text) = $fits', ({ field, text, fits }) => {
    expect(printability.fits(field, text)).toBe(fits);
  });
});
