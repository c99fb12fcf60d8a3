import type { PageId } from '../domain/request/fields';
import type { TaskId } from '../domain/tasks/status';

/**
 * Every path of the app, in one place: the router routes these, the task list, links and
 * redirects point at them, and the tests open them (tests/content/routes.test.ts checks that each
 * is routed and that no other module spells a path out). This module is part of the first load
 * (the start page and the layout link from it), so it holds paths only.
 */

/** Pages that are not a task of the guide. */
export const ROUTES = {
  start: '/',
  tasks: '/tasks',
  progressFile: '/progress-file',
  reset: '/reset',
  /** The end of the whole procedure, after the last task. */
  done: '/done',
} as const;

/** Where each input page of the request form (task 1) lives. */
export const REQUEST_PAGE_PATHS = {
  dateAndProcedures: '/request/procedures',
  organisation: '/request/organisation',
  contact: '/request/contact',
  contractNumber: '/request/contract-number',
} as const satisfies Readonly<Record<PageId, string>>;

/** The request form's other pages. */
export const REQUEST_PATHS = {
  /** Task 1's first path: it leads on to the first input page. */
  start: '/request',
  check: '/request/check',
  example: '/request/example',
} as const;

/** The first page of each task. */
export const TASK_PATHS = {
  request: REQUEST_PATHS.start,
  print: '/print',
  fax: '/fax',
  'old-certificate': '/old-certificate',
  edge: '/edge',
  'internet-options': '/internet-options',
  certificate: '/certificate',
} as const satisfies Readonly<Record<TaskId, string>>;

/** A task's page, or one step on it (`/edge#edge.popups`: the page focuses that step). */
export function taskPath(task: TaskId, step?: string): string {
  return step ? `${TASK_PATHS[task]}#${step}` : TASK_PATHS[task];
}

/** Where an answer is changed from the check page: 次へ there returns to the check page. */
export function changeAnswerPath(page: PageId, inputId: string): string {
  return `${REQUEST_PAGE_PATHS[page]}?return=check#${inputId}`;
}
