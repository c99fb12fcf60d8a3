import type { TaskId } from '../../domain/tasks/status';
import type {
  ContactId,
  RichText,
  Segment,
  Step,
  Tip,
  Variant,
  Warning,
} from '../../domain/procedure/model';
import { CONTACTS, hoursText, type Contact } from '../contacts';

/**
 * Builders for the content files of the guide's procedures. The model they build (Step, Variant,
 * Procedure, …) is the domain's (domain/procedure/model.ts), re-exported here so content and
 * pages name it in one place; which steps apply to a person is decided in
 * domain/procedure/plan.ts, so the wording can change without touching the rules.
 */

export type * from '../../domain/procedure/model';

// Builders. They keep the content files close to the guide's prose and derive `labels` from the
// instruction, so a label can never be emphasised in the text yet missing from the list.

export const label = (value: string): Segment => ({ label: value });
export const input = (value: string): Segment => ({ input: value });
export const contact = (id: ContactId): Segment => ({ contact: id });

/** One of the guide's two lines (kept out of contacts.ts, which the first load carries). */
export function contactById(id: ContactId): Contact {
  const found = CONTACTS.find((c) => c.id === id);
  if (!found) throw new Error(`no contact ${id}`);
  return found;
}
export const number = (value: string): Segment => ({ number: value });
export const link = (text: string, task: TaskId, step?: string): Segment =>
  step === undefined ? { text, to: { task } } : { text, to: { task, step } };

/** Rich text from plain strings and segments: `rich('「', label('設定'), '」をクリックします。')`. */
export function rich(...parts: readonly (string | Segment)[]): RichText {
  return parts.map((part) => (typeof part === 'string' ? { text: part } : part));
}

export type StepInput = Omit<
  Step,
  'instruction' | 'list' | 'labels' | 'notes' | 'warnings' | 'tips' | 'variants' | 'checkable'
> & {
  readonly instruction: RichText | string;
  readonly list?: readonly (RichText | string)[];
  /** Extra labels not written in the instruction (e.g. ones named only in a variant). */
  readonly extraLabels?: readonly string[];
  readonly notes?: readonly (RichText | string)[];
  readonly warnings?: readonly Warning[];
  readonly tips?: readonly Tip[];
  readonly variants?: readonly Variant[];
  /** Default true: most steps are something the person does. */
  readonly checkable?: boolean;
};

export function step(def: StepInput): Step {
  const { extraLabels = [], list, ...rest } = def;
  const instruction = toRich(def.instruction);
  const labels = [...labelsIn(instruction), ...extraLabels].filter(
    (value, index, all) => all.indexOf(value) === index,
  );
  const result: Step = {
    ...rest,
    instruction,
    labels,
    notes: (def.notes ?? []).map(toRich),
    warnings: def.warnings ?? [],
    tips: def.tips ?? [],
    variants: def.variants ?? [],
    checkable: def.checkable ?? true,
  };
  return list === undefined ? result : { ...result, list: list.map(toRich) };
}

export function toRich(value: RichText | string): RichText {
  return typeof value === 'string' ? [{ text: value }] : value;
}

export function labelsIn(text: RichText): string[] {
  return text.flatMap((segment) => ('label' in segment ? [segment.label] : []));
}

/** Plain text of rich text, for tests, screen-reader summaries and copying. */
export function plainText(text: RichText): string {
  return text
    .map((segment) => {
      if ('label' in segment) return `「${segment.label}」`;
      if ('input' in segment) return `「${segment.input}」`;
      if ('contact' in segment) {
        const line = contactById(segment.contact);
        return `${line.purpose}（TEL ${line.phone.display}、${hoursText(line)}）`;
      }
      if ('number' in segment) return segment.number;
      return segment.text;
    })
    .join('');
}
