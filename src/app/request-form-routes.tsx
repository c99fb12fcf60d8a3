import { Outlet, useLocation } from 'react-router';
import { usePdfAssets, usePdfGlyphsAhead } from './printability';

/**
 * The request form's pages: opening the form starts loading the PDF assets in the background, and
 * each page change the glyphs of what has been typed.
 */
export function RequestFormRoutes() {
  usePdfAssets();
  usePdfGlyphsAhead(useLocation().pathname);
  return <Outlet />;
}
