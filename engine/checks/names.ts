import type { Block, Material } from '../material/types';
import { alignPhoneKeys, findDomains, findEmails, findPhones, hostOf, phoneKey, type FoundContact } from '../names/contacts';
import { compareWord, fold, NameIndex, nameWords, type NameForm, type WordMatch } from '../names/index';
import { bareStreetLine, findStreets, hasPostcode, houseRange, isStreetTypeWord, streetTypeOf, type HouseRange, type StreetMention } from '../names/streets';
import { locationName, mentionFinder, type MentionFinder, namesOf } from '../profile/locations';
import type { CanonicalName, Language, Location, NameKind, Profile, WrongName } from '../profile/types';
import type { SpellChecker } from '../spelling/types';
import { editDistance } from '../text/distance';
import { mixedScript } from '../text/homoglyphs';
import { phraseLanguage, scriptOf } from '../text/language';
import { isNegated } from '../text/negation';
import { foldForCompare } from '../text/normalise';
import { compilePhrase, findPhrase, stem, stemWords, type PhrasePattern } from '../text/stems';
import { sentences, words, type TextRange } from '../text/segment';
import { checkRules, defineCheck, type CheckContext, type CheckRule, type DraftFinding } from './types';

const T = {
  ru: {
    near: (written: string, canonical: string) => `Написано «${written}», а правильное название — «${canonical}».`,
    wrong: (written: string, note: string | undefined, canonical: string | undefined) => `«${written}» — чужое название${note ? ` (${note})` : ''}${canonical ? `; наше — «${canonical}»` : ''}.`,
    mixed: (written: string, fixed: string) => `В слове «${written}» смешаны кириллица и латиница (выглядит одинаково, но поиск и проверка его не узнают): должно быть «${fixed}».`,
    contact: (written: string, canonical: string) => `Написано «${written}», а в профиле — «${canonical}»: отличается на одну-две цифры или буквы.`,
    unlisted: (written: string, canonical: string) => `Адреса «${written}» в профиле нет: почта на этом домене по профилю — «${canonical}».`,
    house: (written: string, house: string, canonical: string) => `«${written}»: номер дома ${house}, а по профилю адрес — «${canonical}».`,
    part: (written: string, canonical: string) => `Название «${written}» потеряло или получило лишнюю часть: правильно «${canonical}».`,
    otherLocation: (kind: NameKind, other: string, bound: string) => `${OF_KIND.ru[kind]} центра «${other}», а материал — центра «${bound}».`,
  },
  en: {
    near: (written: string, canonical: string) => `Written "${written}", but the name is "${canonical}".`,
    wrong: (written: string, note: string | undefined, canonical: string | undefined) => `"${written}" is another business's name${note ? ` (${note})` : ''}${canonical ? `; ours is "${canonical}"` : ''}.`,
    mixed: (written: string, fixed: string) => `"${written}" mixes Cyrillic and Latin letters (it looks right but search and spell-checkers miss it): it should be "${fixed}".`,
    contact: (written: string, canonical: string) => `Written "${written}", but the profile says "${canonical}": one or two digits or letters differ.`,
    unlisted: (written: string, canonical: string) => `"${written}" is not in the profile: its address at this domain is "${canonical}".`,
    house: (written: string, house: string, canonical: string) => `"${written}": house number ${house}, but the profile's address is "${canonical}".`,
    part: (written: string, canonical: string) => `The name "${written}" lost or gained a part: it is "${canonical}".`,
    otherLocation: (kind: NameKind, other: string, bound: string) => `${OF_KIND.en[kind]} of "${other}", but the material is for "${bound}".`,
  },
};

/** What another location's name met in a material is, as a message opens. */
const OF_KIND: Record<Language, Record<NameKind, string>> = {
  ru: { organization: 'Название', brand: 'Название', product: 'Название', person: 'Имя', street: 'Улица', address: 'Адрес', phone: 'Телефон', email: 'Почта', url: 'Сайт' },
  en: { organization: 'The name', brand: 'The name', product: 'The name', person: 'The name', street: 'The street', address: 'The address', phone: 'The phone', email: 'The e-mail', url: 'The site' },
};

const RULES = checkRules('wrong-name', {
  'other-location': { ru: 'Контакты другого филиала', en: "Another location's contacts" },
  'other-business': { ru: 'Чужие названия', en: "Other businesses' names" },
  'mixed-script': { ru: 'Смесь кириллицы и латиницы', en: 'Mixed Cyrillic and Latin letters' },
  contact: { ru: 'Телефоны, почта, сайты', en: 'Phones, e-mails, sites' },
  street: { ru: 'Улицы и адреса', en: 'Streets and addresses' },
  'name-part': { ru: 'Название без части или с лишней', en: 'A name with a part lost or added' },
  'near-name': { ru: 'Название с опечаткой', en: 'A misspelt name' },
});

interface Hit {
  block: Block;
  /** Which of RULES found it. */
  rule?: string;
  start: number;
  end: number;
  message: string;
  suggestion?: string;
  nameId?: string;
  /** Lower wins when two hits overlap. */
  rank: number;
  sameFault?: string;
  /** The digits of a phone that nearly matches the profile's. */
  nearPhone?: string;
  /** The profile's number with two neighbouring digits exchanged ("…64 15" as "…64 51"): a typo, never another line. */
  swappedDigits?: true;
  /** A contact that may be right but is not the profile's: worth a look, not certain. */
  unsure?: true;
  /** A business name's words read as misspelt, each beside the profile's word. */
  misspelt?: { written: string; canonical: string; atEdge: boolean }[];
}

/** Extends a range over the quotation marks around it, so «Улыбка+» is quoted with its marks. */
function withQuotes(text: string, start: number, end: number): [number, number] {
  return /[«"“„]/.test(text[start - 1] ?? '') && /[»"”“]/.test(text[end] ?? '') ? [start - 1, end + 1] : [start, end];
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** The profile's wrong names and our own names, compiled once per check for matching in any inflection. */
interface NamePhrases {
  wrong: { name: WrongName; pattern: PhrasePattern; trailing: string; bare: string; cue: string }[];
  own: PhrasePattern[];
}

/**
 * The first letters of a stem, which any inflected form of the word contains: a block without
 * them cannot hold the name, and is passed over before the costly stemming of all its words.
 */
const cueOf = (stem: string) => stem.slice(0, 3);

function compileNamePhrases(profile: Profile): NamePhrases {
  return {
    wrong: (profile.wrongNames ?? []).map((name) => {
      const trailing = /[^\p{L}\d\s]+$/u.exec(name.text.trim())?.[0] ?? '';
      const pattern = compilePhrase(name.text, phraseLanguage(name.text));
      return { name, pattern, trailing, bare: fold(name.text.trim().slice(0, name.text.trim().length - trailing.length)), cue: cueOf(pattern.parts[0]?.stem ?? '') };
    }),
    own: (profile.names ?? []).flatMap((name) => [name.canonical, ...(name.variants ?? [])]).map((form) => compilePhrase(form, phraseLanguage(form))),
  };
}

/**
 * A wrong name that differs from ours only by inflection ("Колесо рядом" beside our "Колёса
 * рядом") is ambiguous where the text matches ours, and ours wins unless the text spells the wrong
 * name exactly.
 */
function wrongNameHits(block: Block, profile: Profile, phrases: NamePhrases, language: Language): Hit[] {
  const folded = foldForCompare(block.text);
  const candidates = phrases.wrong.filter((wrong) => folded.includes(wrong.cue));
  if (candidates.length === 0) return [];
  const brand = profile.names?.find((n) => n.kind === 'organization' || n.kind === 'brand');
  const textWords = stemWords(block.text, language);
  let ownNames: TextRange[] | undefined;
  return candidates.flatMap(({ name: wrong, pattern, trailing, bare }) =>
    findPhrase(pattern, textWords).flatMap((range) => {
      // "Мы не «Семейная клиника»": naming another business to say we are not it is deliberate.
      const sentence = sentences(block.text, language).find((s) => s.start <= range.start && range.start < s.end) ?? { start: 0 };
      if (isNegated(block.text.slice(sentence.start), range.start - sentence.start, language)) return [];
      const exact = fold(block.text.slice(range.start, range.end)) === bare;
      ownNames ??= phrases.own.flatMap((own) => findPhrase(own, textWords));
      if (!exact && ownNames.some((own) => own.start <= range.start && range.end <= own.end)) return [];
      const after = block.text.slice(range.end);
      if (trailing ? !after.startsWith(trailing) : /^[+&]/.test(after)) return [];
      const end = range.end + trailing.length;
      const quoted = /[«"“„]/.test(block.text[range.start - 1] ?? '');
      if (!quoted && !isCapitalised(block.text.slice(range.start, end))) return [];
      const [s, e] = withQuotes(block.text, range.start, end);
      return [{ block, start: s, end: e, rank: 0, message: T[language].wrong(block.text.slice(range.start, end), wrong.note, brand?.canonical), ...(brand ? { suggestion: brand.canonical, nameId: brand.id } : {}) }];
    }),
  );
}

function mixedScriptHits(block: Block, index: NameIndex, language: Language): Hit[] {
  if (scriptOf(block.text) !== 'mixed') return [];
  return words(block.text, language).flatMap((word) => {
    const mixed = mixedScript(word.text);
    if (!mixed) return [];
    const known = index.forms.find((form) => form.words.some((w) => fold(w) === fold(mixed.fixed)));
    // A word typed in mixed scripts is a typo, said once however often it repeats; a wrong phone or street is fixed at each place.
    return [
      { block, start: word.start, end: word.end, rank: 1, message: T[language].mixed(word.text, mixed.fixed), suggestion: mixed.fixed, sameFault: `mixed ${word.text}`, ...(known ? { nameId: known.name.id } : {}) },
    ];
  });
}

function contactHits(block: Block, profile: Profile, language: Language): Hit[] {
  const names = profile.names ?? [];
  const near = (found: FoundContact[], canon: { key: string; name: CanonicalName; shown?: string }[], limitOf: (a: string, b: string) => number, align = (a: string, b: string): [string, string] => [a, b]) =>
    found.flatMap((item) => {
      if (
        canon.some((c) => {
          const [a, b] = align(item.key, c.key);
          return a === b;
        })
      )
        return [];
      const close = canon.find((c) => {
        const [a, b] = align(item.key, c.key);
        const limit = limitOf(a, b);
        return c.key.length > 4 && editDistance(a, b, limit) <= limit;
      });
      const shown = close?.shown ?? close?.name.canonical;
      return close && shown ? [{ block, start: item.start, end: item.end, rank: 2, message: T[language].contact(item.text, shown), suggestion: shown, nameId: close.name.id }] : [];
    });
  const phones = names.filter((n) => n.kind === 'phone').flatMap((n) => [n.canonical, ...(n.variants ?? [])].map((t) => ({ key: phoneKey(t) ?? t, name: n })));
  const emails = names.filter((n) => n.kind === 'email').flatMap((n) => [n.canonical, ...(n.variants ?? [])].map((t) => ({ key: t.toLowerCase(), name: n })));
  const hosts = [
    ...names.filter((n) => n.kind === 'url' || n.kind === 'email').flatMap((n) => [n.canonical, ...(n.variants ?? [])].map((t) => ({ key: hostOf(t) ?? '', name: n, shown: hostOf(t) ?? undefined }))),
    ...(profile.sites ?? []).map((site) => ({ key: hostOf(site) ?? '', name: { id: 'site', kind: 'url' as const, canonical: site }, shown: hostOf(site) ?? undefined })),
  ].filter((h) => h.key);
  const two = () => 2;
  const phoneFound = findPhones(block.text);
  // A line is told by its last seven digits: "+937…" and "937…" are one number written two ways.
  const lineDigits = (key: string) => key.replace(/\D/g, '').slice(-7);
  const nearPhones = near(phoneFound, phones, two, alignPhoneKeys).map((hit) => {
    const written = phoneFound.find((p) => p.start === hit.start);
    const line = written ? lineDigits(written.key) : undefined;
    const swapped = line !== undefined && isSwap(line, lineDigits(phoneKey(hit.suggestion ?? '') ?? ''));
    return { ...hit, nearPhone: line, ...(swapped ? { swappedDigits: true as const } : {}) };
  });
  const emailsFound = findEmails(block.text).map((email) => inOneElement(block, email));
  const nearEmails = near(emailsFound, emails, emailEditLimit);
  const otherMailboxes = unlistedMailboxes(
    emailsFound.filter((email) => !nearEmails.some((hit) => hit.start === email.start)),
    emails,
    language,
  ).map((hit) => ({ ...hit, block }));
  return [...nearPhones, ...nearEmails, ...otherMailboxes, ...near(findDomains(block.text), hosts, two)];
}

/** Where anyone may open a mailbox: another mailbox there is another person's, not ours. */
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'gmx.de',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'internet.ru',
  'yandex.ru',
  'ya.ru',
  'yandex.com',
  'rambler.ru',
  'ukr.net',
]);

/**
 * "info@aslanventures.ca" where the profile's mailbox at that domain is "hello@": an address at the
 * business's own domain that the profile does not list. It may be a new mailbox or an old one left
 * on the page, so it is worth a look, not an error (and none where the page shows "hello@" too).
 */
function unlistedMailboxes(found: FoundContact[], emails: { key: string; name: CanonicalName }[], language: Language): Omit<Hit, 'block'>[] {
  return found.flatMap((email) => {
    const domain = email.key.split('@')[1] ?? '';
    if (PUBLIC_MAIL_DOMAINS.has(domain) || emails.some((known) => known.key === email.key)) return [];
    const ours = emails.find((known) => known.key.split('@')[1] === domain);
    if (!ours) return [];
    return [{ start: email.start, end: email.end, rank: 2, unsure: true as const, message: T[language].unlisted(email.text, ours.name.canonical), suggestion: ours.name.canonical, nameId: ours.name.id }];
  });
}

/**
 * "<strong>E</strong>info@…": a label in an element of its own meets the address with no space in
 * the markup, though a reader sees them apart. The address is the part written with its "@".
 */
function inOneElement(block: Block, email: FoundContact): FoundContact {
  const at = email.start + email.text.indexOf('@');
  const piece = block.segments.find((segment) => segment.start <= at && at < segment.end);
  if (!piece || piece.start <= email.start) return email;
  const text = block.text.slice(piece.start, email.end);
  return { ...email, start: piece.start, text, key: text.toLowerCase() };
}

/**
 * A typo makes one wrong variant of a phone; an office with several lines ("…62 54", "…62 56"
 * beside the profile's "…62 55") lists several. Two or more variants of one number are its lines.
 */
function withoutNumberBlocks(hits: Hit[]): Hit[] {
  const variants = new Map<string, Set<string>>();
  for (const hit of hits) if (hit.nearPhone && hit.nameId) variants.set(hit.nameId, (variants.get(hit.nameId) ?? new Set()).add(hit.nearPhone));
  return hits.filter((hit) => !hit.nearPhone || !hit.nameId || hit.swappedDigits || (variants.get(hit.nameId)?.size ?? 0) < 2);
}

/** Whether `written` is `canonical` with two neighbouring characters exchanged. */
function isSwap(written: string, canonical: string): boolean {
  if (written.length !== canonical.length || written === canonical) return false;
  const at = [...written].findIndex((ch, i) => ch !== canonical[i]);
  return written[at] === canonical[at + 1] && written[at + 1] === canonical[at] && written.slice(at + 2) === canonical.slice(at + 2);
}

/**
 * On our own domain a longer mailbox may be three letters off ("enquiries@" for "enquiry@"), and
 * our own mailbox may lose or gain its country's ending ("studio@yoga.com" for "studio@yoga.com.au").
 */
function emailEditLimit(written: string, canonical: string): number {
  const [local, domain = ''] = written.split('@');
  const [canonicalLocal, canonicalDomain = ''] = canonical.split('@');
  if (local === canonicalLocal && sameMailboxElsewhere(local ?? '', domain, canonicalDomain)) return Infinity;
  const countryEndingApart = local === canonicalLocal && (domain.startsWith(`${canonicalDomain}.`) || canonicalDomain.startsWith(`${domain}.`));
  return countryEndingApart || (domain === canonicalDomain && (local?.length ?? 0) >= 6) ? 3 : 2;
}

/** Mailbox names any business may have at its own domain: "info@" elsewhere is someone else's. */
const GENERIC_MAILBOXES = new Set([
  'info',
  'mail',
  'sales',
  'office',
  'contact',
  'contacts',
  'hello',
  'admin',
  'support',
  'booking',
  'bookings',
  'order',
  'orders',
  'zakaz',
  'post',
  'reception',
  'enquiries',
  'enquiry',
  'help',
  'service',
]);

/**
 * The profile's mailbox at another provider or ending: "studio.anna@gmail.com" for
 * "studio.anna@mail.ru" (a distinctive name), "sales@shop.com" for "sales@shop.net" (one domain, two endings).
 */
function sameMailboxElsewhere(local: string, domain: string, canonicalDomain: string): boolean {
  const name = (host: string) => host.split('.').slice(0, -1).join('.');
  return (local.length >= 5 && !GENERIC_MAILBOXES.has(local)) || (name(domain) !== '' && name(domain) === name(canonicalDomain));
}

/** Compares written words with a form's words in order; null when they are not this name at all. */
function compareWords(written: string[], form: NameForm, language: Language): WordMatch[] | null {
  if (written.length !== form.words.length) return null;
  const result = written.map((w, i) => compareWord(w, form.words[i]!, language));
  return result.includes('different') ? null : result;
}

/** "Chinaberry" for "China Berry", "Town Line" for "Townline": the same letters with the words joined or split. */
function spacedApart(written: string[], canonical: string[]): boolean {
  return written.length !== canonical.length && fold(written.join('')) === fold(canonical.join(''));
}

function streetHits(block: Block, profile: Profile, index: NameIndex, language: Language): Hit[] {
  const streetForms = index.forms.filter((f) => f.name.kind === 'street' || f.name.kind === 'address');
  const known = streetForms.filter((f) => f.name.kind === 'street').map((f) => f.words);
  return findStreets(block.text, known).flatMap((mention) => {
    const written = mention.nameWords.map((w) => w.text);
    let best: { form: NameForm & { typed: string }; near: number } | null = null;
    for (const form of streetForms) {
      const streets =
        form.name.kind === 'address' ? findStreets(form.text, known).map((m) => ({ ...form, words: m.nameWords.map((w) => w.text), typed: form.text.slice(m.start, m.end) })) : [{ ...form, typed: form.text }];
      for (const candidate of streets) {
        const result = withFixedForms(written, candidate.words, compareWords(written, candidate, language)) ?? (spacedApart(written, candidate.words) ? ['near' as const] : null);
        const near = result?.filter((r) => r === 'near').length;
        if (result && (best === null || near! < best.near)) best = { form: candidate, near: near! };
      }
    }
    if (!best) return [...changedWordHits(block, mention, profile, streetForms, language), ...partChangedHits(block, mention, profile, streetForms, language)];
    const quote = block.text.slice(mention.start, mention.end);
    const canonical = best.form.name.kind === 'street' ? best.form.name.canonical : best.form.text;
    if (best.near > 0) {
      return [{ block, start: mention.start, end: mention.end, rank: 3, message: T[language].near(quote, canonical), suggestion: canonical, nameId: best.form.name.id }];
    }
    const onStreet = addressOn(best.form, profile, language);
    const [writtenType, canonicalType] = [typeIn(quote), typeIn(best.form.typed)];
    // "77 Linden Place" beside our "418 Linden Plaza": another type and another number are another street.
    if (writtenType && canonicalType && writtenType !== canonicalType) return typeChangedHits(block, mention, best.form, onStreet, language);
    return houseHits(block, mention.start, mention.end, onStreet, language);
  });
}

/**
 * «ул. Иванова» beside the profile's «ул. Иваново»: after its type word a street named for a person
 * (Кирова, Пушкина) or a place (Строгино, Иваново) keeps the one form it is named in, so the same
 * word with the other of these endings is another name, not another case of it.
 */
function withFixedForms(written: string[], canonical: string[], result: WordMatch[] | null): WordMatch[] | null {
  return result?.map((match, i) => (match === 'same' && otherFixedForm(written[i]!, canonical[i]!) ? 'near' : match)) ?? null;
}

const FIXED_FORM_ENDING = /(?:ов|ев|ин|ын)[ао]$/u;

function otherFixedForm(written: string, canonical: string): boolean {
  const [w, c] = [fold(written), fold(canonical)];
  return w !== c && FIXED_FORM_ENDING.test(w) && FIXED_FORM_ENDING.test(c) && w.slice(0, -1) === c.slice(0, -1);
}

/** The one street type a text's type words name, or null. */
const typeIn = (text: string) => {
  const types = new Set(
    words(text, phraseLanguage(text))
      .map((w) => w.text)
      .filter(isStreetTypeWord)
      .map(streetTypeOf),
  );
  return types.size === 1 ? [...types][0]! : null;
};

/**
 * Our street's name with another type word ("1200 Maple Place" for "1200 Maple Plaza",
 * "ул. Мира, 5" for "пр-т Мира, 5"): a town may have both, so it is ours only at the house number
 * of the profile's address on it. Called where both type words say which type they are.
 */
function typeChangedHits(block: Block, mention: StreetMention, form: NameForm & { typed: string }, onStreet: { house: string } | null, language: Language): Hit[] {
  const quote = block.text.slice(mention.start, mention.end);
  if (!onStreet || houseRange(block.text, mention.start, mention.end)?.house !== onStreet.house) return [];
  const suggestion = form.name.kind === 'street' ? form.name.canonical : form.typed;
  return [{ block, start: mention.start, end: mention.end, rank: 3, message: T[language].near(quote, suggestion), suggestion, nameId: form.name.id }];
}

/**
 * The profile's street forms whose cue words (`cues`) a block holds the first letters of; a block
 * in mixed scripts is read in full, since look-alike letters can hide a cue.
 */
function streetFormsCuedIn(block: Block, index: NameIndex, cues: (form: NameForm) => string[]): NameForm[] {
  const folded = scriptOf(block.text) === 'mixed' ? null : foldForCompare(block.text);
  return index.forms.filter((form) => form.name.kind === 'street' && (folded === null || cues(form).some((word) => folded.includes(cueOf(fold(word))))));
}

/** "W." or "N" before a street's name: a direction the page may leave out, not a word of the name. */
const withoutInitials = (names: string[]) => names.filter((w) => fold(w).length > 1);

/** Street type words of a written street, by their first letter: "St" and "Street" are one type, "Rd" and "Avenue" two. */
const typeInitials = (text: string) =>
  words(text, phraseLanguage(text))
    .map((w) => w.text)
    .filter(isStreetTypeWord)
    .map((w) => fold(w)[0])
    .join();

/**
 * Our street with one of its words replaced ("Higher Cambridge Street" for "Upper Cambridge
 * Street"): the same type word, every other word the same and one of them a real word, not an
 * initial. Another street may share all but one word, so it is ours only in an address line
 * (a house number beside it, a postal code in the block) whose house number, if the profile
 * gives one, is the profile's.
 */
function changedWordHits(block: Block, mention: StreetMention, profile: Profile, forms: NameForm[], language: Language): Hit[] {
  const written = withoutInitials(mention.nameWords.map((w) => w.text));
  const house = houseRange(block.text, mention.start, mention.end);
  const sentence = sentences(block.text, language).find((s) => s.start <= mention.start && mention.end <= s.end);
  if (written.length < 2 || (!house && !hasPostcode(block.text.slice(mention.end, sentence?.end)))) return [];
  const quote = block.text.slice(mention.start, mention.end);
  const form = forms.find((f) => {
    const canonical = withoutInitials(f.words);
    if (f.name.kind !== 'street' || canonical.length !== written.length || typeInitials(f.text) !== typeInitials(quote)) return false;
    const result = written.map((w, i) => compareWord(w, canonical[i]!, language));
    const kept = written.filter((w, i) => result[i] === 'same' && fold(w).length >= 4);
    return result.filter((r) => r === 'different').length === 1 && !result.includes('near') && kept.length > 0;
  });
  if (!form) return [];
  const onStreet = addressOn(form, profile, language);
  if (onStreet && house && onStreet.house !== house.house) return [];
  return [{ block, start: mention.start, end: mention.end, rank: 3, message: T[language].near(quote, form.name.canonical), suggestion: form.name.canonical, nameId: form.name.id }];
}

/** A name's parts: its words, and each part of a hyphenated one ("Тверская-Ямская"). */
const partsOf = (names: string[]) => names.flatMap((word) => word.split('-')).filter((part) => part !== '');

/** Whether `longer` is `shorter` with one part more, anywhere, every other part the same in order. */
function onePartMore(shorter: string[], longer: string[], language: Language): boolean {
  if (longer.length !== shorter.length + 1 || !shorter.some((part) => fold(part).length >= 4)) return false;
  return longer.some((_, extra) => longer.filter((__, k) => k !== extra).every((part, k) => compareWord(shorter[k]!, part, language) === 'same'));
}

/**
 * Our street with a part of its name lost or gained ("ул. Тверская, д. 20" for "ул. Тверская-Ямская,
 * д. 20", "Oak Hill Road" for "Oak Road"): another street may share all but one part, so it is ours
 * only with the same type word and the house number of the profile's address on it.
 */
function partChangedHits(block: Block, mention: StreetMention, profile: Profile, forms: NameForm[], language: Language): Hit[] {
  const house = houseRange(block.text, mention.start, mention.end);
  if (!house) return [];
  const quote = block.text.slice(mention.start, mention.end);
  const written = partsOf(withoutInitials(mention.nameWords.map((w) => w.text)));
  const form = forms.find((f) => {
    if (f.name.kind !== 'street' || typeInitials(f.text) !== typeInitials(quote)) return false;
    const canonical = partsOf(withoutInitials(f.words));
    return onePartMore(written, canonical, language) || onePartMore(canonical, written, language);
  });
  if (!form || addressOn(form, profile, language)?.house !== house.house) return [];
  return [{ block, start: mention.start, end: mention.end, rank: 3, message: T[language].part(quote, form.name.canonical), suggestion: form.name.canonical, nameId: form.name.id }];
}

/** Our street with another house number than the profile's address: quoted with the number, which is what is wrong. */
function houseHits(block: Block, start: number, end: number, onStreet: { address: CanonicalName; house: string } | null, language: Language): Hit[] {
  const read = houseRange(block.text, start, end);
  const written = read && onStreet ? withLostSlash(block.text, read, onStreet.house) : read;
  if (!onStreet || !written || written.house === onStreet.house) return [];
  const quote = block.text.slice(written.start, written.end);
  return [{ block, start: written.start, end: written.end, rank: 3, message: T[language].house(quote, written.house, onStreet.address.canonical), suggestion: onStreet.address.canonical, nameId: onStreet.address.id }];
}

/**
 * "д. 6 1" where the address is "д. 6/1": the house number's fraction lost its slash, so the number
 * read is "6" but the one written is "6 1". The number is quoted and named as written.
 */
function withLostSlash(text: string, written: HouseRange, profileHouse: string): HouseRange {
  const tail = /^ +(\d+)(?![\d\p{L}]|[.,/-]\d)/u.exec(text.slice(written.end));
  if (!tail || `${written.house}/${tail[1]}` !== profileHouse) return written;
  return { house: `${written.house} ${tail[1]}`, start: written.start, end: written.end + tail[0].length };
}

/** The profile's address on this street and its house number, if the profile gives one. */
function addressOn(form: NameForm, profile: Profile, language: Language): { address: CanonicalName; house: string } | null {
  const names = profile.names ?? [];
  const known = names
    .filter((n) => n.kind === 'street')
    .flatMap((n) => [n.canonical, ...(n.variants ?? [])])
    .map((text) => nameWords(text, true));
  const isOurs = (nameWords: string[]) => compareWords(nameWords, form, language)?.every((r) => r === 'same');
  for (const address of names.filter((n) => n.kind === 'address')) {
    const typed = findStreets(address.canonical, known);
    const street = typed.find((m) => isOurs(m.nameWords.map((w) => w.text)));
    if (street) return street.house ? { address, house: street.house } : null;
    // "Ломоносова 17б": an address the profile writes with no type word is its street's name and number.
    const bare = typed.length === 0 ? bareStreetLine(address.canonical) : undefined;
    if (bare && isOurs(bare.nameWords)) return { address, house: bare.house };
  }
  return null;
}

/**
 * A known street whose type word is misspelt ("Kutuzov Embankmnet", "Пятницкая улца"): the street
 * parser cannot see it, so the canonical name is looked for with a near-miss type word beside it.
 */
function streetTypeHits(block: Block, index: NameIndex, language: Language): Hit[] {
  const forms = streetFormsCuedIn(block, index, (form) => [form.words[0]!]);
  if (forms.length === 0) return [];
  const tokens = words(block.text, language);
  const initials = tokens.map((token) => fold(token.text)[0]);
  return forms.flatMap((form) => {
    const typeWord = words(form.text, language)
      .map((w) => w.text)
      .find(isStreetTypeWord);
    if (!typeWord || typeWord.length < 5) return [];
    const initial = fold(form.words[0]!)[0];
    return tokens.flatMap((_, i) => {
      // Any written form of the name, inflected or abbreviated, starts with the same letter.
      if (initials[i] !== initial) return [];
      const name = tokens.slice(i, i + form.words.length);
      if (
        name.length !== form.words.length ||
        !compareWords(
          name.map((t) => t.text),
          form,
          language,
        )?.every((m) => m === 'same')
      )
        return [];
      const neighbours = [tokens[i - 1], tokens[i + form.words.length]].filter((t): t is NonNullable<typeof t> => t !== undefined);
      const misspelt = neighbours.find((t) => !isStreetTypeWord(t.text) && compareWord(t.text, typeWord, language) === 'near');
      if (!misspelt) return [];
      const start = Math.min(name[0]!.start, misspelt.start);
      const end = Math.max(name[name.length - 1]!.end, misspelt.end);
      return [{ block, start, end, rank: 3, message: T[language].near(block.text.slice(start, end), form.name.canonical), suggestion: form.name.canonical, nameId: form.name.id }];
    });
  });
}

/** "Б." for "Большая", "М." for "Малая": a capital initial, with its full stop, of the canonical word. */
function isInitialOf(text: string, token: { text: string; end: number }, canonical: string): boolean {
  return text[token.end] === '.' && token.text.length <= 3 && /^\p{Lu}/u.test(token.text) && fold(canonical).startsWith(fold(token.text));
}

/**
 * A known street written without its type word ("На Малой Садавой, 8", "Б. Никиткая, 24"): its
 * words in order, all capitalised, one misspelt and another right — or one long word followed
 * by a house number. The same words with another house number than the address are wrong too.
 */
function bareStreetHits(block: Block, profile: Profile, index: NameIndex, language: Language): Hit[] {
  const forms = streetFormsCuedIn(block, index, (form) => form.words);
  if (forms.length === 0) return [];
  const tokens = words(block.text, language);
  const hits: Hit[] = [];
  for (const form of forms) {
    const n = form.words.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      const span = tokens.slice(i, i + n);
      if (!span.every((t) => isCapitalised(t.text)) || isStreetTypeWord(tokens[i - 1]?.text ?? '') || isStreetTypeWord(tokens[i + n]?.text ?? '')) continue;
      const result = span.map((t, k) => (isInitialOf(block.text, t, form.words[k]!) ? 'same' : compareWord(t.text, form.words[k]!, language)));
      if (result.includes('different')) continue;
      const start = span[0]!.start;
      const end = span[n - 1]!.end;
      const longEnough = n > 1 ? result.includes('same') : fold(form.words[0]!).length >= 7 && houseRange(block.text, start, end) !== undefined;
      if (!longEnough) continue;
      const quote = block.text.slice(start, end);
      if (result.includes('near')) {
        hits.push({ block, start, end, rank: 3, message: T[language].near(quote, form.name.canonical), suggestion: form.name.canonical, nameId: form.name.id });
        continue;
      }
      hits.push(...houseHits(block, start, end, addressOn(form, profile, language), language));
    }
  }
  return hits;
}

/** Names in quotes that lost or gained a part: «Здоровье» for «Здоровье+», «Улыбка Плюс» for «Улыбка». */
function partHits(block: Block, index: NameIndex, language: Language): Hit[] {
  const forms = index.forms.filter((f) => !['street', 'address', 'phone', 'email', 'url'].includes(f.name.kind));
  return [...block.text.matchAll(/[«"“„]([^«»"“”„]{2,60})[»"”“]/gu)].flatMap((m) => {
    const inner = foldForCompare(m[1]!);
    if (forms.some((f) => foldForCompare(f.text) === inner || foldForCompare(f.text).replace(/^.*?["«]|["»]$/g, '') === inner)) return [];
    const bare = (text: string) => foldForCompare(text).replace(/[«»"]/g, '');
    const form = forms.find((f) => {
      const canonical = bare(f.text);
      if (canonical === inner || Math.min(canonical.length, inner.length) < 3) return false;
      const longer = canonical.length > inner.length ? canonical : inner;
      const shorter = canonical.length > inner.length ? inner : canonical;
      return longer.startsWith(shorter) && /^(\s*[+&!]+|\s+\p{L}+)$/u.test(longer.slice(shorter.length));
    });
    if (!form) return [];
    return [{ block, start: m.index, end: m.index + m[0].length, rank: 4, message: T[language].part(m[1]!, form.name.canonical), suggestion: form.name.canonical, nameId: form.name.id }];
  });
}

/** Near misses of organisation, brand, product and person names, found through the deletion index. */
function nearNameHits(block: Block, index: NameIndex, language: Language): Hit[] {
  const tokens = words(block.text, language);
  const hits: Hit[] = [];
  tokens.forEach((token, i) => {
    const quoted = /[«"“„]/.test(block.text[token.start - 1] ?? '');
    if (!isCapitalised(token.text) && !quoted) return;
    for (const { form, position } of index.candidates(token.text)) {
      if (['street', 'address', 'phone', 'email', 'url'].includes(form.name.kind)) continue;
      const first = i - position;
      const span = tokens.slice(first, first + form.words.length);
      if (first < 0 || span.length !== form.words.length) continue;
      const result = compareWords(
        span.map((t) => t.text),
        form,
        language,
      );
      if (!result?.includes('near') || (!result.includes('same') && form.words.length > 1)) continue;
      if (span.some((t, k) => result[k] === 'near' && !isCapitalised(t.text) && isCapitalised(form.words[k]!))) continue;
      // A word spelt as another form of the same name has it ("Автомобилист" of "Автомобилист 63") is no near miss of "Автомобилист63".
      if (span.every((t, k) => result[k] !== 'near' || isWordOfName(t.text, form.name, index, language))) continue;
      // A symbol that ends the name ("Здоровье+") belongs to the quote: «Здоровя+», not «Здоровя».
      const symbol = /[+&!]+$/.exec(form.text)?.[0];
      const nameEnd = span[span.length - 1]!.end + (symbol && block.text.startsWith(symbol, span[span.length - 1]!.end) ? symbol.length : 0);
      // A form that holds its own quotes ("Медицинский центр «Улыбка»") is quoted up to its closing mark.
      const end = /[«"“„]/.test(block.text.slice(span[0]!.start, nameEnd)) && /[»"”“]/.test(block.text[nameEnd] ?? '') ? nameEnd + 1 : nameEnd;
      const [s, e] = withQuotes(block.text, span[0]!.start, end);
      const written = block.text.slice(span[0]!.start, end);
      // The trade is named at a name's edge ("Lakeside Chiropractic", «Стоматология Улыбка»); a word
      // inside it ("Golden Kettle Tea Room" of "Golden Kettles …") is the name's own.
      const atEdge = (k: number) => k === 0 || k === span.length - 1;
      const misspelt = BUSINESS_KINDS.includes(form.name.kind) ? span.flatMap((t, k) => (result[k] === 'near' ? [{ written: t.text, canonical: form.words[k]!, atEdge: atEdge(k) }] : [])) : undefined;
      hits.push({ block, start: s, end: e, rank: 5, message: T[language].near(written, form.name.canonical), suggestion: form.name.canonical, nameId: form.name.id, ...(misspelt ? { misspelt } : {}) });
    }
  });
  return hits;
}

/** Names of a business, whose words may name its trade ("Chiropractic", «Стоматология»). */
const BUSINESS_KINDS: NameKind[] = ['organization', 'brand'];

/**
 * "Lakeside Chiropractors: FAQ" beside the name "Lakeside Chiropractic": a word the
 * dictionary knows, of the same root as the name's own dictionary word ("Chiropractors" of
 * "Chiropractic", «Стоматологи» of «Стоматология», "Plumbers" of "Plumbing"), names the trade in
 * other words; it is no misspelling of the name. A misspelt word is no dictionary word, or
 * another word altogether ("Leap" for "Leaf").
 */
async function describesTheTrade(hit: Hit, checker: SpellChecker | undefined, language: Language): Promise<boolean> {
  if (!checker || !hit.misspelt) return false;
  for (const { written, canonical, atEdge } of hit.misspelt) {
    if (!atEdge || !sameRoot(written, canonical, language) || doubledLetterApart(written, canonical)) return false;
    if (!(await checker.correct(written, language)) || !(await checker.correct(canonical, language))) return false;
  }
  return true;
}

/** "кованных" for "кованых": a letter doubled or undoubled is the commonest slip, even where both are words. */
function doubledLetterApart(a: string, b: string): boolean {
  const [longer, shorter] = fold(a).length > fold(b).length ? [fold(a), fold(b)] : [fold(b), fold(a)];
  if (longer.length !== shorter.length + 1) return false;
  return [...longer].some((ch, i) => ch === longer[i - 1] && longer.slice(0, i) + longer.slice(i + 1) === shorter);
}

/** Whether one word begins with the other's stem, a stem long enough to be a root rather than a syllable. */
function sameRoot(a: string, b: string, language: Language): boolean {
  const [foldedA, foldedB] = [fold(a), fold(b)];
  const begins = (word: string, other: string) => {
    const root = stem(other, language);
    return root.length >= 5 && word.startsWith(root);
  };
  return begins(foldedA, foldedB) || begins(foldedB, foldedA);
}

function isWordOfName(word: string, name: CanonicalName, index: NameIndex, language: Language): boolean {
  return index.forms.some((form) => form.name === name && form.words.some((w) => compareWord(word, w, language) === 'same'));
}

/** Keeps one hit per place: the most specific explanation of a wrong name. */
function resolveOverlaps(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const hit of [...hits].sort((a, b) => a.rank - b.rank)) {
    if (!kept.some((k) => k.block === hit.block && hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept;
}

const byRule = (rule: CheckRule, hits: Hit[]): Hit[] => hits.map((hit) => ({ ...hit, rule: rule.id }));

/**
 * Another location's name, street, address, phone or e-mail in a material bound to one location:
 * right for that centre, wrong for this material. Said beside the bound location's own of the kind, when it has one.
 */
function otherLocationHits(block: Block, { bound, others }: Binding, material: Material, language: Language): Hit[] {
  return others.flatMap(({ location: other, mentions }) =>
    mentions(block.text, material.language).map((mention) => {
      const kind = mention.name.kind;
      const own = mention.name.id === locationName(other).id ? [locationName(bound)] : (bound.names ?? []).filter((name) => name.kind === kind);
      const suggestion = own.length === 1 ? own[0] : undefined;
      return {
        block,
        start: mention.start,
        end: mention.end,
        rank: -1,
        message: T[language].otherLocation(kind, other.name, bound.name),
        nameId: suggestion?.id ?? mention.name.id,
        ...(suggestion ? { suggestion: suggestion.canonical } : {}),
      };
    }),
  );
}

/** The location a material is bound to, and the others, whose names are then wrong in it, each with what finds them. */
interface Binding {
  bound: Location;
  others: { location: Location; mentions: MentionFinder }[];
}

async function checkMaterial(material: Material, profile: Profile, index: NameIndex, phrases: NamePhrases, language: Language, checker: SpellChecker | undefined, binding: Binding | undefined): Promise<DraftFinding[]> {
  const hits: Hit[] = [];
  for (const block of material.blocks) {
    const found = [
      ...byRule(RULES['other-location'], binding ? otherLocationHits(block, binding, material, language) : []),
      ...byRule(RULES['other-business'], wrongNameHits(block, profile, phrases, material.language)),
      ...byRule(RULES['mixed-script'], mixedScriptHits(block, index, language)),
      ...byRule(RULES.contact, contactHits(block, profile, language)),
      ...byRule(RULES.street, [...streetHits(block, profile, index, material.language), ...streetTypeHits(block, index, material.language), ...bareStreetHits(block, profile, index, material.language)]),
      ...byRule(RULES['name-part'], partHits(block, index, language)),
      ...byRule(RULES['near-name'], nearNameHits(block, index, material.language)),
    ];
    const misspellings: Hit[] = [];
    for (const hit of found) if (!(await describesTheTrade(hit, checker, material.language))) misspellings.push(hit);
    hits.push(...resolveOverlaps(misspellings));
  }
  // A page that also shows the profile's own mailbox simply has another one ("hello@" beside "orders@").
  const shown = new Map<string, boolean>();
  const showsOwn = (address: string) => {
    if (!shown.has(address))
      shown.set(
        address,
        material.blocks.some((block) => block.text.toLowerCase().includes(address.toLowerCase())),
      );
    return shown.get(address)!;
  };
  return withoutNumberBlocks(hits)
    .filter((hit) => !hit.unsure || !showsOwn(hit.suggestion ?? ''))
    .map((hit) => ({
      check: 'wrong-name' as const,
      ...(hit.rule ? { rule: hit.rule } : {}),
      severity: hit.unsure ? ('warning' as const) : ('error' as const),
      quote: hit.block.text.slice(hit.start, hit.end),
      location: { block: hit.block.index, start: hit.start, end: hit.end },
      message: hit.message,
      ...(hit.suggestion ? { suggestion: hit.suggestion } : {}),
      ...(hit.nameId ? { nameId: hit.nameId } : {}),
      ...(hit.sameFault ? { sameFault: hit.sameFault } : {}),
      material,
    }));
}

/** Wrong names: near misses of the profile's names, streets, phones, e-mails and domains; other businesses' names. */
async function run(context: CheckContext): Promise<{ findings: DraftFinding[] }> {
  // Every location's names are known, so a misspelling of any is caught against its own centre; one of another location's is wrong only where the material is bound to one.
  const bound = context.location;
  const others = (context.profile.locations ?? []).filter((location) => location.id !== bound?.id);
  const known = (context.profile.locations ?? []).flatMap((location) => (location.id === bound?.id ? [locationName(location)] : namesOf(location)));
  const profile = { ...context.profile, names: [...(context.profile.names ?? []), ...known] };
  const index = new NameIndex(profile.names, ['organization', 'brand', 'product', 'person', 'street', 'address']);
  const phrases = compileNamePhrases(profile);
  const binding = bound ? { bound, others: others.map((location) => ({ location, mentions: mentionFinder(context.profile, location) })) } : undefined;
  const findings: DraftFinding[] = [];
  for (const { material } of context.materials) findings.push(...(await checkMaterial(material, profile, index, phrases, context.language, context.spellChecker, binding)));
  return { findings };
}

export const namesCheck = defineCheck({ id: 'wrong-name', label: { ru: 'Названия, адреса, контакты', en: 'Names, addresses, contacts' }, rules: Object.values(RULES), inPreview: true, run });
