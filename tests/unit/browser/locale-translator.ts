import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type MessageKey, type Translate, translator } from '../../../browser/i18n';

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A translator over a locale's real messages.json, substituting placeholders as `browser.i18n.getMessage` does. */
export function localeTranslator(locale: 'en' | 'ru' | 'uk'): Translate {
  const file = resolve(import.meta.dirname, `../../../public/_locales/${locale}/messages.json`);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, LocaleMessage>;
  return translator((key: MessageKey, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    const numbered = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => numbered(entry.placeholders?.[name.toLowerCase()]?.content ?? ''));
  });
}
