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
// them silently could change a name; the rules refuse them with a message that names them.
const INVISIBLE =
  // ZWJ and the variation selectors stand alone: inside a character class a linter reads them
  // as joining the characters around them. After an ideograph a variation selector is kept, for
  // the rules to refuse by name (it would choose a glyph the PDF cannot print).
  /\u200D|(?<!\p{Ideographic})(?:\uFE0E|\uFE0F)|[\u00AD\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

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

// Kangxi radicals (U+2F00–U+2FD5) and CJK radicals (U+2E80–U+2EF3) look exactly like ideographs
// and arrive by copying from PDFs (⽥ U+2F65 for 田); fonts for names often lack them, and a search
// for the name would not find them. Each Kangxi radical has a compatibility decomposition to its
// ideograph, so NFKC maps it. Of the supplement only ⺟ and ⻳ have one; the others are mapped by
// Unicode's EquivalentUnifiedIdeograph.txt (UCD 14.0.0), all 114 of its lines for U+2E81–U+2EF3
// (radical → ideograph, hexadecimal). U+2E80 and unassigned U+2E9A have no equivalent and stay.
const RADICAL_SUPPLEMENT_EQUIVALENTS = `
2E81:5382 2E82:4E5B 2E83:4E5A 2E84:4E59 2E85:4EBB 2E86:5182 2E87:20628 2E88:5200 2E89:5202
2E8A:535C 2E8B:353E 2E8C:5C0F 2E8D:5C0F 2E8E:5140 2E8F:5C23 2E90:5C22 2E91:21BC2 2E92:5DF3
2E93:5E7A 2E94:5F51 2E95:5F50 2E96:5FC4 2E97:5FC3 2E98:624C 2E99:6535 2E9B:65E1 2E9C:65E5
2E9D:6708 2E9E:6B7A 2E9F:6BCD 2EA0:6C11 2EA1:6C35 2EA2:6C3A 2EA3:706C 2EA4:722B 2EA5:722B
2EA6:4E2C 2EA7:725B 2EA8:72AD 2EA9:738B 2EAA:24D14 2EAB:76EE 2EAC:793A 2EAD:793B 2EAE:25AD7
2EAF:7CF9 2EB0:7E9F 2EB1:7F53 2EB2:7F52 2EB3:34C1 2EB4:5197 2EB5:2626B 2EB6:7F8A 2EB7:2634C
2EB8:2634B 2EB9:8002 2EBA:8080 2EBB:807F 2EBC:8089 2EBD:26951 2EBE:8279 2EBF:8279 2EC0:8279
2EC1:864E 2EC2:8864 2EC3:8980 2EC4:897F 2EC5:89C1 2EC6:89D2 2EC7:278B2 2EC8:8BA0 2EC9:8D1D
2ECA:27FB7 2ECB:8F66 2ECC:8FB6 2ECD:8FB6 2ECE:8FB6 2ECF:9091 2ED0:9485 2ED1:9577 2ED2:9578
2ED3:957F 2ED4:95E8 2ED5:28E0F 2ED6:961D 2ED7:96E8 2ED8:9752 2ED9:97E6 2EDA:9875 2EDB:98CE
2EDC:98DE 2EDD:98DF 2EDE:2967F 2EDF:98E0 2EE0:9963 2EE1:29810 2EE2:9A6C 2EE3:9AA8 2EE4:9B3C
2EE5:9C7C 2EE6:9E1F 2EE7:5364 2EE8:9EA6 2EE9:9EC4 2EEA:9EFE 2EEB:6589 2EEC:9F50 2EED:6B6F
2EEE:9F7F 2EEF:7ADC 2EF0:9F99 2EF1:9F9C 2EF2:4E80 2EF3:9F9F
`;
const RADICAL_SUPPLEMENT = new Map(
  RADICAL_SUPPLEMENT_EQUIVALENTS.trim()
    .split(/\s+/)
    .map(
      (pair) =>
        pair.split(':').map((hex) => String.fromCodePoint(parseInt(hex, 16))) as [string, string],
    ),
);
const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5]/g;

function radicalToIdeograph(ch: string): string {
  return ch >= '\u2F00' ? ch.normalize('NFKC') : (RADICAL_SUPPLEMENT.get(ch) ?? ch);
}

// CJK compatibility ideographs (e.g. 神 U+FA19) have canonical singleton decompositions, so NFC
// would silently turn them into their unified forms and change how a name is printed. NFC is
// applied only to the text between them. (﨑 U+FA11 has no decomposition, but it sits in the
// same block and is protected all the same.)
const NOT_COMPAT_IDEOGRAPH = /[^\uF900-\uFAFF\u{2F800}-\u{2FA1F}]+/gu;

/**
 * Cleans free text: removes invisible and control characters (a pasted line break becomes one
 * space), converts half-width katakana to full width (ｶﾞ → ガ) and CJK radicals to their
 * ideographs (⽥ → 田), composes decomposed text (NFC, except for CJK compatibility
 * ideographs), collapses runs of spaces to the first of them and trims both ends. Full-width letters and digits are left alone: the person chose them.
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
    .replace(RADICAL, radicalToIdeograph)
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
 * A phone or FAX number cleaned for reading: digits and hyphens. Spaces, brackets and dots people
 * use as separators ('03 (1234) 5678', '03.1234.5678') become single hyphens ('03-1234-5678');
 * a full-width '＋' becomes '+'. Anything else (a letter O typed for 0) is left in place for the
 * rules to point out, never dropped: dropping it would change the number. The grouping is the
 * person's here; a valid number is then written in the national format by ./phone.ts.
 */
export function normalisePhone(s: string): string {
  return normaliseNumberLike(s)
    .replace(/＋/g, '+')
    .replace(/[ \u3000()（）.．・]+/g, '-')
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

/**
 * A user name for the bank's system: text (normaliseText) with full-width ASCII made half-width
 * (ｒｏｋｉｎ０１ → rokin01) and an ideographic space made an ASCII one. The name is typed into
 * the bank's system in ASCII, and an IME often produces full-width letters; after this, one
 * length rule holds however it was typed.
 */
export function normaliseUserName(s: string): string {
  return normaliseText(
    normaliseText(s)
      .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
      .replace(/\u3000/g, ' '),
  );
}
