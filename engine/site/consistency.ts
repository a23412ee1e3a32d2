import { isAboutTheBusiness, ownNameStems, subjectOf } from '../checks/subject';
import { fingerprintAt } from '../engine';
import { KIND, type PromiseKind } from '../kinds';
import type { Comparer } from '../kinds/types';
import type { Source } from '../material/types';
import type { OfferedClaim } from '../promises/offered';
import type { Fact, Language, Profile } from '../profile/types';
import type { Finding, RelatedPlace, Report, ReportPromise } from '../report/types';
import { phraseLanguage } from '../text/language';
import { hasNegator } from '../text/negation';
import { foldForCompare } from '../text/normalise';
import { compilePhrase, findPhrase, stemWords, type PhrasePattern } from '../text/stems';

/** One page's statement of a topic: the promise as its report holds it, and the page it stands on. */
interface Place {
  promise: ReportPromise;
  source: Source;
}

/** One statement of a topic, with every page that makes it in the same words (a footer makes it on all of them). */
export interface Statement {
  places: Place[];
  /** How many pages it speaks for: a template block repeated on most pages is one statement, not many agreeing pages. */
  weight: number;
}

/** A topic's statements and how to tell two of them apart. */
interface Topic {
  kind: PromiseKind;
  conflict: (a: ReportPromise, b: ReportPromise) => boolean;
  /** The fact the checklist holds for the topic, when it has one: it says which side is right. */
  isRight?: (promise: ReportPromise) => boolean;
  statements: Map<string, Statement>;
}

const T = {
  ru: {
    offered: 'Услуга на одних страницах предлагается, на других — нет',
    checklist: (headline: string, quote: string, other: string, otherQuote: string) => `${headline}: здесь «${quote}», а на странице «${other}» — «${otherQuote}», как в чек-листе.`,
    minority: (headline: string, quote: string, other: string, otherQuote: string, pages: number) => `${headline}: здесь «${quote}», а на других страницах сайта (${pages}), например «${other}», — «${otherQuote}».`,
    tie: (headline: string, quote: string, other: string, otherQuote: string) => `${headline}: здесь «${quote}», а на странице «${other}» — «${otherQuote}». Какое значение верное?`,
    fix: 'Исправьте на значение из чек-листа на всех страницах сайта',
    settle: 'Оставьте одно значение на всех страницах сайта и внесите его в чек-лист операций',
  },
  en: {
    offered: 'The service is offered on some pages and not on others',
    checklist: (headline: string, quote: string, other: string, otherQuote: string) => `${headline}: "${quote}" here, "${otherQuote}" on "${other}", as the checklist says.`,
    minority: (headline: string, quote: string, other: string, otherQuote: string, pages: number) => `${headline}: "${quote}" here, "${otherQuote}" on other pages of the site (${pages}), such as "${other}".`,
    tie: (headline: string, quote: string, other: string, otherQuote: string) => `${headline}: "${quote}" here, "${otherQuote}" on "${other}". Which one is true?`,
    fix: 'Change it to the checklist’s value on every page of the site',
    settle: 'Keep one value on every page of the site and add it to the operations checklist',
  },
};

const offeredClaim = (promise: ReportPromise) => promise.value as Partial<OfferedClaim>;
/** A service the page offers: its fact's phrase asserted; a denial ("Детей не принимаем") or a mention that sets it aside offers nothing. */
const offersIt = (promise: ReportPromise) => promise.kind === 'offered' && offeredClaim(promise).asserted === true;

/** What the pages are read with: the business's own names, and the phrases of the services the checklist names. */
interface Reading {
  profile: Profile;
  language: Language;
  ownNames: Set<string>;
  services: { fact: Fact; phrases: PhrasePattern[] }[];
}

function readingOf(profile: Profile, language: Language): Reading {
  const services = (profile.facts ?? []).flatMap((fact) => (fact.kind === 'offered' ? [{ fact, phrases: (fact.topics ?? [fact.label]).map((topic) => compilePhrase(topic, phraseLanguage(topic, language))) }] : []));
  return { profile, language, ownNames: ownNameStems(profile), services };
}

/**
 * The checklist's service a statement offers or denies: the fact its offer was found by, or the one
 * a denying sentence names ("Детей не принимаем" of "детей"), which the extractors leave as a term or an unjudged line.
 */
function serviceOf(promise: ReportPromise, reading: Reading): Fact | undefined {
  const named = offeredClaim(promise).factId;
  if (promise.kind === 'offered' && named) return reading.services.find((service) => service.fact.id === named)?.fact;
  if (!hasNegator(promise.quote, reading.language)) return undefined;
  const words = stemWords(promise.quote, reading.language);
  const naming = reading.services.filter((service) => service.phrases.some((phrase) => findPhrase(phrase, words).length > 0));
  return naming.length === 1 ? naming[0]!.fact : undefined;
}

/**
 * The topic a promise states and how its statements are compared: the checklist fact it was judged
 * against, else its kind and what it is about, as the consistency check within one material groups
 * them. A service is a topic only where a fact names it: a page's list of services says nothing of
 * what another page leaves out.
 */
function topicOf(promise: ReportPromise, reading: Reading): { key: string; topic: Omit<Topic, 'statements'> } | null {
  const comparer = KIND[promise.kind].comparer as Comparer<unknown> | undefined;
  if (!comparer) {
    const service = serviceOf(promise, reading);
    if (service?.kind !== 'offered') return null;
    return { key: `offered|${service.id}`, topic: { kind: 'offered', conflict: (a, b) => offersIt(a) !== offersIt(b), isRight: (p) => offersIt(p) === service.value } };
  }
  const conflict = (a: ReportPromise, b: ReportPromise) => comparer.conflict(a.value, b.value);
  if (promise.factId) return { key: `fact|${promise.factId}`, topic: { kind: promise.kind, conflict, isRight: (p) => p.status === 'kept' } };
  // Folded first: the stemmer reads «приём» and «приёма» as two words, «прием» and «приема» as one.
  const words = { topics: [foldForCompare(promise.about ?? promise.quote)], value: promise.value };
  const { language, ownNames } = reading;
  const subject = promise.kind === 'hours' && isAboutTheBusiness(words, language, ownNames) ? '' : subjectOf(words, language, ownNames);
  if (comparer.needsSubject && !subject) return null;
  return { key: `${promise.kind}|${subject}`, topic: { kind: promise.kind, conflict } };
}

/** Every topic the site's pages state, each with its statements; a page's own repeats are one statement. */
function topicsOf(reports: Report[], reading: Reading, pages: number): Map<string, Topic> {
  const topics = new Map<string, Topic>();
  for (const report of reports) {
    const sources = new Map(report.sources.map((source) => [source.id, source]));
    for (const promise of report.promises) {
      const source = sources.get(promise.source);
      const found = source ? topicOf(promise, reading) : null;
      if (!source || !found) continue;
      const topic: Topic = topics.get(found.key) ?? { ...found.topic, statements: new Map<string, Statement>() };
      topics.set(found.key, topic);
      const said = `${foldForCompare(promise.quote)}|${JSON.stringify(promise.value)}`;
      const statement: Statement = topic.statements.get(said) ?? { places: [], weight: 0 };
      topic.statements.set(said, statement);
      if (!statement.places.some((place) => place.source.location === source.location)) statement.places.push({ promise, source });
    }
  }
  for (const topic of topics.values()) for (const statement of topic.statements.values()) statement.weight = isTemplate(statement, pages) ? 1 : statement.places.length;
  return topics;
}

/** Most of a site's pages, and at least three: a statement on that many is a template block (a header, a footer). */
const isTemplate = (statement: Statement, pages: number) => statement.places.length >= 3 && statement.places.length * 2 > pages;

/** The statements that agree, in groups: a statement joins the first group none of whose statements it conflicts with. */
function agreeingGroups(topic: Topic): Statement[][] {
  const groups: Statement[][] = [];
  for (const statement of topic.statements.values()) {
    const said = statement.places[0]!.promise;
    const group = groups.find((members) => members.every((member) => !topic.conflict(member.places[0]!.promise, said)));
    if (group) group.push(statement);
    else groups.push([statement]);
  }
  return groups;
}

/**
 * The topics the site's pages state, as the consistency check groups them: each topic's kind,
 * whether it is about the business as a whole (its hours) rather than a subject (a service's
 * price), and its statements in groups that agree with each other — one group where the pages
 * agree. `engine/site/draft.ts` drafts a checklist from them.
 */
export function siteTopics(reports: Report[], profile: Profile, language: Language): { kind: PromiseKind; aboutTheBusiness: boolean; groups: Statement[][] }[] {
  const pages = new Set(reports.flatMap((report) => report.sources.filter((source) => !source.error).map((source) => source.location))).size;
  return [...topicsOf(reports, readingOf(profile, language), pages)].map(([key, topic]) => ({ kind: topic.kind, aboutTheBusiness: key === `${topic.kind}|`, groups: agreeingGroups(topic) }));
}

const weightOf = (group: Statement[]) => group.reduce((sum, statement) => sum + statement.weight, 0);
const titleOf = (source: Source) => source.title ?? source.location;
const related = (place: Place): RelatedPlace => ({ source: place.source.id, quote: place.promise.quote, location: place.promise.location ?? { block: 0, start: 0, end: 0 } });

type Verdict = 'checklist' | 'minority' | 'tie';

/** A finding for every place of a flagged statement, beside a place on another page of the side it disagrees with. */
function findingsFor(topic: Topic, flagged: Statement, other: Statement, verdict: Verdict, pages: number, language: Language, otherWeight = other.weight): Omit<Finding, 'id'>[] {
  const t = T[language];
  const headline = topic.kind === 'offered' ? t.offered : KIND[topic.kind].comparer!.differs[language];
  // A template block says one thing once, wherever it is repeated: one finding, its repeats its other places.
  const places = isTemplate(flagged, pages) ? flagged.places.slice(0, 1) : flagged.places;
  return places.flatMap((place) => {
    const { promise, source } = place;
    // The other side on this very page only: the page's own consistency check has the pair.
    const there = other.places.find((candidate) => candidate.source.location !== source.location);
    if (!there) return [];
    const [quote, otherQuote, otherTitle] = [promise.quote, there.promise.quote, titleOf(there.source)];
    const message =
      verdict === 'checklist'
        ? t.checklist(headline, quote, otherTitle, otherQuote)
        : verdict === 'tie'
          ? t.tie(headline, quote, otherTitle, otherQuote)
          : t.minority(headline, quote, otherTitle, otherQuote, otherWeight);
    const repeats = places.length < flagged.places.length ? flagged.places.slice(1).map(related) : [];
    const finding = {
      check: 'consistency' as const,
      severity: 'warning' as const,
      quote,
      source: source.id,
      ...(promise.location ? { location: promise.location } : {}),
      message,
      suggestion: verdict === 'checklist' ? t.fix : t.settle,
      ...(promise.factId ? { factId: promise.factId } : {}),
      promiseId: promise.id,
      related: [related(there), ...repeats],
    };
    return [{ ...finding, fingerprint: fingerprintAt(finding, `${source.location}|site`) }];
  });
}

/** Where the checklist settles a topic: each statement it does not hold, set beside one it does. */
function againstChecklist(topic: Topic, groups: Statement[][], isRight: (promise: ReportPromise) => boolean, pages: number, language: Language) {
  const statements = groups.flat();
  const right = statements.filter((statement) => isRight(statement.places[0]!.promise));
  return statements.flatMap((statement) => {
    const said = statement.places[0]!.promise;
    const agreeing = right.find((other) => topic.conflict(other.places[0]!.promise, said));
    return agreeing && !isRight(said) ? findingsFor(topic, statement, agreeing, 'checklist', pages, language) : [];
  });
}

/** Where nothing settles it: the groups fewer pages make are flagged; groups tied for the most each ask which is true. */
function byMajority(topic: Topic, groups: Statement[][], pages: number, language: Language) {
  const ranked = [...groups].sort((a, b) => weightOf(b) - weightOf(a));
  const top = weightOf(ranked[0]!);
  const tied = ranked.filter((group) => weightOf(group) === top);
  return ranked.flatMap((group) => {
    const isTied = tied.length > 1 && tied.includes(group);
    if (!isTied && group === ranked[0]) return [];
    const other = isTied ? tied.find((candidate) => candidate !== group)! : ranked[0]!;
    // The other side's statement most pages make: the one the message names.
    const [otherStatement] = [...other].sort((a, b) => b.weight - a.weight);
    return group.flatMap((statement) => findingsFor(topic, statement, otherStatement!, isTied ? 'tie' : 'minority', pages, language, weightOf(other)));
  });
}

/**
 * Where two pages of one site state one topic differently (hours, a price, a term, a discount, a
 * loyalty rule, a guarantee, a service offered here and denied there): `consistency` findings
 * naming both pages and quotes. The checklist's fact decides which page is wrong where it has one;
 * else the statement fewer pages make is, and a tie asks which is true. `reports`: the pages'
 * reports as the engine made them; `language`: the one the messages are written in.
 */
export function siteConsistency(reports: Report[], profile: Profile, language: Language): Finding[] {
  const pages = new Set(reports.flatMap((report) => report.sources.filter((source) => !source.error).map((source) => source.location))).size;
  const drafts: Omit<Finding, 'id'>[] = [];
  for (const topic of topicsOf(reports, readingOf(profile, language), pages).values()) {
    const groups = agreeingGroups(topic);
    // Two statements on one page and nowhere else: the page's own consistency check has them.
    const statedOn = new Set(groups.flat().flatMap((statement) => statement.places.map((place) => place.source.location)));
    if (groups.length < 2 || statedOn.size < 2) continue;
    drafts.push(...(topic.isRight ? againstChecklist(topic, groups, topic.isRight, pages, language) : byMajority(topic, groups, pages, language)));
  }
  return drafts.map((draft, i) => ({ id: `site${i + 1}`, ...draft }));
}
