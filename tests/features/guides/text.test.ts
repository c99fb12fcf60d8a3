import { describe, expect, test } from 'vitest';
import { PROCEDURES, type Step } from '../../../src/content/procedures';
import type { Environment } from '../../../src/domain/environment/detect';
import type { TaskId, TaskStatus } from '../../../src/domain/tasks/status';
import {
  environmentWarning,
  nextTask,
  shortInstruction,
  stepCheckLabel,
} from '../../../src/features/guides/text';

const step = (id: string): Step => {
  const found = Object.values(PROCEDURES)
    .flatMap((p) => p.steps)
    .find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('stepCheckLabel', () => {
  test('a numbered step is named by its number and a short form of the instruction', () => {
    expect(stepCheckLabel(step('edge.site-permissions'))).toEqual({
      visible: '②の作業が終わった',
      hidden: '（「Cookie とサイトのアクセス許可」をクリックします）',
    });
  });

  test('an unnumbered step still gets a clear label', () => {
    expect(stepCheckLabel(step('print.print'))).toEqual({
      visible: 'この作業が終わった',
      hidden: '（作成した「依頼書」を印刷してください）',
    });
  });

  test('a long instruction is cut to its first words', () => {
    const short = shortInstruction(step('edge.open-settings'));
    expect(short).toBe('Microsoft Edge を起動し…');
    expect(short.length).toBeLessThanOrEqual(31);
  });

  test('a 。 inside a label does not end the sentence; cut brackets are closed', () => {
    expect(shortInstruction(step('certificate.import-done'))).toBe(
      '「正しくインポートされました。」とポップアップが表示されると…',
    );
    expect(shortInstruction(step('internet-options.popup-add'))).toBe(
      '「許可する Web サイトのアドレス」欄に「www.cjs-…」',
    );
  });

  test('every checkable step has a distinct label within its task', () => {
    for (const procedure of Object.values(PROCEDURES)) {
      const labels = procedure.steps
        .filter((s) => s.checkable)
        .map((s) => Object.values(stepCheckLabel(s)).join(''));
      expect(new Set(labels).size, procedure.task).toBe(labels.length);
    }
  });
});

describe('environmentWarning', () => {
  const env = (browser: Environment['browser'], os: Environment['os']): Environment => ({
    browser,
    os,
    windowsVersion: undefined,
    canUseService: browser === 'edge' && os === 'windows',
  });

  test.each<[Environment, string | undefined]>([
    [env('edge', 'windows'), undefined],
    [
      env('chrome', 'windows'),
      'このブラウザ（Google Chrome）では、賃金控除事務支援サービスをご利用いただけません。',
    ],
    [
      env('firefox', 'windows'),
      'このブラウザ（Firefox）では、賃金控除事務支援サービスをご利用いただけません。',
    ],
    [
      env('safari', 'other'),
      'このブラウザ（Safari）では、賃金控除事務支援サービスをご利用いただけません。',
    ],
    [
      env('legacy-edge', 'windows'),
      'このブラウザ（Microsoft Edge (レガシー版)）では、賃金控除事務支援サービスをご利用いただけません。',
    ],
    [env('other', 'other'), 'このブラウザでは、賃金控除事務支援サービスをご利用いただけません。'],
    [
      env('edge', 'mac'),
      'この案内を表示している環境（Windows 以外の Microsoft Edge）では、賃金控除事務支援サービスをご利用いただけません。',
    ],
  ])('%o', (environment, expected) => {
    expect(environmentWarning(environment)).toBe(expected);
  });
});

describe('nextTask', () => {
  const statuses = (overrides: Partial<Record<TaskId, TaskStatus>>) =>
    ({
      request: 'completed',
      print: 'completed',
      fax: 'completed',
      'old-certificate': 'not-started',
      edge: 'not-started',
      'internet-options': 'not-started',
      certificate: 'not-started',
      ...overrides,
    }) satisfies Record<TaskId, TaskStatus>;

  test.each<[TaskId, Partial<Record<TaskId, TaskStatus>>, TaskId | undefined]>([
    ['print', {}, 'fax'],
    ['fax', {}, 'old-certificate'],
    ['fax', { 'old-certificate': 'not-applicable' }, 'edge'],
    [
      'old-certificate',
      { edge: 'not-applicable', 'internet-options': 'not-applicable' },
      'certificate',
    ],
    ['certificate', {}, undefined],
  ])('after %s (%o): %s', (task, overrides, expected) => {
    expect(nextTask(task, statuses(overrides))).toBe(expected);
  });
});
