import { describe, expect, it } from 'vitest';
import { FACT_KINDS, KIND, KINDS, PROMISE_KINDS } from '../../../../engine/kinds';
import { EXTRACTORS } from '../../../../engine/promises';
import { validateProfile } from '../../../../engine/profile/validate';

describe('promise kinds registry', () => {
  it('registers each kind once, by its own name', () => {
    expect(new Set(PROMISE_KINDS).size).toBe(KINDS.length);
    for (const kind of PROMISE_KINDS) expect(KIND[kind].kind).toBe(kind);
  });

  it('derives the extractors and the fact kinds in registry order', () => {
    expect(EXTRACTORS.map((extractor) => extractor.kind)).toEqual(KINDS.filter((module) => module.extractor).map((module) => module.kind));
    expect(FACT_KINDS).toEqual(['hours', 'duration', 'price', 'free', 'discount', 'loyalty', 'guarantee', 'offered', 'policy', 'payment']);
  });

  it('names every kind in both languages', () => {
    for (const module of KINDS) expect(module.name.ru && module.name.en).toBeTruthy();
  });

  it.each(FACT_KINDS)("a new %s fact from the editor is a valid fact once labelled (the policy's phrases filled in)", (kind) => {
    const fact = { ...KIND[kind].fact.create({ id: kind, label: 'x' }), ...(kind === 'policy' ? { contradictedBy: ['y'] } : {}) };
    expect(validateProfile({ format: 'sverka.profile/1', name: 'x', facts: [fact] })).toMatchObject({ ok: true });
  });

  it('judges and compares only kinds the checklist or another material can hold', () => {
    for (const module of KINDS) if (!('fact' in module) || !module.fact) expect('judge' in module && module.judge).toBeFalsy();
  });
});
