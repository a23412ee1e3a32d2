import { describe, expect, it } from 'vitest';
import { namesCalendarDate } from '../../../../engine/text/dates';

describe('namesCalendarDate', () => {
  it.each([
    'С 30.12.25 по 3.01.26 работаем до 18:00',
    'в период с 5.01.2026г. до 8.01.2026г.',
    '31 декабря салон открыт до 16:00',
    'Closed 25 December and 1st of January',
    'Christmas Eve, Dec. 24th: 9am–1pm',
    'Open until 3pm on January 2',
  ])('finds a date in "%s"', (text) => expect(namesCalendarDate(text)).toBe(true));

  it.each(['Пн–пт с 9.00 до 18.00', 'Стоимость 1.500 ₽ за 2 часа', 'May we help you? Open 9–5', 'Open 7 days, 9.00–17.30', 'Приём на 2 этаже с 10 до 20'])('finds no date in "%s"', (text) =>
    expect(namesCalendarDate(text)).toBe(false),
  );
});
