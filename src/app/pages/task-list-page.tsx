import { Link } from 'react-router';
import { Page } from '../../components/page';
import { TaskList } from '../../components/task-list';
import { progressSummary } from '../../domain/tasks/status';
import { taskRows } from '../task-rows';
import { useTaskStatuses } from '../../lib/progress/use-task-statuses';
import { useProgressState } from '../../lib/progress/react';
import { usePdfAssets } from '../printability';
import { ROUTES } from '../../content/routes';

export function TaskListPage() {
  const { progress } = useProgressState();
  // 依頼書 完了 is decided by the real fonts' check, as on the print page, once it has loaded
  // (the stand-in may refuse a long value the form fits); a confirmed request is printed next.
  usePdfAssets(progress.requestConfirmed);
  const statuses = useTaskStatuses();
  const { done, total } = progressSummary(statuses);

  return (
    <Page heading="手続きの一覧">
      <p className="summary" aria-live="polite">
        {total}件中{done}件完了
      </p>
      <p>
        上から順に進めてください。4〜7の作業は、ろうきんから手続き完了のお電話があった後に行います。
      </p>
      <TaskList rows={taskRows(statuses)} />
      {done === total && (
        <p className="summary">
          すべての作業が完了しました。<Link to={ROUTES.done}>手続きの完了へ進む</Link>
        </p>
      )}
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
