import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchmark, type Benchmark } from '../../../../engine/benchmark/benchmark';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { materialFromText } from '../../../../engine/material/from-text';
import { unreadableMaterial } from '../../../../engine/material/load';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Material } from '../../../../engine/material/types';
import { PROFILE_FORMAT, type Language, type Profile } from '../../../../engine/profile/types';

/** tests/fixtures/benchmark: our café «Зерно», and two invented rivals' pages. */
const OURS = JSON.parse(readFileSync('tests/fixtures/benchmark/ours-cafe.json', 'utf8')) as Profile;
const CREATED = new Date('2026-12-01T10:00:00Z');

const page = (name: string, id = 's1'): Material =>
  materialFromDocument(parseHtmlDocument(readFileSync(`tests/fixtures/benchmark/${name}.html`, 'utf8')), { id, kind: 'page', location: `https://${name}.example/`, title: name }, 'ru');
const text = (body: string, language: Language, id = 's1'): Material => materialFromText(body, { id, kind: 'text', location: `${id}.txt`, title: `${id}.txt` }, language);

/** Each topic's verdict for one competitor, by our fact's label. */
const aheadBy = (result: Benchmark, competitor = 'c1') => Object.fromEntries(result.topics.map((topic) => [topic.topic, topic.theirs.find((their) => their.competitor === competitor)?.ahead]));

describe('benchmark: a rival café against our checklist', () => {
  const result = benchmark(OURS, [{ materials: [page('rival-bobs')] }, { materials: [page('rival-krosh', 's2')] }], { createdAt: CREATED });

  it('writes sverka.benchmark/1: ours, the competitors named by their pages’ titles, every comparable fact a topic', () => {
    expect(result.format).toBe('sverka.benchmark/1');
    expect(result.ours).toBe('Кофейня «Зерно»');
    expect(result.createdAt).toBe(CREATED.toISOString());
    // Named by their page's title, as the source holds it.
    expect(result.competitors.map((c) => [c.id, c.name])).toEqual([
      ['c1', 'rival-bobs'],
      ['c2', 'rival-krosh'],
    ]);
    expect(result.topics.map((topic) => topic.kind)).toEqual(['hours', 'price', 'price', 'duration', 'free', 'loyalty', 'discount', 'offered']);
    for (const topic of result.topics) expect(topic.theirs.map((their) => their.competitor)).toEqual(['c1', 'c2']);
  });

  it('says who is ahead, kind by kind, like with like', () => {
    expect(aheadBy(result, 'c1')).toEqual({
      'Часы работы': 'theirs', // every day 7–23 against 8–21 and 10–20
      Капучино: 'theirs', // 220 ₽ against 250 ₽
      Круассан: 'ours', // 180 ₽ against 150 ₽
      Доставка: 'theirs', // 40 minutes against up to 60
      'Wi-Fi': 'tie', // free on both sides
      'Карта гостя': 'theirs', // every 5th free against every 7th
      'Скидка именинникам': 'unknown', // they say nothing of it
      'Летняя веранда': 'theirs', // they have one, we do not
    });
    expect(aheadBy(result, 'c2')).toEqual({
      'Часы работы': 'ours',
      Капучино: 'tie',
      Круассан: 'unknown',
      Доставка: 'ours',
      'Wi-Fi': 'unknown',
      'Карта гостя': 'unknown',
      'Скидка именинникам': 'theirs', // 15 % against at most 10 %
      'Летняя веранда': 'unknown',
    });
  });

  it('gives both sides in people’s words, their quote and the page it stands on', () => {
    const hours = result.topics.find((topic) => topic.kind === 'hours')!;
    expect(hours.ours.text).toBe('пн–пт 08:00–21:00, сб–вс 10:00–20:00');
    expect(hours.theirs[0]).toMatchObject({ text: 'ежедневно 7:00–23:00', quote: 'Работаем ежедневно с 7:00 до 23:00', location: 'https://rival-bobs.example/', value: { 'mon-sun': '07:00-23:00' } });
    expect(hours.theirs[1]).toMatchObject({ value: { 'mon-fri': '09:00-18:00', 'sat-sun': '10:00-16:00' } });
    const cappuccino = result.topics.find((topic) => topic.topic === 'Капучино')!;
    expect(cappuccino.ours).toEqual({ value: { amount: 250, currency: 'RUB' }, text: '250 ₽' });
    expect(cappuccino.theirs[0]).toMatchObject({ text: '220 ₽', quote: 'Капучино — 220 ₽' });
    expect(result.topics.find((topic) => topic.kind === 'offered')!.theirs[0]).toMatchObject({ text: 'оказывается', ahead: 'theirs' });
  });

  it('lists a competitor’s unreadable material with its error and compares the rest', () => {
    const missing = unreadableMaterial({ id: 's2', location: 'gone.html', title: 'gone.html' }, { code: 'missing' });
    const partly = benchmark(OURS, [{ materials: [page('rival-bobs'), missing] }]);
    expect(partly.competitors[0]!.sources).toEqual([{ location: 'https://rival-bobs.example/' }, { location: 'gone.html', error: expect.any(String) }]);
    expect(aheadBy(partly).Капучино).toBe('theirs');
  });
});

describe('role "competitor": the check runs no contradiction or wrong-name check', () => {
  it('finds contradictions on the rival page under our profile, none under a competitor profile', async () => {
    const material = page('rival-bobs');
    const asOurs = await checkMaterials([material], OURS, { only: ['contradiction', 'wrong-name'] });
    expect(asOurs.findings.some((finding) => finding.check === 'contradiction')).toBe(true);
    const asCompetitor = await checkMaterials([material], { ...OURS, role: 'competitor' }, { only: ['contradiction', 'wrong-name'] });
    expect(asCompetitor.findings.filter((finding) => finding.check === 'contradiction' || finding.check === 'wrong-name')).toEqual([]);
  });
});

/** An English clinic's checklist: its hours, a consultation's price and wait, a guarantee on fillings. */
const CLINIC: Profile = {
  format: PROFILE_FORMAT,
  name: 'Brightsmile Dental',
  languages: ['en'],
  facts: [
    { id: 'hours', kind: 'hours', label: 'Opening hours', value: { 'mon-fri': '09:00-17:00', 'sat-sun': 'closed' } },
    { id: 'consultation', kind: 'price', label: 'Consultation', topics: ['consultation'], value: { amount: 60, currency: 'GBP' } },
    { id: 'filling-guarantee', kind: 'guarantee', label: 'Guarantee on fillings', value: { amount: 2, unit: 'year' } },
    { id: 'whitening', kind: 'price', label: 'Teeth whitening', topics: ['whitening'], value: { amount: 300, currency: 'GBP' } },
  ],
};

describe('benchmark in English: a rival clinic', () => {
  const rival = text(['Smileworks Clinic', 'We are open Monday to Friday from 8am to 8pm.', 'Consultation: £45.', 'Hygiene visit: £80.', 'All fillings come with a 5-year guarantee.'].join('\n\n'), 'en');
  const result = benchmark(CLINIC, [{ name: 'Smileworks', materials: [rival] }]);

  it('compares hours, the same service’s price and the guarantee, in English', () => {
    expect(result.language).toBe('en');
    expect(result.competitors[0]!.name).toBe('Smileworks');
    expect(aheadBy(result)).toEqual({ 'Opening hours': 'theirs', Consultation: 'theirs', 'Guarantee on fillings': 'theirs', 'Teeth whitening': 'unknown' });
    expect(result.topics.find((topic) => topic.topic === 'Guarantee on fillings')!.theirs[0]!.text).toBe('5 years');
  });
});

describe('benchmark: must stay silent', () => {
  it('leaves our price unmatched by a competitor’s price of another service', () => {
    const result = benchmark(OURS, [{ materials: [text('Латте — 200 ₽.\n\nРаф лавандовый — 390 ₽.\n\nЧизкейк — 140 ₽.', 'ru')] }]);
    expect(aheadBy(result)).toMatchObject({ Капучино: 'unknown', Круассан: 'unknown' });
    expect(result.topics.every((topic) => topic.theirs.every((their) => their.value === undefined))).toBe(true);
  });

  it('matches no unrelated topic: a page about something else leaves every topic unknown', () => {
    const result = benchmark(OURS, [{ materials: [text('Мы обжариваем зерно сами. Наши бариста учились в Милане. Приходите на дегустацию!', 'ru')] }]);
    expect(new Set(result.topics.flatMap((topic) => topic.theirs.map((their) => their.ahead)))).toEqual(new Set(['unknown']));
  });

  it('does not take a general price fact (no topics) for any price the competitor names', () => {
    const general: Profile = { format: PROFILE_FORMAT, name: 'Зерно', facts: [{ id: 'price', kind: 'price', label: 'Цена', value: { amount: 250, currency: 'RUB' } }] };
    const result = benchmark(general, [{ materials: [text('Капучино — 220 ₽.', 'ru')] }]);
    expect(aheadBy(result)).toEqual({ Цена: 'unknown' });
  });

  it('does not compare a price in another currency or per another unit', () => {
    const result = benchmark(OURS, [{ materials: [text('Капучино — 3 €.', 'ru')] }]);
    expect(aheadBy(result).Капучино).toBe('unknown');
  });

  it('does not take a kitchen’s hours for the opening hours', () => {
    const result = benchmark(OURS, [{ materials: [text('Кухня работает ежедневно с 12:00 до 23:00.', 'ru')] }]);
    expect(aheadBy(result)['Часы работы']).toBe('unknown');
  });

  it('does not choose between two of our facts a price could be about', () => {
    const two: Profile = {
      format: PROFILE_FORMAT,
      name: 'Зерно',
      facts: [
        { id: 'coffee', kind: 'price', label: 'Кофе', topics: ['кофе'], value: { amount: 200, currency: 'RUB' } },
        { id: 'cappuccino', kind: 'price', label: 'Капучино', topics: ['капучино'], value: { amount: 250, currency: 'RUB' } },
      ],
    };
    const result = benchmark(two, [{ materials: [text('Кофе и капучино с собой — 220 ₽.', 'ru')] }]);
    expect(aheadBy(result)).toEqual({ Кофе: 'unknown', Капучино: 'unknown' });
  });

  it('does not guess when a competitor states one topic both ways', () => {
    const result = benchmark(OURS, [{ materials: [text('Капучино — 220 ₽.', 'ru'), text('Капучино — 280 ₽.', 'ru', 's2')] }]);
    expect(aheadBy(result).Капучино).toBe('unknown');
  });
});
