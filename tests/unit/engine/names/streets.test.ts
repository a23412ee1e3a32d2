import { describe, expect, it } from 'vitest';
import { bareStreetLine, findStreets, hasPostcode, houseRange } from '../../../../engine/names/streets';

const houseOf = (text: string) => {
  const mention = findStreets(text)[0]!;
  const range = houseRange(text, mention.start, mention.end);
  return range && [range.house, text.slice(range.start, range.end)];
};

describe('house numbers beside a street', () => {
  it.each([
    ['Офис: ул. Лесная, дом 7/12 строение 2, 3 этаж', ['7/12', 'ул. Лесная, дом 7/12 строение 2']],
    ['пр-т Мира 15 корп. 1', ['15', 'пр-т Мира 15 корп. 1']],
    ['Come to 311 S. Walnut Grove Street', ['311', '311 S. Walnut Grove Street']],
    ['Come to 18B Harbour Road', ['18b', '18B Harbour Road']],
    ['Тула, Заречная наб., 3, второй этаж', ['3', 'Заречная наб., 3']],
  ])('%s', (text, expected) => expect(houseOf(text)).toEqual(expected));

  it('reads no house number where none stands beside the street', () => {
    expect(houseOf('Мы на ул. Лесной с 2019 года')).toBeUndefined();
    expect(houseOf('Walk down Harbour Road to the pier')).toBeUndefined();
  });

  it('knows a postal code line', () => {
    expect(hasPostcode('Leeds, LS1 4AP')).toBe(true);
    expect(hasPostcode('Columbus, OH 43004')).toBe(true);
    expect(hasPostcode('Open 9 to 5, room 12')).toBe(false);
  });

  it('continues a street name in small letters only as a known street goes on', () => {
    const names = (text: string, known: string[][] = []) => findStreets(text, known).map((m) => m.nameWords.map((w) => w.text));
    expect(names('ул. Красных зорь, 14', [['Красных', 'Зорь']])).toEqual([['Красных', 'зорь']]);
    expect(names('ул. Красных зорь, 14')).toEqual([['Красных']]);
    expect(names('на ул. Лесной рядом с парком', [['Лесной', 'Поляны']])).toEqual([['Лесной']]);
  });

  it('reads an address line with no type word as a name and a number', () => {
    expect(bareStreetLine('г. Уфа, Лесозаводская 12а')).toEqual({ nameWords: ['Лесозаводская'], house: '12а' });
    expect(bareStreetLine('г. Уфа, второй этаж')).toBeUndefined();
  });
});
