import type { Progress } from '../progress/schema';
import { requestFingerprint } from './request-version';
import { callAnswersFax, changedSince, type TaskId } from './status';

/**
 * What the person's clicks on the task pages do to the progress: ticks, and the moments the guide
 * records (the FAX sent, the bank's call). Pure: the pages pass the clock.
 */

/** The FAX step, ticked by 「FAXを送信した」 rather than by a box. */
export const FAX_STEP = 'fax.send';

const withTick = (ticked: readonly string[], id: string) =>
  ticked.includes(id) ? [...ticked] : [...ticked, id];
const withoutTick = (ticked: readonly string[], id: string) => ticked.filter((t) => t !== id);
const ofTask = (task: TaskId) => (id: string) => id.startsWith(`${task}.`);

/**
 * Ticks or unticks a step of `task`. Ticking a print step records which version of the request
 * the paper is; when the answers changed since the last print, its old ticks go first (they were
 * for the old paper).
 */
export function setTick(progress: Progress, task: TaskId, id: string, on: boolean): Progress {
  let ticked: readonly string[] = progress.ticked;
  const follows = task === 'print';
  if (follows && changedSince(task, progress)) ticked = ticked.filter((t) => !ofTask(task)(t));
  ticked = on ? withTick(ticked, id) : withoutTick(ticked, id);
  if (ticked.length === progress.ticked.length && ticked.every((t, i) => t === progress.ticked[i]))
    return progress;
  const next: Progress = { ...progress, ticked: [...ticked] };
  if (follows) {
    if (ticked.some(ofTask(task))) next.printedRequest = requestFingerprint(progress.request);
    else delete next.printedRequest;
  }
  return next;
}

/** 「FAXを送信した」: when, and with which version of the request. Sending again replaces both. */
export function recordFaxSent(progress: Progress, now: Date): Progress {
  return {
    ...progress,
    faxSentAt: now.toISOString(),
    faxedRequest: requestFingerprint(progress.request),
    ticked: withTick(progress.ticked, FAX_STEP),
  };
}

/** Whether the FAX record can be taken back: not while a call that answers it is recorded. */
export function canUndoFax(progress: Progress): boolean {
  return progress.faxSentAt !== undefined && !callAnswersFax(progress);
}

export function undoFaxSent(progress: Progress): Progress {
  if (!canUndoFax(progress)) return progress;
  const next: Progress = { ...progress, ticked: withoutTick(progress.ticked, FAX_STEP) };
  delete next.faxSentAt;
  delete next.faxedRequest;
  return next;
}

/** The call can be recorded once the FAX is: the bank calls about a FAX it received. */
export function canRecordCall(progress: Progress): boolean {
  return progress.faxSentAt !== undefined && !changedSince('fax', progress);
}

/** 「ろうきんから完了のお電話を受けた」 */
export function recordCall(progress: Progress, now: Date): Progress {
  if (!canRecordCall(progress)) return progress;
  return { ...progress, callReceivedAt: now.toISOString() };
}

export function undoCall(progress: Progress): Progress {
  const next: Progress = { ...progress };
  delete next.callReceivedAt;
  delete next.requestElsewhere;
  return next;
}

/**
 * On a new PC's fresh browser: tasks 1–3 were done elsewhere (on the old PC) and the call came,
 * so the person goes on with the new PC's tasks. Nothing of the request is needed here. Offered
 * only while this browser has nothing of tasks 1–3 itself.
 */
export function canRecordCallElsewhere(progress: Progress): boolean {
  return (
    progress.callReceivedAt === undefined &&
    progress.faxSentAt === undefined &&
    !progress.requestConfirmed
  );
}

export function recordCallElsewhere(progress: Progress, now: Date): Progress {
  if (!canRecordCallElsewhere(progress)) return progress;
  return { ...progress, callReceivedAt: now.toISOString(), requestElsewhere: true };
}
