import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../../../engine/profile/types';
import { findDays } from '../../../../engine/text/weekdays';

describe('findDays: "without days off" names every day', () => {
  it.each(['Принимаем заявки с 8.00 до 19.00 без обеда и выходных', 'Открыты с 10:00 до 18:00 без перерыва на обед и выходных', 'Работаем без перерывов и выходных'])('%s', (text) => {
    expect(findDays(text).map((claim) => [claim.days, claim.claimsOpening])).toEqual([[[...WEEKDAYS], true]]);
  });

  it('leaves a lunch break alone when no days off are named', () => {
    expect(findDays('Работаем с 9 до 18 без обеда')).toEqual([]);
  });
});
