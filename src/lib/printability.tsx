import { createContext, useContext, type ReactNode } from 'react';
import type { Printability } from '../domain/request/printability';
import { standInPrintability } from '../domain/request/printability-standin';

/**
 * The printability check the form validates with. The app provides the real one (font data and
 * layout) once it has loaded; until then the conservative stand-in answers.
 */
const PrintabilityContext = createContext<Printability>(standInPrintability);

export function PrintabilityProvider({
  value,
  children,
}: {
  value: Printability;
  children: ReactNode;
}) {
  return <PrintabilityContext.Provider value={value}>{children}</PrintabilityContext.Provider>;
}

export function usePrintability(): Printability {
  return useContext(PrintabilityContext);
}
