import { describe, expect, test } from 'vitest';
import { REQUEST_PAGE_PATHS, REQUEST_PATHS, ROUTES, TASK_PATHS } from '../../src/content/routes';
import { helpFirstFor } from '../../src/content/help';
import { TASKS, WHERE_LABELS } from '../../src/content/tasks';

describe('which PC each task is done on', () => {
  test('the old certificate on the old PC, the settings on the new one, the rest on either', () => {
    expect(Object.fromEntries(TASKS.map((t) => [t.id, WHERE_LABELS[t.where]]))).toEqual({
      request: 'どちらでも',
      print: 'どちらでも',
      fax: 'どちらでも',
      'old-certificate': '以前のパソコン',
      edge: '新しいパソコン',
      'internet-options': '新しいパソコン',
      certificate: '新しいパソコン',
    });
  });
});

describe('which inquiry line a page lists first', () => {
  test.each([
    [ROUTES.start, 'documents'],
    [ROUTES.tasks, 'documents'],
    [REQUEST_PAGE_PATHS.organisation, 'documents'],
    [REQUEST_PATHS.check, 'documents'],
    [REQUEST_PATHS.example, 'documents'],
    [TASK_PATHS.print, 'documents'],
    [TASK_PATHS.fax, 'documents'],
    [TASK_PATHS['old-certificate'], 'operation'],
    [TASK_PATHS.edge, 'operation'],
    [TASK_PATHS['internet-options'], 'operation'],
    [TASK_PATHS.certificate, 'operation'],
    [ROUTES.done, 'operation'],
    // Not a task's page: /edges is not /edge.
    ['/edges', 'documents'],
  ])('%s → %s', (path, first) => {
    expect(helpFirstFor(path)).toBe(first);
  });

  test('each task’s page lists its own line first', () => {
    for (const task of TASKS) expect(helpFirstFor(task.path), task.id).toBe(task.help);
  });
});
