// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, expect, test, vi } from 'vitest';
import { AppRoutes } from '../../src/app/router';
import { REQUEST_PAGE_PATHS, ROUTES } from '../../src/content/routes';
import { ProgressProvider } from '../../src/lib/progress/react';
import { createProgressStore } from '../../src/lib/progress/store';
import { MemoryStorage } from '../support/memory-storage';

/**
 * The app's real routes (src/app/router.tsx) with some pages replaced: one that fails while
 * rendering, one whose code cannot be loaded, and two whose code arrives only when a test says so.
 */
const gates = vi.hoisted(() => {
  const gate = () => {
    let open = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
  };
  return { taskList: gate(), requestForm: gate() };
});

vi.mock('../../src/app/pages/reset-page', () => ({
  ResetPage: () => {
    throw new Error('unexpected');
  },
}));
vi.mock('../../src/app/pages/progress-file-page', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('../../src/app/pages/task-list-page', async () => {
  await gates.taskList.opened;
  return { TaskListPage: () => <h1>手続きの一覧</h1> };
});
vi.mock('../../src/features/request-form', async () => {
  await gates.requestForm.opened;
  return { ProceduresPage: () => <h1>依頼日と手続きの種類</h1> };
});

afterEach(cleanup);

function renderApp(path: string) {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const store = createProgressStore({ getStorage: () => new MemoryStorage() });
  render(
    <ProgressProvider store={store}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </ProgressProvider>,
  );
}

const serviceLink = () => screen.getByRole('link', { name: 'パソコン変更時の電子証明書再取得' });
const loadingTexts = () => screen.queryAllByText('読み込んでいます…');

test('a page that fails shows a Japanese message with reload and export, inside the layout', async () => {
  renderApp(ROUTES.reset);
  expect(screen.getByRole('heading', { level: 1, name: '問題が発生しました' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '再読み込み' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '入力内容をファイルに保存' })).toBeTruthy();
  // The page keeps the service header: the person is still "in" the app.
  expect(serviceLink()).toBeTruthy();
  expect(document.body.textContent).not.toContain('unexpected');

  // Leaving the page leaves the error behind.
  await userEvent.click(serviceLink());
  expect(await screen.findByRole('heading', { level: 1, name: /電子証明書/ })).toBeTruthy();
  expect(screen.queryByRole('heading', { name: '問題が発生しました' })).toBeNull();
});

test('a page whose code cannot be loaded says so, with reload, inside the layout', async () => {
  renderApp(ROUTES.progressFile);
  expect(
    await screen.findByRole('heading', { level: 1, name: 'ページを読み込めませんでした' }),
  ).toBeTruthy();
  expect(screen.getByRole('button', { name: '再読み込み' })).toBeTruthy();
  expect(serviceLink()).toBeTruthy();
});

test('while a linked page loads, the current page stays and a status says it is loading', async () => {
  renderApp(ROUTES.start);
  const start = screen.getByRole('heading', { level: 1 });
  await userEvent.click(screen.getByRole('link', { name: 'はじめる' }));

  await waitFor(() => expect(loadingTexts()).toHaveLength(1));
  expect(screen.getByRole('heading', { level: 1 })).toBe(start);

  await act(async () => {
    gates.taskList.open();
    await gates.taskList.opened;
  });
  expect(await screen.findByRole('heading', { level: 1, name: '手続きの一覧' })).toBeTruthy();
  await waitFor(() => expect(loadingTexts()).toHaveLength(0));
});

test('opening the app on a page still loading shows the layout and one loading status', async () => {
  renderApp(REQUEST_PAGE_PATHS.dateAndProcedures);
  expect(serviceLink()).toBeTruthy();
  await waitFor(() => expect(loadingTexts()).toHaveLength(1));

  await act(async () => {
    gates.requestForm.open();
    await gates.requestForm.opened;
  });
  expect(
    await screen.findByRole('heading', { level: 1, name: '依頼日と手続きの種類' }),
  ).toBeTruthy();
  expect(loadingTexts()).toHaveLength(0);
});
