import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';
import {
  CheckPage,
  ContactPage,
  ContractNumberPage,
  ExamplePage,
  OrganisationPage,
  ProceduresPage,
} from '../features/request-form';
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
          {
            path: 'request',
            children: [
              { index: true, element: <Navigate to="/request/procedures" replace /> },
              { path: 'procedures', element: <ProceduresPage /> },
              { path: 'organisation', element: <OrganisationPage /> },
              { path: 'contact', element: <ContactPage /> },
              { path: 'contract-number', element: <ContractNumberPage /> },
              { path: 'check', element: <CheckPage /> },
              { path: 'example', element: <ExamplePage /> },
            ],
          },
          ...TASKS.filter((task) => task.id !== 'request').map((task) => ({
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
