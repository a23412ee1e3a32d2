import { describe, expect, it } from 'vitest';
import { FactRouter } from '../../../../engine/checks/fact-router';
import type { Fact } from '../../../../engine/profile/types';
import { durationExtractor } from '../../../../engine/promises/duration';
import { extract } from '../promises/helpers';

const facts = [{ id: 'delivery', kind: 'duration', label: 'Delivery', value: { min: 60, max: 120, unit: 'minute' } }] as unknown as Fact[];

describe('stated durations are judged only against a fact their words name', () => {
  it('a validity is not routed to the general duration fact, a wait is', () => {
    const router = new FactRouter(facts, 'en');
    const [validity] = extract(durationExtractor, 'Starter pass, 3 weeks validity.');
    const [wait] = extract(durationExtractor, 'Delivered within 30 minutes.');
    expect(router.route(validity!, 'en')).toBeNull();
    expect(router.route(wait!, 'en')?.id).toBe('delivery');
  });

  it('a term whose own words name a fact is routed to it, of one length or a range; a term naming none is not', () => {
    const terms = [
      ...facts,
      { id: 'semester', kind: 'duration', label: 'Autumn semester', topics: ['autumn semester'], value: { min: 12, max: 12, unit: 'week' } },
      { id: 'course', kind: 'duration', label: 'Course', topics: ['course'], value: { min: 4, max: 8, unit: 'week' } },
    ] as unknown as Fact[];
    const router = new FactRouter(terms, 'en');
    const [semester] = extract(durationExtractor, 'Lessons follow a 10-week autumn semester.');
    const [course] = extract(durationExtractor, 'A 6-week course.');
    const [lesson] = extract(durationExtractor, 'Each lesson lasts a 45-minute session.');
    expect(router.route(semester!, 'en')?.id).toBe('semester');
    expect(router.route(course!, 'en')?.id).toBe('course');
    expect(lesson && router.route(lesson, 'en')).toBeFalsy();
  });

  it.each([
    ['ru', 'Приходите за 10 минут до начала сеанса.', 'Отмена записи — за 2 часа до начала.'],
    ['en', 'Please arrive 10 minutes before your session.', 'You may cancel up to 12 hours in advance.'],
  ] as const)('a lead time is about what precedes it, not the event after it (%s)', (language, arrival, cancellation) => {
    const leads = [
      { id: 'session', kind: 'duration', label: 'Session', topics: ['session', 'сеанс'], value: { min: 40, max: 40, unit: 'minute' } },
      { id: 'notice', kind: 'duration', label: 'Cancellation notice', topics: ['cancel', 'отмена'], value: { min: 24, max: 24, unit: 'hour' } },
    ] as unknown as Fact[];
    const router = new FactRouter(leads, language);
    const [arrive] = extract(durationExtractor, arrival);
    const [cancel] = extract(durationExtractor, cancellation);
    expect(arrive && router.route(arrive, language)).toBeFalsy();
    expect(router.route(cancel!, language)?.id).toBe('notice');
  });
});
