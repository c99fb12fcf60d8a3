/**
 * Normalisation of what people type or paste into the request form. Pure functions; the rules
 * in ./rules.ts validate the normalised value, never the raw one, and the normalised value is
 * what gets saved and printed.
 *
 * Guiding principle (docs/ux-rules.md): accept every reasonable way of typing a value, never force a
 * character width, and never change a character that a name may depend on.
 */

// Invisible characters that only ever arrive by pasting and cannot be printed. Beyond the
// zero-width set (U+200B–U+200D, U+2060, U+FEFF) this removes the soft hyphen, bidi controls
// (which can also reorder what is shown) and the emoji presentation selectors U+FE0E/U+FE0F.
// Ideographic variation selectors (U+E0100–) are kept: they choose a kanji's glyph, so dropping
// them silently could change a name; printability decides about them instead.
const INVISIBLE =
  // ZWJ and the variation selectors stand alone: inside a character class a linter reads them
  // as joining the characters around them.
  /\u200D|\uFE0E|\uFE0F|[\u00AD\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// Controls that mean "a break" when pasted (tab, line feed, CR, NEL, line/paragraph separator)
// become a space so that two pasted lines do not run into one word.
const BREAKING_CONTROL = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const OTHER_CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

// Spaces other than ASCII and ideographic (U+3000): NBSP from web pages, thin spaces, etc.
const OTHER_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F]/g;
const SPACE_RUN = /[ \u3000]{2,}/g;
const EDGE_SPACE = /^[ \u3000]+|[ \u3000]+$/g;

const HALF_WIDTH_KANA_RUN = /[\uFF61-\uFF9F]+/g;

// CJK compatibility ideographs (e.g. 神 U+FA19) have canonical singleton decompositions, so NFC
// would silently turn them into their unified forms and change how a name is printed. NFC is
// applied only to the text between them. (﨑 U+FA11 has no decomposition, but it sits in the
// same block and is protected all the same.)
const NOT_COMPAT_IDEOGRAPH = /[^\uF900-\uFAFF\u{2F800}-\u{2FA1F}]+/gu;

/**
 * Cleans free text: removes invisible and control characters (a pasted line break becomes one
 * space), converts half-width katakana to full width (ｶﾞ → ガ), composes decomposed text (NFC,
 * except for CJK compatibility ideographs), collapses runs of spaces to the first of them and
 * trims both ends. Full-width letters and digits are left alone: the person chose them.
 */
export function normaliseText(s: string): string {
  const cleaned = s
    .replace(INVISIBLE, '')
    .replace(BREAKING_CONTROL, ' ')
    .replace(OTHER_CONTROL, '')
    .replace(OTHER_SPACE, ' ')
    // NFKC is safe on a run of half-width katakana (nothing else is in the run); it maps ﾞ/ﾟ to
    // combining marks, which the NFC pass composes with the preceding kana (ｶﾞ → ガ, ﾊﾟ → パ).
    .replace(HALF_WIDTH_KANA_RUN, (run) => run.normalize('NFKC'))
    .replace(NOT_COMPAT_IDEOGRAPH, (run) => run.normalize('NFC'))
    // A voiced mark with nothing to compose with (ｱﾞ, a stray ﾞ) would float over the previous
    // character on paper; the spacing forms ゛゜ print as the person saw them.
    .replace(/\u3099/g, '\u309B')
    .replace(/\u309A/g, '\u309C');
  return cleaned.replace(SPACE_RUN, (run) => run.charAt(0)).replace(EDGE_SPACE, '');
}

/** Full-width digits (０–９) → ASCII digits. Nothing else changes. */
export function normaliseDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

// Every character people (or their IME) use as a hyphen between digits. ー/ｰ are katakana
// long-vowel marks, which IMEs produce for "-" in kana mode: right in numbers, wrong in names,
// so this is only ever applied to number-like fields.
const DASHES = /[-\u2010-\u2015\u2043\u2212\u2500\u2501\u30FC\uFE58\uFE63\uFF0D\uFF70]/g;

/**
 * Every dash variant → '-'. For number-like fields only (postal code, phone, FAX, contract
 * number): in names, ー is a katakana long vowel and must survive.
 */
export function normaliseDash(s: string): string {
  return s.replace(DASHES, '-');
}

function normaliseNumberLike(s: string): string {
  return normaliseDash(normaliseDigits(normaliseText(s)));
}

/**
 * A postal code: '1234567', '１２３ー４５６７', '〒123-4567' → '123-4567'. When it is not 7 digits
 * the cleaned input (spaces and a leading 〒 removed) is returned so the rules can say what is
 * wrong with it.
 */
export function normalisePostalCode(s: string): string {
  const cleaned = normaliseNumberLike(s)
    .replace(/[ \u3000]/g, '')
    .replace(/^〒/, '');
  const digits = cleaned.replace(/-/g, '');
  return /^\d{7}$/.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3)}` : cleaned;
}

/**
 * A phone or FAX number: digits and hyphens. The person's grouping is kept: spaces and brackets
 * they used as separators ('03 (1234) 5678') become single hyphens ('03-1234-5678'), and no
 * hyphen is added or moved. Anything else (a letter O typed for 0, a '+') is left in place for
 * the rules to point out, never dropped: dropping it would change the number.
 */
export function normalisePhone(s: string): string {
  return normaliseNumberLike(s)
    .replace(/[ \u3000()（）]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A contract number: '９９９ ９９９９', '999-9999' → '9999999'. Spaces and dashes are removed;
 * anything else is left for the rules to point out.
 */
export function normaliseContractNumber(s: string): string {
  return normaliseNumberLike(s).replace(/[ \u3000-]/g, '');
}
