import { CHECKS } from './checks';
import type { Check, CheckContext, CheckedMaterial, DraftFinding, PromiseVerdict } from './checks/types';
import type { Material } from './material/types';
import { bindLocation, profileFor } from './profile/locations';
import type { Language, Profile } from './profile/types';
import { EXTRACTORS } from './promises';
import { isSomeoneElses } from './promises/others';
import type { ExtractedPromise, Extractor } from './promises/types';
import type { CheckId, Finding, Report, ReportPromise, Severity } from './report/types';
import { REPORT_FORMAT } from './report/types';
import type { SpellChecker } from './spelling/types';
import { hash32 } from './text/hash';
import { foldForCompare } from './text/normalise';
import { forgetTextsOfOlderChecks, sentences } from './text/segment';

export interface EngineOptions {
  userWords?: string[];
  spellChecker?: SpellChecker;
  createdAt?: Date;
  /** Run only these checks. */
  only?: CheckId[];
  /** Replace the registries (tests). */
  checks?: Check[];
  extractors?: Extractor[];
  /** The id of the profile's location to check against, as the user chose it; else the materials' sites or contacts say. */
  location?: string;
}

/** A competitor's page is benchmarked, not held to our checklist or our names (#19). */
const NOT_FOR_COMPETITORS: ReadonlySet<string> = new Set(['contradiction', 'wrong-name']);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every promise of one material, in reading order. */
export function extractPromises(material: Material, profile?: Profile, extractors: Extractor[] = EXTRACTORS): ExtractedPromise[] {
  const context = {
    material,
    profile,
    language: material.language,
    sentences: material.blocks.flatMap((block) => sentences(block.text, material.language).map((range) => ({ block: block.index, ...range }))),
  };
  return extractors
    .flatMap((extractor) => extractor.extract(context))
    .filter((promise) => !isSomeoneElses(promise, material))
    .sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start);
}

export function profileLanguage(profile: Profile, materials: Material[]): Language {
  return profile.languages?.[0] ?? materials[0]?.language ?? 'ru';
}

/** Reads every material against the profile: the whole report, as the contract describes it. */
export async function checkMaterials(materials: Material[], brandProfile: Profile, options: EngineOptions = {}): Promise<Report> {
  forgetTextsOfOlderChecks();
  const readable = materials.filter((material) => !material.source.error);
  const binding = bindLocation(brandProfile, readable, options.location);
  const profile = binding ? profileFor(brandProfile, binding.location.id) : brandProfile;
  const checked: CheckedMaterial[] = readable.map((material) => ({
    material,
    promises: extractPromises(material, profile, options.extractors),
  }));
  const language = profileLanguage(profile, readable);
  const context: CheckContext = {
    profile,
    language,
    materials: checked,
    ...(binding ? { location: binding.location } : {}),
    userWords: options.userWords,
    spellChecker: options.spellChecker,
  };
  const checks: readonly Check[] = (options.checks ?? CHECKS).filter((check) => (!options.only || options.only.includes(check.id as CheckId)) && !(profile.role === 'competitor' && NOT_FOR_COMPETITORS.has(check.id)));
  const ignoredRules = new Set(profile.ignoreRules ?? []);
  const drafts: DraftFinding[] = [];
  const verdicts: PromiseVerdict[] = [];
  for (const check of checks) {
    const result = await check.run(context);
    // One by one: spreading hundreds of thousands of findings as arguments overflows the stack.
    for (const finding of result.findings) if (!finding.rule || !ignoredRules.has(finding.rule)) drafts.push(finding);
    for (const verdict of result.verdicts ?? []) verdicts.push(verdict);
  }
  const promiseIds = numberPromises(checked);
  const findings = toFindings(drafts, promiseIds, checks);
  return {
    format: REPORT_FORMAT,
    profile: profile.name,
    language,
    createdAt: (options.createdAt ?? new Date()).toISOString(),
    ...(binding ? { location: { id: binding.location.id, name: binding.location.name, by: binding.by } } : {}),
    sources: materials.map((material) => material.source),
    promises: inventory(checked, verdicts, promiseIds),
    findings,
    summary: summarise(findings),
  };
}

function numberPromises(checked: CheckedMaterial[]): Map<ExtractedPromise, string> {
  const ids = new Map<ExtractedPromise, string>();
  for (const { promises } of checked) for (const promise of promises) ids.set(promise, `p${ids.size + 1}`);
  return ids;
}

/** Broken beats kept beats unknown: one broken verdict is enough to mark a promise. */
function inventory(checked: CheckedMaterial[], verdicts: PromiseVerdict[], ids: Map<ExtractedPromise, string>): ReportPromise[] {
  const byPromise = new Map<ExtractedPromise, PromiseVerdict[]>();
  for (const verdict of verdicts) byPromise.set(verdict.promise, [...(byPromise.get(verdict.promise) ?? []), verdict]);
  const rows: ReportPromise[] = [];
  for (const { material, promises } of checked) {
    for (const promise of promises) {
      const judged = byPromise.get(promise) ?? [];
      const decisive = judged.find((v) => v.status === 'broken') ?? judged.find((v) => v.status === 'kept');
      const block = material.blocks[promise.span.block];
      const page = block?.page;
      const about = block?.cell?.rowLabel;
      rows.push({
        id: ids.get(promise)!,
        kind: promise.kind,
        quote: promise.quote,
        source: material.source.id,
        location: page === undefined ? { ...promise.span } : { ...promise.span, page },
        value: promise.value,
        status: decisive?.status ?? 'unknown',
        ...(decisive?.factId ? { factId: decisive.factId } : {}),
        ...(about ? { about } : {}),
      });
    }
  }
  return rows;
}

const idsOf = (checks: readonly Check[], trait: (check: Check) => boolean | undefined) => new Set(checks.filter(trait).map((check) => check.id));

function toFindings(drafts: DraftFinding[], promiseIds: Map<ExtractedPromise, string>, checks: readonly Check[]): Finding[] {
  const ofWords = idsOf(checks, (check) => check.ofWords);
  const saidOncePerMaterial = idsOf(checks, (check) => check.saidOncePerMaterial);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const byRepeat = new Map<string, Finding>();
  const languageRanges = new Map<string, CheckId>();
  const contradicted = new Set<string>();
  const nameSpans = new Map<string, { start: number; end: number }[]>();
  for (const draft of sortDrafts(drafts)) {
    const { material, promise, sameFault, ...rest } = draft;
    const fingerprint = fingerprintOf(draft);
    const occurrence = `${fingerprint}@${draft.location?.block ?? ''}:${draft.location?.start ?? ''}`;
    if (seen.has(occurrence)) continue;
    seen.add(occurrence);
    const page = material && draft.location ? material.blocks[draft.location.block]?.page : undefined;
    const location = draft.location && page !== undefined ? { ...draft.location, page } : draft.location;
    const saidOnce = material && location && (sameFault !== undefined || saidOncePerMaterial.has(draft.check));
    const repeatKey = saidOnce ? `${material.source.id}\u0000${sameFault ?? `${fingerprint}\u0000${draft.suggestion ?? ''}`}` : null;
    // Two language checks on the very same words ("Girls's": a typo and a wrong possessive) say one thing twice.
    const rangeKey = ofWords.has(draft.check) && material && location ? `${material.source.id}:${location.block}:${location.start}:${location.end}` : null;
    if (rangeKey && languageRanges.has(rangeKey) && languageRanges.get(rangeKey) !== draft.check) continue;
    if (rangeKey) languageRanges.set(rangeKey, draft.check);
    // "Фабрика кованных изделий" for the profile's "кованых": the name's card already says how to write its words.
    if (material && location) {
      const blockKey = `${material.source.id}:${location.block}`;
      const names = nameSpans.get(blockKey) ?? [];
      if (draft.check === 'wrong-name') nameSpans.set(blockKey, (names.push(location), names));
      if (rangeKey && names.some((name) => name.start <= location.start && location.end <= name.end)) continue;
    }
    // A contradiction already sets these words beside the checklist: that the page says it otherwise elsewhere adds no card.
    const spotKey = material && location ? `${material.source.id}:${location.block}:${location.start}:${location.end}` : null;
    if (spotKey && draft.check === 'consistency' && contradicted.has(spotKey)) continue;
    if (spotKey && draft.check === 'contradiction') contradicted.add(spotKey);
    const first = repeatKey ? byRepeat.get(repeatKey) : undefined;
    if (first && material && location) {
      // Pushed, not copied: a fault repeated 20,000 times on a page must not cost 20,000² copies.
      (first.related ??= []).push(...(draft.related ?? []), { source: material.source.id, quote: draft.quote, location });
      continue;
    }
    findings.push({
      id: `f${findings.length + 1}`,
      ...rest,
      ...(material ? { source: material.source.id } : {}),
      ...(draft.location && page !== undefined ? { location: { ...draft.location, page } } : {}),
      ...(promise && promiseIds.has(promise) ? { promiseId: promiseIds.get(promise) } : {}),
      fingerprint,
    });
    if (repeatKey) byRepeat.set(repeatKey, findings[findings.length - 1]!);
  }
  return findings;
}

function sortDrafts(drafts: DraftFinding[]): DraftFinding[] {
  return [...drafts].sort((a, b) => {
    const bySource = (a.material?.source.id ?? '').localeCompare(b.material?.source.id ?? '');
    if (bySource !== 0) return bySource;
    const byBlock = (a.location?.block ?? -1) - (b.location?.block ?? -1);
    if (byBlock !== 0) return byBlock;
    return (a.location?.start ?? -1) - (b.location?.start ?? -1) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  });
}

/** What a finding says, wherever it is: its check, its words and what it is held against. */
const sameSaying = (finding: Pick<Finding, 'check' | 'quote' | 'factId' | 'nameId'>) => [finding.check, foldForCompare(finding.quote), finding.factId ?? '', finding.nameId ?? ''];

/**
 * What makes a finding the same one tomorrow: its check, its words, what it is held against and
 * where the material lives — not its offsets, which move whenever text above it changes.
 */
export function fingerprintOf(draft: DraftFinding): string {
  return fingerprintAt(draft, draft.material?.source.location ?? '');
}

/** The fingerprint of a finding at a place named by its location: a site-level finding has a page's URL, not a material. */
export function fingerprintAt(finding: Pick<Finding, 'check' | 'quote' | 'factId' | 'nameId'>, location: string): string {
  return hash32([...sameSaying(finding), location].join('|'));
}

/**
 * What makes a finding the same one on any page or material: its fingerprint without the place.
 * A finding ignored everywhere is stored by it; the "*" keeps it apart from any fingerprint.
 */
export function fingerprintAnywhere(finding: Pick<Finding, 'check' | 'quote' | 'factId' | 'nameId'>): string {
  return `*${hash32(sameSaying(finding).join('|'))}`;
}

export function summarise(findings: Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) summary[finding.severity]++;
  return summary;
}
