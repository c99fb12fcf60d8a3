import { Outlet } from 'react-router';
import { RequestChangedNotice } from '../components/request-changed-notice';
import { usePdfAssets } from './printability';

/**
 * The request form's pages: opening the form starts loading the PDF assets in the background.
 * Each says when the answers changed after the form was printed or faxed (issue 16, item 4).
 */
export function RequestFormRoutes() {
  usePdfAssets();
  return (
    <>
      <RequestChangedNotice linkToPrint />
      <Outlet />
    </>
  );
}
