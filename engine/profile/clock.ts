import { WEEKDAYS } from './types';

/** Minutes since midnight for "HH:MM", or null for an impossible time; "24:00" closes a day. */
export function parseClock(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

export function isHoursValue(text: string): boolean {
  if (text === '24h' || text === 'closed') return true;
  const [open, close, extra] = text.split('-');
  return extra === undefined && open !== undefined && close !== undefined && parseClock(open) !== null && parseClock(close) !== null && open !== close;
}

/** A weekday key: `mon`, or a range `mon-fri` whose days exist. */
export function isWeekdayKey(key: string): boolean {
  const [from, to, extra] = key.split('-');
  const known = (day: string | undefined) => day !== undefined && (WEEKDAYS as readonly string[]).includes(day);
  return extra === undefined && known(from) && (to === undefined || known(to));
}
