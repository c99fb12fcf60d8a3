import { useContext } from 'react';
import type { Printability } from '../domain/request/printability';
import { standInPrintability } from '../domain/request/printability-standin';
import { PrintabilityContext } from './printability';

/** The printability the form validates with: the real one once loaded, else the stand-in. */
export function usePrintability(): Printability {
  return useContext(PrintabilityContext) ?? standInPrintability;
}
