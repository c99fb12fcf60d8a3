import type { Choices, Progress } from '../progress/schema';
import { emptyRequestDraft } from '../request/schema';

/** The seven tasks of the procedure, in the order the guide gives them. */
export const TASK_IDS = [
  'request', // 依頼書を作成する
  'print', // 依頼書を印刷して押印する
  'fax', // FAXで送信し、完了の連絡を待つ
  'old-certificate', // 以前の電子証明書を削除する
  'edge', // Microsoft Edge を設定する
  'internet-options', // インターネットオプションを設定する
  'certificate', // 電子証明書を取得する
] as const;
export type TaskId = (typeof TASK_IDS)[number];

export type TaskStatus =
  'not-started' | 'in-progress' | 'completed' | 'cannot-start' | 'not-applicable';

/**
 * Which checklist steps a task asks for, given the person's branch answers. Supplied by the
 * procedure content, so the status rules stay independent of the wording of the guide.
 */
export type StepPlan = (task: TaskId, choices: Choices) => readonly string[];

/** The guide: do tasks 4–7 only after the bank's call that the procedure is complete. */
const AFTER_CALL: ReadonlySet<TaskId> = new Set([
  'old-certificate',
  'edge',
  'internet-options',
  'certificate',
]);

export function isApplicable(task: TaskId, choices: Choices): boolean {
  switch (task) {
    case 'old-certificate':
      // Only when the old PC is still there or stays in use (guide: otherwise go on to 2.).
      return choices.oldPcInUse !== 'no';
    case 'edge':
    case 'internet-options':
      // IE mode is set up with the bank's separate manual, then goes straight to obtaining.
      return choices.browserMode !== 'ie-mode';
    default:
      return true;
  }
}

/** Branch answers that belong to a task: answering one of them means the task has begun. */
const TASK_CHOICES: Partial<Record<TaskId, readonly (keyof Choices)[]>> = {
  'old-certificate': ['oldPcInUse'],
  edge: ['browserMode'],
  'internet-options': ['windowsVersion', 'popupBlocker'],
};

export function taskStatus(task: TaskId, progress: Progress, plan: StepPlan): TaskStatus {
  const requestDone = progress.requestConfirmed;
  const called = progress.callReceivedAt !== undefined;
  if (task === 'request') {
    if (requestDone) return 'completed';
    return isDraftTouched(progress) ? 'in-progress' : 'not-started';
  }
  if (task === 'fax' && called) return 'completed';
  // Tasks 4–7 wait for the call only: editing the form afterwards must not lock them again.
  if (AFTER_CALL.has(task) ? !called : !requestDone) return 'cannot-start';
  if (!isApplicable(task, progress.choices)) return 'not-applicable';

  const steps = plan(task, progress.choices);
  const ticked = new Set(progress.ticked);
  const tickedCount = steps.filter((id) => ticked.has(id)).length;

  if (task === 'fax') {
    return progress.faxSentAt !== undefined || tickedCount > 0 ? 'in-progress' : 'not-started';
  }
  if (steps.length > 0 && tickedCount === steps.length) return 'completed';
  const choiceMade = (TASK_CHOICES[task] ?? []).some((key) => progress.choices[key] !== undefined);
  return tickedCount > 0 || choiceMade ? 'in-progress' : 'not-started';
}

export function allTaskStatuses(progress: Progress, plan: StepPlan): Record<TaskId, TaskStatus> {
  return Object.fromEntries(
    TASK_IDS.map((task) => [task, taskStatus(task, progress, plan)]),
  ) as Record<TaskId, TaskStatus>;
}

/**
 * The figures of 「7件中N件完了」. A task that does not apply (対象外) leaves the total, so the
 * person can still reach "all done" and no row is counted 完了 that was never done.
 */
export function progressSummary(statuses: Record<TaskId, TaskStatus>): {
  done: number;
  total: number;
} {
  const applicable = TASK_IDS.filter((t) => statuses[t] !== 'not-applicable');
  return {
    done: applicable.filter((t) => statuses[t] === 'completed').length,
    total: applicable.length,
  };
}

function isDraftTouched(progress: Progress): boolean {
  return JSON.stringify(progress.request) !== JSON.stringify(emptyRequestDraft());
}
