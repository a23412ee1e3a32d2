import { describe, expect, it } from 'vitest';
import { engineLanguage, formatWhen, languageOf, plural, translator, uiLanguage } from '../../../browser/i18n';
import { localeTranslator } from './locale-translator';

describe('the engine language of the UI', () => {
  it.each([
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['ru_RU', 'ru'],
    ['RU', 'ru'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['uk', 'en'],
    ['', 'en'],
  ] as const)('%s → %s', (ui, language) => {
    expect(engineLanguage(ui)).toBe(language);
  });

  it('is read from the translator’s UI locale', () => {
    expect(languageOf(translator((key) => (key === 'uiLanguage' ? 'ru' : '')))).toBe('ru');
    expect(languageOf(translator(() => ''))).toBe('en');
  });

  it('gives the page the messages’ own language, and engine text in the closest engine language', () => {
    const messagesIn = (language: string) => translator((key) => (key === 'uiLanguage' ? language : ''));
    expect(uiLanguage(messagesIn('uk'))).toEqual({ page: 'uk', engine: 'en' });
    expect(uiLanguage(messagesIn('ru'))).toEqual({ page: 'ru', engine: 'ru' });
  });
});

describe('counts in words', () => {
  it.each([
    ['ru', 1, '1 факт'],
    ['ru', 2, '2 факта'],
    ['ru', 5, '5 фактов'],
    ['ru', 21, '21 факт'],
    ['ru', 1900, '1 900 фактов'],
    ['en', 1, '1 fact'],
    ['en', 2, '2 facts'],
    ['en', 5, '5 facts'],
    ['en', 21, '21 facts'],
    ['uk', 2, '2 факти'],
  ] as const)('%s: %i', (locale, count, words) => {
    expect(plural(localeTranslator(locale), 'count_facts', count).replace(/\s/g, ' ')).toBe(words);
  });

  it('names every severity count with its own form', () => {
    const ru = localeTranslator('ru');
    expect([plural(ru, 'errors', 1), plural(ru, 'warnings', 3), plural(ru, 'infos', 11)]).toEqual(['1 ошибка', '3 предупреждения', '11 заметок']);
    expect(plural(localeTranslator('en'), 'infos', 1)).toBe('1 note');
  });
});

describe('dates in the reader’s words', () => {
  it('writes a moment in the UI language', () => {
    const moment = Date.UTC(2026, 11, 2, 12, 5);
    expect(formatWhen(localeTranslator('ru'), moment)).toMatch(/дек/);
    expect(formatWhen(localeTranslator('en'), moment)).toMatch(/Dec/);
  });
});
