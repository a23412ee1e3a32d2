import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';
import { findingsOf } from './helpers';

const ru: Profile = { format: 'sverka.profile/1', name: 'Сервис', languages: ['ru'] };
const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
const grammar = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => f.quote);

describe('a sentence that opens with a gerund and goes on without its doer', () => {
  it.each([
    ['Заказывая ремонт у нас, замена аккумулятора будет выполнена за час.', 'Заказывая ремонт у нас, замена аккумулятора будет выполнена'],
    ['Оплатив заказ на сайте, доставка будет организована в тот же день.', 'Оплатив заказ на сайте, доставка будет организована'],
    ['Приехав к нам утром, ваш автомобиль будет осмотрен бесплатно.', 'Приехав к нам утром, ваш автомобиль будет осмотрен'],
  ])('flags "%s"', async (text, quote) => {
    expect(await grammar(text)).toEqual([quote]);
  });

  it.each([
    ['the doer is there', 'Заказывая ремонт у нас, вы получаете гарантию на год.'],
    ['the doer is a pronoun of the passive', 'Записавшись онлайн, вы будете приняты без очереди.'],
    ['the doer is a person', 'Оформив заявку, клиент будет записан на ближайшее время.'],
    ['a gerund used as a preposition', 'Учитывая сроки поставки, цена будет снижена на десять процентов.'],
    ['a gerund used as a preposition, again', 'Начиная с понедельника, салон будет открыт до десяти вечера.'],
    ['no passive', 'Приехав к нам утром, забирайте машину уже вечером.'],
    ['the gerund inside the sentence', 'Замена экрана будет выполнена, учитывая все пожелания клиента.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('a sentence that opens with a gerund phrase left open', () => {
  it.each([
    ['Оформляя заказ на сайте вы получаете скидку пять процентов.', 'сайте вы'],
    ['Приехав к нам утром мы успеем сделать всё за день.', 'утром мы'],
  ])('flags "%s"', async (text, quote) => {
    expect(await grammar(text)).toEqual([quote]);
  });

  it.each([
    ['the phrase is closed', 'Оформляя заказ на сайте, вы получаете скидку пять процентов.'],
    ['a gerund become an adverb', 'Молча мы дослушали мастера до конца.'],
    ['a gerund used as a preposition', 'Учитывая сроки мы снизили цену на десять процентов.'],
    ['the pronoun opens a clause of its own', 'Проверяя как они работают мы находим ошибки раньше.'],
    ['the pronoun is not the subject of a verb', 'Оформляя заказ на сайте вы и ваши друзья получают скидку.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});
