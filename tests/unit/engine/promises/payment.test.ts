import { describe, expect, it } from 'vitest';
import { paymentKind } from '../../../../engine/kinds/payment';
import { values } from './helpers';

const extractor = paymentKind.extractor!;

describe('payment extractor', () => {
  it.each([
    ['Принимаем карты', { accepted: ['card'], refused: [] }],
    ['Оплата наличными и банковской картой', { accepted: ['cash', 'card'], refused: [] }],
    ['Оплата по СБП', { accepted: ['sbp'], refused: [] }],
    ['Можно оплатить через Систему быстрых платежей или по QR-коду', { accepted: ['sbp', 'qr'], refused: [] }],
    ['Принимаем Apple Pay, Google Pay и Mir Pay', { accepted: ['wallet'], refused: [] }],
    ['Для юрлиц — оплата по безналичному расчёту', { accepted: ['invoice'], refused: [] }],
    ['Оплата в рассрочку без переплат', { accepted: ['installments'], refused: [] }],
    ['Оплата только наличными', { accepted: ['cash'], refused: [], only: true }],
    ['Принимаем только наличные', { accepted: ['cash'], refused: [], only: true }],
    ['Оплата картой невозможна', { accepted: [], refused: ['card'] }],
    ['Карты не принимаем', { accepted: [], refused: ['card'] }],
    ['Не принимаем карты, оплата наличными', { accepted: ['cash'], refused: ['card'] }],
    ['We accept Apple Pay', { accepted: ['wallet'], refused: [] }],
    ['Cash only', { accepted: ['cash'], refused: [], only: true }],
    ['Payment: cash only', { accepted: ['cash'], refused: [], only: true }],
    ['We accept all major credit cards and bank transfers', { accepted: ['card', 'invoice'], refused: [] }],
    ["Sorry, we don't accept cards", { accepted: [], refused: ['card'] }],
    ['No cards, payment in cash', { accepted: ['cash'], refused: ['card'] }],
    ['Pay in installments', { accepted: ['installments'], refused: [] }],
  ])('must fire: %s', (text, claim) => {
    expect(values(extractor, text)).toEqual([claim]);
  });

  it.each([
    // A card that pays for nothing: a gift card, a loyalty or club card.
    'Оплата подарочной картой',
    'Предъявите клубную карту при оплате',
    'Скидка 5 % по карте гостя при оплате заказа',
    'We accept gift cards',
    'Pay with your loyalty card to collect stamps',
    // No word on paying: a card is a map, cash is a prize.
    'Схема проезда на карте',
    'Win a cash prize',
    'Earn cash back on every order',
    // Questions ask; they promise nothing.
    'Можно ли оплатить картой?',
    'Do you accept cards?',
    // A method both taken and refused in one sentence is a condition we cannot read.
    'Картой можно оплатить от 500 ₽, картой Мир нельзя',
    // Payment words with no method.
    'Оплата при получении',
    'Payment is due on arrival',
  ])('must stay silent: %s', (text) => {
    expect(values(extractor, text)).toEqual([]);
  });
});
