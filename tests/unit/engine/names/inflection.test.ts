import { describe, expect, it } from 'vitest';
import { isInflectionOf } from '../../../../engine/names/inflection';

describe('isInflectionOf', () => {
  it.each([
    ['Здоровья', 'Здоровье'],
    ['здоровьем', 'Здоровье'],
    ['Марии', 'Мария'],
    ['Марию', 'Мария'],
    ['Ильёй', 'Илья'],
    ['Ильи', 'Илья'],
    ['Кремля', 'Кремль'],
    ['Никитской', 'Никитская'],
    ['Садовой', 'Садовая'],
    ['Улыбки', 'Улыбка'],
    ['зданием', 'здание'],
    ['Атлета', 'Атлет'],
    ['Улыбкой', 'Улыбка'],
    ['Улыбку', 'Улыбка'],
    ['Кремлём', 'Кремль'],
    ['Атлетом', 'Атлет'],
    ['Зерна', 'Зерно'],
    ['Зерном', 'Зерно'],
    // Snowball cuts these names past their ending ("Светлана" → "светла").
    ['Светланы', 'Светлана'],
    ['Светланой', 'Светлана'],
    ['Татьяны', 'Татьяна'],
    ['Русланом', 'Руслан'],
    // each part of a hyphenated name takes its own case
    ['Ростове-на-Дону', 'Ростов-на-Дону'],
    ['Ростова-на-Дону', 'Ростов-на-Дону'],
    ['Петропавловске-Камчатском', 'Петропавловск-Камчатский'],
  ])('"%s" is a case form of "%s"', (word, canonical) => {
    expect(isInflectionOf(word, canonical, 'ru')).toBe(true);
  });

  it.each([
    ['Здоровя', 'Здоровье'],
    ['Маря', 'Мария'],
    ['Садова', 'Садовая'],
    ['Атлетик', 'Атлет'],
    ['Улыбк', 'Улыбка'],
    ['Улыбко', 'Улыбка'],
    ['Атлето', 'Атлет'],
    ['Светлано', 'Светлана'],
    ['Светлан', 'Светлана'],
    ['Ростве-на-Дону', 'Ростов-на-Дону'],
  ])('"%s" is a letter lost or gained, not a case form of "%s"', (word, canonical) => {
    expect(isInflectionOf(word, canonical, 'ru')).toBe(false);
  });

  it.each([
    ["Preschool's", 'Preschool', true],
    ['Preschool’s', 'Preschool', true],
    ['Bakers', 'Baker', true],
    ['Park', "Park's", true],
    ['Preschools', 'Preschool', true],
    ['Preschoo', 'Preschool', false],
    ["Park's", 'Parker', false],
  ] as const)('English "%s" of "%s": a possessive or a plural (%s)', (word, canonical, expected) => {
    expect(isInflectionOf(word, canonical, 'en')).toBe(expected);
  });
});
