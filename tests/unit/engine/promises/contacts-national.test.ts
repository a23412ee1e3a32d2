import { describe, expect, it } from 'vitest';
import { findPhones } from '../../../../engine/names/contacts';
import { addressExtractor } from '../../../../engine/promises/address';
import { phoneExtractor } from '../../../../engine/promises/phone';
import { extract } from './helpers';

describe('phones and addresses in national formats', () => {
  it.each([
    ['Ring the forge on 01632 960123 before noon.', '01632 960123', '01632960123'],
    ['Mobile: 0491 570 156', '0491 570 156', '0491570156'],
    ['Bookings: +61 7 4051 1234', '+61 7 4051 1234', '61740511234'],
    ['Звоните: 8 (812) 555-01-23', '8 (812) 555-01-23', '78125550123'],
    ['Тел.: +7 (913) 420–17–05', '+7 (913) 420–17–05', '79134201705'],
    ['Звоните: 8 (800) 300‑40‑50', '8 (800) 300‑40‑50', '78003004050'],
    ['Call the barn at 203 266 7721 after six.', '203 266 7721', '72032667721'],
  ])('%s', (text, quote, digits) => {
    expect(extract(phoneExtractor, text).map((p) => [p.quote, p.value])).toEqual([[quote, { digits }]]);
  });

  it('reads a local number on a line of its own with the area code of the full phone beside it, not a line of figures with no such phone', () => {
    const found = extract(phoneExtractor, 'Диспетчер: 8 (4812) 640-210\n640-305\n12-40').map((p) => [p.quote, p.value]);
    expect(found).toEqual([
      ['8 (4812) 640-210', { digits: '74812640210' }],
      ['640-305', { digits: '74812640305' }],
    ]);
    expect(extract(phoneExtractor, 'Звоните: 8 800 100-20-30\n150-300').map((p) => p.quote)).toEqual(['8 800 100-20-30']);
  });

  it('keeps the trunk 0 of a ten-digit national number rather than taking it for a Russian one', () => {
    expect(findPhones('0491 570 156')[0]!.key).toBe('0491570156');
  });

  it.each(['Founded in 1987, rebuilt 2004', 'Заказ № 0123 45', 'Room 0 12 34', 'Работаем с 2010 года (2010–2024 гг.)', 'Бюджет 1 250 000 1000 рублей', 'Lots 120 130 1400 sold'])('finds no phone in "%s"', (text) => {
    expect(findPhones(text)).toEqual([]);
  });

  it.each([
    ['The Old Mill, Little Hampden, Bucks, HP16 9PS', 'The Old Mill, Little Hampden, Bucks, HP16 9PS', 'HP16 9PS'],
    ['Shop 4, Esplanade, Broome, WA 6725', 'Shop 4, Esplanade, Broome, WA 6725', 'WA 6725'],
    ['12 Elm Street, Bardstown, KY 40004', '12 Elm Street, Bardstown, KY 40004', 'KY 40004'],
  ])('reads the address line of %s', (text, quote, postcode) => {
    const found = extract(addressExtractor, text).filter((p) => (p.value as { postcode?: string }).postcode);
    expect(found.map((p) => [p.quote, p.value])).toEqual([[quote, { postcode }]]);
  });

  it.each(['We cut keys in 10 MINUTES flat', 'Model XR 40004 vacuum', 'Стрижка за 900 рублей'])('finds no postcode in "%s"', (text) => {
    expect(extract(addressExtractor, text).filter((p) => (p.value as { postcode?: string }).postcode)).toEqual([]);
  });
});
