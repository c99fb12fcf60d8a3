import { useEffect } from 'react';
import type { Environment } from '../../domain/environment/detect';
import type { Procedure } from '../../content/procedures';
import type { TaskStatus } from '../../domain/tasks/status';
import { useGuideActions } from './hooks';

/**
 * A task may ask which Windows the PC runs (its question has `preselectDetected`). When the
 * browser tells (Chromium's platformVersion), the detected version is chosen for the person, who
 * can change it. An answer already given is never replaced, and nothing is stored for a task that
 * cannot start or does not apply.
 */
export function usePreselectWindowsVersion(
  procedure: Procedure,
  status: TaskStatus,
  environment: Environment,
) {
  const { update } = useGuideActions();
  const detected = environment.windowsVersion;
  const asks = procedure.questions.some(
    (q) => q.choice === 'windowsVersion' && q.preselectDetected === true,
  );
  const open = status !== 'cannot-start' && status !== 'not-applicable';
  useEffect(() => {
    if (!asks || !open || detected === undefined) return;
    update((p) =>
      p.choices.windowsVersion !== undefined
        ? p
        : { ...p, choices: { ...p.choices, windowsVersion: detected } },
    );
  }, [asks, open, detected, update]);
}
