import { describe, expect, it } from 'vitest';
import { isNotSubject } from '../../../../engine/checks/subject';

describe('isNotSubject: the words of a claim, not of its subject', () => {
  it.each(['', '24', '9:00', 'и', 'работаем', 'работы', 'среда', 'среду', 'среди', 'пн', '₽', 'руб', 'hours', 'opening', 'a.m.', 'typically', 'бесплатно', 'гарантия'])('%j says how, not what', (word) => {
    expect(isNotSubject(word)).toBe(true);
  });

  it.each(['средство', 'стрижка', 'маникюр', 'кофе', 'haircut', 'pizza', 'hourly-rate', 'работа-2', 'openly7'])('%j may be what a promise is about', (word) => {
    expect(isNotSubject(word)).toBe(false);
  });
});
