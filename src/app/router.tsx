import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';
import {
  CheckPage,
  ContactPage,
  ContractNumberPage,
  ExamplePage,
  OrganisationPage,
  ProceduresPage,
} from '../features/request-form';
import { DonePage, ProcedurePage } from '../features/guides';
import { Layout } from './layout';
import { PrintTaskPage } from './pages/print-task-page';
import { ProgressFilePage } from './pages/progress-file-page';
import { RequestFormRoutes } from './request-form-routes';
import { ErrorPage } from './pages/error-page';
import { NotFoundPage } from './pages/not-found-page';
import { ResetPage } from './pages/reset-page';
import { StartPage } from './pages/start-page';
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
          { path: 'progress-file', element: <ProgressFilePage /> },
          {
            path: 'request',
            element: <RequestFormRoutes />,
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
          { path: 'print', element: <PrintTaskPage /> },
          { path: 'fax', element: <ProcedurePage task="fax" /> },
          { path: 'old-certificate', element: <ProcedurePage task="old-certificate" /> },
          { path: 'edge', element: <ProcedurePage task="edge" /> },
          { path: 'internet-options', element: <ProcedurePage task="internet-options" /> },
          { path: 'certificate', element: <ProcedurePage task="certificate" /> },
          { path: 'done', element: <DonePage /> },
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
