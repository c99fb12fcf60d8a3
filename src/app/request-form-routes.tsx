import { Outlet } from 'react-router';
import { usePdfAssets } from './printability';

/** The request form's pages: opening the form starts loading the PDF assets in the background. */
export function RequestFormRoutes() {
  usePdfAssets();
  return <Outlet />;
}
