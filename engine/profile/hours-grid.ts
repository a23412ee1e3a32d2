import { WEEKDAYS, type HoursValue, type Weekday } from './types';
import { daysOfKey } from './normalise';
import { isWeekdayKey } from './clock';

/** One row of the options page's hours grid. */
export interface DayHours {
  mode: 'open' | 'closed' | '24h';
  from: string;
  to: string;
}

export type HoursGrid = Record<Weekday, DayHours>;

/** The written hours as a grid of seven days; a day the value does not name is closed. */
export function toGrid(value: HoursValue): HoursGrid {
  const grid = Object.fromEntries(WEEKDAYS.map((d) => [d, { mode: 'closed', from: '09:00', to: '18:00' }])) as HoursGrid;
  for (const [key, text] of Object.entries(value)) {
    if (!isWeekdayKey(key)) continue;
    for (const day of daysOfKey(key)) {
      if (text === '24h' || text === 'closed') grid[day] = { ...grid[day], mode: text };
      else {
        const [from = '09:00', to = '18:00'] = text.split('-');
        grid[day] = { mode: 'open', from, to };
      }
    }
  }
  return grid;
}

function written(day: DayHours): string {
  return day.mode === 'open' ? `${day.from}-${day.to}` : day.mode;
}

/** The grid written back compactly: neighbouring days with the same hours become one range ("mon-fri"). */
export function fromGrid(grid: HoursGrid): HoursValue {
  const value: HoursValue = {};
  let i = 0;
  while (i < 7) {
    let j = i;
    while (j + 1 < 7 && written(grid[WEEKDAYS[j + 1]!]) === written(grid[WEEKDAYS[i]!])) j++;
    value[i === j ? WEEKDAYS[i]! : `${WEEKDAYS[i]}-${WEEKDAYS[j]}`] = written(grid[WEEKDAYS[i]!]);
    i = j + 1;
  }
  return value;
}
