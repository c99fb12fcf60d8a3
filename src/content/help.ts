import type { ContactId } from './contacts';
import { ROUTES, TASK_PATHS } from './routes';

/**
 * Which inquiry line a page lists first (src/components/help-contacts.tsx): the operations line
 * on the settings tasks' pages (their `help` in content/tasks.ts; tests/content/tasks.test.ts keeps
 * the two in step) and on the last page, the request line everywhere else, as the guide orders
 * them. A module of its own: the layout, on the first load, needs this and not the task list.
 */
const OPERATION_FIRST: readonly string[] = [
  TASK_PATHS['old-certificate'],
  TASK_PATHS.edge,
  TASK_PATHS['internet-options'],
  TASK_PATHS.certificate,
  ROUTES.done,
];

export function helpFirstFor(pathname: string): ContactId {
  return OPERATION_FIRST.some((path) => pathname === path || pathname.startsWith(`${path}/`))
    ? 'operation'
    : 'documents';
}
