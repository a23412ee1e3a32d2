import { sourceError, sourceNotes } from '../material/source-problems';
import { partialFindings, readingNotice } from '../material/reading-quality';
import type { Block, Material } from '../material/types';
import { escapeHtml, showControls } from './escape';
import { describeValue, groupFindings } from './group';
import { counted, label, morePlaces, languageOf } from './labels';
import { markedPieces } from './marked-pieces';
import type { Finding, Report } from './types';

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1rem}
.summary span{margin-right:1rem;font-weight:600}.error{color:#b3261e}.warning{color:#8a5300}.info{color:#0b5cad}
mark{border-radius:2px;padding:0 1px}mark.error{background:#ffd6d2}mark.warning{background:#ffe9b8}mark.info{background:#d6e8ff}
.material p{margin:.3rem 0}.finding{border-left:4px solid #ccc;padding:.3rem .8rem;margin:.6rem 0}
.finding.error{border-color:#b3261e}.finding.warning{border-color:#e0a000}.finding.info{border-color:#0b5cad}
.finding q{font-weight:600}.fix{color:#333}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
@media print{body{margin:0;max-width:none}.finding{break-inside:avoid}}`;

function markedBlock(block: Block, findings: Finding[]): string {
  const html = markedPieces(block, findings)
    .map(({ text, finding }) => (finding ? `<mark class="${finding.severity}" title="${escapeHtml(finding.message)}">${escapeHtml(text)}</mark>` : escapeHtml(text)))
    .join('');
  return `<p>${html}</p>`;
}

function findingHtml(finding: Finding, language: 'ru' | 'en'): string {
  const page = finding.location?.page ? ` · p. ${finding.location.page}` : '';
  return `<div class="finding ${finding.severity}"><span class="${finding.severity}">${label(language, finding.severity)}</span>${page}: <q>${escapeHtml(finding.quote)}</q><br>${escapeHtml(`${finding.message}${morePlaces(language, finding.related)}`)}${
    finding.suggestion ? `<br><span class="fix">→ ${escapeHtml(finding.suggestion)}</span>` : ''
  }</div>`;
}

/** A self-contained, printable page: no external assets, every material character escaped, control and bidi characters shown as ‹U+XXXX›. */
export function toHtml(report: Report, materials: Material[] = []): string {
  const language = languageOf(report);
  const { error, warning, info } = report.summary;
  const parts = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${escapeHtml(label(language, 'report'))}: ${escapeHtml(report.profile)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(label(language, 'report'))}: ${escapeHtml(report.profile)}</h1>`,
    `<p class="summary"><span class="error">${counted(language, 'errors', error)}</span><span class="warning">${counted(language, 'warnings', warning)}</span><span class="info">${counted(language, 'infos', info)}</span>${escapeHtml(label(language, 'created'))}: ${escapeHtml(report.createdAt)}</p>`,
    `<h2>${label(language, 'findings')}</h2>`,
  ];
  if (report.findings.length === 0) parts.push(`<p>${label(language, 'noFindings')}</p>`);
  for (const group of groupFindings(report)) {
    const source = report.sources.find((s) => s.id === group.source);
    const partial = source?.reading?.poor ? ` <span class="warning partial">(${partialFindings(language)})</span>` : '';
    parts.push(`<h3>${escapeHtml(source ? source.location : label(language, 'profileLevel'))}${partial}</h3>`);
    for (const { check, findings } of group.checks) {
      parts.push(`<h4>${escapeHtml(label(language, check))}</h4>`, ...findings.map((f) => findingHtml(f, language)));
    }
  }
  parts.push(`<h2>${label(language, 'sources')}</h2>`);
  for (const source of report.sources) {
    parts.push(`<h3>${escapeHtml(source.location)}</h3>`);
    if (source.error) parts.push(`<p class="error">${label(language, 'unreadable')}: ${escapeHtml(sourceError(source, language)!)}</p>`);
    const notice = readingNotice(source.reading, language);
    if (notice) parts.push(`<p class="warning reading">⚠ ${escapeHtml(notice)}</p>`);
    for (const note of sourceNotes(source, language)) parts.push(`<p class="info">${escapeHtml(note)}</p>`);
    const material = materials.find((m) => m.source.id === source.id);
    if (material) {
      const findings = report.findings.filter((f) => f.source === source.id);
      parts.push(`<div class="material">${material.blocks.map((block) => markedBlock(block, findings)).join('')}</div>`);
    }
  }
  parts.push(`<h2>${label(language, 'promises')}</h2>`);
  if (report.promises.length > 0) {
    parts.push(`<table><tr><th>${label(language, 'kind')}</th><th>${label(language, 'quote')}</th><th>${label(language, 'value')}</th><th>${label(language, 'status')}</th></tr>`);
    for (const p of report.promises) {
      parts.push(
        `<tr><td>${escapeHtml(p.kind)}</td><td>${escapeHtml(p.quote)}</td><td>${escapeHtml(describeValue(p.value))}</td><td class="${p.status === 'broken' ? 'error' : ''}">${label(language, p.status)}</td></tr>`,
      );
    }
    parts.push('</table>');
  }
  parts.push('</body></html>\n');
  return showControls(parts.join('\n'));
}
