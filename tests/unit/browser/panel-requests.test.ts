import { describe, expect, it } from 'vitest';
import { requestFromMenu, requestKey } from '../../../browser/panel-requests';

describe('requestFromMenu', () => {
  it('turns the two menu items into panel requests', () => {
    expect(requestFromMenu('sverka-check-page')).toEqual({ kind: 'check-page' });
    expect(requestFromMenu('sverka-check-selection', 'Работаем круглосуточно')).toEqual({ kind: 'check-selection', text: 'Работаем круглосуточно' });
  });
  it('asks nothing for an empty selection or an unknown item', () => {
    expect(requestFromMenu('sverka-check-selection', '  ')).toBeNull();
    expect(requestFromMenu('other', 'text')).toBeNull();
  });
  it('keys requests by tab', () => {
    expect(requestKey(7)).not.toBe(requestKey(8));
  });
});
