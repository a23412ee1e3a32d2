import { describe, expect, it } from 'vitest';
import { inflectedForms } from '../../../../engine/spelling/inflection';

describe('inflectedForms: every form of a list of dictionary forms', () => {
  const forms = inflectedForms(['штроба', 'пенобетонный', 'монтаж', 'покрытие']);

  it.each(['штроба', 'штробы', 'штробой', 'штробам', 'пенобетонных', 'пенобетонному', 'монтажа', 'монтажом', 'покрытием', 'покрытиях'])('holds «%s»', (form) => expect(forms.has(form)).toBe(true));

  it.each(['пенобетоных', 'штробый', 'монтажь', 'покрытийя', 'штро'])('does not hold «%s», a misspelt ending or no word', (form) => {
    expect(forms.has(form)).toBe(false);
  });

  it('keeps two letters before an ending: a two-letter word has only its own forms', () => {
    const short = inflectedForms(['юа']);
    expect(short.has('юы')).toBe(false);
    expect(short.has('юа')).toBe(true);
  });
});
