import { describe, expect, it } from 'vitest';
import { extractPromises } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { durationExtractor } from '../../../../engine/promises/duration';
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
  const stated = (text: string) =>
    values(durationExtractor, text)
      .filter((v: any) => v.stated)
      .map((v: any) => v.minutes);
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
    const html =
      '<table><tr><td>Грузчики, минимальный заказ</td><td>от 400 руб в час</td><td>3 часа</td></tr><tr><td>Газель с водителем</td><td>900 руб в час</td><td>2 час + 1 час подача</td></tr><tr><td>Упаковка</td><td>2 рулона</td><td>15 минут на 200 руб</td></tr></table>';
    const found = extractPromises(materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' }, 'ru'), undefined, [durationExtractor]);
    expect(found.map((p) => [p.quote, (p.value as any).minutes, (p.value as any).stated, p.label !== undefined])).toEqual([
      ['3 часа', 180, true, true],
      ['2 час + 1 час подача', 120, true, true],
    ]);
  });

  const fromHtml = (html: string, language: 'ru' | 'en') =>
    extractPromises(materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' }, language), undefined, [durationExtractor]).map((p) => [
      p.quote,
      (p.value as any).minutes,
      (p.value as any).least,
      (p.value as any).stated,
    ]);

  it('reads a row label that is a length ("45 minutes" in a "Length" column) as a stated length', () => {
    const html = '<table><tr><th>Length</th><th>Weekday</th><th>Weekend</th></tr><tr><td>45 minutes</td><td>$25</td><td>$30</td></tr><tr><td>90 minutes</td><td>$45</td><td>$50</td></tr></table>';
    expect(fromHtml(html, 'en')).toEqual([
      ['45 minutes', 45, undefined, true],
      ['90 minutes', 90, undefined, true],
    ]);
  });

  it('reads bare figures under a header of lengths with its unit ("Time, hours")', () => {
    const html = '<table><tr><th>Route</th><th>Distance km</th><th>Typical time, hours</th></tr><tr><td>Lake to mill</td><td>12</td><td>3-4</td></tr><tr><td>Mill to bridge</td><td>5</td><td>1,5</td></tr></table>';
    expect(fromHtml(html, 'en')).toEqual([
      ['3-4', 240, 180, true],
      ['1,5', 90, undefined, true],
    ]);
  });

  it('stays silent on figures under a header of opening hours or of no length', () => {
    const hours = '<table><tr><th>Day</th><th>Opening time, hours</th></tr><tr><td>Monday</td><td>9-5</td></tr></table>';
    const counts = '<table><tr><th>Группа</th><th>Часы</th></tr><tr><td>Младшая</td><td>2-3</td></tr></table>';
    expect(fromHtml(hours, 'en')).toEqual([]);
    expect(fromHtml(counts, 'ru')).toEqual([]);
  });

  it('reads the value under a card label ("Длительность:" over "3 часа") as a stated length of the label', () => {
    const html = '<div><h4>Прогулка на катере:</h4><p>3 часа</p></div><div><h4>Питание:</h4><p>2 раза в день</p></div>';
    expect(fromHtml(html, 'ru')).toEqual([['3 часа', 180, undefined, true]]);
  });

  it('stays silent on a bare length under a heading that is no label', () => {
    expect(fromHtml('<h4>Наш опыт</h4><p>15 лет</p>', 'ru')).toEqual([]);
  });

  it('reads no calendar year as a length ("до 1 марта 2025 года")', () => {
    expect(values(durationExtractor, 'Цены действительны с 1 октября 2024 до 1 марта 2025 года.')).toEqual([]);
  });

  it('reads working days as days and keeps a refund deadline judged', () => {
    expect(values(durationExtractor, 'We refund within 5 working days.')).toEqual([{ amount: 5, unit: 'day', minutes: 7200, upTo: true }]);
  });

  it('"no longer than", "no more than" give a ceiling', () => {
    expect(values(durationExtractor, 'Your repair will take no longer than 3 hours.')).toEqual([{ amount: 3, unit: 'hour', minutes: 180, upTo: true }]);
    expect(values(durationExtractor, 'We answer in no more than 2 days.')).toEqual([{ amount: 2, unit: 'day', minutes: 2880, upTo: true }]);
    expect(values(durationExtractor, 'No more than 4 guests per room.')).toEqual([]);
  });

  it('"на протяжении", "в ближайший час" are cues', () => {
    expect(minutes('Курьер приедет в ближайший час')).toEqual([[60, false]]);
    expect(minutes('На протяжении 20 минут мастер будет у вас')).toEqual([[20, false]]);
  });
});

describe('how long a thing lasts and how soon it is ready, said another way', () => {
  const stated = (text: string) => values(durationExtractor, text).map((v: any) => [v.minutes, v.stated === true]);

  it.each([
    ['The Saturday pottery class is two hours in length.', 120],
    ['Each guided walk is an hour and is about an hour long.', 60],
    ['Our tasting session is one and a half hours long.', 90],
  ])('"%s" states a length said in words', (text, expected) => {
    expect(stated(text)).toEqual([[expected, true]]);
  });

  it.each(['The kids played all day long.', 'We have long waited for this day.', 'Open all week long.'])('"%s" states no length', (text) => {
    expect(stated(text)).toEqual([]);
  });

  it.each([
    ['Repairs have a typical turnaround time of 48 hours.', 2880],
    ['Expect a lead time of 3 weeks on custom frames.', 30240],
    ['Заказ привезём в день поступления заявки.', 1440],
    ['Мастер приедет в день звонка.', 1440],
  ])('"%s" promises how soon', (text, expected) => {
    expect(stated(text)).toEqual([[expected, false]]);
  });

  it.each(['The lead singer of 20 years retired.', 'В день рождения дарим скидку.'])('"%s" promises no time', (text) => {
    expect(stated(text)).toEqual([]);
  });
});

describe('durations said in words', () => {
  it('reads the common misspelling "в течении" as "в течение"', () => {
    expect(minutes('В течении суток мастер приедет к вам.')).toEqual([[1440, true]]);
    expect(minutes('Ремонт сделаем в течении двух часов.')).toEqual([[120, true]]);
  });

  it('reads "в этот же день" as the same day', () => {
    expect(minutes('Заявку оформим в этот же день.')).toEqual([[1440, false]]);
  });

  it('stays silent on the noun "течение" and on a day that is no wait', () => {
    expect(minutes('Течение реки здесь быстрое.')).toEqual([]);
    expect(minutes('В этот день мы празднуем открытие.')).toEqual([]);
  });
});

describe('the time a customer is asked to set aside', () => {
  const claims = (text: string) => values(durationExtractor, text).map((v: any) => [v.minutes, v.least, v.stated]);

  it('reads "allow … an hour" as how long the visit takes, "at least" as a floor only stated', () => {
    expect(claims('Please allow about an hour for your first fitting.')).toEqual([[60, undefined, undefined]]);
    expect(claims('Allow at least two hours for the tasting menu.')).toEqual([[120, undefined, true]]);
  });

  it('reads a range whose ends name their own units to its longer end', () => {
    expect(claims('Allow twenty minutes to an hour for the consultation.')).toEqual([[60, 20, undefined]]);
    expect(claims('The repair takes 2 hours to 2 days.')).toEqual([[2880, 120, undefined]]);
  });

  it('stays silent on "allow" that permits, and keeps a shorter second length apart', () => {
    expect(claims('We allow dogs on the terrace.')).toEqual([]);
    expect(claims('Delivery within 3 days or 1 day in town.').map(([m]) => m)).toEqual([4320]);
  });
});

describe('one step today, the next tomorrow', () => {
  it('reads "today …, tomorrow …" as a day', () => {
    expect(minutes('Сегодня примерка — завтра готовый костюм.')).toEqual([[1440, false]]);
    expect(minutes('Today the survey, tomorrow the install.')).toEqual([[1440, false]]);
  });

  it('stays silent on two days named together', () => {
    expect(minutes('Сегодня и завтра пекарня работает до 18:00.')).toEqual([]);
  });
});
