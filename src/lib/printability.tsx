import { createContext, type ReactNode } from 'react';
import type { Printability } from '../domain/request/printability';

/**
 * The printability check the form validates with, once the app has loaded the real one (font
 * data and layout); null until then. Read it with usePrintability (./use-printability.ts), which
 * answers with the conservative stand-in meanwhile: kept apart so the stand-in stays out of the
 * first load, which only provides the context.
 */
export const PrintabilityContext = createContext<Printability | null>(null);

export function PrintabilityProvider({
  value,
  children,
}: {
  value: Printability | null;
  children: ReactNode;
}) {
  return <PrintabilityContext.Provider value={value}>{children}</PrintabilityContext.Provider>;
}
