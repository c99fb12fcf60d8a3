// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, test } from 'vitest';
import { serializeEnvelope } from '../../../src/domain/progress/envelope';
import { emptyProgress, type Progress } from '../../../src/domain/progress/schema';
import { DonePage, ProcedurePage } from '../../../src/features/guides';
import type { ProcedureTaskId } from '../../../src/content/procedures';
import { ROUTES, TASK_PATHS } from '../../../src/content/routes';
import { ProgressProvider } from '../../../src/lib/progress/react';
import {
  createProgressStore,
  STORAGE_KEY,
  type ProgressStore,
} from '../../../src/lib/progress/store';
import { MemoryStorage } from '../../support/memory-storage';

const CALLED: Partial<Progress> = {
  requestConfirmed: true,
  faxSentAt: '2026-11-26T01:05:00.000Z',
  callReceivedAt: '2026-11-26T03:05:00.000Z',
};

function renderTask(task: ProcedureTaskId | 'done', changes: Partial<Progress> = CALLED) {
  const storage = new MemoryStorage();
  storage.setItem(
    STORAGE_KEY,
    serializeEnvelope({ ...emptyProgress(), ...changes }, '2026-11-26T03:05:00.000Z'),
  );
  const store: ProgressStore = createProgressStore({ getStorage: () => storage });
  const path = task === 'done' ? ROUTES.done : TASK_PATHS[task];
  const router = createMemoryRouter(
    [{ path, element: task === 'done' ? <DonePage /> : <ProcedurePage task={task} /> }],
    { initialEntries: [path] },
  );
  render(
    <ProgressProvider store={store}>
      <RouterProvider router={router} />
    </ProgressProvider>,
  );
  return { store };
}

describe('a task page', () => {
  test('each step has its number, its UI labels in 「」 and a tick box named after it', async () => {
    const { store } = renderTask('edge', { ...CALLED, choices: { browserMode: 'edge' } });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Microsoft Edge を設定する' }),
    ).toBeTruthy();
    const first = screen.getByRole<HTMLInputElement>('checkbox', { name: /^①の作業が終わった/ });
    expect(first.checked).toBe(false);
    const step = document.getElementById('edge.open-settings')!;
    expect([...step.querySelectorAll('strong.ui-label')].map((el) => el.textContent)).toEqual([
      '「…」',
      '「設定」',
    ]);

    await userEvent.click(first);
    expect(store.getState().progress.ticked).toEqual(['edge.open-settings']);
    await userEvent.click(first);
    expect(store.getState().progress.ticked).toEqual([]);
  });

  test('typed input is shown as code with a copy button', () => {
    renderTask('internet-options', {
      ...CALLED,
      choices: { windowsVersion: '10', popupBlocker: 'on' },
    });
    expect(screen.getByText('www.cjs-rokin.jp').tagName).toBe('CODE');
    expect(screen.getByRole('button', { name: 'コピー（www.cjs-rokin.jp）' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'コピー（https://www.cjs-rokin.jp）' })).toBeTruthy();
  });

  test('branch answers are stored on change, without a submit button', async () => {
    const { store } = renderTask('internet-options');
    await userEvent.click(screen.getByRole('radio', { name: 'Windows 11' }));
    expect(store.getState().progress.choices.windowsVersion).toBe('11');
    // ③–⑤ appear only once the pop-up blocker is known to be on.
    expect(screen.queryByRole('checkbox', { name: /^③の作業が終わった/ })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: /チェックが入っている）/ }));
    expect(screen.getByRole('checkbox', { name: /^③の作業が終わった/ })).toBeTruthy();
  });

  test('print ① is ticked by the app, disabled, and says why', () => {
    renderTask('print', { requestConfirmed: true });
    const auto = screen.getByRole<HTMLInputElement>('checkbox', { name: /^①の作業が終わった/ });
    expect(auto.checked).toBe(true);
    expect(auto.disabled).toBe(true);
    expect(auto.getAttribute('aria-describedby')).toBeTruthy();
    const reason = document.getElementById(auto.getAttribute('aria-describedby')!)!;
    expect(reason.textContent).toContain('自動でチェックしています');
    expect(screen.getByText('【ご確認事項】')).toBeTruthy();
    expect(screen.getByText('【訂正が必要な場合】')).toBeTruthy();
  });

  test('non-checkable steps have no box; the success note appears when all are ticked', async () => {
    renderTask('old-certificate', { ...CALLED, choices: { oldPcInUse: 'yes' } });
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    for (const box of boxes) await userEvent.click(box);
    expect(screen.getByText('この作業はすべて完了しました。')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: '次の作業「Microsoft Edge を設定する」へ進む' }),
    ).toBeTruthy();
  });

  test('a task that does not apply says so and still asks the question that decided it', () => {
    renderTask('old-certificate', { ...CALLED, choices: { oldPcInUse: 'no' } });
    expect(screen.getByText('以前のパソコンが残っていないため、この作業は不要です。')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '残っていない' }).checked).toBe(
      true,
    );
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  test('a locked task says why instead of showing steps', () => {
    renderTask('certificate', { requestConfirmed: true });
    expect(
      screen.getByText(/この作業はまだ開始できません。ろうきんから手続き完了のお電話があった後に/),
    ).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  test('the app never asks for a code, a password or a user ID', () => {
    for (const task of [
      'print',
      'fax',
      'old-certificate',
      'edge',
      'internet-options',
      'certificate',
      'done',
    ] as const) {
      renderTask(task, { ...CALLED, choices: { oldPcInUse: 'yes', browserMode: 'edge' } });
      expect(
        document.querySelectorAll('input:not([type=checkbox]):not([type=radio]), textarea'),
      ).toHaveLength(0);
      cleanup();
    }
  });
});

describe('the FAX task', () => {
  test('「FAXを送信した」 records the time and the expected call; undo removes it', async () => {
    const { store } = renderTask('fax', { requestConfirmed: true });
    const sent = screen.getByRole('button', { name: 'FAXを送信した' });
    await userEvent.click(sent);
    const { faxSentAt, ticked } = store.getState().progress;
    expect(faxSentAt).toBeDefined();
    expect(ticked).toContain('fax.send');
    expect(
      screen.getByText(/^送信日時: \d{4}年\d{1,2}月\d{1,2}日（.） \d{1,2}:\d{2}$/),
    ).toBeTruthy();
    expect(screen.getByText(/^ろうきんからのお電話の目安: \S+ \d{1,2}:\d{2}ごろ$/)).toBeTruthy();
    expect(screen.getByText(/記入不備等でFAXのご再送が必要な場合は/)).toBeTruthy();
    // Focus stays on a control: the undo button that took the pressed button's place.
    const undo = screen.getByRole('button', { name: '送信日時を取り消す' });
    expect(document.activeElement).toBe(undo);
    await userEvent.click(undo);
    expect(store.getState().progress.faxSentAt).toBeUndefined();
    expect(store.getState().progress.ticked).not.toContain('fax.send');
    // … and back again.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'FAXを送信した' }));
  });

  test('the call cannot be recorded before the FAX', () => {
    renderTask('fax', { requestConfirmed: true });
    expect(screen.queryByRole('button', { name: 'ろうきんから完了のお電話を受けた' })).toBeNull();
    expect(
      screen.getByText('お電話を受けたことは、FAXの送信日時を記録した後に記録できます。'),
    ).toBeTruthy();
  });

  test('the completion call is recorded and can be undone', async () => {
    const { store } = renderTask('fax', {
      requestConfirmed: true,
      faxSentAt: '2026-11-26T01:05:00.000Z',
    });
    const record = () => screen.getByRole('button', { name: 'ろうきんから完了のお電話を受けた' });
    // Nothing takes focus on its own when the page opens.
    expect(document.activeElement).not.toBe(record());
    await userEvent.click(record());
    expect(store.getState().progress.callReceivedAt).toBeDefined();
    expect(screen.getByText('この作業はすべて完了しました。')).toBeTruthy();
    expect(screen.getByText(/^完了のお電話を受けた日時: /)).toBeTruthy();
    const undo = screen.getByRole('button', { name: 'お電話の記録を取り消す' });
    expect(document.activeElement).toBe(undo);
    await userEvent.click(undo);
    expect(store.getState().progress.callReceivedAt).toBeUndefined();
    expect(document.activeElement).toBe(record());
  });
});

describe('the authentication code timer', () => {
  test('starts at 30:00 and announces politely', async () => {
    renderTask('certificate', { ...CALLED, choices: { browserMode: 'edge' } });
    await userEvent.click(
      screen.getByRole('button', { name: '認証コードが届いたらタイマーを開始' }),
    );
    expect(screen.getByText('30:00')).toBeTruthy();
    expect(
      screen.getByText(/タイマーを開始しました。認証コードの有効期限まで残り30分です。/),
    ).toBeTruthy();
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'タイマーを止める' }));
    });
    expect(screen.queryByText('30:00')).toBeNull();
    sessionStorage.clear();
  });
});
