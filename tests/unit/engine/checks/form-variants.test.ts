import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';

const profile = (language: 'ru' | 'en'): Profile => ({ format: 'sverka.profile/1', name: language === 'ru' ? 'Студия «Лад»' : 'Tidy Paws', languages: [language], facts: [] });

/** The consistency findings of one page: severity, quote. */
async function found(html: string, language: 'ru' | 'en') {
  const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, language);
  const report = await checkMaterials([material], profile(language), { only: ['consistency'] });
  return report.findings.map((f) => [f.severity, f.quote]);
}

describe('the polite «Вы» written two ways', () => {
  it('warns where one sentence writes it both ways', async () => {
    expect(await found('<p>Мы перезвоним вам и согласуем с Вами время визита.</p><p>Мастер приедет к Вам домой.</p>', 'ru')).toEqual([['warning', 'вам и согласуем с Вами']]);
  });

  it('takes menu entries run together for labels, not a sentence', async () => {
    expect(await found('<div>Каталог Акции Ваш Заказ Доставка Оплата вы смотрели</div>', 'ru')).toEqual([]);
  });

  it('notes a page that leans one way, at the first odd one', async () => {
    const page = '<p>Мы перезвоним Вам в течение часа.</p><p>Мастер приедет к Вам домой.</p><p>Если вас не будет дома, оставьте ключи соседям.</p>';
    expect(await found(page, 'ru')).toEqual([['info', 'вас']]);
  });

  it('stays silent when the other form opens a sentence, heads a title-case heading or stands in a review', async () => {
    expect(await found('<p>Мастер приедет к вам домой. Вы можете выбрать время.</p><p>Мы позвоним вам заранее.</p>', 'ru')).toEqual([]);
    expect(await found('<h2>Ваш Дом — Наша Забота И Ваш Уют</h2><p>Мастер приедет к вам домой.</p><p>Мы позвоним вам заранее.</p>', 'ru')).toEqual([]);
    expect(await found('<p>Мастер приедет к вам домой.</p><p>Мы позвоним вам заранее.</p><h2>Отзывы</h2><p>Спасибо Вам за чистую квартиру!</p>', 'ru')).toEqual([]);
  });

  it('says nothing of an even page or of one odd use against one', async () => {
    expect(await found('<p>Мастер приедет к Вам домой.</p><p>Мы позвоним вам заранее.</p>', 'ru')).toEqual([]);
  });
});

describe('one word spelled two ways on a page', () => {
  it('warns on the rarer of a hyphenated and a joined spelling', async () => {
    const page = '<p>Our pre-wash and declumping service.</p><p>De-clumping is gentle.</p><p>De-clumping takes an hour on a long coat.</p>';
    expect(await found(page, 'en')).toEqual([['warning', 'declumping']]);
    expect(await found('<p>Пишите нам: онлайн-запись работает круглосуточно.</p><p>Онлайн оплата и он-лайн чат.</p><p>Онлайн консультация бесплатна.</p>', 'ru')).toEqual([['warning', 'он-лайн']]);
  });

  it('warns on a Russian compound written spaced where the page hyphenates it, quoting running text first', async () => {
    const page = '<ul><li>Фото-отчёт</li></ul><p>После уборки пришлём фото отчёт в мессенджер за час.</p><p>Фото-отчёт бесплатный.</p><p>Каждый фото-отчёт хранится месяц.</p>';
    expect(await found(page, 'ru')).toEqual([['warning', 'фото отчёт']]);
  });

  it('stays silent on English spaced forms, on particles and on an even count', async () => {
    expect(await found('<p>Drop off your dog at 9.</p><p>Early drop-off costs $5.</p><p>Late drop-off costs $10.</p>', 'en')).toEqual([]);
    expect(await found('<p>Кто-то из мастеров перезвонит.</p><p>Кто-то из нас ответит.</p><p>Знаем, что то, что вы ищете, есть.</p>', 'ru')).toEqual([]);
    // a verb-and-particle compound is joined as a noun and hyphenated before one
    expect(await found('<p>Free pickup in town.</p><p>Curbside pickup on weekends.</p><p>Pick-up times are from 9 to 11.</p>', 'en')).toEqual([]);
    expect(await found('<p>Check-out is at noon.</p><p>Late checkout costs $20.</p><p>Early checkout is free.</p>', 'en')).toEqual([]);
    expect(await found('<p>Write to our e-mail.</p><p>We answer every email within a day.</p>', 'en')).toEqual([]);
    expect(await found('<p>We re-cover sofas.</p><p>We re-cover chairs.</p><p>Most pets recover within a day.</p>', 'en')).toEqual([]);
    // a capital inside a word makes it a name or code: "WiFi", "borderColor" are written as their owners write them
    expect(await found('<p>Free Wi-Fi in the hall.</p><p>Wi-Fi in every room.</p><p>Ask for the WiFi code at the desk.</p>', 'en')).toEqual([]);
  });

  it('does not take the first part alone for a joined spelling', async () => {
    expect(await found('<p>Гель-лак держится три недели.</p><p>Гель-лак снимаем бесплатно.</p><p>Гель для душа в подарок.</p>', 'ru')).toEqual([]);
  });
});

describe('a standard with its year written short and in full', () => {
  it('warns on the rarer form', async () => {
    expect(await found('<p>Убираем по ГОСТ Р 51870-2014.</p><p>Стандарт ГОСТ Р 51870-14 соблюдаем.</p>', 'ru')).toEqual([['warning', 'ГОСТ Р 51870-14']]);
  });

  it('stays silent on other standards or other years', async () => {
    expect(await found('<p>Убираем по ГОСТ Р 51870-2014.</p><p>Окна по ГОСТ 30674-99.</p>', 'ru')).toEqual([]);
    expect(await found('<p>Убираем по ГОСТ Р 51870-2002.</p><p>Новая редакция ГОСТ Р 51870-14.</p>', 'ru')).toEqual([]);
  });
});

describe('the rouble written as a Latin code among Russian prices', () => {
  it('warns on the code', async () => {
    expect(await found('<p>Букет — 2500 руб.</p><p>Корзина — 4000 руб.</p><p>Доставка бесплатно от 6000 RUB.</p>', 'ru')).toEqual([['warning', '6000 RUB']]);
  });

  it('stays silent on a page of one form or on rubles mixed with ₽', async () => {
    expect(await found('<p>Букет — 2500 RUB.</p><p>Корзина — 4000 RUB.</p>', 'ru')).toEqual([]);
    expect(await found('<p>Букет — 2500 руб.</p><p>Корзина — 4000 ₽.</p>', 'ru')).toEqual([]);
  });
});

describe('a street whose kind is named twice', () => {
  it('warns once per address on «ул.» before a lane or a boulevard', async () => {
    expect(await found('<p>Самовывоз: ул. Сиреневый проезд, д. 5.</p><p>Склад: ул. Сиреневый проезд, д. 7.</p>', 'ru')).toEqual([['warning', 'ул. Сиреневый проезд']]);
  });

  it('stays silent on a street named by a kind word and on a lane with no «ул.»', async () => {
    expect(await found('<p>Офис: ул. Набережная, 3; улица Новый Арбат, 10; Садовый проезд, 4.</p>', 'ru')).toEqual([]);
  });
});
