// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter, type RouteObject } from 'react-router';
import { expect, test, vi } from 'vitest';
import { routes } from '../../src/app/router';
import { ProgressProvider } from '../../src/lib/progress/react';
import { createProgressStore } from '../../src/lib/progress/store';

function Broken(): never {
  throw new Error('unexpected');
}

/** The app's real routes, with one page that fails while rendering. */
function withBrokenPage(): RouteObject[] {
  const [layout] = routes;
  const [pages] = layout!.children!;
  const broken: RouteObject = { path: 'broken', element: <Broken /> };
  const pagesWithBroken = { ...pages, children: [...pages!.children!, broken] } as RouteObject;
  return [{ ...layout, children: [pagesWithBroken] } as RouteObject];
}

test('an unexpected error shows a Japanese message with reload and export, inside the layout', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const store = createProgressStore({ getStorage: () => window.localStorage });
  const router = createMemoryRouter(withBrokenPage(), { initialEntries: ['/broken'] });
  render(
    <ProgressProvider store={store}>
      <RouterProvider router={router} />
    </ProgressProvider>,
  );
  expect(screen.getByRole('heading', { level: 1, name: '問題が発生しました' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '再読み込み' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '入力内容をファイルに保存' })).toBeTruthy();
  // The page keeps the service header: the person is still "in" the app.
  expect(screen.getByRole('link', { name: 'パソコン変更時の電子証明書再取得' })).toBeTruthy();
  expect(document.body.textContent).not.toContain('unexpected');
});
