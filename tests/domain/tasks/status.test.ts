import { describe, expect, test } from 'vitest';
import { emptyProgress, type Progress } from '../../../src/domain/progress/schema';
import {
  allTaskStatuses,
  progressSummary,
  type StepPlan,
  type TaskId,
  type TaskStatus,
} from '../../../src/domain/tasks/status';

/** A stand-in plan: two steps per task, named after the task. */
const plan: StepPlan = (task) => [`${task}.one`, `${task}.two`];

const base = emptyProgress();
const confirmed: Progress = { ...base, requestConfirmed: true };
const called: Progress = {
  ...confirmed,
  faxSentAt: '2026-11-26T10:00:00.000Z',
  callReceivedAt: '2026-11-26T12:00:00.000Z',
};

type Expect = Partial<Record<TaskId, TaskStatus>>;

describe('task statuses', () => {
  test.each<[string, Progress, Expect]>([
    [
      'a first visit',
      base,
      {
        request: 'not-started',
        print: 'cannot-start',
        fax: 'cannot-start',
        'old-certificate': 'cannot-start',
        edge: 'cannot-start',
        'internet-options': 'cannot-start',
        certificate: 'cannot-start',
      },
    ],
    [
      'a request being typed',
      { ...base, request: { ...base.request, organisationName: '中' } },
      { request: 'in-progress' },
    ],
    [
      'a confirmed request',
      confirmed,
      { request: 'completed', print: 'not-started', fax: 'not-started', edge: 'cannot-start' },
    ],
    ['one print step ticked', { ...confirmed, ticked: ['print.one'] }, { print: 'in-progress' }],
    [
      'all print steps ticked',
      { ...confirmed, ticked: ['print.one', 'print.two'] },
      { print: 'completed' },
    ],
    [
      'ticks of other steps do not count',
      { ...confirmed, ticked: ['print.three'] },
      { print: 'not-started' },
    ],
    [
      'the FAX sent',
      { ...confirmed, faxSentAt: '2026-11-26T10:00:00.000Z' },
      { fax: 'in-progress', certificate: 'cannot-start' },
    ],
    [
      'the call received',
      called,
      {
        fax: 'completed',
        'old-certificate': 'not-started',
        edge: 'not-started',
        'internet-options': 'not-started',
        certificate: 'not-started',
      },
    ],
    [
      'old PC gone',
      { ...called, choices: { oldPcInUse: 'no' } },
      { 'old-certificate': 'not-applicable' },
    ],
    [
      'old PC kept, nothing ticked',
      { ...called, choices: { oldPcInUse: 'yes' } },
      { 'old-certificate': 'in-progress' },
    ],
    [
      'IE mode',
      { ...called, choices: { browserMode: 'ie-mode' } },
      { edge: 'not-applicable', 'internet-options': 'not-applicable', certificate: 'not-started' },
    ],
    [
      'an answer edited after the call keeps tasks 4–7 open',
      { ...called, requestConfirmed: false },
      {
        request: 'not-started',
        print: 'cannot-start',
        fax: 'completed',
        certificate: 'not-started',
      },
    ],
    [
      'IE mode before the call is still locked',
      { ...confirmed, choices: { browserMode: 'ie-mode' } },
      { edge: 'cannot-start' },
    ],
    [
      'popup answer starts Internet Options',
      { ...called, choices: { popupBlocker: 'on' } },
      { 'internet-options': 'in-progress' },
    ],
    [
      'all certificate steps ticked',
      { ...called, ticked: ['certificate.one', 'certificate.two'] },
      { certificate: 'completed' },
    ],
  ])('%s', (_name, progress, expected) => {
    const statuses = allTaskStatuses(progress, plan);
    expect(statuses).toMatchObject(expected);
  });

  test('a task without steps is never completed by ticks alone', () => {
    const statuses = allTaskStatuses(called, () => []);
    expect(statuses.certificate).toBe('not-started');
  });
});

describe('progressSummary', () => {
  test.each<[string, Progress, { done: number; total: number }]>([
    ['nothing done', base, { done: 0, total: 7 }],
    ['request and fax done', called, { done: 2, total: 7 }],
    [
      'not-applicable tasks leave the total',
      { ...called, choices: { oldPcInUse: 'no', browserMode: 'ie-mode' } },
      { done: 2, total: 4 },
    ],
  ])('%s', (_name, progress, expected) => {
    expect(progressSummary(allTaskStatuses(progress, plan))).toEqual(expected);
  });
});
