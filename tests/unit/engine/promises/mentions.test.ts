import { describe, expect, it } from 'vitest';
import { mentionsAny } from '../../../../engine/promises/common';

const PAYMENT_CUES = ['оплат', 'предоплат', 'check in', 'doesn’t include'];
const OFFER_CUES = ['предлагаем', 'offer'];

describe('mentionsAny: cues at the start of a word, any case, ё and apostrophe', () => {
  it.each([
    ['Оплату принимаем картой', PAYMENT_CUES],
    ['Без предоплаты', PAYMENT_CUES],
    ['Check in is at 4', PAYMENT_CUES],
    ["The price doesn't include parking", PAYMENT_CUES],
    ['Мы ПРЕДЛАГАЕМ', OFFER_CUES],
    ['стоимость: оплата', PAYMENT_CUES],
  ])('finds a cue in «%s»', (text, cues) => {
    expect(mentionsAny(text, cues)).toBe(true);
  });

  it.each([
    ['Неоплаченный счёт', PAYMENT_CUES],
    ['We checked in early', PAYMENT_CUES],
    ['', PAYMENT_CUES],
    ['опла', PAYMENT_CUES],
  ])('finds none in «%s»: a cue inside a word or cut short is not a mention', (text, cues) => {
    expect(mentionsAny(text, cues)).toBe(false);
  });

  it('with whole words, a longer word is not the cue, the word itself is', () => {
    expect(mentionsAny('предлагаемых услуг', OFFER_CUES, true)).toBe(false);
    expect(mentionsAny('предлагаемых услуг', OFFER_CUES)).toBe(true);
    expect(mentionsAny('Что мы предлагаем?', OFFER_CUES, true)).toBe(true);
    expect(mentionsAny('offers and offer', OFFER_CUES, true)).toBe(true);
  });

  it('a cue that is the start of another is found where only the longer one stands whole', () => {
    expect(mentionsAny('предоплата', ['пред', 'предоплата'], true)).toBe(true);
    expect(mentionsAny('предоплатой', ['пред', 'предоплата'], true)).toBe(false);
  });

  it('a list of one cue answers the same', () => {
    expect(mentionsAny('Оплату принимаем', ['оплат'])).toBe(true);
    expect(mentionsAny('Неоплаченный', ['оплат'])).toBe(false);
  });
});
