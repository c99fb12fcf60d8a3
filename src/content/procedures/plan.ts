import { planFor } from '../../domain/procedure/plan';
import { procedureFor } from './index';

/**
 * The plan rules (domain/procedure/plan.ts) bound to the guide's procedures: which steps the
 * pages show and which ticks the task statuses require. The domain cannot import the content,
 * so the binding lives here, once, for the pages and the task list alike.
 */
export const { stepsFor, requiredStepIds, stepPlan } = planFor(procedureFor);
