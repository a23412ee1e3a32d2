/**
 * `sverka.benchmark/1` (#19): a competitor's promises set beside our checklist, topic by topic.
 * Their materials are only read for promises (no check runs, so nothing of theirs is a
 * contradiction or a wrong name); each promise is routed to our facts as the contradiction check
 * routes a page's, and compared like with like (engine/benchmark/ahead.ts). A promise routed to
 * no fact, or to several, is left out: silence rather than a wrong comparison.
 */
import { sentenceOf, FactRouter } from '../checks/fact-router';
import { isAboutTheBusiness, ownNameStems } from '../checks/subject';
import { extractPromises, profileLanguage } from '../engine';
import { KIND, type Fact, type FactKind } from '../kinds';
import type { HoursValue } from '../kinds/hours';
import type { Material } from '../material/types';
import { describeDuration, describeHours, weekHours } from '../profile/normalise';
import { PROFILE_FORMAT, type Language, type Profile } from '../profile/types';
import type { HoursClaim } from '../promises/hours';
import type { ExtractedPromise } from '../promises/types';
import { describePromise } from '../report/promise-line';
import { aheadOf, hoursAhead, statedWeek, type Ahead } from './ahead';

export const BENCHMARK_FORMAT = 'sverka.benchmark/1';

/** One competitor and what of it was read: a material that could not be read has its `error`. */
export interface BenchmarkCompetitor {
  id: string;
  name: string;
  sources: { location: string; error?: string }[];
}

/** What one competitor states on a topic, and who is ahead; a competitor that states nothing has only `ahead: "unknown"`. */
export interface TheirStatement {
  competitor: string;
  value?: unknown;
  text?: string;
  quote?: string;
  location?: string;
  ahead: Ahead;
}

/** One of our checklist's facts, with every competitor's statement of it. */
export interface BenchmarkTopic {
  topic: string;
  kind: FactKind;
  ours: { value: unknown; text: string };
  theirs: TheirStatement[];
}

export interface Benchmark {
  format: typeof BENCHMARK_FORMAT;
  ours: string;
  language: Language;
  createdAt: string;
  competitors: BenchmarkCompetitor[];
  topics: BenchmarkTopic[];
}

/** A competitor as it was read: its materials, and its name when the user gave one. */
export interface CompetitorMaterials {
  name?: string;
  materials: Material[];
}

/** The fact kinds whose promises have a better and a worse for the customer. */
const COMPARED: ReadonlySet<FactKind> = new Set(['hours', 'duration', 'price', 'free', 'discount', 'loyalty', 'guarantee', 'offered']);

/**
 * Kinds whose comparison needs the same thing on both sides (a price of one service, the wait for
 * one job): a fact with no topics would take any of them, so only a fact named by its topics is.
 */
const NEEDS_TOPIC: ReadonlySet<string> = new Set(['price', 'duration', 'discount', 'free']);

const OURS_WORDS = {
  ru: { paid: 'платно', offered: 'оказывается', notOffered: 'не оказывается' },
  en: { paid: 'paid', offered: 'offered', notOffered: 'not offered' },
};

/** Our fact's value in people's words, as its kind describes a promise of it; its label when the kind cannot. */
const describeFact = (fact: Fact, language: Language): string => describeValue(fact, language) ?? fact.label;

function describeValue(fact: Fact, language: Language): string | null {
  const words = OURS_WORDS[language];
  switch (fact.kind) {
    case 'hours':
      return describeHours(weekHours(fact.value), language);
    case 'price':
      return KIND.price.describe({ amount: fact.value.amount, currency: fact.value.currency, from: false, ...(fact.value.per ? { per: fact.value.per } : {}) }, language);
    case 'duration':
      return describeDuration(fact.value, language);
    case 'free':
      return fact.value === false ? words.paid : KIND.free.describe(fact.value, language);
    case 'discount':
      return KIND.discount.describe({ percent: fact.value.maxPercent, upTo: true }, language);
    case 'loyalty':
      return KIND.loyalty.describe(fact.value, language);
    case 'guarantee':
      return KIND.guarantee.describe(fact.value, language);
    case 'offered':
      return fact.value ? words.offered : words.notOffered;
    default:
      return fact.label;
  }
}

interface Stated {
  promise: ExtractedPromise;
  material: Material;
}

/** Each of our facts with the competitor's promises routed to it alone. */
function routed(facts: Fact[], competitor: CompetitorMaterials, name: string, ours: Profile, language: Language): Map<Fact, Stated[]> {
  const router = new FactRouter(facts, language);
  const read = competitor.materials.filter((m) => !m.source.error).map((material) => ({ material, promises: extractPromises(material, ours) }));
  // Their names are what their pages call themselves ("«Бобы»"), beside the name they are listed by.
  const called = read.flatMap(({ promises }) => promises.filter((promise) => promise.kind === 'name').map((promise) => promise.quote));
  const theirNames = ownNameStems({ format: PROFILE_FORMAT, name: [name, ...called].join(' ') });
  const byFact = new Map<Fact, Stated[]>();
  for (const { material, promises } of read) {
    for (const promise of promises) {
      const readings = router.readings(promise, material.language, sentenceOf(material, promise));
      if (readings.length !== 1) continue;
      const fact = readings[0]!;
      const general = (fact.topics ?? []).length === 0 && (promise.value as { factId?: string } | null)?.factId === undefined;
      if (general && NEEDS_TOPIC.has(promise.kind)) continue;
      // Their kitchen's or their helpline's hours are not the hours their doors are open.
      if (general && promise.kind === 'hours' && !isAboutTheBusiness(promise, material.language, theirNames)) continue;
      const routed = byFact.get(fact);
      if (routed) routed.push({ promise, material });
      else byFact.set(fact, [{ promise, material }]);
    }
  }
  return byFact;
}

/** Their week's statements as one: the schedule they add up to, each row in words, and its quotes. */
function hoursStatement(fact: Fact, stated: Stated[], id: string, language: Language): TheirStatement {
  const claims = stated.map((s) => s.promise.value as HoursClaim);
  const ahead = hoursAhead(fact, statedWeek(claims));
  if (ahead === null) return { competitor: id, ahead: 'unknown' };
  const value: HoursValue = Object.assign({}, ...claims.map((claim) => KIND.hours.draft?.(claim)?.value ?? {}));
  return {
    competitor: id,
    value,
    text: [...new Set(stated.map((s) => describePromise(s.promise, language)))].join('; '),
    quote: [...new Set(stated.map((s) => s.promise.quote))].join(' … '),
    location: stated[0]!.material.source.location,
    ahead,
  };
}

/**
 * One statement of the topic, when all the comparable ones say the same of who is ahead; a
 * competitor that states it both ways (two prices of one service) is not guessed at.
 */
function statementOf(fact: Fact, stated: Stated[], id: string, language: Language): TheirStatement {
  if (fact.kind === 'hours') return hoursStatement(fact, stated, id, language);
  const compared = stated.flatMap((s) => {
    const ahead = aheadOf(fact, s.promise);
    return ahead === null ? [] : [{ ...s, ahead }];
  });
  const first = compared[0];
  if (!first || compared.some((c) => c.ahead !== first.ahead)) return { competitor: id, ahead: 'unknown' };
  // A service they offer reads as ours does: "оказывается", not its phrase again.
  const text = first.promise.kind === 'offered' ? OURS_WORDS[language].offered : describePromise(first.promise, language);
  return { competitor: id, value: first.promise.value, text, quote: first.promise.quote, location: first.material.source.location, ahead: first.ahead };
}

/** The competitor's name: as given, else its first page's title, else where it was read from. */
function nameOf(competitor: CompetitorMaterials, index: number): string {
  const sources = competitor.materials.map((material) => material.source);
  return competitor.name ?? sources.find((source) => !source.error && source.title)?.title ?? sources[0]?.location ?? `#${index + 1}`;
}

/**
 * Our profile's facts beside each competitor's promises: every fact of a kind with a better and a
 * worse side is a topic, each competitor's statement of it with who is ahead ("unknown" where the
 * competitor states nothing comparable).
 */
export function benchmark(ours: Profile, competitors: CompetitorMaterials[], options: { createdAt?: Date } = {}): Benchmark {
  // Written in our profile's language, as a report under it is.
  const language = profileLanguage(
    ours,
    competitors.flatMap((competitor) => competitor.materials.filter((m) => !m.source.error)),
  );
  const facts = (ours.facts ?? []).filter((fact) => COMPARED.has(fact.kind));
  const read = competitors.map((competitor, index) => {
    const id = `c${index + 1}`;
    const name = nameOf(competitor, index);
    return { id, name, competitor, byFact: routed(facts, competitor, name, ours, language) };
  });
  return {
    format: BENCHMARK_FORMAT,
    ours: ours.name,
    language,
    createdAt: (options.createdAt ?? new Date()).toISOString(),
    competitors: read.map(({ id, name, competitor }) => ({
      id,
      name,
      sources: competitor.materials.map(({ source }) => ({ location: source.location, ...(source.error ? { error: source.error } : {}) })),
    })),
    topics: facts.map((fact) => ({
      topic: fact.label,
      kind: fact.kind,
      ours: { value: fact.value, text: describeFact(fact, language) },
      theirs: read.map(({ id, byFact }) => {
        const stated = byFact.get(fact);
        return stated ? statementOf(fact, stated, id, language) : { competitor: id, ahead: 'unknown' as const };
      }),
    })),
  };
}
