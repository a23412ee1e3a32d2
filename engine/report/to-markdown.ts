import { explainSourceError, sourceError, sourceNotes } from '../material/source-problems';
import { readingNotice } from '../material/reading-quality';
import { escapeMarkdownCell, showControls } from './escape';
import { describePromise, promiseKindName } from './promise-line';
import { counted, label, morePlaces, languageOf, reportSubject } from './labels';
import type { Finding, Report } from './types';

function findingRow(report: Report, finding: Finding, language: 'ru' | 'en'): string {
  const source = report.sources.find((s) => s.id === finding.source);
  const cells = [
    label(language, finding.severity),
    label(language, finding.check),
    source ? source.location : label(language, 'profileLevel'),
    finding.quote,
    `${finding.message}${morePlaces(language, finding.related)}`,
    finding.suggestion ?? '',
  ];
  return `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
}

/** One finding as a ticket: what, where, both sides, the fix. */
export function findingToMarkdown(report: Report, finding: Finding): string {
  const language = languageOf(report);
  const source = report.sources.find((s) => s.id === finding.source);
  return showControls(
    [
      `**${escapeMarkdownCell(label(language, finding.check))}** (${label(language, finding.severity)})`,
      '',
      `> ${escapeMarkdownCell(finding.quote)}`,
      '',
      escapeMarkdownCell(`${finding.message}${morePlaces(language, finding.related)}`),
      ...(finding.suggestion ? ['', `${label(language, 'suggestion')}: ${escapeMarkdownCell(finding.suggestion)}`] : []),
      ...(source ? ['', `${label(language, 'source')}: ${escapeMarkdownCell(source.location)}`] : []),
    ].join('\n'),
  );
}

/** A report for a ticket: the findings as a table, then the promise inventory; control and bidi characters shown as ‹U+XXXX›. */
export function toMarkdown(report: Report): string {
  const language = languageOf(report);
  const { error, warning, info } = report.summary;
  const lines = [
    `# ${label(language, 'report')}: ${escapeMarkdownCell(reportSubject(report))}`,
    '',
    `${counted(language, 'errors', error)}, ${counted(language, 'warnings', warning)}, ${counted(language, 'infos', info)}. ${label(language, 'created')}: ${report.createdAt}`,
    '',
    `## ${label(language, 'sources')}`,
    '',
    ...report.sources.map((s) => {
      const notice = readingNotice(s.reading, language);
      return (
        `- ${escapeMarkdownCell(s.location)}${s.error ? ` — ${label(language, 'unreadable')}: ${escapeMarkdownCell(sourceError(s, language)!)}. ${label(language, 'next')}: ${escapeMarkdownCell(explainSourceError(s, language)!.next)}` : ''}` +
        sourceNotes(s, language)
          .map((note) => ` — ${escapeMarkdownCell(note)}`)
          .join('') +
        (notice ? ` — **⚠ ${escapeMarkdownCell(notice)}**` : '')
      );
    }),
    '',
    `## ${label(language, 'findings')}`,
    '',
  ];
  if (report.findings.length === 0) lines.push(label(language, 'noFindings'));
  else {
    const head = ['severity', 'check', 'source', 'quote', 'message', 'suggestion'] as const;
    lines.push(`| ${head.map((key) => label(language, key)).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
    lines.push(...report.findings.map((finding) => findingRow(report, finding, language)));
  }
  lines.push('', `## ${label(language, 'promises')}`, '');
  if (report.promises.length > 0) {
    lines.push(`| ${label(language, 'kind')} | ${label(language, 'quote')} | ${label(language, 'value')} | ${label(language, 'status')} |`, '|---|---|---|---|');
    for (const promise of report.promises) {
      lines.push(
        `| ${escapeMarkdownCell(promiseKindName(promise.kind, language))} | ${escapeMarkdownCell(promise.quote)} | ${escapeMarkdownCell(describePromise(promise, language))} | ${label(language, promise.status)} |`,
      );
    }
  }
  return `${showControls(lines.join('\n'))}\n`;
}
