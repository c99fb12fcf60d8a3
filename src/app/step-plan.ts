import type { StepPlan } from '../domain/tasks/status';

/**
 * Which checklist steps each task asks for. The guide's content is not built yet, so no task has
 * steps: tasks 2 and 4–7 can be started but not completed until the content lands.
 */
export const stepPlan: StepPlan = () => [];
