// Characters that would be invisible (or float alone) if quoted in a message: shown by code.
const INVISIBLE_IN_MESSAGE = /^[\p{M}\p{C}\p{Z}\u{E0100}-\u{E01EF}\uFE00-\uFE0F]$/u;

/** Characters quoted for a message: 「a」「b」…, at most five, then など; invisible ones by code. */
export function quoteCharacters(chars: readonly string[]): string {
  const shown = chars.slice(0, 5).map((ch) => {
    if (!INVISIBLE_IN_MESSAGE.test(ch)) return `「${ch}」`;
    const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `「U+${code}（見えない文字）」`;
  });
  return shown.join('') + (chars.length > 5 ? 'など' : '');
}
