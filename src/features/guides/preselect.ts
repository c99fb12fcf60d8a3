import { useEffect } from 'react';
import type { Environment } from '../../domain/environment/detect';
import type { TaskId, TaskStatus } from '../../domain/tasks/status';
import { useGuideActions } from './hooks';

/**
 * Task 6 asks which Windows the PC runs. When the browser tells (Chromium's platformVersion),
 * the detected version is chosen for the person, who can change it. An answer already given is
 * never replaced, and nothing is stored for a task that cannot start or does not apply.
 */
export function usePreselectWindowsVersion(
  task: TaskId,
  status: TaskStatus,
  environment: Environment,
) {
  const { update } = useGuideActions();
  const detected = environment.windowsVersion;
  const open = status !== 'cannot-start' && status !== 'not-applicable';
  useEffect(() => {
    if (task !== 'internet-options' || !open || detected === undefined) return;
    update((p) =>
      p.choices.windowsVersion !== undefined
        ? p
        : { ...p, choices: { ...p.choices, windowsVersion: detected } },
    );
  }, [task, open, detected, update]);
}
