import type { TextField } from './schema';

/**
 * Can a value be printed on the A4 form? The form asks this before it accepts a value, so the
 * person learns at the field — not on paper — that a character cannot be drawn or a value is too
 * long for its box. The PDF feature implements it with the real fonts and layout; the form only
 * depends on this interface.
 */
export interface Printability {
  /** Characters of `text` that no PDF font can draw, each once, in order of appearance. */
  unsupportedCharacters(text: string): string[];
  /** Whether `text` fits the box of `field` on the form (after shrinking and wrapping). */
  fits(field: TextField, text: string): boolean;
}
