import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../../engine/text/entities';

describe('decodeEntities', () => {
  it('decodes the five named entities in any case, and numeric references', () => {
    expect(decodeEntities('/a?x=1&amp;b=2&AMP;c=&lt;&gt;&quot;&apos;')).toBe('/a?x=1&b=2&c=<>"\'');
    expect(decodeEntities('/%D1%86&#1094;&#x446;&#X446;')).toBe('/%D1%86ццц');
  });

  it('leaves unknown names, impossible code points and bare ampersands as written', () => {
    expect(decodeEntities('a&nbsp;b &#0; &#x110000; & c&amp')).toBe('a&nbsp;b &#0; &#x110000; & c&amp');
  });
});
