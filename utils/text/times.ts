/** Clock times and ranges: "9:00", "9.00", "9 утра", "7am", "с 9 до 21", "7am–7pm", "до 22:00". */

export interface TimeRange {
  /** Minutes since midnight; null when only one end is stated ("до 22:00", "from 7am"). */
  from: number | null;
  to: number | null;
  start: number;
  end: number;
}

const CLOCK = String.raw`(\d{1,2})(?:[:.](\d{2}))?\s*(утра|дня|вечера|ночи|a\.?m\.?|p\.?m\.?)?`;
const MONTHS = /^\s*(январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|числа|лет|год|мин|час|сек|дн|недел|месяц|%|₽|руб|р\.|\$|€|£|кг|км|м\b|чел|шт|раз|years|hours|minutes|days|weeks|months|km|kg|miles|people|times)/iu;

/** "с 9 до 21 ноября", "до 10 лет", "from 5 to 10 km" are dates and amounts, not clock times. */
function followedByMonthOrUnit(text: string, end: number): boolean {
  const rest = text.slice(end).replace(/^\s*(?:[-–—]|до|to|по)\s*\d{1,2}/iu, '');
  return MONTHS.test(rest);
}

function toMinutes(hours: string, minutes: string | undefined, meridiem: string | undefined): number | null {
  let h = Number(hours);
  const m = minutes ? Number(minutes) : 0;
  const mark = meridiem?.toLowerCase().replace(/\./g, '');
  if (mark === 'pm' || mark === 'вечера' || (mark === 'дня' && h < 12)) h = h < 12 ? h + 12 : h;
  if ((mark === 'am' || mark === 'ночи') && h === 12) h = 0;
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return h * 60 + m;
}

/** A bare number is a time only with minutes, an am/pm or утра/вечера mark, or a range word around it. */
function isClock(minutes: string | undefined, meridiem: string | undefined): boolean {
  return minutes !== undefined || meridiem !== undefined;
}

const BOTH_ENDS = new RegExp(String.raw`(?<![\d\p{L}])(?:(?:с|from|open(?:s)?\s+from)\s+)?${CLOCK}\s*(?:[-–—‐−]|до|to|till|until)\s*${CLOCK}(?![\d\p{L}])`, 'giu');
const ONE_END = new RegExp(String.raw`(?<![\d\p{L}])(с|from|opens?\s+at|до|till|until|to)\s+${CLOCK}(?![\d\p{L}])`, 'giu');

export function findTimeRanges(text: string): TimeRange[] {
  const found: TimeRange[] = [];
  const taken = (start: number) => found.some((r) => r.start <= start && start < r.end);
  for (const m of text.matchAll(BOTH_ENDS)) {
    const opensWithRangeWord = /^(с|from|open)/i.test(m[0]);
    if (!opensWithRangeWord && !isClock(m[2], m[3]) && !isClock(m[5], m[6])) continue;
    if (followedByMonthOrUnit(text, m.index + m[0].length)) continue;
    const from = toMinutes(m[1]!, m[2], m[3]);
    const to = toMinutes(m[4]!, m[5], m[6] ?? (m[3] && /p/i.test(m[3]) ? m[3] : undefined));
    if (from === null || to === null) continue;
    found.push({ from, to: to === 0 ? 1440 : to, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ONE_END)) {
    if (taken(m.index) || (!isClock(m[3], m[4]) && !/^(с|from|до|until|till)$/i.test(m[1]!))) continue;
    if (followedByMonthOrUnit(text, m.index + m[0].length)) continue;
    const minutes = toMinutes(m[2]!, m[3], m[4]);
    if (minutes === null || (!isClock(m[3], m[4]) && Number(m[2]) > 24)) continue;
    const opening = /^(с|from|opens?)/i.test(m[1]!);
    found.push({ from: opening ? minutes : null, to: opening ? null : minutes === 0 ? 1440 : minutes, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "24/7", "круглосуточно", "around the clock", "24 часа": open all day. */
export const ALL_DAY = /(?<![\p{L}\d])(24\s*\/\s*7|24\s*[x×х]\s*7|круглосуточн\p{L}*|круглые\s+сутки|24\s+часа(\s+в\s+сутки)?|around\s+the\s+clock|24\s+hours(\s+a\s+day)?|open\s+24h|24h)(?![\p{L}\d])/giu;
