import type { Language } from '../engine/profile/types';
import type { Severity } from '../engine/report/types';
import type english from '../public/_locales/en/messages.json';

/**
 * A message of `_locales`. English is the default locale and every other locale has exactly its
 * keys (tests/unit/conventions.test.ts), so a key English lacks is a compile error.
 */
export type MessageKey = keyof typeof english;

/** UI text from `_locales` (the browser's language); the key itself when a message is missing. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export function translator(getMessage: (key: MessageKey, substitutions?: string | string[]) => string): Translate {
  return (key, substitutions) => getMessage(key, substitutions) || key;
}

/** The message naming each severity, wherever a finding is shown. */
export const SEVERITY_MESSAGE = { error: 'severity_error', warning: 'severity_warning', info: 'severity_info' } as const satisfies Record<Severity, MessageKey>;

/** The engine language closest to a UI language ("ru-RU" → ru; anything else, Ukrainian too → en). */
export function engineLanguage(uiLanguage: string): Language {
  return uiLanguage.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export interface UiLanguage {
  /** The language the messages are in, for the page's `lang`: the locale the browser chose, not the browser's own language. */
  page: string;
  /** The engine language in which the UI shows engine text: check and kind names, finding messages. */
  engine: Language;
}

/** The languages of a translator's messages: each locale names its own language (`uiLanguage`). */
export function uiLanguage(t: Translate): UiLanguage {
  const page = t('uiLanguage');
  return { page, engine: engineLanguage(page) };
}

/** The engine language of a translator's messages. */
export const languageOf = (t: Translate): Language => uiLanguage(t).engine;

/** The order of the forms in a plural message: the categories Russian and Ukrainian need, English using two. */
const PLURAL_FORMS: readonly Intl.LDMLPluralRule[] = ['one', 'few', 'many', 'other'];

/**
 * A count in words ("1 факт", "4 факта", "5 фактов", "21 факт"): the message holds its forms as
 * `one|few|many|other`, chosen by the UI language's `Intl.PluralRules`; the number is written the
 * language's way ("1 900").
 */
export function plural(t: Translate, key: MessageKey, count: number): string {
  const language = t('uiLanguage');
  const forms = t(key, new Intl.NumberFormat(language).format(count)).split('|');
  const form = PLURAL_FORMS.indexOf(new Intl.PluralRules(language).select(count));
  return forms[form >= 0 ? form : PLURAL_FORMS.length - 1] ?? forms[forms.length - 1]!;
}

/** A moment as the reader's language and time zone write it: "2 дек. 2026 г., 14:05" (or as `style` asks). */
export function formatWhen(t: Translate, when: Date | number | string, style: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  return new Intl.DateTimeFormat(t('uiLanguage'), style).format(new Date(when));
}
