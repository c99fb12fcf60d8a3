import { describe, expect, test } from 'vitest';
import { emptyProgress, type Choices, type Progress } from '../../../src/domain/progress/schema';
import {
  blockedBy,
  decidingChoice,
  isApplicable,
  taskChoices,
  waitsFor,
  type Blocker,
  type TaskId,
} from '../../../src/domain/tasks/status';

const base = emptyProgress();
const confirmed: Progress = { ...base, requestConfirmed: true };
const called: Progress = { ...base, callReceivedAt: '2026-11-26T12:00:00.000Z' };

describe('waitsFor', () => {
  test.each<[TaskId, Blocker | undefined]>([
    ['request', undefined],
    ['print', 'request'],
    ['fax', 'request'],
    ['old-certificate', 'call'],
    ['edge', 'call'],
    ['internet-options', 'call'],
    ['certificate', 'call'],
  ])('%s waits for %s', (task, expected) => {
    expect(waitsFor(task)).toBe(expected);
  });
});

describe('blockedBy', () => {
  test.each<[string, TaskId, Progress, Blocker | undefined]>([
    ['the request is never blocked', 'request', base, undefined],
    ['print before the request is confirmed', 'print', base, 'request'],
    ['print after the request is confirmed', 'print', confirmed, undefined],
    ['FAX before the request is confirmed', 'fax', base, 'request'],
    ['FAX after the request is confirmed', 'fax', confirmed, undefined],
    ['task 4 with the request confirmed but no call', 'old-certificate', confirmed, 'call'],
    ['task 7 before the call', 'certificate', confirmed, 'call'],
    // Editing the form after the call must not lock tasks 4–7 again.
    ['task 5 after the call, request not confirmed', 'edge', called, undefined],
    ['task 6 after the call', 'internet-options', { ...confirmed, ...called }, undefined],
  ])('%s', (_name, task, progress, expected) => {
    expect(blockedBy(task, progress)).toBe(expected);
  });
});

describe('decidingChoice', () => {
  test.each<[TaskId, keyof Choices | undefined]>([
    ['request', undefined],
    ['print', undefined],
    ['fax', undefined],
    ['old-certificate', 'oldPcInUse'],
    // IE mode changes Edge's steps (the separate manual), it does not take the task away.
    ['edge', undefined],
    ['internet-options', 'browserMode'],
    ['certificate', undefined],
  ])('%s is decided by %s', (task, expected) => {
    expect(decidingChoice(task)).toBe(expected);
  });
});

describe('isApplicable', () => {
  test.each<[TaskId, Choices, boolean]>([
    ['old-certificate', {}, true],
    ['old-certificate', { oldPcInUse: 'yes' }, true],
    ['old-certificate', { oldPcInUse: 'no' }, false],
    ['edge', {}, true],
    ['edge', { browserMode: 'edge' }, true],
    ['edge', { browserMode: 'ie-mode' }, true],
    ['internet-options', { browserMode: 'ie-mode' }, false],
    ['internet-options', { browserMode: 'edge', oldPcInUse: 'no' }, true],
    ['certificate', { browserMode: 'ie-mode', oldPcInUse: 'no' }, true],
    ['print', { browserMode: 'ie-mode' }, true],
  ])('%s with %j applies: %s', (task, choices, expected) => {
    expect(isApplicable(task, choices)).toBe(expected);
  });
});

describe('taskChoices', () => {
  test.each<[TaskId, readonly (keyof Choices)[]]>([
    ['request', []],
    ['print', []],
    ['fax', []],
    ['old-certificate', ['oldPcInUse']],
    ['edge', ['browserMode']],
    ['internet-options', ['windowsVersion', 'popupBlocker']],
    ['certificate', []],
  ])('%s', (task, expected) => {
    expect(taskChoices(task)).toEqual(expected);
  });
});
