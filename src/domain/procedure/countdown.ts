/**
 * The countdown of a time limit, such as the 30 minutes an authentication code stays valid
 * (電子証明書の取得作業 ⑥). Pure: the caller passes the clock.
 */

export interface Countdown {
  /** Milliseconds left, never below 0. */
  readonly remainingMs: number;
  readonly expired: boolean;
  /** 'mm:ss', rounded up so the display shows 30:00 at the start and 00:00 only at the end. */
  readonly display: string;
  /**
   * The last milestone reached, in minutes left (30, 25, …, 5, 1, 0). A screen reader is told
   * only when this changes, not every second.
   */
  readonly milestone: number;
}

export function countdown(startedAt: number, now: number, minutes: number): Countdown {
  const total = minutes * 60_000;
  const remainingMs = Math.max(0, Math.min(total, startedAt + total - now));
  const seconds = Math.ceil(remainingMs / 1000);
  const display = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  return {
    remainingMs,
    expired: remainingMs === 0,
    display,
    milestone: milestoneFor(remainingMs, minutes),
  };
}

/** Every 5 minutes, then the last minute, then the end. */
export function milestones(minutes: number): number[] {
  const result = [minutes];
  for (let m = Math.floor((minutes - 1) / 5) * 5; m >= 5; m -= 5) result.push(m);
  if (minutes > 1) result.push(1);
  result.push(0);
  return result.filter((m, i, all) => all.indexOf(m) === i);
}

function milestoneFor(remainingMs: number, minutes: number): number {
  if (remainingMs <= 0) return 0;
  const minutesLeft = Math.ceil(remainingMs / 60_000);
  // The smallest milestone not below the minutes left: 24:59 left is still 「残り25分」.
  const all = milestones(minutes);
  return all.filter((m) => m >= minutesLeft).at(-1) ?? minutes;
}
