import { describe, expect, it } from 'vitest';
import { isInflectionOf } from '../../../utils/names/inflection';

describe('isInflectionOf', () => {
  it.each([
    ['Здоровья', 'Здоровье'], ['здоровьем', 'Здоровье'], ['Марии', 'Мария'], ['Марию', 'Мария'], ['Ильёй', 'Илья'], ['Ильи', 'Илья'],
    ['Кремля', 'Кремль'], ['Никитской', 'Никитская'], ['Садовой', 'Садовая'], ['Улыбки', 'Улыбка'], ['зданием', 'здание'], ['Атлета', 'Атлет'],
    ['Улыбкой', 'Улыбка'], ['Улыбку', 'Улыбка'], ['Кремлём', 'Кремль'], ['Атлетом', 'Атлет'], ['Зерна', 'Зерно'], ['Зерном', 'Зерно'],
  ])('"%s" is a case form of "%s"', (word, canonical) => {
    expect(isInflectionOf(word, canonical, 'ru')).toBe(true);
  });

  it.each([
    ['Здоровя', 'Здоровье'], ['Маря', 'Мария'], ['Садова', 'Садовая'], ['Атлетик', 'Атлет'], ['Улыбк', 'Улыбка'], ['Улыбко', 'Улыбка'], ['Атлето', 'Атлет'],
  ])('"%s" is a letter lost or gained, not a case form of "%s"', (word, canonical) => {
    expect(isInflectionOf(word, canonical, 'ru')).toBe(false);
  });
});
