import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { offeredExtractor } from '../../../../engine/promises/offered';
import { policyExtractor } from '../../../../engine/promises/policy';
import { superlativeExtractor } from '../../../../engine/promises/superlative';
import { extract } from './helpers';

const profile: Profile = {
  format: 'sverka.profile/1',
  name: 'Клиника',
  facts: [
    { id: 'home', kind: 'offered', label: 'Выезд на дом', topics: ['выезд на дом', 'на дом'], value: false },
    { id: 'sedation', kind: 'offered', label: 'Лечение во сне', topics: ['во сне', 'седация'], value: false },
    { id: 'gluten', kind: 'offered', label: 'Gluten-free bread', topics: ['gluten-free'], value: false },
    { id: 'kids', kind: 'offered', label: 'Детский приём', topics: ['детский приём', 'детей'], value: true },
    { id: 'delivery', kind: 'offered', label: 'Delivery', topics: ['delivery', 'deliver'], value: false },
    { id: 'car-delivery', kind: 'offered', label: 'Подача машины к дому', topics: ['к дому'], value: false },
    { id: 'installments', kind: 'policy', label: 'Рассрочка через банк', contradictedBy: ['рассрочка без банка', 'беспроцентная рассрочка на любую сумму'] },
    { id: 'deposit', kind: 'policy', label: 'Deposit required', contradictedBy: ['no deposit', 'without a deposit', 'deposits are refundable'] },
    { id: 'pets', kind: 'policy', label: 'Без животных', contradictedBy: ['можно с собакой', 'с питомцами', 'pets are allowed'] },
    { id: 'refund', kind: 'policy', label: 'Возврат по заявлению', contradictedBy: ['вернём деньги сразу'] },
    { id: 'vaccines', kind: 'policy', label: 'Vaccinations required', contradictedBy: ['vaccines not required', 'прививки не нужны'] },
  ],
};

const quotes = (extractor: typeof offeredExtractor, text: string) => extract(extractor, text, profile).map((p) => p.quote);

describe('offered extractor', () => {
  it.each([
    ['Выезд врача на дом в любой район', 'Выезд врача на дом в любой район'],
    ['Лечение во сне для тех, кто боится', 'Лечение во сне для тех'],
    ['Проводим седацию', 'Проводим седацию'],
    ['Now baking gluten-free loaves every Friday', 'Now baking gluten-free loaves every Friday'],
    ['Приедем на дом', 'Приедем на дом'],
    ['Врач приедет на дом в день обращения', 'Врач приедет на дом в день обращения'],
    ['Осмотр на дому — выезд на дом за 30 минут', 'Осмотр на дому — выезд на дом за 30 минут'],
    ['Лечим во сне: без страха и боли', 'Лечим во сне'],
    ['Лечение зубов во сне', 'Лечение зубов во сне'],
    ['Безболезненная седация для детей', 'Безболезненная седация для детей'],
    ['Седацию проводит анестезиолог', 'Седацию проводит анестезиолог'],
    ['Детский приём по субботам', 'Детский приём по субботам'],
    ['Лечим детей с 3 лет', 'Лечим детей с 3 лет'],
    ['Gluten-free brownies on Sundays', 'Gluten-free brownies on Sundays'],
    ['We deliver across Camden', 'We deliver across Camden'],
    ['Free delivery on orders over £20', 'Free delivery on orders over £20'],
    ['Same-day delivery to your door', 'Same-day delivery to your door'],
    ['Try our new gluten-free focaccia', 'Try our new gluten-free focaccia'],
    ['Возможен выезд на дом по записи', 'Возможен выезд на дом по записи'],
    ['Приём детей без очереди', 'Приём детей без очереди'],
    ['Подадим машину к вашему дому', 'Подадим машину к вашему дому'],
    ['Врач может не только приехать на дом, но и взять анализы', 'Врач может не только приехать на дом'],
  ])('%s', (text, quote) => {
    expect(quotes(offeredExtractor, text)).toEqual([quote]);
  });

  it.each(['Мы не выезжаем на дом', 'We never bake gluten-free bread', 'Седация не проводится', 'Приём только в клинике'])('no offer in "%s"', (text) => {
    expect(quotes(offeredExtractor, text)).toEqual([]);
  });
});

describe('policy extractor', () => {
  it.each([
    ['Оформим рассрочку без банка', 'Оформим рассрочку без банка'],
    ['Рассрочка без банка и переплат', 'Рассрочка без банка и переплат'],
    ['Беспроцентная рассрочка на любую сумму!', 'Беспроцентная рассрочка на любую сумму'],
    ['Rent a car with no deposit', 'Rent a car with no deposit'],
    ['Cars without a deposit', 'Cars without a deposit'],
    ['No deposit needed', 'No deposit needed'],
    ['Рассрочку без банка оформим за 5 минут', 'Рассрочку без банка оформим за 5 минут'],
    ['Предлагаем рассрочку без банка', 'Предлагаем рассрочку без банка'],
    ['Рассрочки без банков', 'Рассрочки без банков'],
    ['Беспроцентную рассрочку на любую сумму', 'Беспроцентную рассрочку на любую сумму'],
    ['В кафе можно с собакой', 'В кафе можно с собакой'],
    ['Ждём гостей с питомцами', 'Ждём гостей с питомцами'],
    ['Номера для гостей с питомцами', 'Номера для гостей с питомцами'],
    ['Не понравилось — вернём деньги сразу', 'Не понравилось — вернём деньги сразу'],
    ['Вернём деньги сразу, без вопросов', 'Вернём деньги сразу'],
    ['Прокат: no deposit, no hidden fees', 'no deposit'],
    ['Оформим беспроцентную рассрочку на любую сумму за день', 'Оформим беспроцентную рассрочку на любую сумму за день'],
    ['Заезжайте с питомцами!', 'Заезжайте с питомцами'],
    ['Можно с собакой на веранде', 'Можно с собакой на веранде'],
    ['Book today, no deposit', 'no deposit'],
    ['Well-behaved pets are always allowed', 'Well-behaved pets are always allowed'],
    ['Vaccines are not required for day guests', 'Vaccines are not required for day guests'],
    ['Для щенков прививки не нужны', 'Для щенков прививки не нужны'],
  ])('%s', (text, quote) => {
    expect(quotes(policyExtractor, text)).toEqual([quote]);
  });

  it.each(['Pets are not allowed in the rooms', "Pets aren't allowed inside", 'All deposits are non-refundable'])('no breach of a policy in "%s", only a stated term', (text) => {
    expect(extract(policyExtractor, text, profile).map((p) => p.value)).toEqual([{ term: text }]);
  });

  it.each(['Flu vaccines may not be required in all cases', 'Прививки от гриппа не всегда нужны'])('no breach in "%s": a negation softened to a possibility leaves the term open', (text) => {
    expect(extract(policyExtractor, text, profile).map((p) => p.value)).not.toContainEqual(expect.objectContaining({ factId: 'vaccines' }));
  });

  it.each(['Рассрочка только через банк-партнёр', 'Рассрочки без банка у нас нет: не предлагаем рассрочку без банка'])('no breach in "%s"', (text) => {
    expect(quotes(policyExtractor, text)).toEqual([]);
  });
});

describe('superlative extractor', () => {
  it.each([
    ['Самая современная клиника Петербурга', 'Самая современная', false],
    ['Лучший кофе в городе', 'Лучший', false],
    ['Клиника № 1 в Москве', '№ 1', false],
    ['Единственный центр с таким аппаратом', 'Единственный', false],
    ['Гарантированно без боли', 'Гарантированно без боли', false],
    ['Первая клиника в России с роботом', 'Первая клиника', false],
    ['The best sourdough in London', 'The best', false],
    ['Unbeatable prices', 'Unbeatable', false],
    ['Лучшая пекарня 2025 года по версии «Афиши»', 'Лучшая', true],
    ['#1 bakery according to Time Out', '#1 bakery', true],
    ['Самые низкие цены в городе', 'Самые низкие', false],
    ['Абсолютно безопасно для детей', 'Абсолютно безопасно', false],
    ['Номер один среди клиник района', 'Номер один', false],
    ['Непревзойдённое качество обслуживания', 'Непревзойдённое', false],
    ['World-class service', 'World-class', false],
    ['Guaranteed results in a week', 'Guaranteed results', false],
    ['The lowest prices in town', 'The lowest prices', false],
    ['Лучшие цены на рынке²', 'Лучшие', true],
  ])('%s', (text, claim, sourced) => {
    expect(extract(superlativeExtractor, text).map((p) => p.value)).toEqual([{ claim, sourced }]);
  });

  it.each(['Мы не лучшие, мы честные', 'Первый этаж, вход со двора', 'Самовывоз из пекарни', 'Идеальная улыбка за один визит'])('no superlative in "%s"', (text) => {
    expect(extract(superlativeExtractor, text)).toEqual([]);
  });
});

describe('the longer of two profile phrases', () => {
  const bakery: Profile = {
    format: 'sverka.profile/1',
    name: 'Пекарня',
    facts: [
      { id: 'cakes', kind: 'offered', label: 'Торты', topics: ['торты'], value: true },
      { id: 'wedding', kind: 'offered', label: 'Свадебные торты', topics: ['свадебные торты'], value: false },
      { id: 'bread', kind: 'offered', label: 'Хлеб', topics: ['хлеб'], value: true },
    ],
  };
  const found = (text: string) => extract(offeredExtractor, text, bakery).map((p) => [p.quote, (p.value as { factId: string }).factId]);

  it('reads the longer phrase as its own service, not the shorter one inside it', () => {
    expect(found('Свадебные торты')).toEqual([['Свадебные торты', 'wedding']]);
  });

  it('gives a line that names several services to the longest phrase in it', () => {
    expect(found('Хлеб Торты Свадебные торты Пироги')).toEqual([['Хлеб Торты Свадебные торты Пироги', 'wedding']]);
  });
});
