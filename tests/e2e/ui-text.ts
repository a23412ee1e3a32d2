import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey } from '../../browser/i18n';
import type { Locator, Page } from 'playwright-core';

/** The browsers under test run in Russian (--lang=ru, intl.locale.requested). */
const russian = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/ru/messages.json'), 'utf8')) as Record<MessageKey, { message: string }>;

/** A UI text as the extension shows it under test: a button's accessible name, a status. */
export const uiText = (key: MessageKey): string => russian[key].message;

/** The listed finding whose quote is exactly `quote`. */
export const findingCard = (page: Page, quote: string): Locator => page.locator('.finding').filter({ has: page.locator('.quote', { hasText: new RegExp(`^${escapeRegExp(quote)}$`) }) });

/** The action button named by `key` on the listed finding whose quote is `quote`. */
export const findingAction = (page: Page, quote: string, key: MessageKey): Locator => findingCard(page, quote).getByRole('button', { name: uiText(key), exact: true });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
