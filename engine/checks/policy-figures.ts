import type { Material } from '../material/types';
import type { Language } from '../profile/types';
import { foldForCompare } from '../text/normalise';
import type { ExtractedPromise } from '../promises/types';
import { RULE_UNITS } from '../lexicon/form-variants';
import { words } from '../text/segment';
import type { CheckContext, DraftFinding } from './types';

/** A rule's threshold: its figure and unit, and the words on either side that say what it limits. */
interface Threshold {
  amount: number;
  frame: string;
}

const FIGURE = /(?<![\d.,])(\d+)\s*(%|\p{L}+)/gu;
/** How many words before a figure and after its unit make its frame: "more than … late". */
const BEFORE = 2;
const AFTER = 1;
/** A rule's other words, beyond its threshold's frame, that must be the same: the same rule, not the next tier of it. */
const SHARED_WORDS = 4;
const SHARED_SHARE = 0.5;

function unitOf(written: string, language: Language): string | undefined {
  const word = foldForCompare(written);
  const { starts, whole } = RULE_UNITS[language];
  return whole.find(([abbreviation]) => word === abbreviation)?.[1] ?? starts.find(([start]) => word.startsWith(start))?.[1];
}

/** The thresholds a rule's sentence names, each with the words around it. */
function thresholds(text: string, language: Language): Threshold[] {
  const tokens = words(text, language);
  const found: Threshold[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const unit = unitOf(match[2]!, language);
    if (!unit) continue;
    const end = match.index + match[0].length;
    const before = tokens
      .filter((word) => word.end <= match.index)
      .slice(-BEFORE)
      .map((word) => foldForCompare(word.text));
    const after = tokens
      .filter((word) => word.start >= end)
      .slice(0, AFTER)
      .map((word) => foldForCompare(word.text));
    if (before.length < BEFORE || after.length < AFTER) continue;
    found.push({ amount: Number(match[1]), frame: [...before, unit, ...after].join(' ') });
  }
  return found;
}

/** The share of two rules' topics they have in common, and how many. */
function sharedTopics(a: ExtractedPromise, b: ExtractedPromise): { count: number; share: number } {
  const [x, y] = [new Set(a.topics), new Set(b.topics)];
  const count = [...x].filter((topic) => y.has(topic)).length;
  return { count, share: count / Math.max(1, new Set([...x, ...y]).size) };
}

const T = {
  ru: (first: string, second: string) => `Одно и то же правило указано с разными цифрами: «${first}» и ниже «${second}».`,
  en: (first: string, second: string) => `The same rule is stated with two figures: "${first}" and further on "${second}".`,
  suggestion: { ru: 'Оставьте одну цифру в обоих местах', en: 'Keep one figure in both places' },
};

/**
 * One rule stated twice on a page with another figure: "If a therapist is more than 15 minutes late
 * … eligible for a refund" and later "if they are more than 30 minutes late … eligible for a full
 * refund". The threshold stands in the same words, and the rules share most of their other words:
 * tiers of one rule ("15 minutes late: the session is shortened; 30 minutes late: it is cancelled")
 * differ in what follows and are left alone.
 */
function conflicts(material: Material, rules: ExtractedPromise[], language: Language): DraftFinding[] {
  const read = rules.map((rule) => ({ rule, thresholds: thresholds(rule.quote, material.language) }));
  for (const [i, first] of read.entries()) {
    for (const later of read.slice(i + 1)) {
      const differs = first.thresholds.find((a) => later.thresholds.some((b) => a.frame === b.frame && a.amount !== b.amount));
      if (!differs || first.thresholds.length !== 1 || later.thresholds.length !== 1) continue;
      const shared = sharedTopics(first.rule, later.rule);
      if (shared.count < SHARED_WORDS || shared.share < SHARED_SHARE) continue;
      return [
        {
          check: 'consistency',
          severity: 'warning',
          quote: first.rule.quote,
          location: { ...first.rule.span },
          message: T[language](first.rule.quote, later.rule.quote),
          suggestion: T.suggestion[language],
          material,
          promise: first.rule,
          related: [{ source: material.source.id, quote: later.rule.quote, location: { ...later.rule.span } }],
        },
      ];
    }
  }
  return [];
}

/** Rules of one page that state one threshold with two figures: said once per page, at the first. */
export function policyFigureFindings(context: CheckContext): DraftFinding[] {
  return context.materials.flatMap(({ material, promises }) =>
    conflicts(
      material,
      promises.filter((promise) => promise.kind === 'policy'),
      context.language,
    ),
  );
}
