import { alignPhoneKeys, findDomains, findEmails, findPhones, hostOf, phoneKey } from '../names/contacts';
import { compareWord, fold, nameWords } from '../names/index';
import { detectLanguage } from '../text/language';
import { words, type WordToken } from '../text/segment';
import { businessNames } from './own-names';
import type { Language, NameKind, Profile } from './types';

/** Why a profile is taken to be the one for a page: a site binding, its names, its contacts — or nothing of it is there. */
export type FitReason = 'bound' | 'names' | 'contacts' | 'none';

export interface ProfileFit {
  fits: boolean;
  because: FitReason;
  /** What the page shows of the profile, as the page writes it. */
  found: string[];
}

export interface PageForFit {
  text: string;
  /** A site binding of this profile matches the page's URL (the caller looks bindings up). */
  bound: boolean;
}

/**
 * Whether a page looks like the profile's business, so that checking it against the profile makes
 * sense: bound to it, or naming the business, or giving one of its phones, e-mails, sites or streets.
 */
export function profileFit(profile: Profile, page: PageForFit): ProfileFit {
  if (page.bound) return { fits: true, because: 'bound', found: [] };
  const text = headAndFoot(page.text);
  const language = profile.languages?.[0] ?? detectLanguage(text);
  const tokens = words(text, language);
  const names = namesOn(text, tokens, businessNames(profile), language, false);
  if (names.length > 0) return { fits: true, because: 'names', found: names };
  const contacts = [...contactsOn(text, profile), ...namesOn(text, tokens, namesOfKinds(profile, ['street', 'address']), language, true)];
  if (contacts.length > 0) return { fits: true, because: 'contacts', found: contacts };
  return { fits: false, because: 'none', found: [] };
}

/** Characters read from each end of a long page. */
const END_CHARS = 20_000;

/**
 * A page names its business and gives its contacts in its header and footer: a long page is judged
 * by its two ends, so a page of megabytes is judged as fast as a short one (it is judged as the panel opens).
 */
function headAndFoot(text: string): string {
  return text.length <= 2 * END_CHARS ? text : `${text.slice(0, END_CHARS)}\n${text.slice(-END_CHARS)}`;
}

const namesOfKinds = (profile: Profile, kinds: NameKind[]) => (profile.names ?? []).filter((name) => kinds.includes(name.kind)).flatMap((name) => [name.canonical, ...(name.variants ?? [])]);

const unique = (texts: string[]) => [...new Set(texts)];

/** Where the page writes one of the names word for word, in any case form, capitalised as the name is. */
function namesOn(text: string, tokens: WordToken[], names: string[], language: Language, dropStreetTypes: boolean): string[] {
  const forms = names.map((name) => nameWords(name, dropStreetTypes)).filter((form) => form.length > 0);
  // Most words differ from every name in their first letter: it is folded once a word and compared first.
  const initial = (word: string) => fold(word)[0];
  const pageInitials = tokens.map((token) => initial(token.text));
  const formInitials = forms.map((form) => form.map(initial));
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    forms.forEach((form, f) => {
      if (!form.every((_, k) => pageInitials[i + k] === formInitials[f]![k])) return;
      const span = tokens.slice(i, i + form.length);
      if (span.every((token, k) => sameWord(token.text, form[k]!, language)) && (form.length > 1 || standsAsName(text, span[0]!))) {
        found.push(withClosingQuote(text, span[0]!.start, span[span.length - 1]!.end));
      }
    });
  }
  return withoutParts(unique(found));
}

/** "Стоматология «Улыбка»" and "Улыбка" found in one place are said once, the longer. */
const withoutParts = (texts: string[]) => texts.filter((text) => !texts.some((other) => other !== text && other.includes(text)));

/** "клинику «Улыбка»": a quote opened inside the written name is closed with it. */
function withClosingQuote(text: string, start: number, end: number): string {
  const written = text.slice(start, end);
  return /[«"“„]/u.test(written) && /[»"”“]/u.test(text[end] ?? '') ? written + text[end] : written;
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** The same word in another case form, capitalised where the name's word is. */
function sameWord(written: string, canonical: string, language: Language): boolean {
  if (isCapitalised(canonical) && !isCapitalised(written)) return false;
  return compareWord(written, canonical, language) === 'same';
}

/**
 * A one-word name ("Улыбка", "Crumb") is a name only in quotes, capitalised inside a sentence, or
 * alone on its line (a page's title, a logo's caption): at a sentence's start it may be the common
 * word ("Улыбка — лучшее украшение").
 */
function standsAsName(text: string, token: WordToken): boolean {
  const before = text.slice(0, token.start);
  if (/[«"“„]$/u.test(before)) return true;
  if (/(^|\n)[^\S\n]*$/u.test(before) && /^[^\S\n]*[.!]?[^\S\n]*(\n|$)/u.test(text.slice(token.end))) return true;
  return !/(^|[.!?…:\n])\s*$/u.test(before);
}

/** The profile's phones, e-mails and sites that the page gives. */
function contactsOn(text: string, profile: Profile): string[] {
  const phones = namesOfKinds(profile, ['phone']).flatMap((phone) => phoneKey(phone) ?? []);
  const emails = new Set(namesOfKinds(profile, ['email']).map((email) => email.trim().toLowerCase()));
  const hosts = new Set([...namesOfKinds(profile, ['url', 'email']), ...(profile.sites ?? [])].flatMap((site) => hostOf(site) ?? []));
  const samePhone = (key: string) =>
    phones.some((canonical) => {
      const [written, ours] = alignPhoneKeys(key, canonical);
      return written === ours;
    });
  return unique([
    ...findPhones(text)
      .filter((found) => samePhone(found.key))
      .map((found) => found.text),
    ...findEmails(text)
      .filter((found) => emails.has(found.key))
      .map((found) => found.text),
    ...findDomains(text)
      .filter((found) => hosts.has(found.key))
      .map((found) => found.text),
  ]);
}
