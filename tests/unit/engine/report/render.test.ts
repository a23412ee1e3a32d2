import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { materialFromOcr } from '../../../../engine/material/from-image';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { parseProfileJson } from '../../../../engine/profile/validate';
import { diffReports } from '../../../../engine/report/diff';
import { toHtml } from '../../../../engine/report/to-html';
import { toJson } from '../../../../engine/report/to-json';
import { toMarkdown } from '../../../../engine/report/to-markdown';
import { toText } from '../../../../engine/report/to-text';

const GOLDEN = 'tests/fixtures/report';
const profile = (() => {
  const parsed = parseProfileJson(readFileSync('tests/fixtures/cli/profile.json', 'utf8'));
  if (!parsed.ok) throw new Error('fixture profile');
  return parsed.profile;
})();

/** A page whose text tries to become markup in every format. */
const HOSTILE = `<body><p>Каждый шестой кофе в подарок! &lt;img src=x onerror=alert(1)&gt; | **жирно** [ссылка](javascript:x)</p>
<p>Открыты круглосуточно &lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;</p></body>`;

async function reportOf(html: string) {
  const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' });
  const report = await checkMaterials([material], profile, { createdAt: new Date('2026-11-22T10:00:00Z') });
  return { report, material };
}

describe('renderers (golden files)', () => {
  it.each([
    ['json', 'report.json'],
    ['text', 'report.txt'],
    ['markdown', 'report.md'],
    ['html', 'report.html'],
  ])('%s matches %s', async (format, file) => {
    const { report, material } = await reportOf(HOSTILE);
    const rendered = { json: () => toJson(report), text: () => toText(report, { materials: [material] }), markdown: () => toMarkdown(report), html: () => toHtml(report, [material]) }[format]!();
    expect(rendered).toBe(readFileSync(`${GOLDEN}/${file}`, 'utf8'));
  });
});

describe('escaping', () => {
  it('never lets page text become HTML', async () => {
    const { report, material } = await reportOf(HOSTILE);
    const html = toHtml(report, [material]);
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps Markdown tables whole and inert', async () => {
    const { report } = await reportOf(HOSTILE);
    const rows = toMarkdown(report)
      .split('\n')
      .filter((line) => line.startsWith('| ошибка'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(8);
    expect(toMarkdown(report)).not.toMatch(/(?<!\\)\*\*жирно/);
  });

  it('shows terminal control sequences in text reports as visible escapes, never raw', async () => {
    const { report, material } = await reportOf('<p>Каждый шестой кофе в подарок!\u001b[2J</p>');
    expect(toText(report, { materials: [material] })).not.toContain('\u001b');
    expect(toText(report, { materials: [material] })).toContain('‹U+001B›[2J');
  });

  it('says a repeated fault once, with how many more places have it, in every format', async () => {
    const { report, material } = await reportOf('<p>Из за дождя открыты с 10:00. Из за ветра веранда закрыта. Из за снега — тоже.</p>');
    const repeated = report.findings.filter((f) => f.check === 'grammar');
    expect(repeated).toHaveLength(1);
    expect(repeated[0]!.related).toHaveLength(2);
    for (const rendered of [toText(report, { materials: [material] }), toMarkdown(report), toHtml(report, [material])]) expect(rendered).toContain('то же ещё в местах: 2');
  });

  it('colours only when asked', async () => {
    const { report, material } = await reportOf(HOSTILE);
    expect(toText(report, { materials: [material], colour: true })).toContain('\u001b[31m');
    expect(toText(report, { materials: [material] })).not.toContain('\u001b[');
  });
});

describe('context in text reports', () => {
  it('cuts the text around a quote between words, never inside one', async () => {
    const text = 'Наша превосходнейшая и уютнейшая кофейня ждёт гостей в самом центре города. Мы открыты круглосуточно, включая праздничные и предпраздничные дни';
    const { report, material } = await reportOf(`<p>${text}</p>`);
    const line = toText(report, { materials: [material] })
      .split('\n')
      .find((l) => l.includes('круглосуточно'))!;
    const [, before, after] = /: … (\S+) .* (\S+) …$/.exec(line)!;
    expect(text).toMatch(new RegExp(`(?:^| )${before}`));
    expect(text).toMatch(new RegExp(`${after}(?: |$)`));
  });
});

describe('diffReports', () => {
  it('tells fixed, new and unchanged findings apart by fingerprint', async () => {
    const before = (await reportOf('<p>Каждый шестой кофе в подарок!</p><p>Открыты круглосуточно.</p>')).report;
    const after = (await reportOf('<p>Открыты круглосуточно.</p><p>Каждый пятый кофе в подарок!</p>')).report;
    const diff = diffReports(before, after);
    expect(diff.fixed.map((f) => f.quote)).toEqual(['Каждый шестой кофе в подарок']);
    expect(diff.added.map((f) => f.quote)).toEqual(['Каждый пятый кофе в подарок']);
    expect(diff.unchanged.map((f) => f.quote)).toEqual(['Открыты круглосуточно']);
  });

  it('keeps a finding the same one when the profile is edited elsewhere or its fact is re-worded', async () => {
    const page = materialFromDocument(parseHtmlDocument('<p>Каждый шестой кофе в подарок!</p><p>Открыты круглосуточно.</p>'), { id: 's1', kind: 'page', location: 'page.html' });
    const edited = structuredClone(profile);
    for (const fact of edited.facts!) {
      if (fact.kind !== 'hours') continue;
      fact.label = 'Часы работы кофейни';
      fact.value = { 'mon-fri': '07:00-20:00', 'sat-sun': '09:00-18:00' };
    }
    edited.concept = { ...edited.concept, statement: 'Кофе без спешки' } as typeof edited.concept;
    const before = await checkMaterials([page], profile);
    const after = await checkMaterials([page], edited);
    expect(before.findings.length).toBeGreaterThan(1);
    expect(after.findings.map((f) => f.fingerprint)).toEqual(before.findings.map((f) => f.fingerprint));
  });
});

describe('a poorly read image', () => {
  const box = { x0: 0, y0: 0, x1: 400, y1: 30 };
  async function imageReport(inkRead: number) {
    const material = materialFromOcr({ paragraphs: [{ lines: [{ text: 'Открыты круглосуточно, без выходных.', confidence: 93, box }] }], reading: { inkRead } }, { id: 's1', kind: 'image', location: 'flyer.png' });
    const report = await checkMaterials([material], profile, { createdAt: new Date('2026-11-22T10:00:00Z') });
    return { report, material };
  }
  const WARNING = 'прочитано около 40 % текста: переснимите ровнее и ближе (находки неполные)';

  it('is warned of beside its source, and its findings are marked partial, in every format', async () => {
    const { report, material } = await imageReport(0.42);
    expect(report.findings.some((f) => f.source === 's1')).toBe(true);
    expect(JSON.parse(toJson(report)).sources[0].reading).toEqual({ inkRead: 0.42, confidence: 0.93, poor: true });
    const text = toText(report, { materials: [material] });
    expect(text).toContain(`⚠ flyer.png: ${WARNING}`);
    expect(text).toContain('flyer.png (находки неполные)');
    expect(toMarkdown(report)).toContain(`- flyer.png — **⚠ ${WARNING}**`);
    const html = toHtml(report, [material]);
    expect(html).toContain(`<p class="warning reading">⚠ ${WARNING}</p>`);
    expect(html).toContain('<h3>flyer.png <span class="warning partial">(находки неполные)</span></h3>');
  });

  it('is not a well read one: no warning, nothing partial', async () => {
    const { report, material } = await imageReport(0.95);
    for (const rendered of [toText(report, { materials: [material] }), toMarkdown(report), toHtml(report, [material])]) {
      expect(rendered).not.toContain('⚠');
      expect(rendered).not.toContain('неполные');
    }
  });
});
