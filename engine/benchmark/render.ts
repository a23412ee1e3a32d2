/** `sverka.benchmark/1` as a CSV sheet, a Markdown table and a self-contained HTML page (the JSON is the benchmark itself). */
import { isWebAddress } from '../site/canonical';
import type { Language } from '../profile/types';
import { escapeHtml, escapeMarkdownCell, showControls } from '../report/escape';
import { THEME } from '../report/to-html';
import type { Ahead } from './ahead';
import type { Benchmark, BenchmarkTopic, TheirStatement } from './benchmark';

const WORDS = {
  ru: {
    title: (ours: string) => `Сравнение с конкурентами: ${ours}`,
    created: 'Создано',
    topic: 'Тема',
    ours: 'У нас',
    competitors: 'Конкуренты',
    notRead: 'не прочитано',
    noTopics: 'В чек-листе нет фактов, которые можно сравнить (часы, цены, сроки, бесплатное, скидки, лояльность, гарантии, услуги).',
    ahead: { ours: 'мы впереди', theirs: 'конкурент впереди', tie: 'наравне', unknown: 'нет данных' } satisfies Record<Ahead, string>,
    csv: ['Тема', 'Вид', 'У нас', 'Конкурент', 'У конкурента', 'Цитата', 'Где', 'Кто впереди'],
  },
  en: {
    title: (ours: string) => `Competitor benchmark: ${ours}`,
    created: 'Created',
    topic: 'Topic',
    ours: 'Ours',
    competitors: 'Competitors',
    notRead: 'not read',
    noTopics: 'The checklist has no facts that can be compared (hours, prices, times, free, discounts, loyalty, guarantees, services).',
    ahead: { ours: 'we lead', theirs: 'they lead', tie: 'level', unknown: 'unknown' } satisfies Record<Ahead, string>,
    csv: ['Topic', 'Kind', 'Ours', 'Competitor', 'Theirs', 'Quote', 'Location', 'Ahead'],
  },
};

const wordsOf = (benchmark: Benchmark) => WORDS[benchmark.language as Language] ?? WORDS.en;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, its quotes
 * doubled. A competitor's words that would start a spreadsheet formula ("=…", "+…", "@…") are
 * kept as text with a leading apostrophe.
 */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per topic and competitor, CRLF line ends; `Ahead` keeps the contract's values (ours, theirs, tie, unknown). */
export function toBenchmarkCsv(benchmark: Benchmark): string {
  const words = wordsOf(benchmark);
  const names = new Map(benchmark.competitors.map((competitor) => [competitor.id, competitor.name]));
  const rows = benchmark.topics.flatMap((topic) =>
    topic.theirs.map((their) => [topic.topic, topic.kind, topic.ours.text, names.get(their.competitor) ?? their.competitor, their.text ?? '', their.quote ?? '', their.location ?? '', their.ahead]),
  );
  return `${[words.csv, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** "220 ₽ — конкурент впереди"; the words of ahead alone where they state nothing. */
const cellText = (their: TheirStatement, language: Language) => (their.text ? `${their.text} — ${WORDS[language].ahead[their.ahead]}` : WORDS[language].ahead[their.ahead]);

/** The matrix: a row per topic, our value, then each competitor's with who is ahead; unread sources listed under it. */
export function toBenchmarkMarkdown(benchmark: Benchmark): string {
  const words = wordsOf(benchmark);
  const language = benchmark.language;
  const head = [words.topic, words.ours, ...benchmark.competitors.map((competitor) => competitor.name)];
  const row = (cells: string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  const lines = [
    `# ${escapeMarkdownCell(words.title(benchmark.ours))}`,
    '',
    `${words.created}: ${benchmark.createdAt}`,
    '',
    ...(benchmark.topics.length === 0
      ? [words.noTopics]
      : [row(head), `|${head.map(() => ' --- ').join('|')}|`, ...benchmark.topics.map((topic) => row([topic.topic, topic.ours.text, ...topic.theirs.map((their) => cellText(their, language))]))]),
    '',
    `## ${words.competitors}`,
    '',
    ...benchmark.competitors.flatMap((competitor) => [
      `- ${escapeMarkdownCell(competitor.name)}: ${competitor.sources.map((source) => escapeMarkdownCell(source.error ? `${source.location} (${words.notRead}: ${source.error})` : source.location)).join(', ')}`,
    ]),
  ];
  return showControls(`${lines.join('\n')}\n`);
}

const STYLE = `
${THEME}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;background:var(--sv-bg);color:var(--sv-fg)}
a{color:var(--sv-link)}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid var(--sv-border);padding-bottom:.25rem}
.meta,.muted,.ahead{color:var(--sv-muted);font-size:.85rem}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid var(--sv-border);padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:var(--sv-surface)}
td.ours{background:var(--sv-ok-bg)}td.theirs{background:var(--sv-warning-bg)}td.unknown{color:var(--sv-muted)}
td.ours .ahead{color:var(--sv-ok)}td.theirs .ahead{color:var(--sv-warning)}
q{font-style:italic}
.error{color:var(--sv-error)}
@media print{body{margin:0;max-width:none;font-size:11pt}tr{break-inside:avoid;page-break-inside:avoid}}`;

function theirCell(their: TheirStatement, language: Language): string {
  const ahead = `<div class="ahead">${escapeHtml(WORDS[language].ahead[their.ahead])}</div>`;
  if (!their.text) return `<td class="${their.ahead}">${ahead}</td>`;
  const quote = their.quote ? `<div class="muted"><q>${escapeHtml(their.quote)}</q></div>` : '';
  return `<td class="${their.ahead}">${escapeHtml(their.text)}${quote}${ahead}</td>`;
}

const topicRow = (topic: BenchmarkTopic, language: Language) =>
  `<tr><th scope="row">${escapeHtml(topic.topic)}</th><td>${escapeHtml(topic.ours.text)}</td>${topic.theirs.map((their) => theirCell(their, language)).join('')}</tr>`;

const placeName = (location: string) => (isWebAddress(location) ? `<a href="${escapeHtml(location)}">${escapeHtml(location)}</a>` : escapeHtml(location));

/** A self-contained page styled like the report (light or dark, printable); every competitor's word escaped. */
export function toBenchmarkHtml(benchmark: Benchmark): string {
  const words = wordsOf(benchmark);
  const language = benchmark.language;
  const title = escapeHtml(words.title(benchmark.ours));
  const head = [words.topic, words.ours, ...benchmark.competitors.map((competitor) => competitor.name)].map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
  const parts = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">`,
    `<title>${title}</title><style>${STYLE}</style></head><body>`,
    `<h1>${title}</h1>`,
    `<p class="meta">${escapeHtml(words.created)}: ${escapeHtml(benchmark.createdAt)}</p>`,
    ...(benchmark.topics.length === 0 ? [`<p>${escapeHtml(words.noTopics)}</p>`] : [`<table><tr>${head}</tr>`, ...benchmark.topics.map((topic) => topicRow(topic, language)), '</table>']),
    `<h2>${escapeHtml(words.competitors)}</h2><ul>`,
    ...benchmark.competitors.map(
      (competitor) =>
        `<li>${escapeHtml(competitor.name)}: ${competitor.sources.map((source) => (source.error ? `${placeName(source.location)} <span class="error">(${escapeHtml(words.notRead)}: ${escapeHtml(source.error)})</span>` : placeName(source.location))).join(', ')}</li>`,
    ),
    '</ul></body></html>\n',
  ];
  return showControls(parts.join('\n'));
}
