import { describe, expect, it } from 'vitest';
import { extractPromises } from '../../../utils/engine';
import { materialFromDocument } from '../../../utils/material/from-dom';
import { parseHtmlDocument } from '../../../utils/material/parse-html';
import { durationExtractor } from '../../../utils/promises/duration';
import { values } from './helpers';

const minutes = (text: string) => values(durationExtractor, text).map((v: any) => [v.minutes, v.upTo]);

describe('duration extractor', () => {
  it.each([
    ['Ключи за 15 минут', 15, false],
    ['Выдаём ключи за пятнадцать минут', 15, false],
    ['Результаты анализов за 2 часа', 120, false],
    ['Ответим в течение часа', 60, true],
    ['Перезвоним через 5 минут', 5, false],
    ['Сделаем за полчаса', 30, false],
    ['Ждать в холле не придётся', 1, false],
    ['Приём без ожидания', 1, false],
    ['No waiting, ever', 1, false],
    ['Your phone fixed within the hour', 60, true],
    ['Repairs in an hour', 60, false],
    ['Оформление — не больше получаса', 30, true],
    ['Ready in half an hour', 30, false],
    ['Ремонт за один день', 1440, false],
    ['Доставка за 3 дня', 4320, false],
    ['Заморозка абонемента до 60 дней', 86400, true],
    ['Ожидание не больше 5 минут', 5, true],
    ['Справка за пару минут', 2, false],
    ['Оформление мгновенно', 1, false],
    ['Выдадим карту сразу', 1, false],
    ['Готово в день обращения', 1440, false],
    ['Keys in 15 minutes', 15, false],
    ['Мастер приедет, время прибытия составляет 20 минут', 20, false],
    ['На простой замок уйдёт 10-15 минут', 15, false],
    ['Монтаж занимает около 2-х часов', 120, false],
    ['We reply within 2 hours', 120, true],
    ['Same-day delivery', 1440, false],
    ['Instantly approved', 1, false],
    ['Freeze your membership for up to 60 days', 86400, true],
    ['Ready in just 10 minutes', 10, false],
    ['Сделаем за считанные минуты', 5, false],
    ['Результаты анализов — на следующий день', 1440, false],
    ['Готовые фото заберёте назавтра', 1440, false],
    ['Next-day delivery across London', 1440, false],
    ['Your prints ready by tomorrow', 1440, false],
    ['Оформим за полтора часа', 90, false],
    ['Ответим в течение полутора часов', 90, true],
    ['Заморозка до полугода', 259200, true],
    ['Ready in one and a half hours', 90, false],
    ['Takes about 20 minutes', 20, false],
    ['Процедура занимает около 40 минут', 40, false],
    ['We respond in less than an hour', 60, true],
    ['Перезвоним менее чем за 10 минут', 10, true],
  ])('%s', (text, expectedMinutes, upTo) => {
    expect(minutes(text)).toEqual([[expectedMinutes, upTo]]);
  });

  it.each([
    'Гигиена всего за 2900 ₽',
    'Стаж 15 лет',
    'Детям до 10 лет',
    'Акция до конца месяца',
    'Мы не обещаем сделать за 5 минут',
    'Через дорогу от метро',
    'Open from 7am to 7pm',
    'Спасибо за 10 лет с нами',
    'Результаты не всегда готовы на следующий день',
    'В ближайшие 2 года откроем второй зал',
    'We are just two minutes walk away from the station',
    'Салон — всего в 5 минутах ходьбы от метро',
    'Опыт работы мастеров составляет 12 лет',
  ])('finds no duration in "%s"', (text) => {
    expect(minutes(text)).toEqual([]);
  });
});

describe('stated durations: terms, not waits', () => {
  const stated = (text: string) => values(durationExtractor, text).filter((v: any) => v.stated).map((v: any) => v.minutes);
  it.each([
    ['Trial pass: 2 weeks validity.', 20160],
    ['The 20 visit card has 16 weeks validity.', 161280],
    ['Each 45 minute session is led by a coach.', 45],
    ['Программа курса: 40 часов теории.', 2400],
    ['Сертификат выдаётся сроком на 3 года.', 1576800],
    ['Срок обучения 1,5 месяца.', 64800],
    ['Чистка обуви от 20 минут', 20],
    ['Пошив пальто — от 12 дн.', 17280],
    ['Evening recital, 1½ hr session.', 90],
    ['Each lesson block is a 10-week semester.', 100800],
    ['Full day: 8 Hr coverage of your event.', 480],
    ['Сроки: 10-14 дней', 20160],
  ])('"%s" is a stated term', (text, expected) => {
    expect(stated(text)).toEqual([expected]);
  });

  it.each(['Доставка: 3 дня.', 'Принимаем детей от 7 лет.', 'Open from 9 to 17.', 'Соберём шкаф за 2 часа.', 'We refund within 5 working days.'])('"%s" holds no stated term', (text) => {
    expect(stated(text)).toEqual([]);
  });

  it('reads a table cell that is a length as a stated length of its row', () => {
    const html = '<table><tr><td>Грузчики, минимальный заказ</td><td>от 400 руб в час</td><td>3 часа</td></tr><tr><td>Газель с водителем</td><td>900 руб в час</td><td>2 час + 1 час подача</td></tr><tr><td>Упаковка</td><td>2 рулона</td><td>15 минут на 200 руб</td></tr></table>';
    const found = extractPromises(materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' }, 'ru'), undefined, [durationExtractor]);
    expect(found.map((p) => [p.quote, (p.value as any).minutes, (p.value as any).stated, p.label !== undefined])).toEqual([
      ['3 часа', 180, true, true],
      ['2 час + 1 час подача', 120, true, true],
    ]);
  });

  it('reads working days as days and keeps a refund deadline judged', () => {
    expect(values(durationExtractor, 'We refund within 5 working days.')).toEqual([{ amount: 5, unit: 'day', minutes: 7200, upTo: true }]);
  });

  it('"на протяжении", "в ближайший час" are cues', () => {
    expect(minutes('Курьер приедет в ближайший час')).toEqual([[60, false]]);
    expect(minutes('На протяжении 20 минут мастер будет у вас')).toEqual([[20, false]]);
  });
});
