import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../../engine/report/to-html';
import type { Report } from '../../../../engine/report/types';

const report: Report = {
  format: 'sverka.report/1',
  profile: 'Клиника «Здоровье+»',
  language: 'ru',
  createdAt: '2026-12-02T10:00:00.000Z',
  sources: [
    { id: 's1', kind: 'page', location: 'https://zdorovie.example/prices' },
    { id: 's2', kind: 'docx', location: 'Прайс.docx', error: "is not a readable Word document (Can't find end of central directory)", problem: { code: 'unreadable-docx', detail: "Can't find end of central directory" } },
  ],
  promises: [{ id: 'p1', kind: 'price', quote: 'УЗИ — 1 900 ₽', source: 's1', value: { amount: 1900 }, status: 'broken' }],
  findings: [
    {
      id: 'f1',
      check: 'contradiction',
      severity: 'error',
      quote: 'УЗИ — 1 900 ₽ <script>alert(1)</script>',
      source: 's1',
      location: { block: 0, start: 0, end: 5 },
      message: 'В материале 1 900 ₽, в чек-листе 2 100 ₽',
      suggestion: 'Исправьте цену на 2 100 ₽',
      related: [{ source: 's1', quote: 'УЗИ от 2 100 ₽', location: { block: 3, start: 0, end: 4 } }],
      fingerprint: 'a',
    },
    { id: 'f2', check: 'spelling', severity: 'warning', quote: 'безболезнено', source: 's1', message: 'Опечатка?', suggestion: 'безболезненно', fingerprint: 'b' },
    { id: 'f3', check: 'contradiction', severity: 'info', quote: 'круглосуточно', source: 's1', message: 'Проверьте часы', fingerprint: 'c' },
  ],
  summary: { error: 1, warning: 1, info: 1 },
};

/** The `--sv-*` colours a block of tokens.css sets. */
function tokenValues(css: string): Map<string, string> {
  return new Map([...css.matchAll(/(--sv-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map(([, name, value]) => [name!, value!.toLowerCase()]));
}

describe('toHtml', () => {
  const html = toHtml(report);
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;

  it("carries the extension's tokens, light and dark, as tokens.css sets them", () => {
    const css = readFileSync('assets/styles/tokens.css', 'utf8');
    const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
    const [light, dark] = [tokenValues(css.slice(0, darkAt)), tokenValues(css.slice(darkAt))];
    const [ownLight, ownDark] = [style.slice(0, style.indexOf('@media (prefers-color-scheme:dark)')), style.slice(style.indexOf('@media (prefers-color-scheme:dark)'), style.indexOf('@media print'))];
    const used = [...tokenValues(ownLight).keys()];
    expect(used).toEqual(expect.arrayContaining(['--sv-bg', '--sv-fg', '--sv-error', '--sv-error-bg', '--sv-warning', '--sv-info', '--sv-ok']));
    for (const name of used) {
      expect(tokenValues(ownLight).get(name), name).toBe(light.get(name));
      expect(tokenValues(ownDark).get(name), name).toBe(dark.get(name));
    }
  });

  it('prints light, never splits a finding across pages, and prints the addresses of links', () => {
    const print = style.slice(style.indexOf('@media print'));
    expect(print).toContain('color-scheme:light');
    expect(print).toContain('--sv-bg:#ffffff');
    expect(print).toContain('background:#fff');
    expect(print).toMatch(/\.finding[^{]*\{[^}]*break-inside:avoid/);
    expect(print).toContain('a[href]::after{content:" (" attr(href) ")"');
    expect(html).toContain('<a href="https://zdorovie.example/prices">https://zdorovie.example/prices</a>');
  });

  it('opens with the counts of each severity and of the promises', () => {
    expect(html).toContain('<div class="count error"><b>1</b>ошибки</div>');
    expect(html).toContain('<div class="count warning"><b>1</b>предупреждения</div>');
    expect(html).toMatch(/<div class="count promises"><b>1<\/b>Обещания: выполняется: 0, нарушено: 1, не с чем сверить: 0<\/div>/);
  });

  it('groups the findings by check, errors first, each with both sides and the fix', () => {
    const contradictions = html.indexOf('<h3>Противоречия с чек-листом <span class="muted">(2)</span></h3>');
    const spelling = html.indexOf('<h3>Орфография');
    expect(contradictions).toBeGreaterThan(0);
    expect(spelling).toBeGreaterThan(contradictions);
    const first = html.slice(contradictions, spelling);
    expect(first.indexOf('class="finding error"')).toBeLessThan(first.indexOf('class="finding info"'));
    expect(first).toContain('<dt>Цитата</dt><dd><q>УЗИ — 1 900 ₽ &lt;script&gt;alert(1)&lt;/script&gt;</q></dd>');
    expect(first).toContain('<dt>Что не так</dt><dd>В материале 1 900 ₽, в чек-листе 2 100 ₽ (то же ещё в местах: 1)</dd>');
    expect(first).toContain('<dt>Другие места</dt><dd><ul><li><a href="https://zdorovie.example/prices">https://zdorovie.example/prices</a>: <q>УЗИ от 2 100 ₽</q></li></ul></dd>');
    expect(first).toContain('<dt>Как исправить</dt><dd><span class="fix">→ Исправьте цену на 2 100 ₽</span></dd>');
  });

  it('tells an unreadable material what to do, the library apart', () => {
    expect(html).toContain('не прочитан: Прайс.docx: не читается как документ Word</span><br>Что сделать: Файл не похож на DOCX');
    expect(html).toContain('<span class="muted">Подробности: Can&#39;t find end of central directory</span>');
  });

  it('lists the promises with their material', () => {
    expect(html).toContain('<td class="error">нарушено</td><td>https://zdorovie.example/prices</td>');
  });

  it('escapes page text everywhere and makes a link only of a web address', () => {
    expect(html).not.toMatch(/<script>alert/);
    const hostile = toHtml({ ...report, sources: [{ id: 's1', kind: 'page', location: 'javascript:alert(1)"><b>' }], findings: [] });
    expect(hostile).not.toContain('href="javascript');
    expect(hostile).toContain('javascript:alert(1)&quot;&gt;&lt;b&gt;');
  });
});

describe('the text and Markdown reports', () => {
  it('say what to do about a material that could not be read', async () => {
    const { toText } = await import('../../../../engine/report/to-text');
    const { toMarkdown } = await import('../../../../engine/report/to-markdown');
    expect(toText(report)).toContain("✗ Прайс.docx: не прочитан — не читается как документ Word (Can't find end of central directory)\n  Что сделать: Файл не похож на DOCX");
    expect(toMarkdown(report)).toContain("- Прайс.docx — не прочитан: не читается как документ Word (Can't find end of central directory). Что сделать: Файл не похож на DOCX");
  });
});
