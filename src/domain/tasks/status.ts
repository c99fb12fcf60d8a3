import type { Choices, Progress } from '../progress/schema';
import type { Printability } from '../request/printability';
import { standInPrintability } from '../request/printability-standin';
import { validateDraft } from '../request/rules';
import { emptyRequestDraft } from '../request/schema';
import { changedSince, heldTicks } from './paper';
import { TASK_IDS, type TaskId } from './task-ids';

// The rules without the form's rules live in their own modules (the first load needs them).
export { changedSince, heldTicks, TASK_IDS, type TaskId };

export type TaskStatus =
  'not-started' | 'in-progress' | 'completed' | 'cannot-start' | 'not-applicable';

/**
 * Which checklist steps a task asks for, given the person's branch answers. Supplied by the
 * procedure content, so the status rules stay independent of the wording of the guide.
 */
export type StepPlan = (task: TaskId, choices: Choices) => readonly string[];

/** What a task waits for before it can start: the confirmed request, or the bank's call. */
export type Blocker = 'request' | 'call';

/**
 * The guide: print and FAX the request once it is made; do tasks 4–7 only after the bank's call
 * that the procedure is complete.
 */
const WAITS_FOR: Readonly<Record<TaskId, Blocker | undefined>> = {
  request: undefined,
  print: 'request',
  fax: 'request',
  'old-certificate': 'call',
  edge: 'call',
  'internet-options': 'call',
  certificate: 'call',
};

/** What the task waits for, whether or not it has happened yet. */
export function waitsFor(task: TaskId): Blocker | undefined {
  return WAITS_FOR[task];
}

/** What still keeps the task from starting, or undefined when it can start. */
export function blockedBy(task: TaskId, progress: Progress): Blocker | undefined {
  switch (WAITS_FOR[task]) {
    case 'request':
      return progress.requestConfirmed ? undefined : 'request';
    case 'call':
      // Only the call: editing the form afterwards must not lock tasks 4–7 again.
      return progress.callReceivedAt === undefined ? 'call' : undefined;
    default:
      return undefined;
  }
}

type ChoiceKey = keyof Choices;
type ChoiceAnswer = { [K in ChoiceKey]: { choice: K; value: NonNullable<Choices[K]> } }[ChoiceKey];

/** The one answer that makes a task unnecessary (対象外). */
const NOT_APPLICABLE_WHEN: Partial<Record<TaskId, ChoiceAnswer>> = {
  // Only when the old PC is still there or stays in use (guide: otherwise go on to 2.).
  'old-certificate': { choice: 'oldPcInUse', value: 'no' },
  // IE mode is set up with the bank's separate manual (a step of task 5), which then goes
  // straight to obtaining the certificate (「本マニュアルの P.16 へ」), past section 3.
  'internet-options': { choice: 'browserMode', value: 'ie-mode' },
};

/** The branch question whose answer decides whether the task applies at all. */
export function decidingChoice(task: TaskId): ChoiceKey | undefined {
  return NOT_APPLICABLE_WHEN[task]?.choice;
}

export function isApplicable(task: TaskId, choices: Choices): boolean {
  const rule = NOT_APPLICABLE_WHEN[task];
  return rule === undefined || choices[rule.choice] !== rule.value;
}

/**
 * Branch answers that belong to a task: answering one of them means the task has begun. They are
 * the questions its page asks (tests/content/procedures/content.test.ts keeps the two in step).
 */
const TASK_CHOICES: Partial<Record<TaskId, readonly ChoiceKey[]>> = {
  'old-certificate': ['oldPcInUse'],
  edge: ['browserMode'],
  'internet-options': ['windowsVersion', 'popupBlocker'],
};

export function taskChoices(task: TaskId): readonly ChoiceKey[] {
  return TASK_CHOICES[task] ?? [];
}

/**
 * Tasks 1–3 were done in another browser and the call recorded here (`requestElsewhere`), and
 * nothing of the request has been started in this one since.
 */
export function doneElsewhere(task: TaskId, progress: Progress): boolean {
  return (
    WAITS_FOR[task] !== 'call' &&
    progress.requestElsewhere === true &&
    progress.callReceivedAt !== undefined &&
    !progress.requestConfirmed &&
    !isDraftTouched(progress)
  );
}

/**
 * Whether the recorded call answers the FAX as it stands: there is a call, it came after the
 * last recorded FAX (or no FAX was recorded in this browser), and the request did not change
 * since that FAX.
 */
export function callAnswersFax(progress: Progress): boolean {
  const { callReceivedAt, faxSentAt } = progress;
  if (callReceivedAt === undefined || changedSince('fax', progress)) return false;
  return faxSentAt === undefined || Date.parse(callReceivedAt) >= Date.parse(faxSentAt);
}

/**
 * Whether the request is made: the person pressed 「この内容で依頼書を作成する」 (the saved flag)
 * AND the saved answers pass every rule now. The flag alone is not trusted: a saved state or an
 * imported file may carry it beside answers that /print cannot make a PDF of (an invalid postal
 * code, a value pasted after the check). Tasks 2–3 still open on the flag alone: the print page
 * is where such answers are listed with links to fix them.
 */
export function isRequestMade(
  progress: Progress,
  printability: Printability = standInPrintability,
): boolean {
  return (
    progress.requestConfirmed && validateDraft(progress.request, printability).request !== null
  );
}

/**
 * The status of `task`. `printability` is the check the form validates with (the real fonts'
 * once loaded); it decides whether the saved request can be printed.
 */
export function taskStatus(
  task: TaskId,
  progress: Progress,
  plan: StepPlan,
  printability: Printability = standInPrintability,
): TaskStatus {
  if (doneElsewhere(task, progress)) return 'completed';
  if (task === 'request') {
    if (isRequestMade(progress, printability)) return 'completed';
    return progress.requestConfirmed || isDraftTouched(progress) ? 'in-progress' : 'not-started';
  }
  if (task === 'fax' && callAnswersFax(progress)) return 'completed';
  if (blockedBy(task, progress) !== undefined) return 'cannot-start';
  if (!isApplicable(task, progress.choices)) return 'not-applicable';
  // Paper made with answers that have changed since: to be done again, so begun, not done.
  if (changedSince(task, progress)) return 'in-progress';

  const steps = plan(task, progress.choices);
  const ticked = new Set(heldTicks(progress));
  const tickedCount = steps.filter((id) => ticked.has(id)).length;

  if (task === 'fax') {
    return progress.faxSentAt !== undefined || tickedCount > 0 ? 'in-progress' : 'not-started';
  }
  if (steps.length > 0 && tickedCount === steps.length) return 'completed';
  const choiceMade = taskChoices(task).some((key) => progress.choices[key] !== undefined);
  return tickedCount > 0 || choiceMade ? 'in-progress' : 'not-started';
}

export function allTaskStatuses(
  progress: Progress,
  plan: StepPlan,
  printability: Printability = standInPrintability,
): Record<TaskId, TaskStatus> {
  return Object.fromEntries(
    TASK_IDS.map((task) => [task, taskStatus(task, progress, plan, printability)]),
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
