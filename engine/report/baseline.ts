import type { Language } from '../profile/types';
import { diffReports, onePerFingerprint } from './diff';
import { escapeMarkdownCell } from './escape';
import { label, languageOf } from './labels';
import { scoreOf } from './score';
import type { CheckId, Finding, Report, Severity } from './types';

/** A finding fixed or found new since the baseline: what it was, and the material it is in. */
export interface BaselineChange {
  check: CheckId;
  rule?: string;
  severity: Severity;
  quote: string;
  message: string;
  /** The location (path or URL) of the finding's source; absent for a finding about the profile. */
  sourceLocation?: string;
  fingerprint: string;
}

/** A report held against an earlier one: the `baseline` field of the CLI's JSON. */
export interface BaselineComparison {
  fixed: BaselineChange[];
  new: BaselineChange[];
  /** The level now minus the baseline's, both scored by today's definition; null when either has no score. */
  scoreChange: number | null;
}

function changesIn(report: Report, findings: Finding[]): BaselineChange[] {
  const locations = new Map(report.sources.map((source) => [source.id, source.location]));
  return onePerFingerprint(findings).map(({ check, rule, severity, quote, message, source, fingerprint }) => {
    const sourceLocation = source === undefined ? undefined : locations.get(source);
    return { check, ...(rule ? { rule } : {}), severity, quote, message, ...(sourceLocation ? { sourceLocation } : {}), fingerprint };
  });
}

/**
 * What changed since `baseline`, by finding fingerprint (the history's diff). The baseline's own
 * `score` field is not trusted: both are scored again, so a change of definition is no change of level.
 */
export function compareWithBaseline(baseline: Report, report: Report): BaselineComparison {
  const { fixed, added } = diffReports(baseline, report);
  const before = scoreOf(baseline);
  const after = scoreOf(report);
  return { fixed: changesIn(baseline, fixed), new: changesIn(report, added), scoreChange: before && after ? after.level - before.level : null };
}

/** What fails a CI job that guards against regression: a lower level, or an error that was not there. */
export const isRegression = (comparison: BaselineComparison): boolean => (comparison.scoreChange ?? 0) < 0 || comparison.new.some((change) => change.severity === 'error');

const WORDS = {
  ru: { since: 'По сравнению с базовым отчётом', level: 'уровень сервиса', fixed: 'исправлено', new: 'новых', fixedTitle: 'Исправлено', newTitle: 'Новое' },
  en: { since: 'Since the baseline', level: 'service level', fixed: 'fixed', new: 'new', fixedTitle: 'Fixed', newTitle: 'New' },
} as const;

const signed = (change: number) => (change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '±0');

/** "service level 63 → 90 (+27)", a dash for a report with nothing readable to score. */
function levelLine(comparison: BaselineComparison, report: Report, language: Language): string {
  const after = scoreOf(report)?.level;
  const before = after !== undefined && comparison.scoreChange !== null ? after - comparison.scoreChange : undefined;
  const change = comparison.scoreChange === null ? '' : ` (${signed(comparison.scoreChange)})`;
  return `${WORDS[language].level} ${before ?? '—'} → ${after ?? '—'}${change}`;
}

const changeLine = (change: BaselineChange, language: Language) => `${label(language, change.severity)}, ${label(language, change.check)}: «${change.quote}»${change.sourceLocation ? ` — ${change.sourceLocation}` : ''}`;

/** The comparison under a text report, in the report's language. */
export function baselineText(comparison: BaselineComparison, report: Report, file: string): string {
  const language = languageOf(report);
  const words = WORDS[language];
  const list = (title: string, changes: BaselineChange[]) => (changes.length ? [`${title}:`, ...changes.map((change) => `  - ${changeLine(change, language)}`)] : []);
  return `${[
    `${words.since} ${file}: ${levelLine(comparison, report, language)}; ${words.fixed} ${comparison.fixed.length}, ${words.new} ${comparison.new.length}.`,
    ...list(words.fixedTitle, comparison.fixed),
    ...list(words.newTitle, comparison.new),
  ].join('\n')}\n`;
}

const capitalised = (line: string) => `${line.charAt(0).toUpperCase()}${line.slice(1)}`;

/** The comparison as a section under a Markdown report. */
export function baselineMarkdown(comparison: BaselineComparison, report: Report, file: string): string {
  const language = languageOf(report);
  const words = WORDS[language];
  const list = (title: string, changes: BaselineChange[]) => (changes.length ? ['', `### ${title}`, '', ...changes.map((change) => `- ${escapeMarkdownCell(changeLine(change, language))}`)] : []);
  return `${[
    `## ${words.since} ${escapeMarkdownCell(file)}`,
    '',
    `${capitalised(levelLine(comparison, report, language))}; ${words.fixed} ${comparison.fixed.length}, ${words.new} ${comparison.new.length}.`,
    ...list(words.fixedTitle, comparison.fixed),
    ...list(words.newTitle, comparison.new),
  ].join('\n')}\n`;
}
