import { describe, expect, it } from 'vitest';
import { saysWhere } from '../../../../engine/checks/wording';

describe('saysWhere', () => {
  it('calls a web page a page and anything else a material, in both languages', () => {
    expect(saysWhere('page', 'ru')).toBe('На странице');
    expect(saysWhere('pdf', 'ru')).toBe('В материале');
    expect(saysWhere('image', 'en')).toBe('The material says');
    expect(saysWhere('page', 'en')).toBe('The page says');
  });
});
