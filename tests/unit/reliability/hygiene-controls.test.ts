import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../engine/engine';
import { materialFromText } from '../../../engine/material/from-text';
import type { Material } from '../../../engine/material/types';
import type { Profile } from '../../../engine/profile/types';
import { toHtml } from '../../../engine/report/to-html';
import { toJson } from '../../../engine/report/to-json';
import { findingToMarkdown, toMarkdown } from '../../../engine/report/to-markdown';
import { toText } from '../../../engine/report/to-text';

/**
 * Characters that rewrite what a reader sees: bidi overrides and isolates turn "exe.txt" into
 * "txt.exe", ESC sequences clear a terminal or paint over a line, C1 controls do the same on some
 * terminals. None may reach a report raw.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const RLO = '\u202e';
const ESC = '\u001b';

const profile: Profile = {
  format: 'sverka.profile/1',
  name: `Кофейня «Зерно»${RLO}`,
  languages: ['ru'],
  facts: [{ id: 'hours', kind: 'hours', label: 'Часы работы', value: { 'mon-sun': '08:00-20:00' } }],
  names: [{ id: 'brand', kind: 'organization', canonical: 'Зерно' }],
};

function hostileMaterials(): Material[] {
  const text = [
    `Кофейня «Зерно». Открыты круглосуточно${RLO}txt.exe ${ESC}[2J${ESC}]8;;https://evil.example${ESC}\\ссылка${ESC}]8;;${ESC}\\`,
    `Наш адрес\u2066 ул. Ленина 5\u2069, звоните\u0085 ${ESC}[31mкаждый день\u009b2K, с 7:00 до 23:00.\r`,
  ].join('\n');
  const page = materialFromText(text, { id: 's1', kind: 'text', location: `menu${RLO}gpj.txt` }, 'ru');
  const broken: Material = { source: { id: 's2', kind: 'text', location: `bad${ESC}[2J.txt`, error: `could not be read (${ESC}[1A${RLO})` }, language: 'ru', blocks: [] };
  return [page, broken];
}

async function reports() {
  const materials = hostileMaterials();
  const report = await checkMaterials(materials, profile, { createdAt: new Date('2026-12-01T00:00:00Z') });
  return { report, materials };
}

describe('control and bidi characters in reports', () => {
  it('the hostile material does produce findings whose quotes hold the characters (the test bites)', async () => {
    const { report } = await reports();
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.some((f) => UNSAFE.test(f.quote) || UNSAFE.test(f.message))).toBe(true);
  });

  it.each([
    ['text', (r: Awaited<ReturnType<typeof reports>>) => toText(r.report, { materials: r.materials })],
    ['markdown', (r: Awaited<ReturnType<typeof reports>>) => toMarkdown(r.report)],
    ['markdown ticket', (r: Awaited<ReturnType<typeof reports>>) => r.report.findings.map((f) => findingToMarkdown(r.report, f)).join('\n')],
    ['html', (r: Awaited<ReturnType<typeof reports>>) => toHtml(r.report, r.materials)],
  ])('%s: no raw control or bidi character, each shown as a visible ‹U+XXXX›', async (_, render) => {
    const rendered = render(await reports());
    expect(rendered).not.toMatch(UNSAFE);
    expect(rendered).toContain('‹U+202E›');
    expect(rendered).toContain('‹U+001B›');
  });

  it('text with colour: the only escape sequences are the report’s own colours', async () => {
    const { report, materials } = await reports();
    const rendered = toText(report, { materials, colour: true });
    const foreign = rendered.replace(/\u001b\[(?:1|2|22|31|33|36|39)m/g, '');
    expect(foreign).not.toMatch(UNSAFE);
    expect(foreign).toContain('‹U+001B›[2J');
  });

  it('json stays valid, keeps the text exactly, and writes the characters as \\u escapes', async () => {
    const { report } = await reports();
    const json = toJson(report);
    expect(json).not.toMatch(UNSAFE);
    expect(json).toContain('\\u202e');
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
  });
});
