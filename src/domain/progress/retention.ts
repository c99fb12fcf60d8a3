/**
 * Personal data is not kept longer than needed (shared office PCs): saved progress untouched for
 * this many days is erased when the app next opens.
 */
export const RETENTION_DAYS = 30;

/** Whether progress last changed at `updatedAt` has outlived the retention period at `now`. */
export function isExpired(
  updatedAt: string | undefined,
  now: Date,
  days: number = RETENTION_DAYS,
): boolean {
  if (updatedAt === undefined) return false;
  const changed = Date.parse(updatedAt);
  if (Number.isNaN(changed)) return false;
  return now.getTime() - changed > days * 24 * 60 * 60 * 1000;
}

/** When saved progress will be erased if it is not changed again. */
export function expiresAt(updatedAt: string, days: number = RETENTION_DAYS): Date {
  return new Date(Date.parse(updatedAt) + days * 24 * 60 * 60 * 1000);
}

/**
 * The saved time to count the retention period from: a time in the future (saved while the PC's
 * clock was ahead) counts as `now`, so that once the clock is right the 30 days run from the real
 * date instead of from a date that may be years away. The caller saves the clamped time, or the
 * future time would come back on the next load.
 */
export function clampToNow(updatedAt: string | undefined, now: Date): string | undefined {
  if (updatedAt === undefined) return undefined;
  const changed = Date.parse(updatedAt);
  if (Number.isNaN(changed) || changed <= now.getTime()) return updatedAt;
  return now.toISOString();
}
