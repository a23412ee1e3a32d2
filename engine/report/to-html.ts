import { isWebAddress } from '../site/canonical';
import { explainSourceError, sourceNotes } from '../material/source-problems';
import { partialFindings, readingNotice } from '../material/reading-quality';
import type { Block, Material, Source } from '../material/types';
import type { Language } from '../profile/types';
import { escapeHtml, showControls } from './escape';
import { describePromise, promiseKindName } from './promise-line';
import { label, morePlaces, languageOf, reportSubject } from './labels';
import { markedPieces } from './marked-pieces';
import { CHECK_IDS } from '../checks/index';
import type { Finding, RelatedPlace, Report, Severity } from './types';

/**
 * The extension's design tokens (assets/styles/tokens.css), light and dark: the report is one
 * self-contained file, so it carries their values (tests/unit/engine/report/to-html.test.ts holds
 * them equal to the stylesheet's).
 */
const LIGHT = {
  bg: '#ffffff',
  surface: '#f5f6f8',
  fg: '#1d1d1f',
  muted: '#4a4f57',
  border: '#c9ced6',
  accent: '#0b5cad',
  link: '#0b57d0',
  error: '#b3261e',
  'error-bg': '#fde7e5',
  warning: '#8a4b00',
  'warning-bg': '#fff1d6',
  info: '#0b4d91',
  'info-bg': '#e3eefc',
  ok: '#1b6e2a',
  'ok-bg': '#e3f4e6',
};
const DARK: typeof LIGHT = {
  bg: '#17181b',
  surface: '#22242a',
  fg: '#ececf0',
  muted: '#b4b9c2',
  border: '#3b3f47',
  accent: '#7ab4ff',
  link: '#8fc1ff',
  error: '#ff8a80',
  'error-bg': '#3d1715',
  warning: '#ffc266',
  'warning-bg': '#3a2a0d',
  info: '#8fc1ff',
  'info-bg': '#102a4a',
  ok: '#7fd88f',
  'ok-bg': '#11331a',
};

const tokens = (values: typeof LIGHT) =>
  Object.entries(values)
    .map(([name, value]) => `--sv-${name}:${value}`)
    .join(';');

/** The tokens for the reader's system, light or dark: every self-contained page (a report, a benchmark) starts with them. */
export const THEME = `:root{color-scheme:light dark;${tokens(LIGHT)}}
@media (prefers-color-scheme:dark){:root{${tokens(DARK)}}}
@media print{:root{color-scheme:light;${tokens(LIGHT)}}}`;

/*
 * Styled like the side panel, light or dark as the reader's system is; printed always light,
 * a finding never split across pages, and every link's address printed after it.
 */
const STYLE = `
${THEME}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;background:var(--sv-bg);color:var(--sv-fg)}
a{color:var(--sv-link)}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid var(--sv-border);padding-bottom:.25rem}h3{font-size:1rem;margin:1.25rem 0 .5rem}
.meta,.where,.muted{color:var(--sv-muted);font-size:.85rem}
.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
.count{border:1px solid var(--sv-border);border-radius:6px;padding:.5rem .75rem;min-width:8rem;background:var(--sv-surface)}
.count b{display:block;font-size:1.4rem}
.count.error{background:var(--sv-error-bg);color:var(--sv-error);border-color:var(--sv-error)}
.count.warning{background:var(--sv-warning-bg);color:var(--sv-warning);border-color:var(--sv-warning)}
.count.info{background:var(--sv-info-bg);color:var(--sv-info);border-color:var(--sv-info)}
.error{color:var(--sv-error)}.warning{color:var(--sv-warning)}.info{color:var(--sv-info)}.kept{color:var(--sv-ok)}
.badge{display:inline-block;border-radius:6px;padding:0 .4rem;font-size:.85rem;font-weight:600}
.badge.error{background:var(--sv-error-bg)}.badge.warning{background:var(--sv-warning-bg)}.badge.info{background:var(--sv-info-bg)}
.finding{border:1px solid var(--sv-border);border-left:4px solid var(--sv-border);border-radius:6px;padding:.5rem .8rem;margin:.6rem 0;background:var(--sv-surface)}
.finding.error{border-left-color:var(--sv-error)}.finding.warning{border-left-color:var(--sv-warning)}.finding.info{border-left-color:var(--sv-info)}
.finding dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:.4rem 0 0}
.finding dt{color:var(--sv-muted)}.finding dd{margin:0}
.finding q{font-weight:600}.finding ul{margin:0;padding-left:1.1rem}
.fix{color:var(--sv-ok);font-weight:600}
mark{border-radius:2px;padding:0 1px;color:inherit}mark.error{background:var(--sv-error-bg);outline:1px solid var(--sv-error)}mark.warning{background:var(--sv-warning-bg);outline:1px solid var(--sv-warning)}mark.info{background:var(--sv-info-bg);outline:1px solid var(--sv-info)}
.material{border:1px solid var(--sv-border);border-radius:6px;padding:.25rem .8rem}.material p{margin:.3rem 0}
.problem{background:var(--sv-error-bg);border-left:4px solid var(--sv-error);border-radius:6px;padding:.5rem .8rem}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid var(--sv-border);padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:var(--sv-surface)}
@media print{
body{margin:0;max-width:none;background:#fff;color:#000;font-size:11pt}
.finding,.count,.problem,tr{break-inside:avoid;page-break-inside:avoid}
h2,h3{break-after:avoid;page-break-after:avoid}
a[href]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}
}`;

/** A source's place as the report names it: a link when it is a web address, so a printed report shows where it was. */
function placeName(location: string): string {
  return isWebAddress(location) ? `<a href="${escapeHtml(location)}">${escapeHtml(location)}</a>` : escapeHtml(location);
}

function markedBlock(block: Block, findings: Finding[]): string {
  const html = markedPieces(block, findings)
    .map(({ text, finding }) => (finding ? `<mark class="${finding.severity}" title="${escapeHtml(finding.message)}">${escapeHtml(text)}</mark>` : escapeHtml(text)))
    .join('');
  return `<p>${html}</p>`;
}

const pageOf = (location: { page?: number } | undefined) => (location?.page ? ` · p. ${location.page}` : '');

function relatedHtml(report: Report, places: RelatedPlace[]): string {
  const items = places.map((place) => {
    const source = report.sources.find((s) => s.id === place.source);
    return `<li>${source ? `${placeName(source.location)}${pageOf(place.location)}: ` : ''}<q>${escapeHtml(place.quote)}</q></li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** One finding: where, the material's side (its quote), what is wrong against the profile, the other places, the fix. */
function findingHtml(report: Report, finding: Finding, language: Language): string {
  const source = report.sources.find((s) => s.id === finding.source);
  const partial = source?.reading?.poor ? ` <span class="warning partial">(${partialFindings(language)})</span>` : '';
  const where = source ? `${placeName(source.location)}${pageOf(finding.location)}${partial}` : escapeHtml(label(language, 'profileLevel'));
  const rows = [
    [label(language, 'quote'), `<q>${escapeHtml(finding.quote)}</q>`],
    [label(language, 'message'), escapeHtml(`${finding.message}${morePlaces(language, finding.related)}`)],
    ...(finding.related?.length ? [[label(language, 'otherPlaces'), relatedHtml(report, finding.related)]] : []),
    ...(finding.suggestion ? [[label(language, 'suggestion'), `<span class="fix">→ ${escapeHtml(finding.suggestion)}</span>`]] : []),
  ];
  return `<article class="finding ${finding.severity}"><span class="badge ${finding.severity}">${label(language, finding.severity)}</span> <span class="where">${where}</span><dl>${rows
    .map(([term, value]) => `<dt>${escapeHtml(term!)}</dt><dd>${value}</dd>`)
    .join('')}</dl></article>`;
}

/** The findings under their checks, in the order of CHECKS; within a check, errors first. */
function findingsByCheck(report: Report, language: Language): string[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return CHECK_IDS.flatMap((check) => {
    const findings = report.findings.filter((f) => f.check === check).sort((a, b) => rank[a.severity] - rank[b.severity]);
    if (findings.length === 0) return [];
    return [`<section class="check"><h3>${escapeHtml(label(language, check))} <span class="muted">(${findings.length})</span></h3>`, ...findings.map((f) => findingHtml(report, f, language)), '</section>'];
  });
}

function summaryHtml(report: Report, language: Language): string {
  const counts = (['error', 'warning', 'info'] as const).map((severity) => {
    const key = ({ error: 'errors', warning: 'warnings', info: 'infos' } as const)[severity];
    return `<div class="count ${severity}"><b>${report.summary[severity]}</b>${escapeHtml(label(language, key))}</div>`;
  });
  const statuses = (['kept', 'broken', 'unknown'] as const).map((status) => `${label(language, status)}: ${report.promises.filter((p) => p.status === status).length}`);
  return `<section class="summary">${counts.join('')}<div class="count promises"><b>${report.promises.length}</b>${escapeHtml(label(language, 'promises'))}: ${escapeHtml(statuses.join(', '))}</div></section>`;
}

function sourceHtml(report: Report, source: Source, materials: Material[], language: Language): string[] {
  const partial = source.reading?.poor ? ` <span class="warning partial">(${partialFindings(language)})</span>` : '';
  const parts = [`<h3>${placeName(source.location)}${partial}</h3>`];
  const explained = explainSourceError(source, language);
  if (explained) {
    const details = explained.details ? `<br><span class="muted">${escapeHtml(label(language, 'details'))}: ${escapeHtml(explained.details)}</span>` : '';
    parts.push(`<p class="problem"><span class="error">${label(language, 'unreadable')}: ${escapeHtml(explained.text)}</span><br>${escapeHtml(label(language, 'next'))}: ${escapeHtml(explained.next)}${details}</p>`);
  }
  const notice = readingNotice(source.reading, language);
  if (notice) parts.push(`<p class="warning reading">⚠ ${escapeHtml(notice)}</p>`);
  for (const note of sourceNotes(source, language)) parts.push(`<p class="info">${escapeHtml(note)}</p>`);
  const material = materials.find((m) => m.source.id === source.id);
  if (material) {
    const findings = report.findings.filter((f) => f.source === source.id);
    parts.push(`<div class="material">${material.blocks.map((block) => markedBlock(block, findings)).join('')}</div>`);
  }
  return parts;
}

function promisesHtml(report: Report, language: Language): string[] {
  if (report.promises.length === 0) return [];
  const head = (['kind', 'quote', 'value', 'status', 'source'] as const).map((key) => `<th>${label(language, key)}</th>`).join('');
  const rows = report.promises.map((p) => {
    const source = report.sources.find((s) => s.id === p.source);
    return `<tr><td>${escapeHtml(promiseKindName(p.kind, language))}</td><td>${escapeHtml(p.quote)}</td><td>${escapeHtml(describePromise(p, language))}</td><td class="${p.status === 'broken' ? 'error' : p.status}">${label(language, p.status)}</td><td>${source ? escapeHtml(source.location) : ''}</td></tr>`;
  });
  return [`<table><tr>${head}</tr>`, ...rows, '</table>'];
}

/**
 * A self-contained page styled like the side panel, light or dark, and printable: the counts,
 * the findings by check with both sides and the fix, each material with its marks, the promises.
 * No external assets, every material character escaped, control and bidi characters shown as ‹U+XXXX›.
 */
export function toHtml(report: Report, materials: Material[] = []): string {
  const language = languageOf(report);
  const title = `${escapeHtml(label(language, 'report'))}: ${escapeHtml(reportSubject(report))}`;
  const parts = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${title}</title><style>${STYLE}</style></head><body>`,
    `<h1>${title}</h1>`,
    `<p class="meta">${escapeHtml(label(language, 'created'))}: ${escapeHtml(report.createdAt)}</p>`,
    summaryHtml(report, language),
    `<h2>${label(language, 'findings')}</h2>`,
    ...(report.findings.length === 0 ? [`<p>${label(language, 'noFindings')}</p>`] : findingsByCheck(report, language)),
    `<h2>${label(language, 'sources')}</h2>`,
    ...report.sources.flatMap((source) => sourceHtml(report, source, materials, language)),
    `<h2>${label(language, 'promises')}</h2>`,
    ...promisesHtml(report, language),
    '</body></html>\n',
  ];
  return showControls(parts.join('\n'));
}
