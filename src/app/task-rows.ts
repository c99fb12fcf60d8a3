import { PROCEDURES } from '../content/procedures';
import { TASKS, TASK_STATUS_LABELS, WHERE_LABELS } from '../content/tasks';
import type { Progress } from '../domain/progress/schema';
import {
  changedSince,
  doneElsewhere,
  waitsFor,
  type TaskId,
  type TaskStatus,
} from '../domain/tasks/status';
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

/** What a row says under its title beside its status, if anything. */
function hintFor(id: TaskId, status: TaskStatus, progress: Progress): string | undefined {
  if (doneElsewhere(id, progress)) return '別のパソコンで済ませています。';
  if (changedSince(id, progress)) {
    return id === 'fax'
      ? '依頼書の内容がFAXで送信したときから変わったため、あらためて送信します。'
      : '依頼書の内容が印刷したときから変わったため、印刷・ご捺印し直します。';
  }
  if (status === 'cannot-start') return lockedHint(id);
  if (status === 'not-applicable')
    return PROCEDURES[id as Exclude<TaskId, 'request'>].notApplicable?.title;
  return undefined;
}

export function taskRows(statuses: Record<TaskId, TaskStatus>, progress: Progress): TaskRow[] {
  return TASKS.map((task) => {
    const status = statuses[task.id];
    const locked = status === 'cannot-start';
    return {
      id: task.id,
      title: task.title,
      href: locked ? undefined : task.path,
      statusLabel: TASK_STATUS_LABELS[status],
      tone: TONES[status],
      hint: hintFor(task.id, status, progress),
      where: `作業するパソコン：${WHERE_LABELS[task.where]}`,
    };
  });
}
