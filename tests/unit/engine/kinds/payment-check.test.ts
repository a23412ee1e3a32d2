import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { validateProfile } from '../../../../engine/profile/validate';
import { findingsOf } from '../checks/helpers';

const shop = (accepts: string[]): Profile => ({
  format: 'sverka.profile/1',
  name: 'Пекарня «Колос»',
  facts: [{ id: 'pay', kind: 'payment', label: 'Оплата', value: { accepts: accepts as never } }],
});

const checked = async (check: 'contradiction' | 'consistency', profile: Profile, text: string) => (await findingsOf(check, profile, text)).map((finding) => [finding.quote, finding.severity, finding.message]);

describe('payment against the checklist', () => {
  it.each([
    ['Принимаем карты', ['cash', 'sbp'], 'error', 'В материале: «Принимаем карты», а по чек-листу операций (Оплата): не принимают: банковские карты; принимают: наличные, СБП.'],
    ['Оплата по QR-коду', ['cash'], 'error', 'В материале: «Оплата по QR-коду», а по чек-листу операций (Оплата): не принимают: QR-код; принимают: наличные.'],
    ['We accept Apple Pay', ['cash', 'card'], 'error', 'The material says "We accept Apple Pay", but the operations checklist (Оплата) says: not accepted: Apple Pay, Google Pay, Mir Pay; accepted: cash, bank cards.'],
    // The page turns away what operations take: customers are sent away, a warning.
    ['Оплата только наличными', ['cash', 'card'], 'warning', 'В материале: «Оплата только наличными», а по чек-листу операций (Оплата): принимают и это: банковские карты.'],
    ['Карты не принимаем', ['cash', 'card'], 'warning', 'В материале: «Карты не принимаем», а по чек-листу операций (Оплата): принимают и это: банковские карты.'],
  ])('must fire: %s (checklist: %j)', async (text, accepts, severity, message) => {
    expect(await checked('contradiction', shop(accepts as string[]), text)).toEqual([[text, severity, message]]);
  });

  it.each([
    ['Принимаем карты и наличные', ['cash', 'card']],
    ['Оплата по СБП', ['sbp', 'card']],
    ['Карты не принимаем', ['cash']],
    ['Оплата только наличными', ['cash']],
    // Not payment cards.
    ['Оплата подарочной картой', ['cash']],
    ['Скидка 5 % по карте гостя при оплате заказа', ['cash']],
  ])('must stay silent: %s (checklist: %j)', async (text, accepts) => {
    expect(await checked('contradiction', shop(accepts as string[]), text)).toEqual([]);
  });
});

describe('payment across materials', () => {
  const none: Profile = { format: 'sverka.profile/1', name: 'Пекарня' };

  it('must fire: "cash only" in one place, cards accepted in another', async () => {
    const findings = await checked('consistency', none, 'Оплата только наличными.\n\nПринимаем банковские карты.');
    expect(findings.map(([quote, severity]) => [quote, severity])).toEqual([['Принимаем банковские карты', 'warning']]);
    expect(findings[0]![2]).toContain('Способы оплаты указаны по-разному');
  });

  it.each(['Оплата наличными.\n\nПринимаем банковские карты.', 'Оплата только наличными.\n\nОплата наличными курьеру.'])('must stay silent: %j', async (text) => {
    expect(await checked('consistency', none, text)).toEqual([]);
  });
});

describe('payment facts in a profile file', () => {
  const withValue = (value: unknown) => validateProfile({ format: 'sverka.profile/1', name: 'x', facts: [{ id: 'pay', kind: 'payment', label: 'Оплата', value }] });

  it('accepts the known methods', () => {
    expect(withValue({ accepts: ['cash', 'card', 'sbp', 'qr', 'wallet', 'invoice', 'installments'] }).ok).toBe(true);
  });

  it.each([
    [{ accepts: ['cash', 'cheque'] }, 'facts[0].value.accepts[1]: expected one of cash, card, sbp, qr, wallet, invoice, installments'],
    [['cash'], 'facts[0].value: expected { "accepts": [ … ] } with any of cash, card, sbp, qr, wallet, invoice, installments'],
  ])('names the wrong field: %j', (value, problem) => {
    const result = withValue(value);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([problem]);
  });
});
