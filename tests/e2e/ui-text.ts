import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey } from '../../browser/i18n';
import type { Locator, Page } from 'playwright-core';

const messages = (locale: 'ru' | 'en') => JSON.parse(readFileSync(join(import.meta.dirname, `../../public/_locales/${locale}/messages.json`), 'utf8')) as Record<MessageKey, { message: string }>;
const russian = messages('ru');
const english = messages('en');

/** A UI text as the extension shows it in Chromium under test (--lang=ru): a button's accessible name, a status. */
export const uiText = (key: MessageKey): string => russian[key].message;

/** A UI text in Russian and in English: Firefox ESR asked for Russian shows English unless its Russian language pack is installed. */
export const uiTexts = (key: MessageKey): string[] => [russian[key].message, english[key].message];

/** The listed finding whose quote is exactly `quote`. */
export const findingCard = (page: Page, quote: string): Locator => page.locator('.finding').filter({ has: page.locator('.quote', { hasText: new RegExp(`^${escapeRegExp(quote)}$`) }) });

/** The action button named by `key` on the listed finding whose quote is `quote`. */
export const findingAction = (page: Page, quote: string, key: MessageKey): Locator => findingCard(page, quote).getByRole('button', { name: uiText(key), exact: true });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
