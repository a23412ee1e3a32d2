import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';
import { findingsOf } from './helpers';

const ru: Profile = { format: 'sverka.profile/1', name: 'Клиника', languages: ['ru'] };

describe('set phrases, second round: double comparatives, «вместо» apart', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const found = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => [f.quote, f.suggestion ?? null]);

  it.each([
    ['Мы подберём более лучший тариф для семьи', 'более лучший', 'лучший'],
    ['Такой ремонт — менее худшее из решений', 'менее худшее', 'худшее'],
    ['Директор уехал, а в место него приедет заместитель', 'в место', 'вместо'],
    ['В последствии мы открыли второй филиал', 'В последствии', 'Впоследствии'],
    ['По началу было непросто, но клиенты нас нашли', 'По началу', 'Поначалу'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await found(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    'Если спешите, тем более лучший выбор — запись онлайн',
    'Мы подберём лучший тариф, более выгодный для семьи',
    'Мы переезжаем в место, где нас легко найти',
    'Ремонт скажется в последствии аварии меньше, чем кажется',
    'Судя по началу сезона, спрос будет высоким',
    'По началу года видно, каким будет спрос',
  ])('leaves "%s" alone', async (text) => {
    expect(await found(text)).toEqual([]);
  });
});

describe('adjectives made of verbs that keep one «н» (Russian grammar loaded)', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const found = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => f.suggestion);

  it('mends «кованные ворота» and leaves a participle with words of its own alone', async () => {
    expect(await found('Изготовим кованные перила для лестницы.')).toEqual(['кованые']);
    expect(await found('Перила, кованные вручную, прослужат долго.')).toEqual([]);
    expect(await found('Решётки, кованные нашим мастером, стоят у входа.')).toEqual([]);
  });
});

describe('endings of numbers in figures (Russian typography)', () => {
  // A note, not a warning: a house style proofreaders mark as optional.
  const found = async (text: string) => (await findingsOf('typography', ru, text)).map((f) => [f.quote, f.suggestion ?? null, f.severity]);

  it.each([
    ['Скидка действует в 2-ух наших филиалах', '2-ух', '2'],
    ['Гарантия на срок до 5-ти лет', '5-ти', '5'],
    ['Кабинет находится на 2-ом этаже', '2-ом', '2-м'],
    ['С 1-ого числа цены меняются', '1-ого', '1-го'],
    ['Запись открыта на 3-ий квартал', '3-ий', '3-й'],
    ['Лекция пройдёт к 4-ем часам дня', '4-ем', null],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await found(text)).toEqual([[quote, suggestion, 'info']]);
  });

  it.each([
    'Скидка действует в 2 наших филиалах и в двух партнёрских',
    'Кабинет находится на 2-м этаже, вход со 2-го подъезда',
    'Группы по 5–10 человек, занятия с 5-ми классами',
    'Оплата за 5-ю неделю, 2-х комнатная квартира',
    'Модель КС-3-ой серии, версия 1.2-ой сборки',
  ])('leaves "%s" alone', async (text) => {
    expect(await found(text)).toEqual([]);
  });
});

describe('a case ending after a figure in a compound adjective', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const found = async (text: string) => (await findingsOf('grammar', ru, text, checker)).filter((f) => f.check === 'grammar').map((f) => [f.quote, f.suggestion ?? null]);

  it.each([
    ['Сдаём 3х-комнатную квартиру у парка.', '3х-комнатную', '3-комнатную'],
    ['Строим 2-х этажные дома из бруса.', '2-х этажные', '2-этажные'],
    ['Есть 4-х местный номер с балконом.', '4-х местный', '4-местный'],
    ['Даём 5ти-летнюю гарантию на кровлю.', '5ти-летнюю', '5-летнюю'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await found(text)).toEqual([[quote, suggestion]]);
  });

  it.each(['Сдаём 3-комнатную квартиру у парка.', 'Работаем на 2-х новых машинах.', 'Дом из 2-х этажей и мансарды.', 'Договор подписывается в 2-х экземплярах.'])('leaves "%s" alone', async (text) => {
    expect(await found(text)).toEqual([]);
  });

  it('says the slip once on a material, however many figures show it', async () => {
    expect(await found('Уборка: 1х-комнатная квартира, 2х-комнатная квартира, 3х-комнатная квартира.')).toEqual([['1х-комнатная', '1-комнатная']]);
  });
});

describe('the person who gives a service left in the nominative', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const found = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => [f.quote, f.suggestion ?? null]);

  it.each([
    ['Консультация юрист, бесплатно по средам.', 'Консультация юрист', 'Консультация юриста'],
    ['Гарантия на работы. Выезд курьер.', 'Выезд курьер', 'Выезд курьера'],
    ['Вызов настройщик. Приедем в любой район.', 'Вызов настройщик', 'Вызов настройщика'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await found(text)).toEqual([[quote, suggestion]]);
  });

  it.each(['Консультация юриста, бесплатно по средам.', 'Выезд курьер согласует с вами по телефону.', 'Быстрый выезд курьер гарантирует в любой район.', 'Консультация Иван, ждём вас.'])(
    'leaves "%s" alone',
    async (text) => {
      expect(await found(text)).toEqual([]);
    },
  );
});

describe('the noun of an activity as the first part of a compound adjective', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const found = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => [f.quote, f.suggestion ?? null]);

  it.each([
    ['Берём любые строительство-отделочные работы.', 'строительство-отделочные', 'строительно-отделочные'],
    ['Есть производство-складской комплекс в аренду.', 'производство-складской', 'производственно-складской'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await found(text)).toEqual([[quote, suggestion]]);
  });

  it.each(['Берём любые строительно-отделочные работы.', 'Агентство-партнёр поможет с визой.', 'Наше строительство-лидер в регионе.'])('leaves "%s" alone', async (text) => {
    expect(await found(text)).toEqual([]);
  });
});
