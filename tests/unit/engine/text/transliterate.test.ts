import { describe, expect, it } from 'vitest';
import { toLatin } from '../../../../engine/text/transliterate';

describe('Cyrillic in Latin letters', () => {
  it.each([
    ['Чистка зубов', 'chistka zubov'],
    ['Щёлково', 'shchelkovo'],
    ['Йога', 'yoga'],
    ['Їжак', 'yizhak'],
    ['Café «Зерно»', 'cafe «zerno»'],
    ['Подъезд', 'podezd'],
  ])('%s → %s', (text, latin) => {
    expect(toLatin(text)).toBe(latin);
  });
});
