import { FIELDS, TEXT_FIELDS, type TextField } from './fields';
import type { RequestDraft } from './schema';

/**
 * The registry's maximum lengths (./fields.ts) applied to whole drafts, for values that did not
 * come through an input: saved progress and imported files. Saved progress is cut (as the input
 * would have cut it); an imported file is refused, naming the field (domain/progress).
 */

/**
 * `text` (longer than `max`) cut to `max` code units, never inside a surrogate pair (𠮷 is kept
 * or dropped whole). Not ../text/cut.ts: loading saved progress is part of the first load, and
 * sharing that module with the lazy inputs cost the first load 1.2 KB gzip (measured); a
 * combining mark right after the cut of a hand-edited file may be dropped, which the person is
 * told to check.
 */
function cutUnits(text: string, max: number): string {
  return text.slice(0, text.codePointAt(max - 1)! > 0xffff ? max - 1 : max);
}

/** The text fields of `draft` longer than their field takes, in form order. */
export function overLongFields(draft: RequestDraft): TextField[] {
  return TEXT_FIELDS.filter((name) => draft[name].length > FIELDS[name].maxLength);
}

/** `draft` with every text value cut to its field's maximum length, and which ones were cut. */
export function cutToFieldLengths(draft: RequestDraft): { draft: RequestDraft; cut: TextField[] } {
  const cut = overLongFields(draft);
  if (cut.length === 0) return { draft, cut };
  const out = { ...draft };
  for (const name of cut) out[name] = cutUnits(draft[name], FIELDS[name].maxLength);
  return { draft: out, cut };
}
