import type { Progress } from '../progress/schema';
import { requestFingerprint } from './request-version';
import { TASK_IDS, type TaskId } from './task-ids';

/**
 * Printed and faxed paper follows the version of the request it was made with
 * (docs/decisions/0018-paper-versions-and-which-pc.md). Free of the form's rules, so the notice
 * that says the request changed can load without them.
 */

/** The tasks whose ticks belong to one version of the request: paper printed, paper faxed. */
const FOLLOWS_REQUEST: Partial<Record<TaskId, 'printedRequest' | 'faxedRequest'>> = {
  print: 'printedRequest',
  fax: 'faxedRequest',
};

/**
 * Whether the request's answers changed since the task's paper was made (printed, or faxed):
 * then the task must be done again with the new answers, and its ticks no longer hold.
 */
export function changedSince(task: TaskId, progress: Progress): boolean {
  const key = FOLLOWS_REQUEST[task];
  const recorded = key === undefined ? undefined : progress[key];
  return recorded !== undefined && recorded !== requestFingerprint(progress.request);
}

/** The ticks that still hold: a task's ticks (ids `task.…`) go when its paper is out of date. */
export function heldTicks(progress: Progress): readonly string[] {
  const stale = TASK_IDS.filter((task) => changedSince(task, progress));
  if (stale.length === 0) return progress.ticked;
  return progress.ticked.filter((id) => !stale.some((task) => id.startsWith(`${task}.`)));
}
