import { describe, expect, it } from 'vitest';
import { isWhollyQuoted } from '../../../../engine/text/quoted';

describe('a text that is one quotation, marks included', () => {
  it.each(['«Улыбка+»', '“Smile”', '"Smile"', '„Улыбка“', '«Клиника «Улыбка»»'])('%s is', (text) => {
    expect(isWhollyQuoted(text)).toBe(true);
  });

  it.each(['Улыбка+', '«Улыбка» и «Зерно»', '«Улыбка', 'Улыбка»', '«»', '"a" or "b"', 'Стоматология «Улыбка»'])('%s is not', (text) => {
    expect(isWhollyQuoted(text)).toBe(false);
  });
});
