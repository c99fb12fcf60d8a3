import { cutToLength } from '../text/cut';
import { FIELDS, TEXT_FIELDS, type TextField } from './fields';
import type { RequestDraft } from './schema';

/**
 * The registry's maximum lengths (./fields.ts) applied to whole drafts, for values that did not
 * come through an input: saved progress and imported files. Saved progress is cut (as the input
 * would have cut it); an imported file is refused, naming the field (domain/progress).
 */

/** The text fields of `draft` longer than their field takes, in form order. */
export function overLongFields(draft: RequestDraft): TextField[] {
  return TEXT_FIELDS.filter((name) => draft[name].length > FIELDS[name].maxLength);
}

/** `draft` with every text value cut to its field's maximum length, and which ones were cut. */
export function cutToFieldLengths(draft: RequestDraft): { draft: RequestDraft; cut: TextField[] } {
  const cut = overLongFields(draft);
  if (cut.length === 0) return { draft, cut };
  const out = { ...draft };
  for (const name of cut) out[name] = cutToLength(draft[name], FIELDS[name].maxLength);
  return { draft: out, cut };
}
