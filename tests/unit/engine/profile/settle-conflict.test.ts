import { describe, expect, it } from 'vitest';
import { FACT_KINDS, type FactKind } from '../../../../engine/kinds';
import { describeVariant, settleConflict, skipConflict } from '../../../../engine/profile/settle-conflict';
import type { DraftConflict, Language, Profile } from '../../../../engine/profile/types';
import { validateProfile } from '../../../../engine/profile/validate';

const seen = (location: string, quote: string) => ({ location, quote });

/** Two variants of each kind's fact value, and how the first one reads in Russian and English. */
const VARIANTS: Record<FactKind, { topic: string; values: [unknown, unknown]; ru: string; en: string }> = {
  hours: { topic: 'Часы работы', values: [{ 'mon-fri': '08:00-21:00' }, { 'mon-sun': '24h' }], ru: '21:00', en: 'Mon–Fri 08:00–21:00' },
  duration: {
    topic: 'Ответ на заявку',
    values: [
      { max: 15, unit: 'minute' },
      { max: 1, unit: 'hour' },
    ],
    ru: '15',
    en: '15',
  },
  price: {
    topic: 'Приём терапевта',
    values: [
      { amount: 1900, currency: 'RUB' },
      { amount: 2400, currency: 'RUB' },
    ],
    ru: '900 ₽',
    en: '1,900',
  },
  free: { topic: 'Доставка', values: [true, { minOrder: 3000, currency: 'RUB' }], ru: 'бесплатно', en: 'free' },
  discount: { topic: 'Скидка пенсионерам', values: [{ maxPercent: 10 }, { maxPercent: 15 }], ru: '10 %', en: '10%' },
  loyalty: {
    topic: 'Каждый шестой кофе',
    values: [
      { buy: 5, free: 1 },
      { buy: 6, free: 1 },
    ],
    ru: '5',
    en: '5',
  },
  guarantee: {
    topic: 'Гарантия на пломбы',
    values: [
      { amount: 1, unit: 'year' },
      { amount: 2, unit: 'year' },
    ],
    ru: '1 год',
    en: '1 year',
  },
  offered: { topic: 'Выезд на дом', values: [true, false], ru: 'оказывается', en: 'provided' },
  policy: { topic: 'Без предоплаты', values: [['предоплата 50 %'], ['полная предоплата']], ru: 'предоплата 50 %', en: 'предоплата 50 %' },
  payment: { topic: 'Оплата', values: [{ accepts: ['cash'] }, { accepts: ['cash', 'card'] }], ru: 'наличные', en: 'cash' },
};

function conflictOf(kind: FactKind): DraftConflict {
  const { topic, values } = VARIANTS[kind];
  return {
    topic,
    kind,
    variants: [
      { value: values[0], evidence: [seen('http://x.test/a', 'first'), seen('http://x.test/b', 'first again')] },
      { value: values[1], evidence: [seen('http://x.test/c', 'second')] },
    ],
  };
}

const draft = (conflicts: DraftConflict[], facts: Profile['facts'] = []): Profile => ({ format: 'sverka.profile/1', name: 'Клиника', languages: ['ru'], facts, conflicts });

const validates = (profile: Profile) => validateProfile(profile).ok;

describe('settleConflict', () => {
  it.each(FACT_KINDS)('makes the chosen %s variant a fact that validates and drops the conflict', (kind) => {
    const conflict = conflictOf(kind);
    const settled = settleConflict(draft([conflict]), 0, 1);
    expect(settled.conflicts).toBeUndefined();
    expect(settled.facts).toHaveLength(1);
    const fact = settled.facts![0]!;
    expect(fact).toMatchObject({ kind, label: conflict.topic, evidence: conflict.variants[1]!.evidence });
    expect(kind === 'policy' ? (fact as { contradictedBy: unknown }).contradictedBy : (fact as { value: unknown }).value).toEqual(VARIANTS[kind].values[1]);
    expect(fact.id).toMatch(/^[a-z0-9-]+$/);
    expect(validates(settled)).toBe(true);
  });

  it('keeps the other conflicts and facts, and gives the fact an id no other has', () => {
    const existing = { id: 'chasy-raboty', kind: 'hours', label: 'Часы работы', value: { 'mon-sun': '24h' } } as const;
    const profile = draft([conflictOf('price'), conflictOf('hours')], [existing]);
    const settled = settleConflict(profile, 1, 0);
    expect(settled.conflicts).toEqual([conflictOf('price')]);
    expect(settled.facts!.map((f) => f.id)).toEqual(['chasy-raboty', 'chasy-raboty-2']);
    expect(validates(settled)).toBe(true);
    expect(profile.conflicts).toHaveLength(2);
  });

  it('names a fact with a topic of no Latin letters by its kind', () => {
    const settled = settleConflict(draft([{ ...conflictOf('price'), topic: '—' }]), 0, 0);
    expect(settled.facts![0]!.id).toBe('price');
  });

  it('leaves out evidence when the variant has none', () => {
    const conflict = conflictOf('discount');
    const settled = settleConflict(draft([{ ...conflict, variants: [{ value: { maxPercent: 5 }, evidence: [] }] }]), 0, 0);
    expect(settled.facts![0]).not.toHaveProperty('evidence');
  });

  it.each([
    ['a conflict past the end', 1, 0],
    ['a negative conflict', -1, 0],
    ['a fractional conflict', 0.5, 0],
    ['a variant past the end', 0, 2],
    ['a negative variant', 0, -1],
    ['a variant that is not a number', 0, Number.NaN],
  ])('refuses %s', (_, conflictIndex, variantIndex) => {
    expect(() => settleConflict(draft([conflictOf('price')]), conflictIndex, variantIndex)).toThrow(RangeError);
  });

  it('refuses a profile with no conflicts', () => {
    expect(() => settleConflict({ format: 'sverka.profile/1', name: 'x' }, 0, 0)).toThrow(RangeError);
  });

  it('refuses a variant that is not a fact of its kind', () => {
    const wrong: DraftConflict = { topic: 'Цена', kind: 'price', variants: [{ value: '1900', evidence: [] }] };
    expect(() => settleConflict(draft([wrong]), 0, 0)).toThrow(TypeError);
  });
});

describe('skipConflict', () => {
  it('drops the conflict and adds no fact', () => {
    const skipped = skipConflict(draft([conflictOf('hours'), conflictOf('price')]), 0);
    expect(skipped.conflicts).toEqual([conflictOf('price')]);
    expect(skipped.facts).toEqual([]);
    expect(skipConflict(skipped, 0)).not.toHaveProperty('conflicts');
  });

  it.each([1, -1, 0.5])('refuses conflict %s of one', (index) => {
    expect(() => skipConflict(draft([conflictOf('hours')]), index)).toThrow(RangeError);
  });
});

describe('describeVariant', () => {
  it.each(FACT_KINDS.flatMap((kind) => (['ru', 'en'] as Language[]).map((language) => [kind, language] as const)))('says a %s variant in %s', (kind, language) => {
    const text = describeVariant(kind, conflictOf(kind).variants[0]!, language);
    expect(text).toContain(VARIANTS[kind][language]);
    expect(text).not.toMatch(/undefined|NaN|\[object|^\{/);
  });

  it('falls back to the first quote for a value it cannot read', () => {
    expect(describeVariant('hours', { value: 'круглосуточно', evidence: [seen('a', 'Работаем круглосуточно')] }, 'ru')).toBe('Работаем круглосуточно');
  });
});
