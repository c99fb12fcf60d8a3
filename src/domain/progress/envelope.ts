import { z } from 'zod/mini';
import { IsoDateTimeSchema } from '../text/iso-date';
import { cutToFieldLengths } from '../request/lengths';
import { requestFingerprint } from '../tasks/request-version';
import { migrate, type Migrations } from './migrate';
import { ProgressSchema, emptyProgress, type Progress } from './schema';
import { repair } from './repair';

export type { Migrations } from './migrate';

/**
 * How progress is written to storage: one versioned envelope. Reading it is parsing untrusted
 * input: JSON → envelope → migrate to the current version → repair field by field → defaults.
 */

export const APP_ID = 'rokin-cert-wizard';
export const CURRENT_VERSION = 2;

export interface Envelope {
  app: typeof APP_ID;
  version: typeof CURRENT_VERSION;
  /** When the progress last changed (ISO 8601); drives the retention of personal data. */
  updatedAt: string;
  progress: Progress;
}

/**
 * Version 1 → 2 (issue 16): the print and FAX records remember which version of the request they
 * were made with (`printedRequest`, `faxedRequest`), so a later change of the answers reopens
 * them. Progress saved before had no such record: what it printed and faxed is taken to be the
 * answers it holds now. Anything else is left to repair().
 */
function recordRequestVersions(progress: unknown): unknown {
  if (typeof progress !== 'object' || progress === null || Array.isArray(progress)) {
    return progress;
  }
  const p = progress as Record<string, unknown>;
  const fingerprint = requestFingerprint(p.request);
  const ticked = Array.isArray(p.ticked) ? p.ticked : [];
  const printed = ticked.some((id) => typeof id === 'string' && id.startsWith('print.'));
  return {
    ...p,
    ...(printed && { printedRequest: fingerprint }),
    ...(typeof p.faxSentAt === 'string' && { faxedRequest: fingerprint }),
  };
}

/**
 * Upgrades for older envelopes: `MIGRATIONS[n]` turns the `progress` of version n into that of
 * version n + 1 (run by migrate.ts). Version 1 is the first; add an entry here whenever
 * ProgressSchema changes shape.
 */
export const MIGRATIONS: Migrations = { 1: recordRequestVersions };

export type LoadOutcome =
  /** Nothing was saved: a first visit. */
  | 'empty'
  /** Everything was restored. */
  | 'restored'
  /** Restored, but some values were damaged and were reset. */
  | 'partly-restored'
  /** Nothing could be used (not JSON, not ours, or a version this app does not know). */
  | 'unreadable';

export interface Loaded {
  progress: Progress;
  updatedAt: string | undefined;
  outcome: LoadOutcome;
}

const HeaderSchema = z.object({
  app: z.literal(APP_ID),
  version: z.int().check(z.minimum(1)),
  updatedAt: z.catch(z.optional(IsoDateTimeSchema), undefined),
  progress: z.unknown(),
});

export function parseEnvelope(
  raw: string | null,
  migrations: Migrations = MIGRATIONS,
  currentVersion: number = CURRENT_VERSION,
): Loaded {
  if (raw === null || raw === '')
    return { progress: emptyProgress(), updatedAt: undefined, outcome: 'empty' };
  const unreadable: Loaded = {
    progress: emptyProgress(),
    updatedAt: undefined,
    outcome: 'unreadable',
  };

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return unreadable;
  }
  const header = HeaderSchema.safeParse(json);
  if (!header.success) return unreadable;
  const migrated = migrate(header.data.progress, header.data.version, currentVersion, migrations);
  if (!migrated.ok) return unreadable;

  const { value, repaired } = repair(ProgressSchema, migrated.progress, emptyProgress());
  // A value longer than its field takes (saved before fields had a maximum, or edited by hand)
  // is cut as the input would cut it: the rest of it still counts, and the person is told to
  // check. A confirmation of the longer value no longer holds.
  const lengths = cutToFieldLengths(value.request);
  const progress =
    lengths.cut.length === 0
      ? value
      : { ...value, request: lengths.draft, requestConfirmed: false };
  return {
    progress,
    updatedAt: header.data.updatedAt,
    outcome: repaired || lengths.cut.length > 0 ? 'partly-restored' : 'restored',
  };
}

export function serializeEnvelope(progress: Progress, updatedAt: string): string {
  const envelope: Envelope = { app: APP_ID, version: CURRENT_VERSION, updatedAt, progress };
  return JSON.stringify(envelope);
}
