/**
 * Upgrades for older saved progress: `migrations[n]` turns the `progress` of version n into that
 * of version n + 1. The table itself is MIGRATIONS (envelope.ts); loading from storage and
 * importing a file both run it through migrate() below, so the two can never upgrade differently.
 */
export type Migrations = Readonly<Record<number, (progress: unknown) => unknown>>;

/**
 * Why saved progress cannot be upgraded. newer: saved by a later version of the app; missing: no
 * migration from some version on the way; failed: a migration threw (the saved data did not have
 * the shape of its version).
 */
export type MigrationProblem = 'newer' | 'missing' | 'failed';

export type Migrated = { ok: true; progress: unknown } | { ok: false; problem: MigrationProblem };

/** Brings progress saved at version `from` up to version `to`, one version at a time. */
export function migrate(
  progress: unknown,
  from: number,
  to: number,
  migrations: Migrations,
): Migrated {
  if (from > to) return { ok: false, problem: 'newer' };
  let value = progress;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, problem: 'missing' };
    try {
      value = step(value);
    } catch {
      return { ok: false, problem: 'failed' };
    }
  }
  return { ok: true, progress: value };
}
