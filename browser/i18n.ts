/** UI text from `_locales` (the browser's language); the key itself when a message is missing. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

export function translator(getMessage: (key: string, substitutions?: string | string[]) => string): Translate {
  return (key, substitutions) => getMessage(key, substitutions) || key;
}
