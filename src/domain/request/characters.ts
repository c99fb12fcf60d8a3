/**
 * Characters that change how the character before them looks, which the PDF cannot reproduce:
 * variation selectors (葛 + U+E0100 chooses a glyph of 葛; the PDF's fonts print plain 葛 and drop
 * the selector) and combining marks that NFC could not compose with their base (x + U+0301 prints
 * as a separate floating accent). They are refused by name rather than dropped or printed wrongly:
 * a name must never be silently changed (docs/ux-rules.md).
 *
 * Runs on normalised text (./normalise.ts): by then every mark that composes has been composed,
 * kana voiced marks have become their spacing forms and emoji presentation selectors that follow
 * anything but an ideograph have been removed, so what is left here was really typed or pasted.
 */

const VARIATION_SELECTOR = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const COMBINING_MARK = /^\p{M}$/u;

export type MarkProblem =
  /** A variation selector and the character it follows (empty at the start of the text). */
  | { kind: 'variationSelector'; base: string; selector: string }
  /** A combining mark that did not compose with the character before it. */
  | { kind: 'combiningMark'; base: string; mark: string };

/** The first variation selector or stray combining mark in `text`, or null. */
export function findMarkProblem(text: string): MarkProblem | null {
  let base = '';
  for (const ch of text) {
    if (VARIATION_SELECTOR.test(ch)) return { kind: 'variationSelector', base, selector: ch };
    if (COMBINING_MARK.test(ch)) return { kind: 'combiningMark', base, mark: ch };
    base = ch;
  }
  return null;
}

function codeOf(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The message for a field labelled `label` whose value has `problem`. */
export function markMessage(label: string, problem: MarkProblem): string {
  if (problem.kind === 'variationSelector') {
    const { base, selector } = problem;
    const written = base === '' ? '' : `「${base}${selector}」の`;
    const plain = base === '' ? '' : `「${base}」`;
    return (
      `${label}の${written}字形を選ぶ記号（異体字セレクタ ${codeOf(selector)}）は依頼書に印刷できません。` +
      `記号の付いていない${plain === '' ? '文字' : plain}で入力し直してください`
    );
  }
  // A mark is shown on a dotted circle (◌́), the usual way to show a mark on its own.
  const { base, mark } = problem;
  const after = base === '' ? '' : `「${base}」の後の`;
  return (
    `${label}の${after}記号「\u25CC${mark}」（${codeOf(mark)}）は、前の文字と組み合わせられず依頼書に印刷できません。` +
    '記号を消すか、記号の付いた一つの文字で入力し直してください'
  );
}
