import { describe, expect, it } from 'vitest';
import { prepositionHits } from '../../../../engine/checks/prepositions-ru';
import { russianHits } from './helpers';

const hits = russianHits(prepositionHits);

describe('pronouns and verbs right after a Russian preposition', () => {
  it.each([
    ['Отправьте документы к ему на почту.', 'к ему', 'к нему'],
    ['Мы давно сотрудничаем с ими по доставке.', 'с ими', 'с ними'],
    ['Договор подпишем для его.', 'для его', 'для него'],
    ['Заказ не отправят без ней.', 'без ней', 'без неё'],
    ['Успех пришёл благодаря ним и нашим мастерам.', 'благодаря ним', 'благодаря им'],
    ['Таких условий нет у никого.', 'у никого', 'ни у кого'],
    ['С нечем сравнить наш сервис.', 'С нечем', 'Не с чем'],
    ['Возврат невозможен при никаких обстоятельствах.', 'при никаких', 'ни при каких'],
    ['Курьер в приедет офис к обеду.', 'в приедет', null],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await hits(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    ['the form with «н»', 'Отправьте документы к нему, а копию к ней.'],
    ['a possessive', 'Мы работаем для его клиентов и с их партнёрами.'],
    ['a pronoun governed by the word after it', 'Обращайтесь к ему подобным специалистам по ей одной известным причинам.'],
    ['a derived preposition with the plain form', 'Всё получилось благодаря ему и согласно их плану.'],
    ['a negative pronoun written right', 'Ни у кого нет таких цен, и не с чем сравнить.'],
    ['an adverb after «ни»', 'Мы никогда не опаздываем.'],
    ['a preposition that is also an adverb', 'Сначала оплата, после поговорим о скидке.'],
  ])('stays silent on %s', async (_case, text) => {
    expect(await hits(text)).toEqual([]);
  });
});
