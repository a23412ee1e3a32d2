import { describe, expect, it } from 'vitest';
import { engineLanguage, languageOf, translator, uiLanguage } from '../../../browser/i18n';

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
