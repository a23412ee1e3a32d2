import { describe, expect, it } from 'vitest';
import { factNote } from '../../../browser/fact-note';
import { localeTranslator } from './locale-translator';

describe('factNote', () => {
  it('names the fact, its owner and the day it was verified, in the UI language', () => {
    const fact = { label: 'Гарантия на импланты', owner: 'Главврач', verified: '2026-11-01' };
    expect(factNote(localeTranslator('en'), fact)).toBe('Гарантия на импланты · owner: Главврач · verified Nov 1, 2026');
    expect(factNote(localeTranslator('ru'), fact)).toBe('Гарантия на импланты · ответственный: Главврач · проверено 1 нояб. 2026 г.');
  });

  it('keeps the day of a bare date and the time of day out of it', () => {
    expect(factNote(localeTranslator('en'), { label: 'Hours', verified: '2026-01-01' })).toBe('Hours · verified Jan 1, 2026');
  });

  it('says only the label when the fact has no owner and was never verified', () => {
    expect(factNote(localeTranslator('en'), { label: 'Hours' })).toBe('Hours');
  });

  it('shows a verified date that does not parse as it is written', () => {
    expect(factNote(localeTranslator('en'), { label: 'Hours', verified: 'spring' })).toBe('Hours · verified spring');
  });
});
