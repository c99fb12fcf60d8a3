import { useMemo } from 'react';
import { stepPlan } from '../../content/procedures/plan';
import { allTaskStatuses } from '../../domain/tasks/status';
import { usePrintability } from '../use-printability';
import { useProgressState } from './react';

/**
 * Every task's status, by the rules of domain/tasks/status.ts: the one hook the task list and the
 * task pages share, so a row and its page can never disagree. Kept out of ./react because it
 * brings the guide's content (and the request form's rules, which decide 依頼書 完了), which the
 * first load does without.
 */
export function useTaskStatuses() {
  const { progress } = useProgressState();
  const printability = usePrintability();
  return useMemo(() => allTaskStatuses(progress, stepPlan, printability), [progress, printability]);
}
