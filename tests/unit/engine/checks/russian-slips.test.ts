import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';
import { findingsOf } from './helpers';

const ru: Profile = { format: 'sverka.profile/1', name: 'Веломастерская', languages: ['ru'] };
const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
/** Grammar findings as [quote, suggestion]. */
const grammar = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => [f.quote, f.suggestion ?? null]);
/** Every finding of grammar and spelling, by quote. */
const anyFinding = async (text: string) => [...(await findingsOf('grammar', ru, text, checker)), ...(await findingsOf('spelling', ru, text, checker))].map((f) => f.quote);

describe('the first part of a compound written apart from its noun', () => {
  it.each([
    ['Меняем камеры и ставим вело ниппель за пять минут.', 'вело ниппель', 'велониппель'],
    ['В наличии мото запчасти для скутеров.', 'мото запчасти', 'мотозапчасти'],
    ['Для дачи подойдёт гидро аккумулятор на сто литров.', 'гидро аккумулятор', 'гидроаккумулятор'],
    ['Уютный мини отель в тихом переулке.', 'мини отель', 'мини-отель'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await grammar(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    ['«вело» is the past tense', 'Агентство успешно вело переговоры с поставщиками.'],
    ['«вело» before a preposition', 'Всё это вело к росту цен на ремонт.'],
    ['«вело» after a clause put in', 'Агентство, как мы знаем, вело переговоры.'],
    ['written solid', 'Продаём велозапчасти и мотошлемы.'],
    ['a hanging hyphen in a pair', 'Поддержка микро- и малого бизнеса.'],
    ['«фото» is a noun of its own', 'Пришлите фото поломки, и мастер ответит.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });

  it('leaves the written-apart part to grammar, not to spelling', async () => {
    expect(await anyFinding('В наличии мото запчасти для скутеров.')).toEqual(['мото запчасти']);
  });
});

describe('a short adjective where a noun one letter off is meant', () => {
  it.each([
    ['Замена и изменение длинны цепи за полчаса.', 'длинны цепи', 'длины цепи'],
    ['Какова длинна кабеля в комплекте?', 'длинна кабеля', 'длина кабеля'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await grammar(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    ['the short form is a predicate', 'Эти брюки длинны сантиметров на пять.'],
    ['the noun spelled right', 'Подгоним длину цепи под вашу раму.'],
    ['a full adjective', 'Ставим замки с длинной цепью.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('«свершение» where «совершение» is meant', () => {
  it('flags an operation that is accomplished', async () => {
    expect(await grammar('Техника сокращает время на свершение операции до минуты.')).toEqual([['свершение', 'совершение']]);
  });

  it('leaves a great deed alone', async () => {
    expect(await grammar('Новый год — время больших свершений и надежд.')).toEqual([]);
  });
});

describe('a clause with «как» after an imperative or a verb of knowing', () => {
  it.each([
    ['Всё не то? Напишите как будет удобно вам.', 'Напишите как', 'Напишите, как'],
    ['Узнайте как мы работаем с новыми клиентами.', 'Узнайте как', 'Узнайте, как'],
    ['Мы знаем как добраться до любой дачи.', 'знаем как', 'знаем, как'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await grammar(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    ['«как можно»', 'Позвоните как можно скорее.'],
    ['«как …, так и …»', 'Оплатите как наличными, так и картой.'],
    ['«как» before a noun', 'Используйте шаблон как основу для письма.'],
    ['a set phrase', 'Оставьте велосипед как есть, мастер разберётся.'],
    ['another set phrase', 'Отдохните как следует в нашем отеле.'],
    ['the comma is there', 'Напишите, как вам удобно.'],
  ])('stays silent on %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('a gerund phrase inside a sentence with no comma before it', () => {
  it.each([
    ['Покупатель сам соберёт шкаф выбирая нужные модули.', 'шкаф выбирая', 'шкаф, выбирая'],
    ['Мастер подготовит смету учитывая пожелания заранее.', null, null],
    ['Вы сэкономите время оформив заказ на сайте.', 'время оформив', 'время, оформив'],
  ])('reads "%s"', async (text, quote, suggestion) => {
    expect(await grammar(text)).toEqual(quote ? [[quote, suggestion]] : []);
  });

  it.each([
    ['the comma is there', 'Покупатель сам соберёт шкаф, выбирая нужные модули.'],
    ['an idiom', 'Мы работаем не покладая рук.'],
    ['another idiom', 'Гости бежали сломя голову к выходу.'],
    ['a gerund used as a preposition', 'Курс длится месяц начиная с понедельника.'],
    ['an adverb before the gerund', 'Мы тренируемся постепенно увеличивая нагрузку.'],
    ['a pronoun before the gerund', 'Вы экономите время, при этом сохраняя качество.'],
    ['a gerund become an adverb', 'Мастер работает стоя у верстака.'],
    ["no verb before it: the words before are the phrase's own", 'С завидной регулярностью обновляя каталог мы радуем гостей.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('a short adjective opening the subject before «— это»', () => {
  it.each([
    ['Важно преимущество компании — это срочная печать.', 'Важно преимущество'],
    ['Удобно расположение офиса — это наш плюс.', 'Удобно расположение'],
  ])('flags "%s"', async (text, quote) => {
    expect((await grammar(text)).map(([q]) => q)).toEqual([quote]);
  });

  it.each([
    ['the full form', 'Главное преимущество компании — это срочная печать.'],
    ['a predicative with a pronoun', 'Важно одно — это качество.'],
    ['no «это»', 'Важно качество, а не скорость.'],
    ['a predicative before a clause', 'Важно, чтобы печать была срочной.'],
  ])('stays silent on %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('a place name with its «в» lost', () => {
  it.each([
    ['Если вы живете Подгорках или рядом, заходите.', 'живете Подгорках'],
    ['Мы находимся Химках, рядом с рынком.', 'находимся Химках'],
  ])('flags "%s"', async (text, quote) => {
    expect((await grammar(text)).map(([q]) => q)).toEqual([quote]);
  });

  it.each([
    ['the preposition is there', 'Мы находимся в Химках, рядом с рынком.'],
    ['a transitive verb', 'Приглашаем Ивановых и Петровых на праздник.'],
    ['another case', 'Мы работаем по Москве и области.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('a parenthetical word opening a sentence with no comma after it', () => {
  it.each([
    ['Конечно мы поможем с выбором рамы.', 'Конечно мы', 'Конечно, мы'],
    ['К сожалению мест на субботу нет.', 'сожалению мест', 'сожалению, мест'],
    ['Кстати у нас новая акция на ремонт.', 'Кстати у', 'Кстати, у'],
    ['Например в субботу мы работаем до шести.', 'Например в', 'Например, в'],
    ['Возможно мы задержимся на полчаса.', 'Возможно мы', 'Возможно, мы'],
    ['Вероятно вы уже слышали о нашей акции.', 'Вероятно вы', 'Вероятно, вы'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await grammar(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    ['the comma is there', 'Конечно, мы поможем с выбором рамы.'],
    ['a tail that belongs to it', 'Конечно же, мы поможем с выбором рамы.'],
    ['a predicate, not a parenthetical', 'Возможно продление договора на год.'],
    ['a predicate before a noun', 'Вероятно изменение порядка экскурсий.'],
    ['inside the sentence', 'Мы работаем конечно не каждый день.'],
    ['a colon after it', 'Например: замена цепи, настройка тормозов.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('a plural predicate noun opening a sentence before a singular «является»', () => {
  it.each([
    ['Приоритетами мастерской является честная работа с клиентом.', 'Приоритетами мастерской является'],
    ['Основными направлениями работы является ремонт и настройка.', 'Основными направлениями работы является'],
  ])('flags "%s"', async (text, quote) => {
    expect((await grammar(text)).map(([q]) => q)).toEqual([quote]);
  });

  it.each([
    ['the predicate noun is singular', 'Приоритетом мастерской является честная работа с клиентом.'],
    ['the verb is plural', 'Приоритетами мастерской являются честность и скорость.'],
    ['people named by a collective', 'Партнёрами мастерской является группа компаний.'],
    ['the subject opens the sentence', 'Честная работа является приоритетом мастерской.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('a relative clause with «который» right after its noun, no comma before it', () => {
  it.each([
    ['Выберите тариф который вам подходит.', 'тариф который', 'тариф, который'],
    ['Клиенты которые пришли к нам однажды остаются надолго.', 'Клиенты которые', 'Клиенты, которые'],
    ['Цех в котором мы работаем стоит у реки.', 'Цех в', 'Цех, в'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await grammar(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    ['the comma is there', 'Выберите тариф, который вам подходит.'],
    ['a possessive genitive', 'Мастер, стоимость услуг которого известна заранее, приедет сам.'],
    ['a noun of part', 'У нас пять мастеров, часть из которых работает с 2010 года.'],
    ['a compound preposition', 'Мы даём бонусы, в обмен на которые можно получить ремонт.'],
    ['the noun opens the clause after a comma', 'Для пород, шерсть у которых длинная, нужен отдельный уход.'],
    ['a pronoun before it', 'Тот, который пришёл первым, получит скидку.'],
    ['a question of the hour', 'Скажите, который час?'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('a plural oblique adjective before a noun read as a genitive singular or a nominative plural', () => {
  it.each([
    ['В случае систематических мелких нарушения правил гость выселяется.', 'нарушения'],
    ['Мы снизили стоимость дорогих услуги для пенсионеров.', 'дорогих услуги'],
    ['Проверим наличие свободных помещения на этой неделе.', 'свободных помещения'],
  ])('flags "%s"', async (text, quote) => {
    expect((await grammar(text)).map(([q]) => q)).toEqual([quote]);
  });

  it.each([
    ['after a numeral', 'Три мелких нарушения ведут к выселению гостя.'],
    ['after a numeral before two adjectives', 'Выявлено два систематических мелких нарушения в работе.'],
    ['the noun in the genitive plural', 'В случае систематических мелких нарушений правил гость выселяется.'],
    ['a possessive pronoun', 'Читайте отзывы наших клиентов на сайте салона.'],
  ])('stays silent %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('a transitive verb between two nouns that can only be nominative', () => {
  it.each([
    ['Закупка и доставка материалов осуществляет наша компания.', 'Закупка и доставка материалов осуществляет наша компания'],
    ['Доставка осуществляет курьерская служба города.', 'Доставка осуществляет курьерская служба'],
    ['Бригада выполняет работа быстро и аккуратно.', 'Бригада выполняет работа'],
  ])('flags "%s"', async (text, quote) => {
    expect((await grammar(text)).map(([q]) => q)).toEqual([quote]);
  });

  it.each([
    ['the object in the accusative', 'Закупку и доставку материалов осуществляет наша компания.'],
    ['an object the accusative shares with the nominative', 'Наша работа приносит радость клиентам.'],
    ['an object in the genitive', 'Компания выполняет ремонт квартир под ключ.'],
    ['an intransitive verb', 'Работа идёт полным ходом весь день.'],
  ])('stays silent on %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('a singular «является» right before a plural predicate', () => {
  it.each([
    ['Шкафы и комоды в обиходе является корпусными и различаются по цене.', 'является корпусными'],
    ['Наша мастерская является одними из лучших в городе.', 'является одними'],
  ])('flags "%s"', async (text, quote) => {
    expect((await grammar(text)).map(([q]) => q)).toContain(quote);
  });

  it.each([
    ['both singular', 'Мастерская является официальным дилером марки.'],
    ['both plural', 'Шкафы и комоды являются корпусными.'],
    ['«кто» takes the singular for many', 'Скидки получают те, кто является постоянными клиентами.'],
  ])('stays silent when %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});

describe('an adjective and its noun in a case the preposition before them never takes', () => {
  it.each([
    ['За более подробной информации звоните нам.', 'За более подробной информации'],
    ['Под высокой температуры трубы лопаются.', 'Под высокой температуры'],
  ])('flags "%s"', async (text, quote) => {
    expect((await grammar(text)).map(([found]) => found)).toEqual([quote]);
  });

  it.each([
    ['a genitive of kind before the governed noun', 'Выезжаем на разного рода праздники и юбилеи.'],
    ['a genitive of quality before the governed noun', 'Ограды делаем из высокого качества стали.'],
  ])('stays silent on %s', async (_case, text) => {
    expect(await grammar(text)).toEqual([]);
  });
});
