import { formatMoney } from '../profile/normalise';
import { sameCurrency } from '../promises/common';
import { freeExtractor, type FreeClaim } from '../promises/free';
import { checkAmount, checkCurrency, isObject } from './schema';
import type { Language } from '../profile/types';
import { broken, KEPT, type Judge, type KindModule } from './types';

export type FreeValue = boolean | { minOrder: number; currency: string };

const T = {
  ru: { notFree: 'это платно', costs: (sum: string) => `это платно, ${sum}`, freeFrom: (sum: string) => `бесплатно только при заказе от ${sum}`, notOffered: 'эта услуга не оказывается' },
  en: { notFree: 'it is paid', costs: (sum: string) => `it costs ${sum}`, freeFrom: (sum: string) => `free only on orders from ${sum}`, notOffered: 'this service is not provided' },
};

/** A free promise is judged as free whatever fact it was routed to: a price, a service not offered, a free fact. */
const judgeFree: Judge<FreeClaim> = (claim, fact, language) => {
  // Free where the checklist names a price (routed only for an unconditional free).
  if (fact.kind === 'price' && claim === true && fact.value.amount > 0) return broken(T[language].costs(formatMoney(fact.value.amount, fact.value.currency, language)));
  // Free where the checklist says the service is not provided (routed only by the promise's own words).
  if (fact.kind === 'offered') return fact.value ? KEPT : broken(T[language].notOffered);
  if (fact.kind !== 'free') return null;
  const value = fact.value;
  if (value === true) return KEPT;
  if (value === false) return broken(T[language].notFree);
  const sum = formatMoney(value.minOrder, value.currency, language);
  if (claim !== true && sameCurrency(claim.currency, value.currency) && claim.minOrder >= value.minOrder) return KEPT;
  return broken(T[language].freeFrom(sum), T[language].freeFrom(sum));
};

const FREE_WORDS = {
  ru: { free: 'бесплатно', from: (sum: string) => `бесплатно при заказе от ${sum}` },
  en: { free: 'free', from: (sum: string) => `free on orders from ${sum}` },
};

/** "бесплатно", "free on orders from £30". */
const describeClaim = (claim: FreeClaim, language: Language) => (claim === true ? FREE_WORDS[language].free : FREE_WORDS[language].from(formatMoney(claim.minOrder, claim.currency, language)));

/** Free as said: always, or from an order sum in a known currency. */
const draftFree = (claim: FreeClaim): { value: FreeValue } | null => (claim === true ? { value: true } : claim.currency === '' ? null : { value: { minOrder: claim.minOrder, currency: claim.currency } });

export const freeKind: KindModule<'free', FreeClaim, { value: FreeValue }> = {
  kind: 'free',
  name: { ru: 'Бесплатно или платно', en: 'Free or paid' },
  item: { ru: 'Стоимость', en: 'Cost' },
  describe: describeClaim,
  draft: draftFree,
  extractor: freeExtractor,
  fact: {
    create: (base) => ({ ...base, kind: 'free', value: true }),
    validate(fact, path, problems) {
      if (typeof fact.value === 'boolean') return;
      if (!isObject(fact.value)) return problems.add(`${path}.value`, 'expected true, false or { "minOrder", "currency" }');
      checkAmount(fact.value, 'minOrder', `${path}.value`, problems);
      checkCurrency(fact.value, `${path}.value`, problems);
    },
    editor: [
      {
        type: 'choice',
        at: 'value',
        label: { ru: 'Бесплатно', en: 'Free' },
        options: [
          { value: true, label: { ru: 'да', en: 'yes' } },
          { value: false, label: { ru: 'нет', en: 'no' } },
          { value: { minOrder: 0, currency: 'RUB' }, label: { ru: 'от суммы заказа', en: 'from an order sum' }, fields: [{ type: 'money', amount: 'value.minOrder', currency: 'value.currency' }] },
        ],
      },
    ],
  },
  judge: judgeFree,
};
