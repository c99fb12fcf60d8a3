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
