import { Link } from 'react-router';
import { Page } from '../../components/page';
import { RequestChangedNotice } from '../../components/request-changed-notice';
import { TaskList } from '../../components/task-list';
import { formatWallTime } from '../../domain/procedure/call-estimate';
import { wallTime } from '../../domain/calendar/bank-calendar';
import { canRecordCallElsewhere, recordCallElsewhere, undoCall } from '../../domain/tasks/records';
import { progressSummary } from '../../domain/tasks/status';
import { taskRows } from '../task-rows';
import { useTaskStatuses } from '../../lib/progress/use-task-statuses';
import { useProgressState, useProgressStore } from '../../lib/progress/react';
import { usePdfAssets } from '../printability';
import { ROUTES } from '../../content/routes';

export function TaskListPage() {
  const { progress } = useProgressState();
  // 依頼書 完了 is decided by the real fonts' check, as on the print page, once it has loaded
  // (the stand-in may refuse a long value the form fits); a confirmed request is printed next.
  usePdfAssets(progress.requestConfirmed);
  const statuses = useTaskStatuses();
  const { done, total } = progressSummary(statuses);
  const notApplicable = Object.values(statuses).filter((s) => s === 'not-applicable').length;

  return (
    <Page heading="手続きの一覧">
      <RequestChangedNotice linkToPrint />
      <p className="summary" aria-live="polite">
        {total}件中{done}件完了
        {notApplicable > 0 && (
          <span className="summary__note">（対象外の{notApplicable}件を除く）</span>
        )}
      </p>
      <p>
        上から順に進めてください。4〜7の作業は、ろうきんから手続き完了のお電話があった後に行います。4は以前のパソコンで、5〜7は新しいパソコンで行います。
      </p>
      <CallElsewhereRecord />
      <TaskList rows={taskRows(statuses, progress)} />
      {done === total && (
        <p className="summary">
          すべての作業が完了しました。<Link to={ROUTES.done}>手続きの完了へ進む</Link>
        </p>
      )}
      <CallElsewhere />
      <ul className="secondary-actions list">
        <li>
          <Link to={ROUTES.progressFile}>進捗をファイルに保存・ファイルから再開</Link>
        </li>
        <li>
          <Link to={ROUTES.reset}>このパソコンから入力内容を消去（最初からやり直す）</Link>
        </li>
      </ul>
    </Page>
  );
}

/**
 * On a new PC's fresh browser: the request was made, printed and faxed on the old PC, and the
 * bank has called. One button says so and opens the new PC's tasks; nothing needs importing (the
 * form's personal data need not come to this PC at all).
 */
function CallElsewhere() {
  const { progress } = useProgressState();
  const store = useProgressStore();
  const statuses = useTaskStatuses();
  if (!canRecordCallElsewhere(progress) || statuses.request !== 'not-started') return null;
  return (
    <section className="call-elsewhere" aria-labelledby="call-elsewhere-heading">
      <h2 id="call-elsewhere-heading">依頼書の作成からFAXまでを別のパソコンで済ませた場合</h2>
      <p>
        以前のパソコンなど別のパソコンで依頼書を作成してFAXで送信し、ろうきんから手続き完了のお電話を受けた場合は、このパソコンでは4〜7の作業から始められます。依頼書の入力内容をこのパソコンに移す必要はありません。
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => store.update((p) => recordCallElsewhere(p, new Date()))}
        >
          完了のお電話を受けたので、このパソコンでの作業に進む
        </button>
      </div>
    </section>
  );
}

/** The record that tasks 1–3 were done elsewhere, with a way to take it back. */
function CallElsewhereRecord() {
  const { progress } = useProgressState();
  const store = useProgressStore();
  const { requestElsewhere, callReceivedAt } = progress;
  if (requestElsewhere !== true || callReceivedAt === undefined) return null;
  return (
    <div className="notice notice--info call-elsewhere__record">
      <div className="notice__body">
        <p>
          依頼書の作成からFAXまでを別のパソコンで済ませ、ろうきんから完了のお電話を受けたと記録しています（
          {formatWallTime(wallTime(new Date(callReceivedAt)))}）。
        </p>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => store.update(undoCall)}
        >
          この記録を取り消す
        </button>
      </div>
    </div>
  );
}
