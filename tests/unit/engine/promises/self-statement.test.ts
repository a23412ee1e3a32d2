import { describe, expect, it } from 'vitest';
import { extractPromises } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';
import { offeredExtractor } from '../../../../engine/promises/offered';
import { policyExtractor } from '../../../../engine/promises/policy';

const profile = (name: string, language: 'ru' | 'en'): Profile => ({ format: 'sverka.profile/1', name, languages: [language], facts: [] });

/** The kind and quote of each promise the business states about itself in one paragraph. */
function statements(text: string, language: 'ru' | 'en', name = 'Ромашка') {
  const material = materialFromDocument(parseHtmlDocument(`<p>${text}</p>`), { id: 's1', kind: 'page', location: 'page.html' }, language);
  return extractPromises(material, profile(name, language), [offeredExtractor, policyExtractor]).map((p) => [p.kind, p.quote]);
}

describe('what the business says it does or keeps', () => {
  it.each([
    ['We deliver fresh bouquets across the city every morning.', 'en', 'offered'],
    ['Also, our florists will wrap each bouquet by hand.', 'en', 'offered'],
    ['Наши мастера уберут мусор после ремонта.', 'ru', 'offered'],
    ['Кроме того, мы подвезём контейнер к подъезду.', 'ru', 'offered'],
    // a denial, a limit, who the business is and how long it has worked: terms
    ['We do not accept dogs over 40 kg.', 'en', 'policy'],
    ['Our staff washes every car strictly by hand.', 'en', 'policy'],
    ['Мы работаем на рынке уже более 12 лет.', 'ru', 'policy'],
    ['Наши курьеры берут только безналичную оплату.', 'ru', 'policy'],
    // Russian leaves "мы" out before a verb that says it
    ['Ремонтируем стиральные машины любых марок.', 'ru', 'offered'],
    ['Доставим букет в течение двух часов.', 'ru', 'offered'],
    ['Принимаем заказы только по предоплате.', 'ru', 'policy'],
  ] as const)('reads "%s"', (text, language, kind) => {
    expect(statements(text, language)).toContainEqual([kind, text]);
  });

  it('reads a sentence that opens with the business’s own name', () => {
    expect(statements('Ромашка привозит цветы за два часа по всему району.', 'ru')).toContainEqual(['offered', 'Ромашка привозит цветы за два часа по всему району.']);
  });

  it.each([
    ['Do we deliver on Sundays?', 'en'],
    ['You will love the colours.', 'en'],
    ['We are here.', 'en'],
    ['Клиенты часто спрашивают о сроках.', 'ru'],
    ['Можно ли заказать цветы ночью?', 'ru'],
    ['Приём заявок ведётся онлайн.', 'ru'],
    ['Режим работы уточняйте у администратора.', 'ru'],
    ['Другим салонам до нас далеко.', 'ru'],
    ['Летним утром в саду особенно красиво.', 'ru'],
  ] as const)('stays silent on "%s"', (text, language) => {
    expect(statements(text, language)).toEqual([]);
  });
});
