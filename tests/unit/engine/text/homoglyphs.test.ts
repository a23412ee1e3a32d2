import { describe, expect, it } from 'vitest';
import { foldHomoglyphs, mixedScript } from '../../../../engine/text/homoglyphs';

describe('mixedScript', () => {
  it.each([
    ['Ленинa', 'Ленина', [5]],
    ['Nevа', 'Neva', [3]],
    ['Здорoвье', 'Здоровье', [4]],
    ['SPA-салoн', 'SPA-салон', [7]],
    ['pаrk-отель', 'park-отель', [1]],
    ['Стрижкa.Ru', 'Стрижка.Ru', [6]],
    ['е-mail', 'e-mail', [0]],
  ])('"%s" mixes scripts and reads "%s"', (word, fixed, foreign) => {
    expect(mixedScript(word)).toEqual({ fixed, foreign });
  });

  it.each(['Ленина', 'Neva', 'IP-телефонию', 'Wi-Fi-зона', 'PDF-файл', 'кофе', '24/7', 'Массаж.Ru', 'Яндекс.Maps', 'B-класс', 'S-образный', 'е-книга'])('"%s" is not mixed', (word) => {
    expect(mixedScript(word)).toBeNull();
  });

  it('folds look-alikes to the majority script', () => {
    expect(foldHomoglyphs('Ленинa')).toBe('Ленина');
    expect(foldHomoglyphs('IP-телефония')).toBe('IP-телефония');
  });
});
