import { useMemo } from 'react';
import { allTaskStatuses } from '../domain/tasks/status';
import { useProgressState } from '../lib/progress/react';
import { stepPlan } from '../content/procedures/plan';

export function useTaskStatuses() {
  const { progress } = useProgressState();
  return useMemo(() => allTaskStatuses(progress, stepPlan), [progress]);
}
