import { MaterialError } from '../material/errors';
import { describeProblem } from '../material/problem-words';
import { showControls } from '../report/escape';
import { decodeBytes } from '../text/decode';
import { FACT_KINDS, isFactKind, KIND } from '../kinds';
import { isNumber, isObject, type Json } from '../kinds/schema';
import { matchPatternProblem, readPatternKey } from './match-pattern';
import { NAME_KINDS, PROFILE_FORMAT, PROFILE_ROLES, type Profile, type ProfileRole } from './types';

export interface ProfileProblem {
  /** JSON path of the offending value: `facts[3].value.mon-fri`. */
  path: string;
  message: string;
}

/** `warnings`: the profile was read, but something about its file should be fixed (a guessed encoding). */
export type ProfileParseResult = { ok: true; profile: Profile; warnings?: string[] } | { ok: false; problems: ProfileProblem[] };

/**
 * How large a profile may be. A checklist of a real business has tens or hundreds of facts; these
 * are far above that and keep a check of a small page fast and an import from hanging on a wrong
 * file (a 50 MB export, a catalogue of 100,000 products).
 */
export const PROFILE_LIMITS = {
  /** Bytes of the profile's file (or characters of its JSON text). */
  maxBytes: 10 * 1024 * 1024,
  /** Facts of one kind (prices, durations, …). */
  maxFactsPerKind: 5_000,
  /** Entries of each of names, wrongNames and glossary.forbidden. */
  maxNames: 5_000,
  /** Words of glossary.words. */
  maxGlossaryWords: 50_000,
  /** Entries of ignored. */
  maxIgnored: 50_000,
} as const;

/** Problems listed before the rest are only counted: a broken 100,000-line file needs its first problems, not all. */
const MAX_PROBLEMS_LISTED = 200;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

class Problems {
  private readonly listed: ProfileProblem[] = [];
  private unlisted = 0;
  /** Paths and messages quote the file's own keys and ids: control and bidi characters in them are shown, not passed on. */
  add(path: string, message: string): void {
    if (this.listed.length < MAX_PROBLEMS_LISTED) this.listed.push({ path: showControls(path), message: showControls(message) });
    else this.unlisted++;
  }
  get list(): ProfileProblem[] {
    return this.unlisted === 0 ? this.listed : [...this.listed, { path: '(file)', message: `${this.unlisted} more problems not listed` }];
  }
}

const tooLarge = (size: number): ProfileProblem => ({
  path: '(file)',
  message: `too large (${megabytes(size)}): a profile may have at most ${megabytes(PROFILE_LIMITS.maxBytes)}`,
});

/**
 * Reads a profile file's bytes: refused above PROFILE_LIMITS.maxBytes before anything is decoded,
 * decoded by its BOM or a guess (UTF-16, Windows-1251, Latin-1 — a guess comes back as a warning
 * to pass on), then parsed and validated.
 */
export function parseProfileBytes(bytes: Uint8Array): ProfileParseResult {
  const decoded = decodeProfileBytes(bytes);
  if (!decoded.ok) return decoded;
  const result = parseProfileJson(decoded.text);
  return result.ok && decoded.warnings ? { ...result, warnings: decoded.warnings } : result;
}

/** A profile file's text, refused above PROFILE_LIMITS.maxBytes before anything is decoded; a guessed encoding comes back as a warning. */
export function decodeProfileBytes(bytes: Uint8Array): { ok: true; text: string; warnings?: string[] } | { ok: false; problems: ProfileProblem[] } {
  if (bytes.length > PROFILE_LIMITS.maxBytes) return { ok: false, problems: [tooLarge(bytes.length)] };
  try {
    const { text, warning } = decodeBytes(bytes);
    return { ok: true, text, ...(warning ? { warnings: [describeProblem(warning, 'en')] } : {}) };
  } catch (error) {
    if (!(error instanceof MaterialError)) throw error;
    return { ok: false, problems: [{ path: '(file)', message: 'not text: expected JSON in UTF-8 (or UTF-16, Windows-1251, Windows-1252)' }] };
  }
}

/** The problem of a file too large to be a profile, told before it is read. */
export const profileTooLarge = (size: number): ProfileProblem | null => (size > PROFILE_LIMITS.maxBytes ? tooLarge(size) : null);

/** Parses and validates a profile's JSON text; every problem is listed, not only the first. */
export function parseProfileJson(text: string): ProfileParseResult {
  // A character is at least a byte: text longer than the limit is a file larger than it.
  if (text.length > PROFILE_LIMITS.maxBytes) return { ok: false, problems: [tooLarge(text.length)] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: showControls(`not valid JSON: ${(error as Error).message}`) }] };
  }
  return validateProfile(value);
}

/**
 * `ruleIds`: the rules `ignoreRules` may name. The rules live with the checks, which the caller
 * loads only when a profile names any (`validate` and the options page start without the engine).
 */
export function validateProfile(value: unknown, ruleIds?: readonly string[]): ProfileParseResult {
  const problems = new Problems();
  if (!isObject(value)) {
    problems.add('(root)', 'expected a JSON object');
    return { ok: false, problems: problems.list };
  }
  if (value.format !== PROFILE_FORMAT) problems.add('format', `expected "${PROFILE_FORMAT}"`);
  if (typeof value.name !== 'string' || value.name.trim() === '') problems.add('name', 'expected a non-empty string');
  checkStringList(value, 'languages', problems, (item) => item === 'ru' || item === 'en', 'expected "ru" or "en"');
  if (value.role !== undefined && !PROFILE_ROLES.includes(value.role as ProfileRole)) problems.add('role', `expected ${PROFILE_ROLES.map((role) => `"${role}"`).join(' or ')} (default "ours")`);
  checkSites(value.sites, problems);
  const factIds = checkFacts(value.facts, problems);
  checkConcept(value.concept, factIds, problems);
  checkNames(value, problems);
  checkGlossary(value.glossary, problems);
  checkIgnoreRules(value.ignoreRules, ruleIds, problems);
  checkIgnored(value.ignored, problems);
  checkConflicts(value.conflicts, problems);
  checkLocations(value.locations, value.facts, problems);
  return problems.list.length === 0 ? { ok: true, profile: value as unknown as Profile } : { ok: false, problems: problems.list };
}

function checkStringList(parent: Json, key: string, problems: Problems, valid: (item: string) => boolean, expected: string, path = key): void {
  const list = parent[key];
  if (list === undefined) return;
  if (!Array.isArray(list)) return problems.add(path, 'expected an array');
  list.forEach((item, i) => {
    if (typeof item !== 'string' || !valid(item)) problems.add(`${path}[${i}]`, expected);
  });
}

/** Each site pattern with what is wrong with it, as the matcher reads it: none is kept that would never match. */
function checkSites(sites: unknown, problems: Problems, path = 'sites'): void {
  if (sites === undefined) return;
  if (!Array.isArray(sites)) return problems.add(path, 'expected an array');
  sites.forEach((site, i) => {
    const problem = typeof site === 'string' ? matchPatternProblem(site) : 'expected a URL match pattern like "https://example.com/*"';
    if (problem) problems.add(`${path}[${i}]`, problem);
  });
}

function checkFacts(facts: unknown, problems: Problems): Set<string> {
  const ids = new Set<string>();
  if (facts === undefined) return ids;
  if (!Array.isArray(facts)) {
    problems.add('facts', 'expected an array');
    return ids;
  }
  checkFactsPerKind(facts, problems);
  facts.forEach((fact, i) => {
    const path = `facts[${i}]`;
    if (!isObject(fact)) return problems.add(path, 'expected an object');
    checkId(fact, path, ids, problems);
    if (typeof fact.label !== 'string' || fact.label.trim() === '') problems.add(`${path}.label`, 'expected a non-empty string');
    checkStringList(fact, 'topics', problems, (t) => t.trim() !== '', 'expected a non-empty string', `${path}.topics`);
    if (fact.owner !== undefined && typeof fact.owner !== 'string') problems.add(`${path}.owner`, 'expected a string');
    if (fact.verified !== undefined && !isIsoDate(fact.verified)) problems.add(`${path}.verified`, 'expected an ISO date like "2026-11-22"');
    checkEvidence(fact.evidence, `${path}.evidence`, problems);
    if (!isFactKind(fact.kind)) return problems.add(`${path}.kind`, `expected one of ${FACT_KINDS.join(', ')}`);
    KIND[fact.kind].fact.validate(fact, path, problems);
  });
  return ids;
}

function checkFactsPerKind(facts: unknown[], problems: Problems): void {
  const counts = new Map<string, number>();
  for (const fact of facts) if (isObject(fact) && typeof fact.kind === 'string') counts.set(fact.kind, (counts.get(fact.kind) ?? 0) + 1);
  for (const [kind, count] of counts) {
    if (count > PROFILE_LIMITS.maxFactsPerKind) {
      problems.add('facts', `${count} facts of kind "${kind}": at most ${PROFILE_LIMITS.maxFactsPerKind} of one kind (keep the checklist to what the materials promise)`);
    }
  }
}

/** A list longer than its cap: one problem naming the field and the cap. */
function checkLength(list: unknown, path: string, cap: number, problems: Problems): void {
  if (Array.isArray(list) && list.length > cap) problems.add(path, `${list.length} entries: at most ${cap}`);
}

function checkId(item: Json, path: string, ids: Set<string>, problems: Problems): void {
  if (typeof item.id !== 'string' || item.id.trim() === '') return problems.add(`${path}.id`, 'expected a non-empty string');
  if (ids.has(item.id)) problems.add(`${path}.id`, `duplicate id "${item.id}": ids must be unique`);
  ids.add(item.id);
}

function isIsoDate(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
}

function checkConcept(concept: unknown, factIds: Set<string>, problems: Problems): void {
  if (concept === undefined) return;
  if (!isObject(concept)) return problems.add('concept', 'expected an object');
  for (const key of ['statement', 'what', 'how', 'forWhom', 'why']) {
    if (concept[key] !== undefined && typeof concept[key] !== 'string') problems.add(`concept.${key}`, 'expected a string');
  }
  if (concept.pillars !== undefined && !Array.isArray(concept.pillars)) problems.add('concept.pillars', 'expected an array');
  const pillarIds = new Set<string>();
  (Array.isArray(concept.pillars) ? concept.pillars : []).forEach((pillar: unknown, i: number) => {
    const path = `concept.pillars[${i}]`;
    if (!isObject(pillar)) return problems.add(path, 'expected an object');
    checkId(pillar, path, pillarIds, problems);
    if (typeof pillar.label !== 'string' || pillar.label.trim() === '') problems.add(`${path}.label`, 'expected a non-empty string');
    if (!Array.isArray(pillar.keywords)) problems.add(`${path}.keywords`, 'expected an array of words or phrases');
    checkStringList(pillar, 'keywords', problems, (k) => k.trim() !== '', 'expected a non-empty string', `${path}.keywords`);
    checkStringList(pillar, 'antiKeywords', problems, (k) => k.trim() !== '', 'expected a non-empty string', `${path}.antiKeywords`);
    checkTargets(pillar.targets, `${path}.targets`, factIds, problems);
  });
  const expectations = concept.expectations;
  if (expectations === undefined) return;
  if (!isObject(expectations)) return problems.add('concept.expectations', 'expected { "customers", "staff" }');
  for (const who of ['customers', 'staff']) {
    checkStringList(expectations, who, problems, () => true, 'expected a string', `concept.expectations.${who}`);
  }
}

function checkTargets(targets: unknown, path: string, factIds: Set<string>, problems: Problems): void {
  if (targets === undefined) return;
  if (!Array.isArray(targets)) return problems.add(path, 'expected an array');
  targets.forEach((target, i) => {
    if (!isObject(target)) return problems.add(`${path}[${i}]`, 'expected { "fact", "max" or "min" }');
    if (typeof target.fact !== 'string' || !factIds.has(target.fact)) {
      problems.add(`${path}[${i}].fact`, `expected the id of a fact in "facts"${typeof target.fact === 'string' ? `; there is no fact "${target.fact}"` : ''}`);
    }
    for (const bound of ['max', 'min']) {
      if (target[bound] !== undefined && !isNumber(target[bound])) problems.add(`${path}[${i}].${bound}`, 'expected a number');
    }
    if (target.max === undefined && target.min === undefined) problems.add(`${path}[${i}]`, 'expected a bound: "max" or "min"');
  });
}

function checkNames(profile: Json, problems: Problems): void {
  const ids = new Set<string>();
  checkLength(profile.names, 'names', PROFILE_LIMITS.maxNames, problems);
  checkLength(profile.wrongNames, 'wrongNames', PROFILE_LIMITS.maxNames, problems);
  checkNameList(profile.names, 'names', ids, problems);
  if (profile.wrongNames !== undefined && !Array.isArray(profile.wrongNames)) problems.add('wrongNames', 'expected an array');
  (Array.isArray(profile.wrongNames) ? profile.wrongNames : []).forEach((wrong: unknown, i: number) => {
    const path = `wrongNames[${i}]`;
    if (!isObject(wrong)) return problems.add(path, 'expected an object');
    checkNameKind(wrong, path, problems);
    if (typeof wrong.text !== 'string' || wrong.text.trim() === '') problems.add(`${path}.text`, 'expected a non-empty string');
  });
}

/** Canonical names at `path`: each with a unique id, a kind and its canonical form. */
function checkNameList(names: unknown, path: string, ids: Set<string>, problems: Problems): void {
  if (names === undefined) return;
  if (!Array.isArray(names)) return problems.add(path, 'expected an array');
  names.forEach((name: unknown, i: number) => {
    const at = `${path}[${i}]`;
    if (!isObject(name)) return problems.add(at, 'expected an object');
    checkId(name, at, ids, problems);
    checkNameKind(name, at, problems);
    if (typeof name.canonical !== 'string' || name.canonical.trim() === '') problems.add(`${at}.canonical`, 'expected a non-empty string');
    checkStringList(name, 'variants', problems, (v) => v.trim() !== '', 'expected a non-empty string', `${at}.variants`);
    checkEvidence(name.evidence, `${at}.evidence`, problems);
  });
}

function checkNameKind(name: Json, path: string, problems: Problems): void {
  if (typeof name.kind !== 'string' || !(NAME_KINDS as readonly string[]).includes(name.kind)) {
    problems.add(`${path}.kind`, `expected one of ${NAME_KINDS.join(', ')}`);
  }
}

function checkGlossary(glossary: unknown, problems: Problems): void {
  if (glossary === undefined) return;
  if (!isObject(glossary)) return problems.add('glossary', 'expected { "words", "forbidden" }');
  checkStringList(glossary, 'words', problems, (w) => w.trim() !== '', 'expected a non-empty string', 'glossary.words');
  checkLength(glossary.words, 'glossary.words', PROFILE_LIMITS.maxGlossaryWords, problems);
  checkLength(glossary.forbidden, 'glossary.forbidden', PROFILE_LIMITS.maxNames, problems);
  if (glossary.forbidden === undefined) return;
  if (!Array.isArray(glossary.forbidden)) return problems.add('glossary.forbidden', 'expected an array');
  glossary.forbidden.forEach((entry: unknown, i: number) => {
    const path = `glossary.forbidden[${i}]`;
    if (!isObject(entry) || typeof entry.phrase !== 'string' || entry.phrase.trim() === '') return problems.add(`${path}.phrase`, 'expected a non-empty string');
    if (typeof entry.use !== 'string') problems.add(`${path}.use`, 'expected a string: the word to use instead');
  });
}

/** Holds a valid profile's `ignoreRules` against the checks' rules, loading the checks only for a profile that names any. */
export async function withKnownRules(result: ProfileParseResult): Promise<ProfileParseResult> {
  if (!result.ok || !result.profile.ignoreRules?.length) return result;
  const { RULES } = await import('../checks/index');
  // The rest of the profile is valid already: only the rule ids wait for the checks' list.
  const problems = new Problems();
  checkIgnoreRules(
    result.profile.ignoreRules,
    RULES.map((rule) => rule.id),
    problems,
  );
  return problems.list.length === 0 ? result : { ok: false, problems: problems.list };
}

function checkIgnoreRules(list: unknown, ruleIds: readonly string[] | undefined, problems: Problems): void {
  if (list === undefined) return;
  if (!Array.isArray(list) || list.some((id) => typeof id !== 'string')) return problems.add('ignoreRules', 'expected an array of rule ids like "typography/quotes"');
  const unknown = ruleIds ? list.filter((id: string) => !ruleIds.includes(id)) : [];
  if (unknown.length > 0) problems.add('ignoreRules', `unknown rule ${unknown.map((id) => `"${id}"`).join(', ')}; expected any of: ${ruleIds!.join(', ')}`);
}

function checkIgnored(list: unknown, problems: Problems): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) return problems.add('ignored', 'expected an array of { "site", "fingerprint" }');
  checkLength(list, 'ignored', PROFILE_LIMITS.maxIgnored, problems);
  list.forEach((entry: unknown, i: number) => {
    const path = `ignored[${i}]`;
    if (!isObject(entry)) return problems.add(path, 'expected { "site", "fingerprint", "quote"?, "check"? }');
    for (const key of ['site', 'fingerprint'] as const) if (typeof entry[key] !== 'string' || entry[key].trim() === '') problems.add(`${path}.${key}`, 'expected a non-empty string');
    for (const key of ['quote', 'check'] as const) if (entry[key] !== undefined && typeof entry[key] !== 'string') problems.add(`${path}.${key}`, 'expected a string');
  });
}

/** Where a drafted fact or name was seen: each place a page's or file's location and its words there. */
function checkEvidence(evidence: unknown, path: string, problems: Problems): void {
  if (evidence === undefined) return;
  if (!Array.isArray(evidence)) return problems.add(path, 'expected an array of { "location", "quote" }');
  evidence.forEach((place: unknown, i: number) => {
    if (!isObject(place)) return problems.add(`${path}[${i}]`, 'expected { "location", "quote" }');
    for (const key of ['location', 'quote'] as const) if (typeof place[key] !== 'string' || place[key].trim() === '') problems.add(`${path}[${i}].${key}`, 'expected a non-empty string');
  });
}

/** The kinds a draft can leave a conflict of: those whose facts are read off a promise's value. */
const CONFLICT_KINDS = FACT_KINDS.filter((kind) => KIND[kind].draft !== undefined);

/** A draft's open questions: each a topic, a kind that drafts facts, and two or more variants, each a value its fact could hold and where it is said. */
function checkConflicts(conflicts: unknown, problems: Problems): void {
  if (conflicts === undefined) return;
  if (!Array.isArray(conflicts)) return problems.add('conflicts', 'expected an array of { "topic", "kind", "variants" }');
  checkLength(conflicts, 'conflicts', PROFILE_LIMITS.maxNames, problems);
  conflicts.forEach((conflict: unknown, i: number) => {
    const path = `conflicts[${i}]`;
    if (!isObject(conflict)) return problems.add(path, 'expected { "topic", "kind", "variants" }');
    if (typeof conflict.topic !== 'string' || conflict.topic.trim() === '') problems.add(`${path}.topic`, 'expected a non-empty string');
    const kind = isFactKind(conflict.kind) && CONFLICT_KINDS.includes(conflict.kind) ? conflict.kind : undefined;
    if (!kind) problems.add(`${path}.kind`, `expected one of ${CONFLICT_KINDS.join(', ')}`);
    const variants = conflict.variants;
    if (!Array.isArray(variants) || variants.length < 2) return problems.add(`${path}.variants`, 'expected an array of two or more { "value", "evidence" }: a conflict is a choice');
    variants.forEach((variant: unknown, j: number) => {
      const at = `${path}.variants[${j}]`;
      if (!isObject(variant)) return problems.add(at, 'expected { "value", "evidence" }');
      // The value is checked as the settled fact's would be: choosing it must leave a valid fact.
      if (kind) KIND[kind].fact.validate({ value: variant.value }, at, problems);
      if (variant.evidence === undefined) problems.add(`${at}.evidence`, 'expected an array of { "location", "quote" }');
      checkEvidence(variant.evidence, `${at}.evidence`, problems);
    });
  });
}

/**
 * Centres, branches, dealers: each a unique id, a name, its own names and sites, and overrides of
 * the brand's facts by id. A site pattern two locations claim could bind a page to either, so it is refused.
 */
function checkLocations(locations: unknown, facts: unknown, problems: Problems): void {
  if (locations === undefined) return;
  if (!Array.isArray(locations)) return problems.add('locations', 'expected an array of { "id", "name", "names", "sites", "facts" }');
  checkLength(locations, 'locations', PROFILE_LIMITS.maxNames, problems);
  const brandFacts = new Map((Array.isArray(facts) ? facts : []).filter(isObject).map((fact) => [fact.id, fact]));
  const ids = new Set<string>();
  const claimed = new Map<string, string>();
  locations.forEach((location: unknown, i: number) => {
    const path = `locations[${i}]`;
    if (!isObject(location)) return problems.add(path, 'expected { "id", "name", "names", "sites", "facts" }');
    checkId(location, path, ids, problems);
    if (typeof location.name !== 'string' || location.name.trim() === '') problems.add(`${path}.name`, 'expected a non-empty string');
    checkNameList(location.names, `${path}.names`, new Set(), problems);
    checkSites(location.sites, problems, `${path}.sites`);
    (Array.isArray(location.sites) ? location.sites : []).forEach((site: unknown, j: number) => {
      const key = typeof site === 'string' ? readPatternKey(site) : null;
      if (key === null) return;
      const owner = claimed.get(key);
      if (owner !== undefined) problems.add(`${path}.sites[${j}]`, `the site "${site}" is claimed by ${owner} too: a page must belong to one location`);
      else claimed.set(key, path);
    });
    checkOverrides(location.facts, `${path}.facts`, brandFacts, problems);
  });
}

/** A location's own values of the brand's facts: each names a fact the profile has and, put over it, leaves a valid fact. */
function checkOverrides(overrides: unknown, path: string, brandFacts: Map<unknown, Json>, problems: Problems): void {
  if (overrides === undefined) return;
  if (!Array.isArray(overrides)) return problems.add(path, 'expected an array of { "id", "value" }');
  const ids = new Set<string>();
  overrides.forEach((override: unknown, i: number) => {
    const at = `${path}[${i}]`;
    if (!isObject(override)) return problems.add(at, 'expected { "id", "value" }');
    checkId(override, at, ids, problems);
    if (typeof override.id !== 'string') return;
    const fact = brandFacts.get(override.id);
    if (!fact) return problems.add(`${at}.id`, `the profile has no fact "${override.id}": a location may only give its own value of one of "facts"`);
    if ('kind' in override && override.kind !== fact.kind) problems.add(`${at}.kind`, `a location keeps the fact's kind "${String(fact.kind)}"`);
    if (isFactKind(fact.kind)) KIND[fact.kind].fact.validate({ ...fact, ...override, kind: fact.kind }, at, problems);
  });
}

/** One line per problem, as the command line and the options page show them. */
export function formatProblems(problems: ProfileProblem[], file?: string): string[] {
  return problems.map((problem) => `${file ? `${file}: ` : ''}${problem.path}: ${problem.message}`);
}
