import { datesCheck } from '../../../../engine/checks/dates';
import { testCheck } from './rule-tester';

testCheck(datesCheck, {
  language: 'ru',
  valid: [
    'Акция до 30 ноября.',
    'Ярмарка 29 февраля 2028 года.',
    // without a year 29 February may be a leap year's
    'Скидки до 29 февраля.',
    'В субботу, 5 декабря 2026, ярмарка.',
    'Суббота, 5 декабря 2026 г. — ярмарка.',
    // no year, no verdict on the weekday
    'Пятница, 5 декабря — ярмарка.',
    // a price or a time, not a date
    'Кофе 31.11 ₽, открываемся в 31.11',
    'Скидка до 5 декабря 2000 ₽ на всё.',
    'Встреча 30.11.2026 в 19:00.',
  ],
  invalid: [
    { text: 'Акция до 31 ноября!', quote: '31 ноября', rule: 'dates/impossible-date' },
    // a range that ends on a day the month has not
    { text: 'Скидки с 28 по 31 ноября.', quote: '31 ноября', rule: 'dates/impossible-date' },
    { text: 'Приходите 30 февраля.', quote: '30 февраля', rule: 'dates/impossible-date' },
    { text: 'Распродажа 29 февраля 2027 года.', quote: '29 февраля 2027 года', rule: 'dates/impossible-date' },
    { text: 'Встреча 31.04.2026.', quote: '31.04.2026', rule: 'dates/impossible-date' },
    { text: 'Пятница, 5 декабря 2026 — ярмарка.', quote: 'Пятница, 5 декабря 2026', rule: 'dates/wrong-weekday', suggestion: 'Суббота, 5 декабря 2026' },
    { text: 'Ждём в пятницу, 5 декабря 2026 г.', quote: 'в пятницу, 5 декабря 2026 г.', rule: 'dates/wrong-weekday', suggestion: 'в субботу, 5 декабря 2026 г.' },
    { text: 'Ждём в среду, 1 декабря 2026.', quote: 'в среду, 1 декабря 2026', rule: 'dates/wrong-weekday', suggestion: 'во вторник, 1 декабря 2026' },
    { text: 'Мастер-класс: пт, 5 декабря 2026', quote: 'пт, 5 декабря 2026', rule: 'dates/wrong-weekday', suggestion: 'сб, 5 декабря 2026' },
  ],
});

testCheck(datesCheck, {
  language: 'en',
  valid: ['Open until April 30.', 'Saturday, December 5, 2026: the fair.', 'Friday, December 5: the fair.', 'You may 31 times ask.', 'Leap day party on February 29, 2028.'],
  invalid: [
    { text: 'Offer ends April 31.', quote: 'April 31', rule: 'dates/impossible-date' },
    { text: 'Closed on the 31st of June.', quote: '31st of June', rule: 'dates/impossible-date' },
    { text: 'Sale on February 29, 2027 only.', quote: 'February 29, 2027', rule: 'dates/impossible-date' },
    { text: 'Join us Friday, December 5, 2026.', quote: 'Friday, December 5, 2026', rule: 'dates/wrong-weekday', suggestion: 'Saturday, December 5, 2026' },
    { text: 'Fri 5 December 2026, 7 pm', quote: 'Fri 5 December 2026', rule: 'dates/wrong-weekday', suggestion: 'Sat 5 December 2026' },
  ],
});
