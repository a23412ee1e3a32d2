import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromText } from '../../../../engine/material/from-text';
import type { Language, Profile } from '../../../../engine/profile/types';
import type { Report } from '../../../../engine/report/types';
import { siteConsistency } from '../../../../engine/site/consistency';

/** Hours mon–sat 9–20, hygiene 4 500 ₽, children seen (offered), sedation not offered. */
const DENTAL = JSON.parse(readFileSync('tests/fixtures/profiles/dental.json', 'utf8')) as Profile;
/** The same clinic with no checklist facts: nothing settles a disagreement but the pages themselves. */
const NO_FACTS: Profile = { ...DENTAL, facts: [] };

/** Each text one page of the site, checked by the engine on its own as a crawl checks it. */
async function siteReports(pages: string[], profile: Profile, language: Language = 'ru'): Promise<Report[]> {
  return Promise.all(pages.map((text, i) => checkMaterials([materialFromText(text, { id: 's1', kind: 'text', location: `https://clinic.example/page-${i + 1}`, title: `Страница ${i + 1}` }, language)], profile)));
}

async function findingsOf(pages: string[], profile: Profile = NO_FACTS, language: Language = 'ru') {
  return siteConsistency(await siteReports(pages, profile, language), profile, language);
}

describe('cross-page consistency: must fire', () => {
  it('flags the page whose price for a service the other pages state otherwise', async () => {
    const reports = await siteReports(['Удаление зуба — 3 500 ₽.', 'Удаление зуба стоит 4 000 руб.', 'Удаление зуба — 3 500 ₽.'], NO_FACTS);
    const findings = siteConsistency(reports, NO_FACTS, 'ru');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ check: 'consistency', quote: 'Удаление зуба стоит 4 000 руб', source: 's1' });
    expect(finding!.message).toContain('Цена указана по-разному');
    expect(finding!.message).toContain('Страница 1');
    expect(finding!.related).toMatchObject([{ quote: 'Удаление зуба — 3 500 ₽' }]);
    expect(reports[1]!.sources[0]!.location).toBe('https://clinic.example/page-2');
  });

  it('flags both pages of a tie and asks which is true', async () => {
    const findings = await findingsOf(['Удаление зуба — 3 500 ₽.', 'Удаление зуба стоит 4 000 руб.']);
    expect(findings.map((finding) => finding.quote)).toEqual(['Удаление зуба — 3 500 ₽', 'Удаление зуба стоит 4 000 руб']);
    for (const finding of findings) expect(finding.message).toContain('Какое значение верное?');
  });

  it('flags the page whose hours disagree with the checklist, not the page that agrees with it', async () => {
    const findings = await findingsOf(['Работаем пн–сб с 9:00 до 20:00.', 'Работаем пн–сб с 8:00 до 22:00.'], DENTAL);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ quote: expect.stringContaining('8:00 до 22:00'), factId: 'hours', related: [{ quote: expect.stringContaining('9:00 до 20:00') }] });
    expect(findings[0]!.message).toContain('как в чек-листе');
  });

  it('trusts the checklist over the majority: the pages that disagree with it are flagged, however many', async () => {
    const findings = await findingsOf(['Работаем пн–сб с 8:00 до 22:00.', 'Часы работы: пн–сб 8:00–22:00.', 'Работаем пн–сб с 9:00 до 20:00.'], DENTAL);
    expect(findings.map((finding) => finding.quote)).toEqual([expect.stringContaining('8:00 до 22:00'), expect.stringContaining('8:00–22:00')]);
    for (const finding of findings) expect(finding.related).toMatchObject([{ quote: expect.stringContaining('9:00 до 20:00') }]);
  });

  it('flags the one page of many that says otherwise (3 say 8–21, 1 says round the clock)', async () => {
    const pages = ['Работаем ежедневно с 8:00 до 21:00.', 'Часы работы: ежедневно 8:00–21:00.', 'Ждём вас каждый день с 8:00 до 21:00.', 'Клиника работает круглосуточно.'];
    const findings = await findingsOf(pages);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.quote).toBe('Клиника работает круглосуточно');
    expect(findings[0]!.message).toContain('(3)');
  });

  it('flags a service offered on one page and denied on another where the checklist offers it', async () => {
    const findings = await findingsOf(['Принимаем детей с 3 лет.', 'Детей не принимаем.'], DENTAL);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.quote).toBe('Детей не принимаем.');
    expect(findings[0]!.message).toContain('Услуга на одних страницах предлагается, на других — нет');
    expect(findings[0]!.related![0]!.quote).not.toBe(findings[0]!.quote);
  });

  it('flags the page that offers a service the checklist says is not provided', async () => {
    const findings = await findingsOf(['Лечение во сне не проводим.', 'Предлагаем лечение во сне.'], DENTAL);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ quote: 'Предлагаем лечение во сне', related: [{ quote: 'Лечение во сне не проводим.' }] });
  });

  it('sets a page beside another page, never beside itself', async () => {
    expect(await findingsOf(['Удаление зуба — 3 500 ₽.\n\nУдаление зуба стоит 4 000 руб.', 'Удаление зуба стоит 4 000 руб.'])).toEqual([
      expect.objectContaining({ quote: 'Удаление зуба — 3 500 ₽', related: [expect.objectContaining({ quote: 'Удаление зуба стоит 4 000 руб' })] }),
    ]);
  });

  it('counts a footer repeated on most pages once: two pages outweigh it', async () => {
    const footer = '\n\nРаботаем ежедневно с 8:00 до 21:00.';
    const findings = await findingsOf([`Главная.${footer}`, `О нас.${footer}`, `Врачи.${footer}`, `Контакты.${footer}\n\nКлиника работает круглосуточно.`, 'Акции. Клиника работает круглосуточно.']);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.quote).toContain('8:00 до 21:00');
    expect(findings[0]!.related!.length).toBeGreaterThan(1);
  });

  it('writes English messages for an English site', async () => {
    const findings = await findingsOf(['Teeth cleaning costs $90.', 'Teeth cleaning costs $120.', 'Teeth cleaning costs $90.'], { ...NO_FACTS, languages: ['en'] }, 'en');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('The price differs');
  });

  it('gives a finding the same fingerprint on every run', async () => {
    const pages = ['Удаление зуба — 3 500 ₽.', 'Удаление зуба стоит 4 000 руб.', 'Удаление зуба — 3 500 ₽.'];
    const [first, second] = [await findingsOf(pages), await findingsOf(pages)];
    expect(first.map((finding) => finding.fingerprint)).toEqual(second.map((finding) => finding.fingerprint));
  });
});

describe('cross-page consistency: must stay silent', () => {
  it('on one price written two ways', async () => {
    expect(await findingsOf(['Удаление зуба — 3 500 ₽.', 'Удаление зуба — 3500 руб.'])).toEqual([]);
  });

  it('on different services at different prices', async () => {
    expect(await findingsOf(['Приём терапевта — 1 900 ₽.', 'Удаление зуба — 3 500 ₽.'])).toEqual([]);
  });

  it('on a footer phone repeated on every page', async () => {
    const footer = '\n\nТелефон: +7 812 310-20-20';
    expect(await findingsOf([`Главная.${footer}`, `О нас.${footer}`, `Врачи.${footer}`])).toEqual([]);
  });

  it('on a footer with the hours repeated on every page', async () => {
    const footer = '\n\nРаботаем ежедневно с 8:00 до 21:00.';
    expect(await findingsOf([`Главная.${footer}`, `О нас.${footer}`, `Врачи.${footer}`])).toEqual([]);
  });

  it('on a from-price and an exact price above it for the same service', async () => {
    expect(await findingsOf(['Удаление зуба от 3 500 ₽.', 'Удаление зуба — 4 000 ₽.'])).toEqual([]);
  });

  it('on a service offered on every page that mentions it', async () => {
    expect(await findingsOf(['Принимаем детей с 3 лет.', 'Ведём детский приём.'], DENTAL)).toEqual([]);
  });

  it('on two prices on one page and nowhere else: the page’s own check has them', async () => {
    expect(await findingsOf(['Удаление зуба — 3 500 ₽.\n\nУдаление зуба стоит 4 000 руб.', 'О клинике.'])).toEqual([]);
  });
});
