import type { Font } from 'fontkit';
import type { Printability } from '../../domain/request/printability';
import { FontSet } from './font-engine';
import { layoutPrintability } from './layout-printability';

/**
 * Printability backed by the real fonts. The app uses the metrics table instead (metrics.ts);
 * this one is the reference the table is tested against.
 */
export function createPrintability(fonts: { primary: Font; fallback: Font }): Printability {
  return layoutPrintability(new FontSet(fonts.primary, fonts.fallback));
}
