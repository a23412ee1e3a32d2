import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';
import { findingsOf } from './helpers';

const ru: Profile = { format: 'sverka.profile/1', name: 'Мастерская', languages: ['ru'] };
const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
const punctuation = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => [f.quote, f.suggestion]);

describe('a participial phrase after its noun, not set off', () => {
  it.each([
    ['Мы ставим окна изготовленные на нашем заводе в Туле.', 'окна изготовленные', 'окна, изготовленные'],
    ['Каталог фирм продающих садовую технику по всей области.', 'фирм продающих', 'фирм, продающих'],
    ['Верните детали купленные без чека в течение недели.', 'детали купленные', 'детали, купленные'],
    ['Наши мастера работающие в ателье с 2012 года шьют на заказ.', 'мастера работающие', 'мастера, работающие'],
    ['Продаём ключи специально изготовленные для старых замков.', 'ключи специально изготовленные', 'ключи, специально изготовленные'],
  ])('flags "%s"', async (text, quote, fixed) => {
    expect(await punctuation(text)).toEqual([[quote, fixed]]);
  });

  it.each([
    ['the phrase is set off', 'Мы ставим окна, изготовленные на нашем заводе, по всей области.'],
    ['the participle has no words of its own', 'Все заказы оплаченные.'],
    ['the participle stands before its noun', 'Оплаченные заказы отправляем в тот же день.'],
    ['the participle stands before its own noun', 'Повесим для дома выбранные вами шторы за один день.'],
    ['an adjective homonym of a participle', 'Это наш цвет любимый многими клиентами.'],
    ['an adjective homonym of a participle, after a degree word', 'Подберём ткань наиболее подходящую вашему интерьеру.'],
    ['the participle agrees with no noun before it', 'Покажем мастерам собранные нами отзывы клиентов.'],
    ["the noun is a preposition's object", 'Работаем в домах построенных до войны.'],
    ['an action noun with what was done as its object', 'Для сохранения написанного нажмите кнопку внизу страницы.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await punctuation(text)).toEqual([]);
  });
});

describe('a dash missing before «это» between subject and predicate', () => {
  it.each([
    ['Ремонт обуви это наша главная работа уже двадцать лет.', 'обуви это', 'обуви — это'],
    ['Хороший сон это всегда лучший отдых.', 'сон это', 'сон — это'],
    ['Выбрать подарок близким это целое искусство.', 'близким это', 'близким — это'],
    ['Шить одежду и чинить обувь это наше ремесло.', 'обувь это', 'обувь — это'],
  ])('flags "%s"', async (text, quote, fixed) => {
    expect(await punctuation(text)).toEqual([[quote, fixed]]);
  });

  it.each([
    ['the dash is there', 'Ремонт обуви — это наша главная работа.'],
    ['«это» is an object', 'Мы сделаем это быстро и недорого.'],
    ['«это» is the object of a lone infinitive', 'Сделать это наша задача на сегодня.'],
    ['«это» is a demonstrative before a verb', 'Мастер это пальто сошьёт за три дня.'],
    ['«это» after a preposition', 'Скидки на это лето действуют до августа.'],
    ['no noun after «это»', 'Ремонт обуви это быстро и недорого.'],
    ['«это» a demonstrative before a predicative', 'Заказать онлайн это пальто можно до пятницы.'],
    ['the sentence does not open with the subject', 'Для нас ремонт обуви это главная работа.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await punctuation(text)).toEqual([]);
  });
});

describe('a comma missing before a clause', () => {
  it.each([
    ['Можно подождать пока мы заменим стекло.', 'подождать пока', 'подождать, пока'],
    ['Отдыхайте пока мы меняем масло.', 'Отдыхайте пока', 'Отдыхайте, пока'],
    ['Не стоит ждать пока он сломается окончательно.', 'ждать пока', 'ждать, пока'],
    ['По результатам сразу видно какой подход работает.', 'видно какой', 'видно, какой'],
    ['Нам понятно с чем вы пришли.', 'понятно с', 'понятно, с'],
  ])('flags "%s"', async (text, quote, fixed) => {
    expect(await punctuation(text)).toEqual([[quote, fixed]]);
  });

  it.each([
    ['«пока» means "for now"', 'Оформите пока заявку, а мы перезвоним.'],
    ['the comma is there', 'Можно подождать, пока мы заменим стекло.'],
    ['a comparison', 'Всё ясно как день.'],
    ['an adverb after a verb', 'Мастер объяснит понятно что и как делать.'],
    ['«что-то», no question word', 'Сразу видно что-то новое в интерьере.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await punctuation(text)).toEqual([]);
  });
});

describe('a comma between subject and predicate', () => {
  it.each([
    ['Считаем, что хорошая обувь, должна служить годами.', 'обувь, должна', 'обувь должна'],
    ['Новая коллекция, поступит в продажу в марте.', 'коллекция, поступит', 'коллекция поступит'],
    ['Мы уверены, что хорошая обувь, должна шиться на заказ.', 'обувь, должна', 'обувь должна'],
    ['Любая спешка, может испортить покраску кузова.', 'спешка, может', 'спешка может'],
    ['Каждая примерка, занимает около получаса.', 'примерка, занимает', 'примерка занимает'],
  ])('flags "%s"', async (text, quote, fixed) => {
    expect(await punctuation(text)).toEqual([[quote, fixed]]);
  });

  it.each([
    ['words put in, closed by a second comma', 'Хорошая обувь, стоит заметить, должна служить годами.'],
    ['a person addressed', 'Дорогие покупатели, поступила новая коллекция.'],
    ['a participle, not a predicate', 'Новая коллекция, поступившая в марте, уже в продаже.'],
    ['a clause before the comma', 'Когда приходит весна, начинается сезон ремонта.'],
    ['a list', 'Обувь, сумки, ремни продаются на втором этаже.'],
    ['the predicate has its own subject after it', 'Внимание, изменилось расписание мастеров.'],
    ['«может» is put in, set off on both sides', 'Любая спешка, может, и простительна, но не здесь.'],
    ['a pronoun that is the subject itself, not an attribute', 'Всё, может подождать до понедельника.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await punctuation(text)).toEqual([]);
  });
});

describe('a comma after a span of time that opens the sentence', () => {
  it.each([
    ['В течение 15 минут, мы подберём вам замену.', 'В течение 15 минут, мы', 'В течение 15 минут мы'],
    ['Через два дня, вы получите готовый костюм.', 'Через два дня, вы', 'Через два дня вы'],
    ['За час, они успевают вымыть всю машину.', 'За час, они', 'За час они'],
  ])('flags "%s"', async (text, quote, fixed) => {
    expect(await punctuation(text)).toEqual([[quote, fixed]]);
  });

  it.each([
    ['no comma', 'В течение 15 минут мы подберём вам замену.'],
    ['the span is not at the sentence start', 'Мы перезвоним в течение 15 минут, вы только оставьте номер.'],
    ['a clause follows the comma, not a subject', 'Через два дня, если вы не против, мы начнём.'],
    ['the span goes on past its unit, and its comma opens words put in', 'За час до закрытия, как правило, мы уже не принимаем заказы.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await punctuation(text)).toEqual([]);
  });
});

describe('a parenthetical «как …» closed by a comma but not opened', () => {
  it.each([
    ['Сроки короткие и как показала практика, споров не бывает.', 'и как', 'и, как'],
    ['Мастер приходит как правило, в первой половине дня.', 'приходит как', 'приходит, как'],
  ])('flags "%s"', async (text, quote, fixed) => {
    expect(await punctuation(text)).toEqual([[quote, fixed]]);
  });

  it.each([
    ['both commas are there', 'Мастер приходит, как правило, в первой половине дня.'],
    ['the phrase opens the sentence', 'Как правило, мастер приходит утром.'],
    ['a comparison', 'Сделаем так как правило требует.'],
    ['after «а»', 'Работаем быстро а как известно, время дорого.'],
    ['no comma closes it', 'Всё прошло как правило и бывает.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await punctuation(text)).toEqual([]);
  });
});

describe('a comma inside a bound before an amount', () => {
  it.each([
    ['Срок пошива не более, чем 5 дней.', 'более, чем', 'более чем'],
    ['Скидка действует не менее, чем на три месяца.', 'менее, чем', 'менее чем'],
    ['Подгоним брюки более, чем за 2 часа не возьмёмся.', 'более, чем', 'более чем'],
    ['В группе не больше, чем 6 человек.', 'больше, чем', 'больше чем'],
  ])('flags "%s"', async (text, quote, fixed) => {
    expect(await punctuation(text)).toContainEqual([quote, fixed]);
  });

  it.each(['Срок пошива не более чем 5 дней.', 'Мы берём за работу не более, чем другие ателье.', 'Этот костюм стоит больше, чем 100 рублей.', 'Более, чем уверены в качестве.'])('stays silent on "%s"', async (text) => {
    expect(await punctuation(text)).toEqual([]);
  });
});

describe('an imperative opening a sentence, run on into a clause', () => {
  it.each([
    ['Подождите идёт примерка.', 'Подождите идёт', 'Подождите, идёт'],
    ['Поторопитесь осталось три места.', 'Поторопитесь осталось', 'Поторопитесь, осталось'],
  ])('flags "%s"', async (text, quote, fixed) => {
    expect(await punctuation(text)).toContainEqual([quote, fixed]);
  });

  it.each(['Давайте обсудим фасон.', 'Подождите, идёт примерка.', 'Приходите посмотреть ткани.', 'Мы ждём, подождите немного.'])('stays silent on "%s"', async (text) => {
    expect(await punctuation(text)).toEqual([]);
  });
});
