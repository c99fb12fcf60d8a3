import { Navigate, createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import {
  AppLoading,
  NavigationPending,
  RouteErrorPage,
  lazyComponent,
  lazyPage,
} from './lazy-route';
import { RequestFormRoutes } from './request-form-routes';
import { NotFoundPage } from './pages/not-found-page';
import { ResetPage } from './pages/reset-page';
import { StartPage } from './pages/start-page';

/**
 * The start page, reset and the error pages come with the app's first load; the other pages are
 * loaded when first opened (docs/decisions/0005-performance.md). The task list is one of them:
 * its statuses need the whole guide content (src/content/procedures), 8 KB gzip.
 */
const requestForm = () => import('../features/request-form');
const guides = () => import('../features/guides');

const guidePage = (task: 'fax' | 'old-certificate' | 'edge' | 'internet-options' | 'certificate') =>
  lazyPage(guides, ({ ProcedurePage }) => <ProcedurePage task={task} />);

export const routes: RouteObject[] = [
  {
    element: (
      <>
        <Layout />
        <NavigationPending />
      </>
    ),
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <StartPage /> },
          {
            path: 'tasks',
            lazy: lazyComponent(
              () => import('./pages/task-list-page'),
              (m) => m.TaskListPage,
            ),
          },
          { path: 'reset', element: <ResetPage /> },
          {
            path: 'progress-file',
            lazy: lazyComponent(
              () => import('./pages/progress-file-page'),
              (m) => m.ProgressFilePage,
            ),
          },
          {
            path: 'request',
            element: <RequestFormRoutes />,
            children: [
              { index: true, element: <Navigate to="/request/procedures" replace /> },
              { path: 'procedures', lazy: lazyComponent(requestForm, (m) => m.ProceduresPage) },
              {
                path: 'organisation',
                lazy: lazyComponent(requestForm, (m) => m.OrganisationPage),
              },
              { path: 'contact', lazy: lazyComponent(requestForm, (m) => m.ContactPage) },
              {
                path: 'contract-number',
                lazy: lazyComponent(requestForm, (m) => m.ContractNumberPage),
              },
              { path: 'check', lazy: lazyComponent(requestForm, (m) => m.CheckPage) },
              { path: 'example', lazy: lazyComponent(requestForm, (m) => m.ExamplePage) },
            ],
          },
          {
            path: 'print',
            lazy: lazyComponent(
              () => import('./pages/print-task-page'),
              (m) => m.PrintTaskPage,
            ),
          },
          { path: 'fax', lazy: guidePage('fax') },
          { path: 'old-certificate', lazy: guidePage('old-certificate') },
          { path: 'edge', lazy: guidePage('edge') },
          { path: 'internet-options', lazy: guidePage('internet-options') },
          { path: 'certificate', lazy: guidePage('certificate') },
          { path: 'done', lazy: lazyComponent(guides, (m) => m.DonePage) },
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
