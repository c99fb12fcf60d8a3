import type { Printability } from './printability';
import type { TextField } from './schema';

/**
 * A conservative stand-in for the real Printability (which reads the PDF fonts and layout), used
 * until that has loaded and in tests. Conservative means: when unsure, say "cannot print" or
 * "does not fit", so a value the stand-in accepts is one the real check is expected to accept
 * too. The reverse is not true: the real check may accept what the stand-in refuses.
 */

/**
 * How much fits in each box, in full-width characters (a half-width character counts 0.5).
 * These are deliberately small guesses for a stand-in, not measurements of the form: the real
 * Printability measures the boxes and can shrink or wrap text.
 */
export const STAND_IN_LIMITS: Readonly<Record<TextField, number>> = {
  postalCode: 5, // '999-9999' is 4
  address: 40,
  organisationName: 30,
  representativeTitle: 15,
  representativeName: 15,
  phone: 10, // '090-9999-9999' is 6.5; 11 digits with hyphens stay under 10
  fax: 10,
  contactPerson: 10,
  contractNumber: 5, // 7 digits are 3.5
  deletionReasonOther: 20,
  generalUserName: 12, // the box holds 12 full-width (25 half-width) at its smallest size (9 pt)
};

// Blocks and categories no font the app ships can be trusted with: pictographs (emoji, including
// ©, ™ and other characters that some systems show as emoji), private use, unassigned, controls,
// format characters, separators, combining marks (NFC has already composed what can be composed)
// and variation selectors.
const UNSUPPORTED =
  /[\p{Extended_Pictographic}\p{Co}\p{Cn}\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{M}\uFE00-\uFE0F]/u;

const CJK_EXT_B_FIRST = 0x20000;
const CJK_EXT_B_LAST = 0x2a6df;

function isUnsupported(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  // Outside the BMP only CJK Extension B (e.g. 𠮷 U+20BB7) is expected in Japanese names.
  if (cp > 0xffff) return cp < CJK_EXT_B_FIRST || cp > CJK_EXT_B_LAST || UNSUPPORTED.test(ch);
  return UNSUPPORTED.test(ch);
}

/** Display width in full-width units: ASCII and half-width katakana are 0.5, the rest 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const half = (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xff61 && cp <= 0xff9f);
    width += half ? 0.5 : 1;
  }
  return width;
}

export function createStandInPrintability(
  limits: Readonly<Record<TextField, number>> = STAND_IN_LIMITS,
): Printability {
  return {
    unsupportedCharacters(text) {
      const found = new Set<string>();
      // for…of walks code points, so 𠮷 is one character and an unpaired surrogate is its own.
      for (const ch of text) {
        if (isUnsupported(ch)) found.add(ch);
      }
      return [...found];
    },
    fits(field, text) {
      return displayWidth(text) <= limits[field];
    },
  };
}

export const standInPrintability: Printability = createStandInPrintability();
