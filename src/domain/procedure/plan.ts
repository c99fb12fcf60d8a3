import type { Choices } from '../progress/schema';
import { isApplicable, type StepPlan, type TaskId } from '../tasks/status';
import type { Condition, Procedure, Step, Tip, Variant } from './model';

/**
 * Which steps of the guide apply to the person, given their branch answers.
 *
 * An unanswered question leaves a condition undecided. Undecided steps are not shown (the task
 * page asks the question first) but stay required, so a task cannot reach 完了 before the
 * question that decides its steps is answered. Undecided variants are all shown: they are
 * alternatives of one step, and the person can pick theirs by the heading.
 */

export type Match = 'yes' | 'no' | 'undecided';

export function matches(condition: Condition | undefined, choices: Choices): Match {
  if (condition === undefined) return 'yes';
  let result: Match = 'yes';
  for (const key of Object.keys(condition) as (keyof Condition)[]) {
    const wanted = condition[key];
    if (wanted === undefined) continue;
    const given = choices[key];
    if (given === undefined) result = 'undecided';
    else if (given !== wanted) return 'no';
  }
  return result;
}

/** The guide's procedure for a task (none for the request form). */
export type ProcedureLookup = (task: TaskId) => Procedure | undefined;

export interface Plan {
  /** The steps to show for the task, in the guide's order, with only the variants that may apply. */
  stepsFor: (task: TaskId, choices: Choices) => readonly Step[];
  /** Ids of the steps the person must tick before the task is 完了. */
  requiredStepIds: (task: TaskId, choices: Choices) => readonly string[];
  /** The same as requiredStepIds, in the shape the task statuses take it. */
  stepPlan: StepPlan;
}

/**
 * The plan rules over the guide's procedures. The procedures are content, above the domain, so
 * they are passed in (content/procedures/plan.ts binds them once for the app).
 */
export function planFor(procedureFor: ProcedureLookup): Plan {
  const applicable = (task: TaskId, choices: Choices, keep: (m: Match) => boolean): Step[] => {
    const procedure = procedureFor(task);
    // Same rule as the task list's 対象外, so a page and its row can never disagree.
    if (procedure === undefined || !isApplicable(task, choices)) return [];
    const kept = new Set<string>();
    const result: Step[] = [];
    for (const step of procedure.steps) {
      // A sub-step goes with its parent (the guide's ア–ウ belong to ⑦).
      if (step.parent !== undefined && !kept.has(step.parent)) continue;
      if (!keep(matches(step.when, choices))) continue;
      kept.add(step.id);
      result.push(step);
    }
    return result;
  };
  const requiredStepIds = (task: TaskId, choices: Choices): readonly string[] =>
    applicable(task, choices, (m) => m !== 'no')
      .filter((step) => step.checkable && step.auto === undefined)
      .map((step) => step.id);
  return {
    stepsFor: (task, choices) =>
      applicable(task, choices, (m) => m === 'yes').map((step) => narrow(step, choices)),
    requiredStepIds,
    stepPlan: requiredStepIds,
  };
}

function narrow(step: Step, choices: Choices): Step {
  const variants = keepVariants(step.variants, choices);
  const tips = step.tips.map((tip): Tip => ({
    ...tip,
    variants: keepVariants(tip.variants, choices),
  }));
  return { ...step, variants, tips };
}

function keepVariants(variants: readonly Variant[], choices: Choices): readonly Variant[] {
  return variants.filter((variant) => matches(variant.when, choices) !== 'no');
}
