import { describe, expect, it } from 'vitest';
import { engineLanguage, languageOf, translator } from '../../../browser/i18n';

describe('the engine language of the UI', () => {
  it.each([
    ['ru', 'ru'], ['ru-RU', 'ru'], ['ru_RU', 'ru'], ['RU', 'ru'],
    ['en', 'en'], ['en-GB', 'en'], ['de', 'en'], ['uk', 'en'], ['', 'en'],
  ] as const)('%s → %s', (ui, language) => {
    expect(engineLanguage(ui)).toBe(language);
  });

  it('is read from the translator’s UI locale', () => {
    expect(languageOf(translator((key) => (key === '@@ui_locale' ? 'ru_RU' : '')))).toBe('ru');
    expect(languageOf(translator(() => ''))).toBe('en');
  });
});
