import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { Layout } from './layout';
import {
  NavigationPending,
  PageOutlet,
  RouteErrorBoundary,
  lazyComponent,
  lazyPage,
} from './lazy-route';
import { RequestFormRoutes } from './request-form-routes';
import { NotFoundPage } from './pages/not-found-page';
import { ResetPage } from './pages/reset-page';
import { StartPage } from './pages/start-page';
import type { ProcedureTaskId } from '../content/procedures';
import { REQUEST_PAGE_PATHS, REQUEST_PATHS, ROUTES, TASK_PATHS } from '../content/routes';

/**
 * The start page, reset and the error pages come with the app's first load; the other pages are
 * loaded when first opened (docs/decisions/0005-performance.md). The task list is one of them:
 * its statuses need the whole guide content (src/content/procedures), 8 KB gzip.
 */
const requestForm = () => import('../features/request-form');
const guides = () => import('../features/guides');

const guidePage = (task: ProcedureTaskId) =>
  lazyPage(guides, ({ ProcedurePage }) => <ProcedurePage task={task} />);

const TaskListPage = lazyComponent(
  () => import('./pages/task-list-page'),
  (m) => m.TaskListPage,
);
const ProgressFilePage = lazyComponent(
  () => import('./pages/progress-file-page'),
  (m) => m.ProgressFilePage,
);
const ProceduresPage = lazyComponent(requestForm, (m) => m.ProceduresPage);
const OrganisationPage = lazyComponent(requestForm, (m) => m.OrganisationPage);
const ContactPage = lazyComponent(requestForm, (m) => m.ContactPage);
const ContractNumberPage = lazyComponent(requestForm, (m) => m.ContractNumberPage);
const CheckPage = lazyComponent(requestForm, (m) => m.CheckPage);
const ExamplePage = lazyComponent(requestForm, (m) => m.ExamplePage);
const PrintTaskPage = lazyComponent(
  () => import('./pages/print-task-page'),
  (m) => m.PrintTaskPage,
);
const FaxPage = guidePage('fax');
const OldCertificatePage = guidePage('old-certificate');
const EdgePage = guidePage('edge');
const InternetOptionsPage = guidePage('internet-options');
const CertificatePage = guidePage('certificate');
const DonePage = lazyComponent(guides, (m) => m.DonePage);

/**
 * Every page of the app, at the paths of content/routes.ts (tests/content/routes.test.ts checks
 * that each path there is routed here).
 */
export const APP_ROUTES = (
  <Route
    element={
      <>
        <Layout />
        <NavigationPending />
      </>
    }
  >
    <Route element={<PageOutlet />}>
      <Route index element={<StartPage />} />
      <Route path={ROUTES.tasks} element={<TaskListPage />} />
      <Route path={ROUTES.reset} element={<ResetPage />} />
      <Route path={ROUTES.progressFile} element={<ProgressFilePage />} />
      <Route path={REQUEST_PATHS.start} element={<RequestFormRoutes />}>
        <Route index element={<Navigate to={REQUEST_PAGE_PATHS.dateAndProcedures} replace />} />
        <Route path={REQUEST_PAGE_PATHS.dateAndProcedures} element={<ProceduresPage />} />
        <Route path={REQUEST_PAGE_PATHS.organisation} element={<OrganisationPage />} />
        <Route path={REQUEST_PAGE_PATHS.contact} element={<ContactPage />} />
        <Route path={REQUEST_PAGE_PATHS.contractNumber} element={<ContractNumberPage />} />
        <Route path={REQUEST_PATHS.check} element={<CheckPage />} />
        <Route path={REQUEST_PATHS.example} element={<ExamplePage />} />
      </Route>
      <Route path={TASK_PATHS.print} element={<PrintTaskPage />} />
      <Route path={TASK_PATHS.fax} element={<FaxPage />} />
      <Route path={TASK_PATHS['old-certificate']} element={<OldCertificatePage />} />
      <Route path={TASK_PATHS.edge} element={<EdgePage />} />
      <Route path={TASK_PATHS['internet-options']} element={<InternetOptionsPage />} />
      <Route path={TASK_PATHS.certificate} element={<CertificatePage />} />
      <Route path={ROUTES.done} element={<DonePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Route>
);

/**
 * Every page of the app. The outer error boundary catches a failure of the layout itself (a page
 * without the header); a failing or unloadable page is caught inside the layout (PageOutlet).
 */
export function AppRoutes() {
  return (
    <RouteErrorBoundary>
      <Routes>{APP_ROUTES}</Routes>
    </RouteErrorBoundary>
  );
}

/** The app in the browser: the routes under the app's base path. */
export function AppRouter() {
  return (
    <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || '/'}>
      <AppRoutes />
    </BrowserRouter>
  );
}
