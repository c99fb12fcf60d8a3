import { FIELDS } from '../request/fields';
import type { Progress } from './schema';

/**
 * Two tabs (or a tab whose save failed) change the same saved progress. A three-way merge keeps
 * every change: `base` is what this tab last knew to be stored, `mine` what this tab holds now,
 * `theirs` what is stored now. Each value this tab changed since `base` is its own; every other
 * value is `theirs`. Values are the smallest things a person changes one at a time: a field of the
 * request, a branch answer, a ticked step, the FAX and call records.
 */

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Per key: mine where this tab changed it since base, theirs otherwise. */
function mergeRecord<T extends Record<string, unknown>>(base: T, mine: T, theirs: T): T {
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  const entries = [...keys].flatMap((key) => {
    const value = same(base[key], mine[key]) ? theirs[key] : mine[key];
    return value === undefined ? [] : [[key, value] as const];
  });
  return Object.fromEntries(entries) as T;
}

/** Theirs, plus the steps this tab ticked, minus the ones it unticked. */
function mergeTicked(base: readonly string[], mine: readonly string[], theirs: readonly string[]) {
  const added = mine.filter((id) => !base.includes(id));
  const removed = new Set(base.filter((id) => !mine.includes(id)));
  const out = theirs.filter((id) => !removed.has(id));
  for (const id of added) if (!out.includes(id)) out.push(id);
  return out;
}

export function mergeProgress(base: Progress, mine: Progress, theirs: Progress): Progress {
  const request = mergeRecord(base.request, mine.request, theirs.request);
  // A confirmation holds only for the request it confirmed: if the other side's changes make the
  // merged request different from what was confirmed, it must be checked again.
  const confirmer = base.requestConfirmed !== mine.requestConfirmed ? mine : theirs;
  const requestConfirmed = confirmer.requestConfirmed && same(confirmer.request, request);
  return {
    // The FAX and call records, and any value added to Progress later, as single values.
    ...mergeRecord(base, mine, theirs),
    request,
    requestConfirmed,
    choices: mergeRecord(base.choices, mine.choices, theirs.choices),
    ticked: mergeTicked(base.ticked, mine.ticked, theirs.ticked),
  };
}

/**
 * What `current` holds that `saved` does not, in the words the person knows: the request's
 * fields by their labels, then the answers, the ticks and the records. Used to say exactly
 * what a failed save leaves unsaved.
 */
export function unsavedParts(saved: Progress, current: Progress): string[] {
  const parts: string[] = [];
  for (const name of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    if (!same(saved.request[name], current.request[name])) parts.push(FIELDS[name].label);
  }
  if (saved.requestConfirmed !== current.requestConfirmed) parts.push('依頼書の内容の確認');
  if (!same(saved.choices, current.choices)) parts.push('選んだ項目');
  const ticks =
    current.ticked.filter((id) => !saved.ticked.includes(id)).length +
    saved.ticked.filter((id) => !current.ticked.includes(id)).length;
  if (ticks > 0) parts.push(`手順のチェック（${ticks}件）`);
  if (saved.faxSentAt !== current.faxSentAt) parts.push('FAXを送信した記録');
  if (saved.callReceivedAt !== current.callReceivedAt) parts.push('完了のお電話を受けた記録');
  return parts;
}
