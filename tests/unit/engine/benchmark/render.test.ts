import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../../../../engine/benchmark/benchmark';
import { toBenchmarkCsv, toBenchmarkHtml, toBenchmarkMarkdown } from '../../../../engine/benchmark/render';

/** A matrix of two competitors, the second named and quoted with markup, quotes and commas. */
const MATRIX: Benchmark = {
  format: 'sverka.benchmark/1',
  ours: 'Кофейня «Зерно»',
  language: 'ru',
  createdAt: '2026-12-01T10:00:00.000Z',
  competitors: [
    { id: 'c1', name: 'Кофейня «Бобы»', sources: [{ location: 'https://bobs.example/' }] },
    { id: 'c2', name: 'Кафе <script>alert("x")</script> & Ко', sources: [{ location: 'krosh.html' }, { location: 'gone.pdf', error: 'does not exist' }] },
  ],
  topics: [
    {
      topic: 'Капучино',
      kind: 'price',
      ours: { value: { amount: 250, currency: 'RUB' }, text: '250 ₽' },
      theirs: [
        { competitor: 'c1', value: { amount: 220, currency: 'RUB', from: false }, text: '220 ₽', quote: 'Капучино — 220 ₽', location: 'https://bobs.example/', ahead: 'theirs' },
        { competitor: 'c2', value: { amount: 250, currency: 'RUB', from: false }, text: '250 ₽', quote: 'Капучино, "большой" —\n250 ₽ <b>', location: 'krosh.html', ahead: 'tie' },
      ],
    },
    {
      topic: 'Часы работы',
      kind: 'hours',
      ours: { value: { 'mon-sun': '08:00-21:00' }, text: 'ежедневно 8:00–21:00' },
      theirs: [
        { competitor: 'c1', ahead: 'unknown' },
        { competitor: 'c2', value: { 'mon-fri': '09:00-18:00' }, text: '=пн–пт 9:00–18:00', quote: 'Пн–пт с 9 до 18', location: 'krosh.html', ahead: 'ours' },
      ],
    },
  ],
};

/** RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('toBenchmarkCsv', () => {
  it('writes one row per topic and competitor, which parses back to the benchmark’s words', () => {
    const csv = toBenchmarkCsv(MATRIX);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [head, ...rows] = parseCsv(csv);
    expect(head).toEqual(['Тема', 'Вид', 'У нас', 'Конкурент', 'У конкурента', 'Цитата', 'Где', 'Кто впереди']);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['Капучино', 'price', '250 ₽', 'Кофейня «Бобы»', '220 ₽', 'Капучино — 220 ₽', 'https://bobs.example/', 'theirs']);
    expect(rows[1]).toEqual(['Капучино', 'price', '250 ₽', 'Кафе <script>alert("x")</script> & Ко', '250 ₽', 'Капучино, "большой" —\n250 ₽ <b>', 'krosh.html', 'tie']);
    expect(rows[2]).toEqual(['Часы работы', 'hours', 'ежедневно 8:00–21:00', 'Кофейня «Бобы»', '', '', '', 'unknown']);
  });

  it('keeps a competitor’s words that would start a formula as text', () => {
    const rows = parseCsv(toBenchmarkCsv(MATRIX));
    const [, ...records] = rows;
    expect(records[3]![4]).toBe("'=пн–пт 9:00–18:00");
  });
});

describe('toBenchmarkHtml', () => {
  const html = toBenchmarkHtml(MATRIX);

  it('is one self-contained page: a matrix with a column per competitor, styled with the report’s tokens', () => {
    expect(html).toMatch(/^<!doctype html><html lang="ru">/);
    expect(html).toContain('--sv-ok-bg');
    expect(html).not.toMatch(/<link|src=/);
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('<th scope="col">Кофейня «Бобы»</th>');
    expect(html).toContain('<td class="theirs">220 ₽');
    expect(html).toContain('конкурент впереди');
    expect(html).toContain('<td class="unknown"><div class="ahead">нет данных</div></td>');
  });

  it('escapes every competitor’s word: no markup of theirs renders', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Кафе &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ко');
    expect(html).toContain('250 ₽ &lt;b&gt;');
  });

  it('lists each competitor’s sources, an unread one with its error', () => {
    expect(html).toContain('<a href="https://bobs.example/">https://bobs.example/</a>');
    expect(html).toMatch(/gone\.pdf <span class="error">\(не прочитано: does not exist\)<\/span>/);
  });
});

describe('toBenchmarkMarkdown', () => {
  it('writes the matrix as a table, its cells escaped, and the sources', () => {
    const markdown = toBenchmarkMarkdown(MATRIX);
    expect(markdown).toContain('| Тема | У нас | Кофейня «Бобы» | Кафе \\<script\\>alert("x")\\</script\\> & Ко |');
    expect(markdown).toContain('| Капучино | 250 ₽ | 220 ₽ — конкурент впереди | 250 ₽ — наравне |');
    expect(markdown).toContain('| Часы работы | ежедневно 8:00–21:00 | нет данных | =пн–пт 9:00–18:00 — мы впереди |');
    expect(markdown).toContain('gone.pdf (не прочитано: does not exist)');
  });

  it('speaks English for an English benchmark', () => {
    const markdown = toBenchmarkMarkdown({ ...MATRIX, language: 'en', ours: 'Brightsmile' });
    expect(markdown).toContain('# Competitor benchmark: Brightsmile');
    expect(markdown).toContain('220 ₽ — they lead');
  });
});
