import type { Language } from '../engine/profile/types';

/** UI text from `_locales` (the browser's language); the key itself when a message is missing. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export function translator(getMessage: (key: string, substitutions?: string | string[]) => string): Translate {
  return (key, substitutions) => getMessage(key, substitutions) || key;
}

/** The engine language closest to the browser's UI language ("ru-RU" → ru; anything else → en). */
export function engineLanguage(uiLanguage: string): Language {
  return uiLanguage.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** The engine language of a translator's messages: its UI locale is a message every extension has (`@@ui_locale`). */
export const languageOf = (t: Translate): Language => engineLanguage(t('@@ui_locale'));
