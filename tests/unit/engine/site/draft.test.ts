import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { materialFromText } from '../../../../engine/material/from-text';
import { unreadableMaterial } from '../../../../engine/material/load';
import type { Material } from '../../../../engine/material/types';
import { validateProfile } from '../../../../engine/profile/validate';
import { PROFILE_FORMAT, type Fact, type Language, type Profile } from '../../../../engine/profile/types';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Report } from '../../../../engine/report/types';
import { draftProfile } from '../../../../engine/site/draft';

/**
 * tests/fixtures/draft: a dental clinic's four pages, one header and footer on each (its name,
 * address, phone, e-mail, hours and the price of a first examination), the price of an extraction
 * 3 000 ₽ on the services page and 5 000 ₽ on the prices page, a denied home visit.
 */
const PAGES = ['index', 'services', 'prices', 'contacts'];
const SITE = 'https://ulybka.example:8443';

const BLANK: Profile = { format: PROFILE_FORMAT, name: 'ulybka.example' };

const page = (name: string, i: number): Material =>
  materialFromDocument(parseHtmlDocument(readFileSync(`tests/fixtures/draft/${name}.html`, 'utf8')), { id: `s${i + 1}`, kind: 'page', location: `${SITE}/${name}`, title: `${SITE}/${name}` }, 'ru');

/** The materials as `check` reports them under a profile with nothing in it: promises extracted, nothing judged. */
const reportOf = (materials: Material[]): Promise<Report> => checkMaterials(materials, BLANK, { checks: [] });

const texts = (pages: string[], language: Language = 'ru') =>
  reportOf(pages.map((text, i) => materialFromText(text, { id: `s${i + 1}`, kind: 'text', location: `https://clinic.example/page-${i + 1}`, title: `Страница ${i + 1}` }, language)));

const siteDraft = async () => draftProfile(await reportOf(PAGES.map(page)));
const factsOf = (profile: Profile, kind: Fact['kind']) => (profile.facts ?? []).filter((fact) => fact.kind === kind);
const locations = (evidence: { location: string }[] | undefined) => (evidence ?? []).map((place) => place.location);

describe('draftProfile from a site: must draft', () => {
  it('drafts a price a footer repeats on every page as one fact, its evidence each page', async () => {
    const profile = await siteDraft();
    const exam = factsOf(profile, 'price').filter((fact) => fact.label === 'Первичный осмотр');
    expect(exam).toHaveLength(1);
    expect(exam[0]).toMatchObject({ value: { amount: 500, currency: 'RUB' } });
    expect(locations(exam[0]!.evidence)).toEqual(PAGES.map((name) => `${SITE}/${name}`));
    expect(exam[0]!.evidence![0]!.quote).toBe('Первичный осмотр — 500 ₽');
  });

  it('leaves two prices of one service out of the facts as one conflict naming both pages', async () => {
    const profile = await siteDraft();
    expect(profile.conflicts).toHaveLength(1);
    const [conflict] = profile.conflicts!;
    expect(conflict).toMatchObject({ topic: 'Удаление зуба', kind: 'price' });
    expect(conflict!.variants.map((variant) => variant.value)).toEqual(
      expect.arrayContaining([
        { amount: 3000, currency: 'RUB' },
        { amount: 5000, currency: 'RUB' },
      ]),
    );
    expect(conflict!.variants.flatMap((variant) => locations(variant.evidence)).sort()).toEqual([`${SITE}/prices`, `${SITE}/services`]);
    expect((profile.facts ?? []).filter((fact) => fact.label.includes('Удаление'))).toEqual([]);
  });

  it("drafts the clinic's phone, e-mail and address as names, and its name from every page's header", async () => {
    const profile = await siteDraft();
    const byKind = (kind: string) => profile.names?.filter((name) => name.kind === kind) ?? [];
    expect(byKind('phone').map((name) => name.canonical)).toEqual(['+7 (495) 123-45-67']);
    expect(byKind('email').map((name) => name.canonical)).toEqual(['info@ulybka.ru']);
    expect(byKind('address').map((name) => name.canonical)).toEqual(['ул. Ленина, 5']);
    expect(byKind('organization').map((name) => name.canonical)).toEqual(['Улыбка']);
    for (const name of profile.names!) expect(locations(name.evidence)).toHaveLength(PAGES.length);
    expect(profile.name).toBe('Улыбка');
  });

  it('drafts the hours every page agrees on as one fact labelled by its kind', async () => {
    const hours = factsOf(await siteDraft(), 'hours');
    expect(hours).toHaveLength(1);
    expect(hours[0]).toMatchObject({ label: 'Часы работы', value: { 'mon-fri': '09:00-21:00' } });
    expect(hours[0]!.evidence).toHaveLength(PAGES.length);
  });

  it('drafts the listed services as offered, each by its own name', async () => {
    const offered = factsOf(await siteDraft(), 'offered');
    expect(offered.map((fact) => fact.label)).toEqual(['Лечение кариеса', 'Чистка зубов', 'Отбеливание зубов']);
    for (const fact of offered) expect(fact).toMatchObject({ value: true, evidence: [{ location: `${SITE}/services` }] });
    // Its words one by one ("зубов") would match any page about teeth.
    for (const fact of offered) expect(fact.topics).toBeUndefined();
  });

  it('binds the profile to the site it was read from, leaves the concept to the user and suggests pillars as such', async () => {
    const profile = await siteDraft();
    expect(profile.sites).toEqual(['https://ulybka.example/*']);
    expect(profile.concept).toMatchObject({ what: '', how: '', forWhom: '', why: '' });
    expect(profile.concept!.pillars!.length).toBeGreaterThan(0);
    for (const pillar of profile.concept!.pillars!) expect(pillar.label).toMatch(/^Предложено: /);
  });

  it('gives every fact, name and pillar a unique id, and the draft validates as JSON', async () => {
    const profile = await siteDraft();
    const ids = [...profile.facts!, ...profile.names!, ...profile.concept!.pillars!].map((item) => item.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const result = validateProfile(JSON.parse(JSON.stringify(profile)));
    expect(result.ok ? [] : result.problems).toEqual([]);
    for (const fact of profile.facts!) expect(fact.evidence!.length).toBeGreaterThan(0);
  });

  it('names the variants of hours three pages state one way and one another, with how often each is said', async () => {
    const profile = draftProfile(await texts(['Работаем ежедневно с 8:00 до 21:00.', 'Часы работы: ежедневно 8:00–21:00.', 'Ждём вас каждый день с 8:00 до 21:00.', 'Клиника работает круглосуточно.']));
    expect(factsOf(profile, 'hours')).toEqual([]);
    expect(profile.conflicts).toHaveLength(1);
    const [many, one] = profile.conflicts![0]!.variants;
    expect(many!.evidence).toHaveLength(3);
    expect(one!.evidence).toMatchObject([{ location: 'https://clinic.example/page-4', quote: expect.stringContaining('круглосуточно') }]);
  });

  it('asks about a service one page lists and another denies, drafting it neither way', async () => {
    const html = (body: string) => `<!doctype html><html lang="ru"><body><main>${body}</main></body></html>`;
    const pages = [html('<h2>Наши услуги</h2><ul><li>Выезд на дом</li><li>Чистка зубов</li></ul>'), html('<p>Выезд на дом не осуществляем.</p>')];
    const report = await reportOf(pages.map((text, i) => materialFromDocument(parseHtmlDocument(text), { id: `s${i + 1}`, kind: 'page', location: `${SITE}/${i + 1}` }, 'ru')));
    const profile = draftProfile(report);
    expect(factsOf(profile, 'offered').map((fact) => fact.label)).toEqual(['Чистка зубов']);
    expect(profile.conflicts).toMatchObject([
      {
        topic: 'Выезд на дом',
        kind: 'offered',
        variants: [
          { value: true, evidence: [{ location: `${SITE}/1`, quote: 'Выезд на дом' }] },
          { value: false, evidence: [{ location: `${SITE}/2`, quote: expect.stringContaining('не осуществляем') }] },
        ],
      },
    ]);
  });

  it("drafts a week's hours stated in parts as one fact: weekdays and the weekend", async () => {
    const profile = draftProfile(await texts(['Часы работы: пн–пт с 9:00 до 21:00.\n\nСб–вс с 10:00 до 18:00.', 'Работаем пн–пт с 9:00 до 21:00.']));
    expect(profile.conflicts).toBeUndefined();
    expect(factsOf(profile, 'hours')).toMatchObject([{ label: 'Часы работы', value: { 'mon-fri': '09:00-21:00', 'sat-sun': '10:00-18:00' } }]);
    expect(factsOf(profile, 'hours')[0]!.evidence).toHaveLength(3);
  });

  it('writes its labels in the language of the materials', async () => {
    const profile = draftProfile(await texts(['We are open Mon–Fri 9am to 6pm. Deep cleaning from $180.', 'Opening hours: Mon–Fri 9am to 6pm. Deep cleaning costs $180.'], 'en'));
    expect(profile.languages).toEqual(['en']);
    expect(factsOf(profile, 'hours')).toMatchObject([{ label: 'Opening hours', value: { 'mon-fri': '09:00-18:00' } }]);
    expect(profile.concept!.pillars!.map((pillar) => pillar.label)).toContain('Suggested: cleaning');
  });

  it('takes the name it is given over the one the pages give', async () => {
    expect(draftProfile(await reportOf(PAGES.map(page)), { name: 'Клиника на Ленина' }).name).toBe('Клиника на Ленина');
  });
});

describe('draftProfile: must not draft', () => {
  it('drafts no denied service as offered («Выезд на дом не осуществляем»)', async () => {
    const profile = await siteDraft();
    expect(profile.facts!.filter((fact) => /выезд/i.test(fact.label))).toEqual([]);
  });

  it('drafts no sentence that offers something as a service of that name', async () => {
    const profile = await siteDraft();
    expect(factsOf(profile, 'offered').filter((fact) => fact.label.startsWith('Лечим'))).toEqual([]);
  });

  it('drafts no price that cannot be read as a sum', async () => {
    const profile = draftProfile(await texts(['Имплантация — цена договорная.', 'Чистка зубов — 4 500 ₽.']));
    expect(factsOf(profile, 'price').map((fact) => fact.label)).toEqual(['Чистка зубов']);
  });

  it('drafts a free thing only where it is named: not «она бесплатна»', async () => {
    const profile = draftProfile(await texts(['Мы не берём денег за консультацию по результатам чекапа: она бесплатна.', 'Бесплатная парковка для пациентов.']));
    expect(factsOf(profile, 'free')).toMatchObject([{ value: true, evidence: [{ location: 'https://clinic.example/page-2' }] }]);
  });

  it('takes no name one page of many quotes as the business’s', async () => {
    const profile = draftProfile(await texts(['Мы работаем с брендом «Colgate».', 'Чистка зубов — 4 500 ₽.', 'Удаление зуба — 3 000 ₽.', 'Звоните нам.']));
    expect(profile.names!.filter((name) => name.kind === 'organization')).toEqual([]);
    expect(profile.name).toBe('clinic.example');
  });

  it('takes no street without a house number for an address: «остановка Площадь Мира» is where a bus stops', async () => {
    const profile = draftProfile(await texts(['Мы в пяти минутах от остановки «Площадь Мира».', 'Адрес: ул. Берёзовая, д. 14.']));
    expect(profile.names!.filter((name) => name.kind === 'address').map((name) => name.canonical)).toEqual([expect.stringContaining('Берёзовая')]);
  });

  it('drafts no value the profile would refuse, whatever a report holds (a misread sum below zero)', () => {
    const promise = { kind: 'price' as const, source: 's1', status: 'unknown' as const };
    const report: Report = {
      format: 'sverka.report/1',
      profile: 'x',
      language: 'ru',
      createdAt: '2026-12-02T00:00:00Z',
      sources: [{ id: 's1', kind: 'page', location: 'https://clinic.example/', title: 'Главная' }],
      promises: [
        { ...promise, id: 'p1', quote: 'Чистка зубов — −500 ₽', value: { amount: -500, currency: 'RUB', from: false } },
        { ...promise, id: 'p2', quote: 'Отбеливание — 9 000 ₽', value: { amount: 9000, currency: 'RUB', from: false } },
      ],
      findings: [],
      summary: { error: 0, warning: 0, info: 0 },
    };
    const profile = draftProfile(report);
    expect(factsOf(profile, 'price').map((fact) => fact.label)).toEqual(['Отбеливание']);
    expect(validateProfile(profile).ok).toBe(true);
  });

  it('drafts nothing from a material that could not be read, and still a valid profile', async () => {
    const broken = unreadableMaterial({ id: 's1', location: 'missing.pdf', title: 'missing.pdf' }, { code: 'missing' });
    const profile = draftProfile(await reportOf([broken]), { language: 'en' });
    expect(profile).toMatchObject({ name: 'Draft profile', facts: [], names: [] });
    expect(profile.conflicts).toBeUndefined();
    expect(validateProfile(profile).ok).toBe(true);
  });
});
