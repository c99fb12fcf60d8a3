import {
  BANK_HOURS,
  atMinute,
  dayStatus,
  nextDay,
  wallTime,
  type ClosedReason,
  type Day,
  type WallTime,
} from '../calendar/bank-calendar';

/**
 * When to expect the bank's call after the FAX. The guide: 「ろうきんにFAX到着後、お手続きに2時間程
 * お時間をいただきます」 (longer when the FAX must be re-sent). The two hours are counted in the
 * bank's working time only (bank-calendar.ts): a FAX that arrives after 17:00 or on a closed day
 * is processed from 9:00 on the next business day, and what is left of the two hours at 17:00
 * goes on at 9:00 on the next business day. Always a 目安: the guide gives no more than that.
 */

/** The guide's 「2時間程」. */
export const PROCESSING_MINUTES = 120;

/** How the FAX's moment relates to the bank's hours, which decides how the estimate is worded. */
export type Timing =
  /** Sent on a business day in time for the two hours to end by 17:00. */
  | 'within-hours'
  /** Sent on a business day before 9:00. */
  | 'before-opening'
  /** Sent on a business day, but the two hours do not end by 17:00. */
  | 'crosses-closing'
  /** Sent on a business day at or after 17:00. */
  | 'after-closing'
  /** Sent on a day the bank is closed. */
  | 'closed-day';

export interface ClosedDay {
  readonly day: Day;
  readonly reason: ClosedReason;
}

export type CallEstimate =
  | {
      readonly kind: 'estimate';
      readonly sent: WallTime;
      readonly expected: WallTime;
      /** The expected moment (ISO 8601, UTC). */
      readonly expectedIso: string;
      readonly timing: Timing;
      /** The first business day the work starts on, when it is not the day the FAX was sent. */
      readonly startsOn?: Day;
      /** Closed days between the FAX and the call (including the day it was sent). */
      readonly closedDays: readonly ClosedDay[];
    }
  /** The PC's date is outside the years the holiday data covers: no estimate can be made. */
  | { readonly kind: 'unknown'; readonly sent: WallTime };

/** Never more than a year of closed days in a row: a guard against a calendar without open days. */
const MAX_DAYS = 400;

export function callEstimate(sentAt: Date | string): CallEstimate {
  const sentDate = typeof sentAt === 'string' ? new Date(sentAt) : sentAt;
  if (Number.isNaN(sentDate.getTime())) throw new RangeError(`not a date: ${String(sentAt)}`);
  const sent = wallTime(sentDate);
  const unknown: CallEstimate = { kind: 'unknown', sent };

  const sentMinute = sent.hour * 60 + sent.minute;
  let day: Day = sent;
  let from = sentMinute;
  let remaining = PROCESSING_MINUTES;
  let startsOn: Day | undefined;
  const closedDays: ClosedDay[] = [];

  for (let i = 0; i < MAX_DAYS; i++) {
    const status = dayStatus(day);
    if (status.open === undefined) return unknown;
    if (status.open) {
      const start = Math.max(from, BANK_HOURS.open);
      if (start < BANK_HOURS.close) {
        if (i > 0 && startsOn === undefined && remaining === PROCESSING_MINUTES) startsOn = day;
        const available = BANK_HOURS.close - start;
        if (remaining <= available) {
          const expectedAt = atMinute(day, start + remaining);
          return {
            kind: 'estimate',
            sent,
            expected: wallTime(expectedAt),
            expectedIso: expectedAt.toISOString(),
            timing: timingOf(sent, sentMinute),
            ...(startsOn && { startsOn }),
            closedDays,
          };
        }
        remaining -= available;
      }
    } else {
      closedDays.push({ day, reason: status.reason });
    }
    day = nextDay(day);
    from = 0;
  }
  return unknown;
}

function timingOf(sent: WallTime, minute: number): Timing {
  if (dayStatus(sent).open !== true) return 'closed-day';
  if (minute < BANK_HOURS.open) return 'before-opening';
  if (minute >= BANK_HOURS.close) return 'after-closing';
  return minute + PROCESSING_MINUTES <= BANK_HOURS.close ? 'within-hours' : 'crosses-closing';
}

// ---- Wording ------------------------------------------------------------------------------------

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** 「12月7日（月）」 */
export function formatDay(day: Day): string {
  return `${day.month}月${day.day}日（${WEEKDAYS[day.weekday]}）`;
}

/** 「9:05」 */
export function formatTime(time: WallTime): string {
  return `${time.hour}:${String(time.minute).padStart(2, '0')}`;
}

/** 「2026年12月7日（月）9:05」 */
export function formatWallTime(time: WallTime): string {
  return `${time.year}年${formatDay(time)} ${formatTime(time)}`;
}

/** The expected call as short as is clear: with the year only when it differs from the FAX's. */
export function formatExpected(estimate: Extract<CallEstimate, { kind: 'estimate' }>): string {
  const { sent, expected } = estimate;
  const year = expected.year === sent.year ? '' : `${expected.year}年`;
  return `${year}${formatDay(expected)} ${formatTime(expected)}`;
}

function closedReasonText(reason: ClosedReason): string {
  switch (reason.kind) {
    case 'weekend':
      return '土日';
    case 'holiday':
      // The data names the day between two holidays 「休日」; the law calls it 国民の休日.
      return `祝日（${reason.name === '休日' ? '国民の休日' : reason.name}）`;
    case 'year-end':
      return '年末年始の休業日（12月31日〜1月3日）';
  }
}

/**
 * The closed days between the FAX and the call, grouped by reason:
 * 「12月5日（土）・12月6日（日）は土日」.
 */
export function closedDaysText(days: readonly ClosedDay[]): string {
  const groups: { reason: string; days: string[] }[] = [];
  for (const { day, reason } of days) {
    const text = closedReasonText(reason);
    const last = groups.at(-1);
    if (last && last.reason === text) last.days.push(formatDay(day));
    else groups.push({ reason: text, days: [formatDay(day)] });
  }
  return groups.map((g) => `${g.days.join('・')}は${g.reason}`).join('、');
}
