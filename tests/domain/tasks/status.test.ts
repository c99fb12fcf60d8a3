import { describe, expect, test } from 'vitest';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { emptyProgress, type Progress } from '../../../src/domain/progress/schema';
import type { Printability } from '../../../src/domain/request/printability';
import { requestFingerprint } from '../../../src/domain/tasks/request-version';
import {
  allTaskStatuses,
  changedSince,
  heldTicks,
  isRequestMade,
  progressSummary,
  type StepPlan,
  type TaskId,
  type TaskStatus,
} from '../../../src/domain/tasks/status';

/** A stand-in plan: two steps per task, named after the task. */
const plan: StepPlan = (task) => [`${task}.one`, `${task}.two`];

const base = emptyProgress();
// Confirmed means pressed 「この内容で依頼書を作成する」 on answers that pass the rules.
const confirmed: Progress = { ...base, request: { ...REQUEST_EXAMPLE }, requestConfirmed: true };
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
      { edge: 'in-progress', 'internet-options': 'not-applicable', certificate: 'not-started' },
    ],
    [
      'an answer edited after the call keeps tasks 4–7 open',
      { ...called, request: base.request, requestConfirmed: false },
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

describe('a request changed after its paper was printed or faxed', () => {
  const printedFp = requestFingerprint(REQUEST_EXAMPLE);
  const edited = { ...REQUEST_EXAMPLE, phone: '03-1111-2222' };
  const printed: Progress = {
    ...confirmed,
    ticked: ['print.one', 'print.two'],
    printedRequest: printedFp,
  };
  const faxed: Progress = {
    ...printed,
    faxSentAt: '2026-11-26T10:00:00.000Z',
    faxedRequest: printedFp,
    ticked: ['print.one', 'print.two', 'fax.one'],
  };

  test.each<[string, Progress, Expect]>([
    ['printed, unchanged', printed, { print: 'completed' }],
    [
      'printed, then edited and confirmed again: print reopens',
      { ...printed, request: edited },
      { request: 'completed', print: 'in-progress', fax: 'not-started' },
    ],
    [
      'printed, being edited: print waits for the request',
      { ...printed, request: edited, requestConfirmed: false },
      { request: 'in-progress', print: 'cannot-start' },
    ],
    [
      'edited back to what was printed: nothing to redo',
      { ...printed, request: { ...edited, phone: REQUEST_EXAMPLE.phone } },
      { print: 'completed' },
    ],
    ['faxed, unchanged', faxed, { print: 'completed', fax: 'in-progress' }],
    [
      'faxed and called, then edited: the FAX reopens, tasks 4–7 stay open',
      { ...faxed, callReceivedAt: '2026-11-26T12:00:00.000Z', request: edited },
      { print: 'in-progress', fax: 'in-progress', certificate: 'not-started' },
    ],
    [
      'the call came before the FAX sent again: the FAX waits for a new call',
      {
        ...faxed,
        callReceivedAt: '2026-11-26T09:00:00.000Z',
        faxSentAt: '2026-11-26T10:00:00.000Z',
      },
      { fax: 'in-progress', certificate: 'not-started' },
    ],
    [
      'no version recorded (nothing to compare): as before',
      { ...called, request: edited },
      { fax: 'completed' },
    ],
  ])('%s', (_name, progress, expected) => {
    expect(allTaskStatuses(progress, plan)).toMatchObject(expected);
  });

  test('the ticks of a task whose paper is out of date no longer hold', () => {
    const stale = { ...faxed, request: edited };
    expect(changedSince('print', stale)).toBe(true);
    expect(changedSince('fax', stale)).toBe(true);
    expect(changedSince('edge', stale)).toBe(false);
    expect(heldTicks(stale)).toEqual([]);
    expect(heldTicks({ ...stale, ticked: [...stale.ticked, 'edge.one'] })).toEqual(['edge.one']);
    expect(heldTicks(faxed)).toEqual(faxed.ticked);
  });
});

describe('tasks 1–3 done in another browser (a new PC’s fresh browser)', () => {
  const elsewhere: Progress = {
    ...base,
    callReceivedAt: '2026-11-26T12:00:00.000Z',
    requestElsewhere: true,
  };
  test.each<[string, Progress, Expect]>([
    [
      'the call recorded here: 1–3 done, 4–7 open',
      elsewhere,
      {
        request: 'completed',
        print: 'completed',
        fax: 'completed',
        'old-certificate': 'not-started',
        edge: 'not-started',
        certificate: 'not-started',
      },
    ],
    [
      'a request then started here is this browser’s own again',
      { ...elsewhere, request: { ...base.request, organisationName: '中' } },
      { request: 'in-progress', print: 'cannot-start', edge: 'not-started' },
    ],
    [
      'the flag without the call counts for nothing',
      { ...base, requestElsewhere: true },
      { request: 'not-started', print: 'cannot-start', edge: 'cannot-start' },
    ],
  ])('%s', (_name, progress, expected) => {
    expect(allTaskStatuses(progress, plan)).toMatchObject(expected);
  });

  test('counts 1–3 as done', () => {
    expect(progressSummary(allTaskStatuses(elsewhere, plan))).toEqual({ done: 3, total: 7 });
  });
});

describe('progressSummary', () => {
  test.each<[string, Progress, { done: number; total: number }]>([
    ['nothing done', base, { done: 0, total: 7 }],
    ['request and fax done', called, { done: 2, total: 7 }],
    [
      'not-applicable tasks leave the total',
      { ...called, choices: { oldPcInUse: 'no', browserMode: 'ie-mode' } },
      { done: 2, total: 5 },
    ],
  ])('%s', (_name, progress, expected) => {
    expect(progressSummary(allTaskStatuses(progress, plan))).toEqual(expected);
  });
});

describe('the request task is 完了 only when the saved answers can be printed', () => {
  // Issue 13: a saved state or imported file may carry the flag beside answers /print refuses.
  const withRequest = (request: Partial<Progress['request']>, flag: boolean): Progress => ({
    ...base,
    request: { ...REQUEST_EXAMPLE, ...request },
    requestConfirmed: flag,
  });
  test.each<[string, Progress, TaskStatus, TaskStatus]>([
    ['flag and valid answers', withRequest({}, true), 'completed', 'not-started'],
    ['valid answers, never confirmed', withRequest({}, false), 'in-progress', 'cannot-start'],
    [
      'flag, invalid postal code',
      withRequest({ postalCode: '12-34' }, true),
      'in-progress',
      'not-started',
    ],
    [
      'flag, postal code missing',
      withRequest({ postalCode: '' }, true),
      'in-progress',
      'not-started',
    ],
    ['flag, an empty draft', { ...base, requestConfirmed: true }, 'in-progress', 'not-started'],
    [
      'flag, a date that does not exist',
      withRequest({ requestDate: '2026-02-30' }, true),
      'in-progress',
      'not-started',
    ],
    [
      'flag, a FAX number that cannot receive a FAX',
      withRequest({ fax: '090-1234-5678' }, true),
      'in-progress',
      'not-started',
    ],
    // Saved raw (a page left by Back without 次へ): normalised values that pass are printable.
    [
      'flag, half-width kana and a bidi control',
      withRequest({ contactPerson: '\u202Eﾁｭｳｵｳ' }, true),
      'completed',
      'not-started',
    ],
    [
      'flag, a variation selector',
      withRequest({ representativeName: '葛\u{E0100}飾' }, true),
      'in-progress',
      'not-started',
    ],
    // ご契約番号照会 leaves the contract number blank on purpose.
    [
      'flag, ご契約番号照会 with no contract number',
      withRequest(
        { procedures: ['contractNumberInquiry', 'certificateRevocation'], contractNumber: '' },
        true,
      ),
      'completed',
      'not-started',
    ],
  ])('%s → 依頼書 %s, 印刷 %s', (_name, progress, request, print) => {
    const statuses = allTaskStatuses(progress, plan);
    expect(statuses.request).toBe(request);
    // Tasks 2–3 open on the flag: the print page lists what to fix, with links.
    expect(statuses.print).toBe(print);
    expect(isRequestMade(progress)).toBe(request === 'completed');
  });

  test('the printability decides, as on the print page', () => {
    const refusesAll: Printability = { unsupportedCharacters: () => [], fits: () => false };
    const progress = withRequest({}, true);
    expect(allTaskStatuses(progress, plan).request).toBe('completed');
    expect(allTaskStatuses(progress, plan, refusesAll).request).toBe('in-progress');
  });
});
