import type { TaskId, TaskStatus } from '../domain/tasks/status';
import { TASK_PATHS } from './routes';

/** The task list's rows: titles name what the person does (GOV.UK task list pattern). */
export interface TaskContent {
  id: TaskId;
  /** Shown in the task list and as the task page's heading. */
  title: string;
  /** The URL path of the task's first page. */
  path: string;
}

export const TASKS: readonly TaskContent[] = [
  { id: 'request', title: '依頼書を作成する', path: TASK_PATHS.request },
  { id: 'print', title: '依頼書を印刷して押印する', path: TASK_PATHS.print },
  { id: 'fax', title: 'FAXで送信し、完了の連絡を待つ', path: TASK_PATHS.fax },
  {
    id: 'old-certificate',
    title: '以前の電子証明書を削除する',
    path: TASK_PATHS['old-certificate'],
  },
  { id: 'edge', title: 'Microsoft Edge を設定する', path: TASK_PATHS.edge },
  {
    id: 'internet-options',
    title: 'インターネットオプションを設定する',
    path: TASK_PATHS['internet-options'],
  },
  { id: 'certificate', title: '電子証明書を取得する', path: TASK_PATHS.certificate },
];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  'not-started': '未着手',
  'in-progress': '作業中',
  completed: '完了',
  'cannot-start': 'まだ開始できません',
  'not-applicable': '対象外',
};
