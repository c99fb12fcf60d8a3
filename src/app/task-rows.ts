import { TASKS, TASK_STATUS_LABELS } from '../content/tasks';
import { waitsFor, type TaskId, type TaskStatus } from '../domain/tasks/status';
import type { TaskRow } from '../components/task-list';

const TONES: Record<TaskStatus, TaskRow['tone']> = {
  'not-started': 'neutral',
  'in-progress': 'active',
  completed: 'done',
  'cannot-start': 'muted',
  'not-applicable': 'muted',
};

/** Why a task cannot start yet, in the person's words. */
function lockedHint(id: TaskId): string {
  if (waitsFor(id) === 'request') return '依頼書の作成が終わると開始できます。';
  return 'ろうきんから手続き完了のお電話があった後に開始できます。';
}

export function taskRows(statuses: Record<TaskId, TaskStatus>): TaskRow[] {
  return TASKS.map((task) => {
    const status = statuses[task.id];
    const locked = status === 'cannot-start';
    return {
      id: task.id,
      title: task.title,
      href: locked ? undefined : task.path,
      statusLabel: TASK_STATUS_LABELS[status],
      tone: TONES[status],
      hint: locked ? lockedHint(task.id) : undefined,
    };
  });
}
