import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../../engine/text/language';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';

describe('a page’s language', () => {
  it('is the declared one unless a clear majority of its letters says otherwise', () => {
    expect(pageLanguage('en', 'Индивидуальные занятия: 8 занятий за 6 790 ₽, оплата картой.')).toBe('ru');
    expect(pageLanguage('ru', 'Our studio is open daily; book a lesson online.')).toBe('en');
    // Russian copy full of English brand names keeps its declaration
    expect(pageLanguage('ru', 'Ремонт техники Apple: iPhone и iPad')).toBe('ru');
    expect(pageLanguage(undefined, 'Ремонт телефонов')).toBe('ru');
    expect(pageLanguage('de', 'Phone repair')).toBe('en');
  });

  it('reads a Russian page whose template declares English as Russian', () => {
    const html = '<html lang="en"><body><p>Занятия для детей и взрослых, первое занятие бесплатно.</p></body></html>';
    expect(materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }).language).toBe('ru');
  });
});
