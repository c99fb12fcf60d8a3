import { createBrowserRouter, type RouteObject } from 'react-router';
import { TASKS } from '../content/tasks';
import { Layout } from './layout';
import { ErrorPage } from './pages/error-page';
import { NotFoundPage } from './pages/not-found-page';
import { ResetPage } from './pages/reset-page';
import { StartPage } from './pages/start-page';
import { TaskPlaceholderPage } from './pages/task-page';
import { TaskListPage } from './pages/task-list-page';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'tasks', element: <TaskListPage /> },
          { path: 'reset', element: <ResetPage /> },
          ...TASKS.map((task) => ({
            path: task.path.slice(1),
            element: <TaskPlaceholderPage task={task} />,
          })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
}
