/**
 * The checklist drafted from the business's own site or materials (#18, cold start): the names,
 * contacts and facts its pages state, each with where it was seen, and every topic they state
 * differently left as a conflict for the user to settle. Nothing is guessed: a fact whose value
 * cannot be read off its promise is left out.
 */
import { isAboutTheBusiness, isNotSubject, ownNameStems, subjectOf } from '../checks/subject';
import { type Fact, type FactKind, factFieldProblems, isFactKind, KIND, type PromiseKind } from '../kinds';
import type { Source } from '../material/types';
import { factFromPromise } from '../profile/fact-from-promise';
import { withIds } from '../profile/ids';
import { matchPatternProblem } from '../profile/match-pattern';
import { daysOfKey } from '../profile/normalise';
import { type CanonicalName, type Concept, type DraftConflict, type Evidence, type HoursValue, type Language, type NameKind, type Pillar, PROFILE_FORMAT, type Profile, WEEKDAYS, type Weekday } from '../profile/types';
import { promiseSubject } from '../report/promise-line';
import type { Report, ReportPromise } from '../report/types';
import { hasNegator } from '../text/negation';
import { foldForCompare } from '../text/normalise';
import { compilePhrase, findPhrase, type PhrasePattern, stemWords } from '../text/stems';
import { phraseLanguage } from '../text/language';
import { siteTopics, type Statement } from './consistency';

const T = {
  ru: { untitled: 'Черновик профиля', suggested: (word: string) => `Предложено: ${word}` },
  en: { untitled: 'Draft profile', suggested: (word: string) => `Suggested: ${word}` },
};

export interface DraftOptions {
  /** The profile's name; else the business's name as its pages give it, else the site's host. */
  name?: string;
  /**
   * The materials' language, else the report's: the profile's, its labels' and the word forms its
   * subjects are read in. A fact's label is matched against the pages: never pass the reader's
   * interface language here.
   */
  language?: Language;
}

/** A promise and the material it stands in. */
interface Sighting {
  promise: ReportPromise;
  source: Source;
}

/** Each place once, in the order seen: a page that repeats a line is one piece of evidence. */
function evidenceOf(sightings: Sighting[]): Evidence[] {
  const seen = new Set<string>();
  return sightings.flatMap(({ promise, source }) => {
    const key = `${source.location}\n${promise.quote}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ location: source.location, quote: promise.quote }];
  });
}

const pagesOf = (sightings: Sighting[]) => new Set(sightings.map((sighting) => sighting.source.location)).size;

/** The form most sightings write, the earliest among equals. */
function mostWritten(forms: string[]): string {
  const counts = new Map<string, number>();
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

function groupBy<T>(items: T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const field = (value: unknown, key: string): string | null => {
  const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof found === 'string' && found.trim() !== '' ? found : null;
};

/** "ул. Ленина" with its house number 5 beside it: the address as one line, "ул. Ленина, 5". */
function addressLine(promise: ReportPromise): string {
  const house = field(promise.value, 'house');
  return house && !promise.quote.includes(house) ? `${promise.quote}, ${house}` : promise.quote;
}

/** The contacts a draft keeps, each told apart by its promise's normalised value. */
const CONTACTS: { kind: PromiseKind & NameKind; key: (promise: ReportPromise) => string | null; written: (promise: ReportPromise) => string }[] = [
  { kind: 'phone', key: (promise) => field(promise.value, 'digits'), written: (promise) => promise.quote },
  { kind: 'email', key: (promise) => field(promise.value, 'address'), written: (promise) => promise.quote },
  {
    kind: 'address',
    key: (promise) => {
      const postcode = field(promise.value, 'postcode');
      const street = field(promise.value, 'street');
      const house = field(promise.value, 'house');
      // A street without a house is no address: «Площадь Мира» may be the stop a page directs to.
      return postcode ?? (street && house ? foldForCompare(`${street} ${house}`) : null);
    },
    written: addressLine,
  },
];

/** One name per phone, e-mail and address the materials give, as most of them write it. */
function contactNames(sightings: Sighting[]): CanonicalName[] {
  return CONTACTS.flatMap(({ kind, key, written }) => {
    const groups = groupBy(
      sightings.filter(({ promise }) => promise.kind === kind),
      ({ promise }) => key(promise),
    );
    return [...groups.values()]
      .sort((a, b) => pagesOf(b) - pagesOf(a))
      .map((group) => {
        const forms = group.map(({ promise }) => written(promise));
        const canonical = mostWritten(forms);
        const variants = [...new Set(forms)].filter((form) => form !== canonical);
        return { id: '', kind, canonical, ...(variants.length > 0 ? { variants } : {}), evidence: evidenceOf(group) };
      });
  });
}

/** "Услуги — Стоматология «Улыбка»", "Menu | Crumb Bakery": a title's parts around its separators. */
const titleParts = (title: string) =>
  title
    .split(/\s+[|—–·-]\s+/u)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));

/**
 * The one thing said on more pages than anything else of its sort, and on at least half of them
 * (and two): a header's or a footer's, not one page's. A tie is no answer.
 */
function mostRepeated<T>(groups: Map<string, T[]>, pagesOfGroup: (group: T[]) => number, pages: number): { key: string; group: T[] } | null {
  const ranked = [...groups].map(([key, group]) => ({ key, group, pages: pagesOfGroup(group) })).sort((a, b) => b.pages - a.pages);
  const [top, next] = ranked;
  if (!top || top.pages < Math.min(2, pages) || top.pages * 2 < pages || (next && next.pages === top.pages)) return null;
  return { key: top.key, group: top.group };
}

/** The title part most pages share ("Стоматология «Улыбка»"), or null when their titles share none. */
function sharedTitle(sources: Source[]): { text: string; titled: Source[] } | null {
  const titled = sources.filter((source) => source.title && source.title !== source.location);
  const byPart = groupBy(
    titled.flatMap((source) => titleParts(source.title!).map((part) => ({ part, source }))),
    ({ part }) => part,
  );
  const top = mostRepeated(byPart, (group) => new Set(group.map(({ source }) => source.location)).size, titled.length);
  return top && top.group.length >= 2 ? { text: top.key, titled: top.group.map(({ source }) => source) } : null;
}

/**
 * The business's name: the quoted name («Улыбка») most pages give, else the part of the page
 * titles most pages share; none when nothing is repeated enough to be sure.
 */
function businessName(sightings: Sighting[], sources: Source[], title: ReturnType<typeof sharedTitle>): CanonicalName | null {
  const quoted = groupBy(
    sightings.filter(({ promise }) => promise.kind === 'name'),
    ({ promise }) => field(promise.value, 'name')?.trim() ?? null,
  );
  const top = mostRepeated(quoted, pagesOf, sources.length);
  if (top) {
    const variants = title && title.text !== top.key && title.text.includes(top.key) ? [title.text] : [];
    return { id: '', kind: 'organization', canonical: top.key, ...(variants.length > 0 ? { variants } : {}), evidence: evidenceOf(top.group) };
  }
  if (!title) return null;
  return { id: '', kind: 'organization', canonical: title.text, evidence: title.titled.map((source) => ({ location: source.location, quote: source.title! })) };
}

/** One way a topic is stated: the fact it would be, and where it is said so. */
interface Variant {
  fact: Fact;
  evidence: Evidence[];
}

const sightingsOf = (statement: Statement): Sighting[] => statement.places.map(({ promise, source }) => ({ promise, source }));

/** A topic the whole business is its subject of ("Часы работы") is labelled by its kind, not by one page's quote. */
function labelled(fact: Fact, promise: ReportPromise, aboutTheBusiness: boolean, language: Language): Fact {
  if (promiseSubject(promise) || !aboutTheBusiness) return fact;
  return { ...fact, label: KIND[fact.kind].name[language] };
}

/**
 * A group of statements that agree, as one variant: the value the statement most pages make states,
 * with the evidence of every statement that states a value. Null when none can be read as one.
 */
function variantOf(group: Statement[], aboutTheBusiness: boolean, language: Language): Variant | null {
  const drafted = [...group]
    .sort((a, b) => b.places.length - a.places.length)
    .flatMap((statement) => {
      const promise = statement.places[0]!.promise;
      const fact = factFromPromise(promise, language);
      return fact ? [{ fact: labelled({ ...fact, id: '' }, promise, aboutTheBusiness, language), statement }] : [];
    });
  const [first] = drafted;
  if (!first) return null;
  const fact = first.fact.kind === 'hours' ? { ...first.fact, value: weekOf(drafted.map(({ fact }) => fact.value as HoursValue)) } : first.fact;
  return { fact, evidence: evidenceOf(drafted.flatMap(({ statement }) => sightingsOf(statement))) };
}

/**
 * Hours that agree, as one week: "пн–пт 9–21" and "сб–вс 10–18" are the week's two parts, not two
 * weeks. A day keeps the hours of the value first to name it; days in a row with the same hours are one range.
 */
function weekOf(values: HoursValue[]): HoursValue {
  const days = new Map<Weekday, string>();
  for (const value of values) for (const [key, hours] of Object.entries(value)) for (const day of daysOfKey(key)) if (!days.has(day)) days.set(day, hours);
  const week: HoursValue = {};
  let run: Weekday[] = [];
  const close = () => {
    if (run.length > 0) week[run.length > 1 ? `${run[0]}-${run.at(-1)}` : run[0]!] = days.get(run[0]!)!;
    run = [];
  };
  for (const day of WEEKDAYS) {
    if (!days.has(day) || (run.length > 0 && days.get(run[0]!) !== days.get(day))) close();
    if (days.has(day)) run.push(day);
  }
  close();
  return week;
}

const valueOf = (fact: Fact): unknown => (fact as { value?: unknown }).value;

/** Variants of one value are one: two groups may disagree in words and still state the same fact. */
function distinctVariants(variants: Variant[]): Variant[] {
  const byValue = new Map<string, Variant>();
  for (const variant of variants) {
    const key = JSON.stringify(valueOf(variant.fact));
    const same = byValue.get(key);
    if (same) same.evidence.push(...variant.evidence.filter((place) => !same.evidence.some((seen) => seen.location === place.location && seen.quote === place.quote)));
    else byValue.set(key, { fact: variant.fact, evidence: [...variant.evidence] });
  }
  return [...byValue.values()].sort((a, b) => b.evidence.length - a.evidence.length);
}

interface Drafted {
  facts: Fact[];
  conflicts: DraftConflict[];
}

/** Whether the profile's validation would take the fact: a value a promise was misread into is dropped, not drafted. */
function isValidFact(fact: Fact): boolean {
  return factFieldProblems(fact.kind, fact as unknown as Record<string, unknown>).length === 0;
}

/** A topic as a fact when its materials agree, else as a conflict with every variant. */
function settle(kind: FactKind, variants: Variant[], drafted: Drafted): void {
  const [only, ...others] = distinctVariants(variants.filter((variant) => isValidFact(variant.fact)));
  if (!only) return;
  if (others.length === 0) {
    drafted.facts.push({ ...only.fact, evidence: only.evidence });
    return;
  }
  drafted.conflicts.push({ topic: only.fact.label, kind, variants: [only, ...others].map((variant) => ({ value: valueOf(variant.fact), evidence: variant.evidence })) });
}

/** The topics the kinds' comparers tell apart, as the site's consistency check groups them. */
function comparedTopics(report: Report, named: Profile, language: Language, drafted: Drafted): void {
  for (const topic of siteTopics([report], named, language)) {
    if (!isFactKind(topic.kind)) continue;
    const variants = topic.groups.flatMap((group) => variantOf(group, topic.aboutTheBusiness, language) ?? []);
    settle(topic.kind, variants, drafted);
  }
}

/**
 * Free things, which no comparer tells apart: grouped by what is free as the consistency check reads
 * a subject; two values of one subject ("бесплатно" and "бесплатно от 3 000 ₽") are a conflict.
 */
function freeTopics(sightings: Sighting[], named: Profile, language: Language, drafted: Drafted): void {
  const ownNames = ownNameStems(named);
  const subject = ({ promise }: Sighting) => {
    const words = { topics: [foldForCompare(promise.about ?? promise.quote)], value: promise.value };
    const said = isAboutTheBusiness(words, language, ownNames) ? '' : subjectOf(words, language, ownNames);
    // "Она бесплатна": a pronoun names nothing a checklist could hold.
    return /\p{L}{4,}/u.test(said) ? said : null;
  };
  const groups = groupBy(
    sightings.filter(({ promise }) => promise.kind === 'free'),
    subject,
  );
  for (const group of groups.values()) {
    const variants = group.flatMap(({ promise, source }) => {
      const fact = factFromPromise(promise, language);
      return fact ? [{ fact: { ...fact, id: '' }, evidence: [{ location: source.location, quote: promise.quote }] }] : [];
    });
    settle('free', variants, drafted);
  }
}

/** A service's name is short and is no sentence: "Чистка зубов", not "Лечим зубы спокойно и без боли." */
const MAX_SERVICE_WORDS = 5;
const isServiceName = (text: string, language: Language) => !/[.!?]\s*$/u.test(text) && text.split(/\s+/u).length <= MAX_SERVICE_WORDS && !hasNegator(text, language);

/** A listed service: its fact, as drafted from its first sighting, and every sighting of it. */
interface Service {
  fact: Fact;
  phrase: PhrasePattern;
  sightings: Sighting[];
}

/** The services the materials list: short names, no sentence, no denial. */
function listedServices(sightings: Sighting[], language: Language): Service[] {
  const listed = sightings.filter(({ promise }) => {
    const service = field(promise.value, 'service');
    return promise.kind === 'offered' && service !== null && isServiceName(service, language);
  });
  return [...groupBy(listed, ({ promise }) => foldForCompare(field(promise.value, 'service')!)).values()].flatMap((group) => {
    const fact = factFromPromise(group[0]!.promise, language);
    if (!fact) return [];
    // The service's own name is the phrase the checks look for: its words one by one would match anything.
    const { topics: _words, ...named } = fact;
    return [{ fact: { ...named, id: '' } as Fact, phrase: compilePhrase(fact.label, phraseLanguage(fact.label, language)), sightings: group }];
  });
}

/**
 * The service a denying sentence names ("Выезд на дом не осуществляем" of "Выезд на дом"), as the
 * site's consistency check reads one: the one listed service it names, else none.
 */
function deniedService(promise: ReportPromise, services: Service[], language: Language): Service | undefined {
  if (!hasNegator(promise.quote, language)) return undefined;
  const words = stemWords(promise.quote, language);
  const naming = services.filter((service) => findPhrase(service.phrase, words).length > 0);
  return naming.length === 1 ? naming[0] : undefined;
}

/**
 * Each listed service offered, unless a page denies it: then a conflict, offered there and not
 * here. A denial of a service no page lists drafts nothing: its name would be a guess.
 */
function offeredServices(sightings: Sighting[], language: Language, drafted: Drafted): void {
  const services = listedServices(sightings, language);
  const denials = new Map<Service, Sighting[]>();
  for (const sighting of sightings) {
    const service = isFactKind(sighting.promise.kind) ? deniedService(sighting.promise, services, language) : undefined;
    if (!service) continue;
    const denied = denials.get(service);
    if (denied) denied.push(sighting);
    else denials.set(service, [sighting]);
  }
  for (const service of services) {
    const offered = { fact: service.fact, evidence: evidenceOf(service.sightings) };
    const denied = denials.get(service);
    settle('offered', denied ? [offered, { fact: { ...service.fact, value: false } as Fact, evidence: evidenceOf(denied) }] : [offered], drafted);
  }
}

/** How many pillars are suggested, and how many statements a word must recur in to suggest one. */
const MAX_PILLARS = 3;
const MIN_STATEMENTS = 2;
const isContentWord = (word: string) => /^\p{L}{4,}$/u.test(word) && !isNotSubject(foldForCompare(word));

/**
 * Pillars suggested from the words the promises repeat most (each distinct statement counted once,
 * so a footer is not a theme), labelled as suggestions for the user to rename or drop.
 */
function suggestedPillars(sightings: Sighting[], ownNames: Set<string>, language: Language): Pillar[] {
  const statements = new Set(sightings.filter(({ promise }) => isFactKind(promise.kind)).map(({ promise }) => foldForCompare(promise.quote)));
  const byStem = new Map<string, { statements: number; forms: string[] }>();
  for (const statement of statements) {
    const stems = new Map<string, string>();
    for (const word of stemWords(statement, language)) if (isContentWord(word.lower) && !ownNames.has(word.stem)) stems.set(word.stem, word.lower);
    for (const [stem, form] of stems) {
      const entry = byStem.get(stem) ?? { statements: 0, forms: [] };
      entry.statements++;
      entry.forms.push(form);
      byStem.set(stem, entry);
    }
  }
  return [...byStem.values()]
    .filter((entry) => entry.statements >= MIN_STATEMENTS)
    .sort((a, b) => b.statements - a.statements)
    .slice(0, MAX_PILLARS)
    .map((entry) => {
      const word = mostWritten(entry.forms);
      return { id: '', label: T[language].suggested(word), keywords: [word] };
    });
}

/** The sites the pages were read from, as match patterns the profile binds to. */
function sitesOf(sources: Source[]): string[] {
  const patterns = sources.flatMap((source) => {
    try {
      const url = new URL(source.location);
      return /^https?:$/.test(url.protocol) ? [`${url.protocol}//${url.hostname}/*`] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(patterns)].filter((pattern) => matchPatternProblem(pattern) === null);
}

const hostOf = (pattern: string | undefined) => pattern?.replace(/^https?:\/\/|\/\*$/g, '');

/**
 * A `sverka.profile/1` drafted from a checked site or set of materials (the report `check` or
 * `crawl` makes under a near-empty profile): the business's names and contacts, the facts its
 * pages agree on, and a `conflicts` entry for each topic they state differently, whose fact is
 * left out. Every fact and name carries its evidence: each page it was seen on, in its words there.
 * The concept's four questions are left for the user; its pillars are suggestions.
 */
export function draftProfile(report: Report, options: DraftOptions = {}): Profile {
  const language = options.language ?? report.language ?? 'ru';
  const sources = report.sources.filter((source) => !source.error);
  const byId = new Map(sources.map((source) => [source.id, source]));
  const sightings = report.promises.flatMap((promise) => {
    const source = byId.get(promise.source);
    return source ? [{ promise, source }] : [];
  });
  const readable: Report = { ...report, sources, promises: sightings.map(({ promise }) => promise) };
  const title = sharedTitle(sources);
  const business = businessName(sightings, sources, title);
  const names = [...(business ? [business] : []), ...contactNames(sightings)];
  const sites = sitesOf(sources);
  const name = options.name?.trim() || title?.text || business?.canonical || hostOf(sites[0]) || T[language].untitled;
  // The business's own name is no subject: "«Улыбка»: чистка — 3 000 ₽" is about the cleaning.
  const named: Profile = { format: PROFILE_FORMAT, name, names };
  const drafted: Drafted = { facts: [], conflicts: [] };
  comparedTopics(readable, named, language, drafted);
  freeTopics(sightings, named, language, drafted);
  offeredServices(sightings, language, drafted);
  const concept: Concept = { statement: '', what: '', how: '', forWhom: '', why: '', pillars: suggestedPillars(sightings, ownNameStems(named), language) };
  const profile: Profile = {
    format: PROFILE_FORMAT,
    name,
    languages: [language],
    ...(sites.length > 0 ? { sites } : {}),
    concept,
    facts: drafted.facts,
    names,
    ...(drafted.conflicts.length > 0 ? { conflicts: drafted.conflicts } : {}),
  };
  return withIds(profile);
}
