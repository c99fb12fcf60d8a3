import { describe, expect, test } from 'vitest';
import { PROCEDURES, plainText } from '../../../src/content/procedures';
import { matches } from '../../../src/domain/procedure/plan';
import { requiredStepIds, stepPlan, stepsFor } from '../../../src/content/procedures/plan';
import { REQUEST_EXAMPLE } from '../../../src/content/request-example';
import { emptyProgress, type Choices, type Progress } from '../../../src/domain/progress/schema';
import { allTaskStatuses, TASK_IDS, type TaskId } from '../../../src/domain/tasks/status';

const numbers = (task: TaskId, choices: Choices) =>
  stepsFor(task, choices)
    .filter((s) => s.parent === undefined)
    .map((s) => s.number);
const headings = (task: TaskId, choices: Choices, id: string) =>
  stepsFor(task, choices)
    .find((s) => s.id === id)
    ?.variants.map((v) => v.heading);

describe('matches', () => {
  test.each<[Choices, 'yes' | 'no' | 'undecided']>([
    [{ browserMode: 'ie-mode', windowsVersion: '11' }, 'yes'],
    [{ browserMode: 'ie-mode', windowsVersion: '10' }, 'no'],
    [{ browserMode: 'edge' }, 'no'],
    [{ browserMode: 'ie-mode' }, 'undecided'],
    [{}, 'undecided'],
  ])('%o', (choices, expected) => {
    expect(matches({ browserMode: 'ie-mode', windowsVersion: '11' }, choices)).toBe(expected);
  });

  test('no condition always matches', () => {
    expect(matches(undefined, {})).toBe('yes');
  });
});

describe('popup blocker branch (internet options ②)', () => {
  test.each<[Choices['popupBlocker'], string[], string[]]>([
    ['on', ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪'], ['③', '④', '⑤']],
    ['off', ['①', '②', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪'], []],
    // Unanswered: shown once answered, but the task cannot be 完了 without them or the answer.
    [undefined, ['①', '②', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪'], ['③', '④', '⑤']],
  ])('popupBlocker %s', (popupBlocker, shown, onlyIfOn) => {
    const choices: Choices = popupBlocker === undefined ? {} : { popupBlocker };
    expect(numbers('internet-options', choices)).toEqual(shown);
    const required = requiredStepIds('internet-options', choices);
    const numberOf = (id: string) =>
      PROCEDURES['internet-options'].steps.find((s) => s.id === id)?.number;
    expect(required.map(numberOf).filter((n) => ['③', '④', '⑤'].includes(n ?? ''))).toEqual(
      onlyIfOn,
    );
  });
});

describe('browser mode', () => {
  test('IE mode: task 5 is the separate manual alone, task 6 has no steps', () => {
    const ie = { browserMode: 'ie-mode' } as const;
    expect(stepsFor('edge', ie).map((s) => s.id)).toEqual(['edge.ie-mode-manual']);
    expect(requiredStepIds('edge', ie)).toEqual(['edge.ie-mode-manual']);
    expect(stepsFor('internet-options', ie)).toEqual([]);
    expect(requiredStepIds('internet-options', ie)).toEqual([]);
  });

  test('通常モード: task 5 is ①–⑧ without the manual', () => {
    const ids = stepsFor('edge', { browserMode: 'edge' }).map((s) => s.id);
    expect(ids).not.toContain('edge.ie-mode-manual');
    expect(numbers('edge', { browserMode: 'edge' })).toEqual([
      '①',
      '②',
      '③',
      '④',
      '⑤',
      '⑥',
      '⑦',
      '⑧',
    ]);
  });

  test('before the mode is chosen, Edge shows no step but requires both branches', () => {
    expect(stepsFor('edge', {})).toEqual([]);
    expect(requiredStepIds('edge', {})).toContain('edge.ie-mode-manual');
    expect(requiredStepIds('edge', {})).toContain('edge.open-settings');
  });

  test.each<[Choices, string[] | undefined]>([
    [{ browserMode: 'edge' }, ['Microsoft Edge (通常モード) の場合']],
    [
      { browserMode: 'ie-mode' },
      [
        'Microsoft Edge (IE モード) の場合（Windows 10）',
        'Microsoft Edge (IE モード) の場合（Windows 11）',
      ],
    ],
    [
      { browserMode: 'ie-mode', windowsVersion: '11' },
      ['Microsoft Edge (IE モード) の場合（Windows 11）'],
    ],
    [
      {},
      [
        'Microsoft Edge (通常モード) の場合',
        'Microsoft Edge (IE モード) の場合（Windows 10）',
        'Microsoft Edge (IE モード) の場合（Windows 11）',
      ],
    ],
  ])('certificate ③ variants for %o', (choices, expected) => {
    expect(headings('certificate', choices, 'certificate.cancel-dialog')).toEqual(expected);
  });

  test('certificate ⑨: the IE security prompt only in IE mode', () => {
    expect(headings('certificate', { browserMode: 'edge' }, 'certificate.result')).toEqual([
      'ア.【Microsoft Edge (通常モード) の場合】',
    ]);
    expect(headings('certificate', { browserMode: 'ie-mode' }, 'certificate.result')).toEqual([
      'イ.【Microsoft Edge (IE モード) の場合】',
      'Internet Explorer セキュリティ画面が表示される場合',
    ]);
  });

  test('the certificate steps are the same in both modes', () => {
    expect(numbers('certificate', { browserMode: 'edge' })).toEqual(
      numbers('certificate', { browserMode: 'ie-mode' }),
    );
  });
});

describe('Windows version', () => {
  test.each<[Choices['windowsVersion'], string[]]>([
    ['10', ['Windows 10 の場合', 'Windows 10 の入力例']],
    ['11', ['Windows 11 の場合']],
    [undefined, ['Windows 10 の場合', 'Windows 11 の場合', 'Windows 10 の入力例']],
  ])('internet options ① for Windows %s', (windowsVersion, expected) => {
    const choices: Choices = windowsVersion === undefined ? {} : { windowsVersion };
    expect(headings('internet-options', choices, 'internet-options.open')).toEqual(expected);
  });

  test('the ワンポイント for a missing search box follows the version', () => {
    const tip = (choices: Choices) =>
      stepsFor('internet-options', choices)[0]?.tips[0]?.variants.map((v) =>
        plainText(v.text ?? []),
      );
    expect(tip({ windowsVersion: '10' })).toEqual([
      'Windowsスタートボタンを右クリックして、「検索」をクリックします。',
    ]);
    expect(tip({ windowsVersion: '11' })).toEqual([
      'タスクバーを右クリックして、「タスクバーの設定」 → 「検索」から、「検索ボックス」を選択します。',
    ]);
    expect(tip({})).toHaveLength(2);
  });

  test('the version changes pictures only, never which steps are required', () => {
    const ids = (windowsVersion: '10' | '11') =>
      requiredStepIds('internet-options', { windowsVersion, popupBlocker: 'on' });
    expect(ids('10')).toEqual(ids('11'));
  });
});

describe('old certificate', () => {
  test.each<[Choices['oldPcInUse'], number]>([
    ['yes', 3],
    [undefined, 3],
    ['no', 0],
  ])('oldPcInUse %s → %i required steps', (oldPcInUse, count) => {
    const choices: Choices = oldPcInUse === undefined ? {} : { oldPcInUse };
    expect(requiredStepIds('old-certificate', choices)).toHaveLength(count);
  });
});

describe('required ticks', () => {
  test('never include informational, screen-dependent or app-checked steps', () => {
    const all = TASK_IDS.flatMap((t) => requiredStepIds(t, { popupBlocker: 'on' }));
    for (const id of [
      'fax.wait-call',
      'print.check-filled',
      'edge.javascript-allow',
      'edge.popups-add',
      'edge.popups-url',
      'edge.popups-added',
      'certificate.issuing',
      'certificate.security-warning',
    ]) {
      expect(all).not.toContain(id);
    }
  });

  test('are shown steps, or steps waiting for an answer', () => {
    for (const task of TASK_IDS) {
      const shown = new Set(stepsFor(task, {}).map((s) => s.id));
      const waiting = new Set([
        'internet-options.popup-settings',
        'internet-options.popup-add',
        'internet-options.popup-close',
      ]);
      for (const id of requiredStepIds(task, {})) {
        // Edge waits for the mode as a whole: both branches' steps.
        const waitsForMode = task === 'edge';
        expect(shown.has(id) || waiting.has(id) || waitsForMode, id).toBe(true);
      }
    }
  });

  test('the request task has no procedure', () => {
    expect(stepsFor('request', {})).toEqual([]);
    expect(requiredStepIds('request', {})).toEqual([]);
  });
});

describe('task statuses with this plan', () => {
  const afterCall = (choices: Choices, ticked: string[]): Progress => ({
    ...emptyProgress(),
    request: { ...REQUEST_EXAMPLE },
    requestConfirmed: true,
    faxSentAt: '2026-04-01T10:00:00+09:00',
    callReceivedAt: '2026-04-01T12:00:00+09:00',
    choices,
    ticked,
  });
  const tickAll = (choices: Choices) =>
    TASK_IDS.flatMap((t) => requiredStepIds(t, choices)).filter((id, i, a) => a.indexOf(id) === i);

  test('all required ticks (Edge, pop-up blocker on) → every task 完了', () => {
    const choices: Choices = {
      oldPcInUse: 'yes',
      browserMode: 'edge',
      windowsVersion: '11',
      popupBlocker: 'on',
    };
    const statuses = allTaskStatuses(afterCall(choices, tickAll(choices)), stepPlan);
    expect(Object.values(statuses)).toEqual(TASK_IDS.map(() => 'completed'));
  });

  test('IE mode, no old PC → tasks 4 and 6 対象外, the rest 完了 (5 with the manual)', () => {
    const choices: Choices = { oldPcInUse: 'no', browserMode: 'ie-mode' };
    expect(allTaskStatuses(afterCall(choices, tickAll(choices)), stepPlan)).toEqual({
      request: 'completed',
      print: 'completed',
      fax: 'completed',
      'old-certificate': 'not-applicable',
      edge: 'completed',
      'internet-options': 'not-applicable',
      certificate: 'completed',
    });
  });

  test('internet options is not 完了 before the pop-up question is answered', () => {
    const ticked = stepsFor('internet-options', {})
      .filter((s) => s.checkable)
      .map((s) => s.id);
    const statuses = allTaskStatuses(afterCall({}, ticked), stepPlan);
    expect(statuses['internet-options']).toBe('in-progress');
    const answered = allTaskStatuses(afterCall({ popupBlocker: 'off' }, ticked), stepPlan);
    expect(answered['internet-options']).toBe('completed');
  });

  test('one tick missing → 作業中', () => {
    const choices: Choices = { browserMode: 'edge' };
    const ticked = tickAll(choices).filter((id) => id !== 'certificate.close');
    expect(allTaskStatuses(afterCall(choices, ticked), stepPlan).certificate).toBe('in-progress');
  });

  test('print ① needs no tick: the app checked it', () => {
    const ticked = ['print.print', 'print.stamp', 'print.check-seal', 'print.check-corrections'];
    expect(allTaskStatuses(afterCall({}, ticked), stepPlan).print).toBe('completed');
  });
});
