/**
 * The names an installed BIZ UDPGothic answers to in local(), per weight: full name (English and
 * Japanese) and PostScript name, as in the font files Google Fonts and Debian's
 * fonts-morisawa-bizud-gothic ship (the same as Windows'). The web font's @font-face rules list
 * them first (vite.config.ts), and the app skips the rest of those rules when the PC has the font
 * (src/app/lazy-route.tsx; docs/decisions/0020-installed-font-first.md).
 */
export const INSTALLED_FONT_NAMES = {
  '400': ['BIZ UDPGothic', 'BIZ UDPゴシック', 'BIZUDPGothic-Regular'],
  '700': ['BIZ UDPGothic Bold', 'BIZ UDPゴシック Bold', 'BIZUDPGothic-Bold'],
} as const satisfies Record<string, readonly string[]>;
