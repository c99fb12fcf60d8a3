import type { Printability } from '../../domain/request/printability';
import type { TextField } from '../../domain/request/schema';
import { FORM_LAYOUT, type ValueBox } from '../../content/pdf/form-layout';
import type { Measure } from './fit-text';
import { fitValue } from './fit-value';

/** What printability needs to know of the fonts: from the fonts themselves, or their metrics. */
export interface Glyphs {
  canDraw(codePoint: number): boolean;
  measure: Measure;
}

/**
 * Printability from glyph data and the form's layout, with the renderer's own fitting: what it
 * accepts, the PDF prints. Free of pdf-lib and fontkit, so the form can load it cheaply.
 */
export function layoutPrintability(glyphs: Glyphs): Printability {
  const boxes = new Map<string, ValueBox>(FORM_LAYOUT.values.map((box) => [box.field, box]));
  return {
    unsupportedCharacters(text: string): string[] {
      const missing: string[] = [];
      for (const ch of text) {
        if (!glyphs.canDraw(ch.codePointAt(0) ?? 0) && !missing.includes(ch)) missing.push(ch);
      }
      return missing;
    },
    fits(field: TextField, text: string): boolean {
      const box = boxes.get(field);
      if (!box) throw new Error(`No box for ${field} on the form`);
      return fitValue(box, text, glyphs.measure).fits;
    },
  };
}
