import { Link } from 'react-router';
import { TASK_PATHS } from '../content/routes';
import { changedSince } from '../domain/tasks/paper';
import { useProgressState } from '../lib/progress/react';

/**
 * The request's answers changed after its form was printed or faxed: that paper is out of date.
 * Said on every page where it matters (the form, the task list, the print and FAX pages), with
 * what to do: print, stamp and send again. The print and FAX tasks reopen by the task rules.
 */
export function RequestChangedNotice({ linkToPrint = false }: { linkToPrint?: boolean }) {
  const { progress } = useProgressState();
  const faxed = changedSince('fax', progress);
  // A FAX recorded with the answers as they are now was sent on new paper: nothing to redo,
  // even if the print steps were not ticked again.
  const faxedAsNow = progress.faxedRequest !== undefined && !faxed;
  const printed = changedSince('print', progress) && !faxedAsNow;
  if (!faxed && !printed) return null;
  return (
    <div className="notice notice--warning request-changed" role="note">
      <div className="notice__body">
        <p>
          <strong>
            依頼書の内容が、{faxed ? 'FAXで送信した' : '印刷した'}ときから変わっています。
          </strong>
        </p>
        <p>
          変更後の依頼書を印刷し、お申込印をご捺印のうえ、
          {progress.faxSentAt === undefined ? '' : 'あらためて'}FAXで送信してください。
          {linkToPrint && progress.requestConfirmed && (
            <>
              {' '}
              <Link to={TASK_PATHS.print}>依頼書を印刷し直す</Link>
            </>
          )}
        </p>
      </div>
    </div>
  );
}
