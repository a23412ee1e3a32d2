import { explainSourceError, sourceError, sourceNotes } from '../material/source-problems';
import { partialFindings, readingNotice } from '../material/reading-quality';
import type { Material } from '../material/types';
import { showControls } from './escape';
import { excerptAround } from './excerpt';
import { groupFindings } from './group';
import { counted, label, morePlaces, languageOf, reportSubject } from './labels';
import type { Finding, Report, Severity } from './types';

const COLOURS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  info: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

export interface TextOptions {
  /** Colour only when writing to a terminal. */
  colour?: boolean;
  materials?: Material[];
}

/** The quote with a little of the text around it, so a reader finds it without the file open. */
function inContext(finding: Finding, materials: Material[], paint: (k: keyof typeof COLOURS, t: string) => string): string {
  const material = materials.find((m) => m.source.id === finding.source);
  const block = finding.location && material?.blocks[finding.location.block];
  if (!block || !finding.location) return `«${showControls(finding.quote)}»`;
  const { start, end } = finding.location;
  const { before, after, cutBefore, cutAfter } = excerptAround(block.text, start, end);
  const left = cutBefore ? `…${before ? ' ' : ''}` : '';
  const right = cutAfter ? `${after ? ' ' : ''}…` : '';
  return showControls(`${left}${before}`) + paint('bold', showControls(block.text.slice(start, end))) + showControls(`${after}${right}`);
}

export function toText(report: Report, options: TextOptions = {}): string {
  const language = languageOf(report);
  const paint = (kind: keyof typeof COLOURS, text: string) => (options.colour ? `${COLOURS[kind][0]}${text}${COLOURS[kind][1]}` : text);
  const lines: string[] = [`${label(language, 'report')} — ${label(language, 'profile')}: ${showControls(reportSubject(report))}`];
  for (const source of report.sources.filter((s) => s.error)) {
    lines.push(paint('error', `✗ ${showControls(source.location)}: ${label(language, 'unreadable')} — ${showControls(sourceError(source, language)!)}`));
    lines.push(`  ${label(language, 'next')}: ${explainSourceError(source, language)!.next}`);
  }
  for (const source of report.sources) {
    const notice = readingNotice(source.reading, language);
    if (notice) lines.push(paint('warning', `⚠ ${showControls(source.location)}: ${notice}`));
  }
  for (const source of report.sources) {
    for (const note of sourceNotes(source, language)) lines.push(paint('info', `ℹ ${showControls(source.location)}: ${showControls(note)}`));
  }
  for (const group of groupFindings(report)) {
    const source = report.sources.find((s) => s.id === group.source);
    const partial = source?.reading?.poor ? paint('warning', ` (${partialFindings(language)})`) : '';
    lines.push('', paint('bold', source ? showControls(source.location) : label(language, 'profileLevel')) + partial);
    for (const { check, findings } of group.checks) {
      lines.push(`  ${label(language, check)}`);
      for (const finding of findings) {
        const page = finding.location?.page ? ` [p. ${finding.location.page}]` : '';
        lines.push(`    ${paint(finding.severity, label(language, finding.severity))}${page}: ${inContext(finding, options.materials ?? [], paint)}`);
        lines.push(`      ${showControls(finding.message)}${morePlaces(language, finding.related)}`);
        if (finding.suggestion) lines.push(paint('dim', `      → ${showControls(finding.suggestion)}`));
      }
    }
  }
  if (report.findings.length === 0) lines.push('', label(language, 'noFindings'));
  const { error, warning, info } = report.summary;
  const broken = report.promises.filter((p) => p.status === 'broken').length;
  const kept = report.promises.filter((p) => p.status === 'kept').length;
  lines.push(
    '',
    `${paint('error', counted(language, 'errors', error))}, ${paint('warning', counted(language, 'warnings', warning))}, ${counted(language, 'infos', info)}; ` +
      `${label(language, 'promises').toLowerCase()}: ${report.promises.length} (${label(language, 'kept')} ${kept}, ${label(language, 'broken')} ${broken})`,
  );
  return `${lines.join('\n')}\n`;
}
