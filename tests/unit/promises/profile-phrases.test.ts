import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../utils/profile/types';
import { offeredExtractor } from '../../../utils/promises/offered';
import { policyExtractor } from '../../../utils/promises/policy';
import { superlativeExtractor } from '../../../utils/promises/superlative';
import { extract } from './helpers';

const profile: Profile = {
  format: 'sverka.profile/1',
  name: 'Клиника',
  facts: [
    { id: 'home', kind: 'offered', label: 'Выезд на дом', topics: ['выезд на дом', 'на дом'], value: false },
    { id: 'sedation', kind: 'offered', label: 'Лечение во сне', topics: ['во сне', 'седация'], value: false },
    { id: 'gluten', kind: 'offered', label: 'Gluten-free bread', topics: ['gluten-free'], value: false },
    { id: 'installments', kind: 'policy', label: 'Рассрочка через банк', contradictedBy: ['рассрочка без банка', 'беспроцентная рассрочка на любую сумму'] },
    { id: 'deposit', kind: 'policy', label: 'Deposit required', contradictedBy: ['no deposit'] },
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
  ])('%s', (text, quote) => {
    expect(quotes(policyExtractor, text)).toEqual([quote]);
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
    ['Гарантированно без боли', 'Гарантированно', false],
    ['Первая клиника в России с роботом', 'Первая клиника', false],
    ['The best sourdough in London', 'The best sourdough', false],
    ['Unbeatable prices', 'Unbeatable', false],
    ['Лучшая пекарня 2025 года по версии «Афиши»', 'Лучшая', true],
    ['#1 bakery according to Time Out', '#1', true],
  ])('%s', (text, claim, sourced) => {
    expect(extract(superlativeExtractor, text).map((p) => p.value)).toEqual([{ claim, sourced }]);
  });

  it.each(['Мы не лучшие, мы честные', 'Первый этаж, вход со двора', 'Самовывоз из пекарни'])('no superlative in "%s"', (text) => {
    expect(extract(superlativeExtractor, text)).toEqual([]);
  });
});
