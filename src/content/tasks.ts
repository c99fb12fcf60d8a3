import type { TaskId, TaskStatus } from '../domain/tasks/status';
import type { ContactId } from './contacts';
import { TASK_PATHS } from './routes';

/** Which PC a task is done on: the guide's 以前利用されていたパソコン or the new one. */
export type WherePc = 'old-pc' | 'new-pc' | 'either';

/** The task list's rows: titles name what the person does (GOV.UK task list pattern). */
export interface TaskContent {
  id: TaskId;
  /** Shown in the task list and as the task page's heading. */
  title: string;
  /** The URL path of the task's first page. */
  path: string;
  /** Where the task is done. */
  where: WherePc;
  /** The inquiry line for questions about this task: its page lists it first. */
  help: ContactId;
}

export const TASKS: readonly TaskContent[] = [
  {
    id: 'request',
    title: '依頼書を作成する',
    path: TASK_PATHS.request,
    where: 'either',
    help: 'documents',
  },
  {
    id: 'print',
    title: '依頼書を印刷して捺印する',
    path: TASK_PATHS.print,
    where: 'either',
    help: 'documents',
  },
  {
    id: 'fax',
    title: 'FAXで送信し、完了の連絡を待つ',
    path: TASK_PATHS.fax,
    where: 'either',
    help: 'documents',
  },
  {
    id: 'old-certificate',
    title: '以前の電子証明書を削除する',
    path: TASK_PATHS['old-certificate'],
    where: 'old-pc',
    help: 'operation',
  },
  {
    id: 'edge',
    title: 'Microsoft Edge を設定する',
    path: TASK_PATHS.edge,
    where: 'new-pc',
    help: 'operation',
  },
  {
    id: 'internet-options',
    title: 'インターネットオプションを設定する',
    path: TASK_PATHS['internet-options'],
    where: 'new-pc',
    help: 'operation',
  },
  {
    id: 'certificate',
    title: '電子証明書を取得する',
    path: TASK_PATHS.certificate,
    where: 'new-pc',
    help: 'operation',
  },
];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  'not-started': '未着手',
  'in-progress': '作業中',
  completed: '完了',
  'cannot-start': 'まだ開始できません',
  'not-applicable': '対象外',
};

/** The PC a task is done on, as the task list and the task pages name it. */
export const WHERE_LABELS: Record<WherePc, string> = {
  'old-pc': '以前のパソコン',
  'new-pc': '新しいパソコン',
  either: 'どちらでも',
};

/** What each answer means, said once on a task page under its heading. */
export const WHERE_TEXT: Record<WherePc, string> = {
  'old-pc':
    'この作業は、以前のパソコン（従来、賃金控除事務支援サービスを利用していたパソコン）で行います。',
  'new-pc':
    'この作業は、新しいパソコン（今後、賃金控除事務支援サービスを利用するパソコン）で行います。',
  either: 'この作業は、どちらのパソコンで行ってもかまいません。',
};
