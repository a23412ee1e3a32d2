import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromText } from '../../../../engine/material/from-text';
import type { Profile } from '../../../../engine/profile/types';
import { combinedReport, renumbered } from '../../../../engine/site/site-check';

/** Pillars «Без боли» (без боли, безболезненно, анестезия) and «Понятная цена» (смета, фиксированная цена, без скрытых). */
const DENTAL = JSON.parse(readFileSync('tests/fixtures/profiles/dental.json', 'utf8')) as Profile;

/** Each text one page, checked on its own as a crawl checks it, numbered as the crawl numbers them. */
async function site(pages: string[]) {
  const counts = { promises: 0, findings: 0 };
  const reports = await Promise.all(pages.map((text, i) => checkMaterials([materialFromText(text, { id: 's1', kind: 'text', location: `https://clinic.example/${i + 1}`, title: `Страница ${i + 1}` }, 'ru')], DENTAL)));
  return combinedReport(
    reports.map((report, i) => renumbered(report, new Map([['s1', `s${i + 1}`]]), counts)),
    DENTAL,
    [],
  );
}

const silentPillars = (findings: { message: string; source?: string }[]) => findings.filter((finding) => finding.source === undefined && finding.message.includes('нигде не звучит')).map((finding) => finding.message);

describe('a site report: findings about the profile', () => {
  it('says a pillar is silent when no page of the site voices it, once', async () => {
    const report = await site(['Лечим зубы в центре города.', 'Приём ведут опытные врачи.', 'Запишитесь на консультацию.']);
    const silent = silentPillars(report.findings);
    expect(silent.filter((message) => message.includes('Без боли'))).toHaveLength(1);
    expect(silent.filter((message) => message.includes('Понятная цена'))).toHaveLength(1);
  });

  it('stays silent about a pillar one page voices, though the other pages never do', async () => {
    const report = await site(['Лечим зубы в центре города.', 'Лечение без боли: современная анестезия.', 'Запишитесь на консультацию.']);
    expect(silentPillars(report.findings).filter((message) => message.includes('Без боли'))).toEqual([]);
    expect(silentPillars(report.findings).filter((message) => message.includes('Понятная цена'))).toHaveLength(1);
  });

  it('keeps every page’s own findings with its source', async () => {
    const report = await site(['Лечим зубы в центре города.', 'Работаем круглосуточно.']);
    expect(report.sources.map((source) => source.id)).toEqual(['s1', 's2']);
    expect(report.findings.some((finding) => finding.source === 's2' && finding.check === 'contradiction')).toBe(true);
  });
});
