import { describe, expect, it } from 'vitest';
import { lexicalHits } from '../../../../engine/checks/lexical-ru';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';

const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
const hits = async (text: string) => {
  const morphology = (await checker.morphology('ru'))!;
  return lexicalHits(text, morphology).map((hit) => [text.slice(hit.start, hit.end), hit.suggestion]);
};

describe('Russian lexical rules: paronyms, pleonasms, words the context decides', () => {
  it.each([
    // The meant adjective takes the ending of the written one's slot, whatever its declension.
    ['Нужны ближние друзья и родные рядом', 'ближние друзья', 'близкие друзья'],
    ['Мы пригласили былого сотрудника на юбилей', 'былого сотрудника', 'бывшего сотрудника'],
    ['Былой директор открыл кафе', 'Былой директор', 'Бывший директор'],
    ['Уютная квартира в жилищном доме у метро', 'жилищном доме', 'жилом доме'],
    ['Смотрите в будничные дни расписание', 'будничные дни', 'будние дни'],
    // Past one adjective to the noun.
    ['Включите близкий ксеноновый свет', 'близкий ксеноновый свет', 'ближний ксеноновый свет'],
    ['Стоимость не растёт: цены подешевели', 'цены подешевели', 'цены снизились'],
    ['Тренер надел малыша в комбинезон', 'надел малыша', 'одел малыша'],
    ['Курьер был на верху, у лифта', 'на верху', 'наверху'],
    ['Весьма не простая задача решена', 'не простая', 'непростая'],
    ['Ничем неоправданный риск мы не берём', 'неоправданный', 'не оправданный'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await hits(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    'Близкий человек поддержит в трудную минуту',
    'Наденьте ребёнку шапку и шарф',
    'Платье надела невеста, а костюм — жених',
    'Пройдите на верхний этаж по лестнице',
    'Очень не хочется вас огорчать',
    'Весьма не простая, а сложная задача',
    'Отнюдь не дешёвый, но надёжный выбор',
    'Бывший склад стал лофтом',
    'Заплатили дорогой ценой, но успели',
    'Маршрут по-новому проложен через мост',
  ])('leaves "%s" alone', async (text) => {
    expect(await hits(text)).toEqual([]);
  });
});
