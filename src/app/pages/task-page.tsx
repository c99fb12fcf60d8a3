import { Link } from 'react-router';
import { BackLink } from '../../components/back-link';
import { Page } from '../../components/page';
import type { TaskContent } from '../../content/tasks';
import { useTaskStatuses } from '../use-task-statuses';

/**
 * A task whose screens are not built yet. It still guards the order of the guide: a task that
 * cannot start says why instead of showing its steps.
 */
export function TaskPlaceholderPage({ task }: { task: TaskContent }) {
  const status = useTaskStatuses()[task.id];

  return (
    <Page heading={task.title} before={<BackLink to="/tasks">手続きの一覧へ戻る</BackLink>}>
      {status === 'cannot-start' ? (
        <p>
          この作業はまだ開始できません。
          {task.id === 'print' || task.id === 'fax'
            ? '先に依頼書を作成してください。'
            : 'ろうきんから手続き完了のお電話があった後に行ってください。'}
        </p>
      ) : (
        <p>この手順の画面は準備中です。</p>
      )}
      <p>
        <Link to="/tasks">手続きの一覧へ戻る</Link>
      </p>
    </Page>
  );
}
