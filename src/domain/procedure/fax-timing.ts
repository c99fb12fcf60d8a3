/**
 * When to expect the bank's call after the FAX. The guide: 「ろうきんにFAX到着後、お手続きに2時間程
 * お時間をいただきます」 (longer when the FAX must be re-sent). Times are shown in the person's
 * local time; `timeZone` exists for tests and is otherwise left to the browser.
 */

/** The guide's 「2時間程」. */
export const PROCESSING_HOURS = 2;

export interface FaxTiming {
  /** When the FAX was sent, e.g. '2026年11月26日 10:05'. */
  readonly sentAt: string;
  /**
   * When to expect the call, as short as is clear: '12:05' on the same day, '11月27日 1:05' on
   * another day, with the year too when the year changes.
   */
  readonly expectedCall: string;
  /** The expected time of the call (ISO 8601, UTC). */
  readonly expectedCallIso: string;
}

interface Parts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function partsOf(date: Date, timeZone: string | undefined): Parts {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(date).find((part) => part.type === type)?.value ?? '';
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    // Some engines give 24 for midnight even with h23; normalise it.
    hour: String(Number(get('hour')) % 24),
    minute: get('minute').padStart(2, '0'),
  };
}

const time = (p: Parts) => `${p.hour}:${p.minute}`;
const monthDay = (p: Parts) => `${p.month}月${p.day}日`;
const fullDate = (p: Parts) => `${p.year}年${monthDay(p)}`;

/** Formats a moment as 'YYYY年M月D日 H:MM' in local time (or the given time zone). */
export function formatDateTime(date: Date, timeZone?: string): string {
  const p = partsOf(date, timeZone);
  return `${fullDate(p)} ${time(p)}`;
}

export function faxTiming(sentAt: Date | string, timeZone?: string): FaxTiming {
  const sent = typeof sentAt === 'string' ? new Date(sentAt) : sentAt;
  if (Number.isNaN(sent.getTime())) throw new RangeError(`not a date: ${String(sentAt)}`);
  const call = new Date(sent.getTime() + PROCESSING_HOURS * 60 * 60 * 1000);
  const s = partsOf(sent, timeZone);
  const c = partsOf(call, timeZone);
  let expectedCall: string;
  if (s.year !== c.year) expectedCall = `${fullDate(c)} ${time(c)}`;
  else if (s.month !== c.month || s.day !== c.day) expectedCall = `${monthDay(c)} ${time(c)}`;
  else expectedCall = time(c);
  return {
    sentAt: `${fullDate(s)} ${time(s)}`,
    expectedCall,
    expectedCallIso: call.toISOString(),
  };
}
