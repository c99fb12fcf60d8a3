import { describe, expect, test } from 'vitest';
import { PROCEDURES, type ProcedureTaskId } from '../../../src/content/procedures';
import { decidingChoice, taskChoices } from '../../../src/domain/tasks/status';

/** The task rules (domain/tasks/status.ts) and the procedures' content describe the same tasks. */
const TASKS = Object.keys(PROCEDURES) as ProcedureTaskId[];

describe.each(TASKS)('%s', (task) => {
  const procedure = PROCEDURES[task];

  test('the answers that start the task are the questions its page asks', () => {
    expect(procedure.questions.map((q) => q.choice)).toEqual(taskChoices(task));
  });

  test('a task that may not apply says so, and only such a task', () => {
    expect(procedure.notApplicable !== undefined).toBe(decidingChoice(task) !== undefined);
  });

  test('a deciding question is asked on the task page or on an earlier one', () => {
    const choice = decidingChoice(task);
    if (choice === undefined) return;
    const earlier = TASKS.slice(0, TASKS.indexOf(task) + 1);
    expect(earlier.some((t) => PROCEDURES[t].questions.some((q) => q.choice === choice))).toBe(
      true,
    );
  });

  test('a step records a moment only where a control exists for it', () => {
    const records = procedure.steps.flatMap((s) => (s.record ? [s.record] : []));
    expect(records).toEqual(task === 'fax' ? ['fax-sent', 'call-received'] : []);
  });
});
