import { PT_TO_MM, type ValueBox } from '../../content/pdf/form-layout';
import { fitText, type FitResult, type Measure } from './fit-text';

/*
 * Lives apart from render.ts so the form's printability check (metrics.ts, main thread) can use
 * the renderer's exact fitting rules without pulling pdf-lib and fontkit into the page.
 */

const MM = 1 / PT_TO_MM;

/** Box size in points for fitText. */
export function fitBoxOf(box: ValueBox) {
  return {
    width: box.rect.width * MM,
    height: box.rect.height * MM,
    maxSize: box.maxSize,
    minSize: box.minSize,
    maxLines: box.maxLines,
  };
}

/** Fit a value into its layout box; comb boxes take one character per cell. */
export function fitValue(box: ValueBox, text: string, measure: Measure): FitResult {
  if (!box.comb) return fitText(text, fitBoxOf(box), measure);
  const chars = Array.from(text);
  if (chars.length > box.comb) return { fits: false, reason: 'too-long' };
  const cell = fitBoxOf(box);
  cell.width /= box.comb;
  cell.maxLines = 1;
  const widest = chars.reduce((w, ch) => Math.max(w, measure(ch)), 0);
  for (let size = box.maxSize; size >= box.minSize; size -= 0.5) {
    if (widest * size <= cell.width * 0.8 && size <= cell.height) {
      return { fits: true, size, lines: [text] };
    }
  }
  return { fits: false, reason: 'too-long' };
}
