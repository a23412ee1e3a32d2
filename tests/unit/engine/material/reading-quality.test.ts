import { describe, expect, it } from 'vitest';
import { judgeReading, MIN_CONFIDENCE, MIN_INK_READ, readingNotice, readingWarning } from '../../../../engine/material/reading-quality';

describe('judgeReading', () => {
  it('finds a clean, confident reading good', () => {
    expect(judgeReading(0.95, 0.94)).toEqual({ inkRead: 0.95, confidence: 0.94, poor: false });
  });

  it('finds a reading poor when too little ink was read, however confident', () => {
    expect(judgeReading(0.42, 0.95)).toEqual({ inkRead: 0.42, confidence: 0.95, poor: true });
  });

  it('finds a reading poor when it is too uncertain, even with all the ink read', () => {
    expect(judgeReading(0.97, 0.55).poor).toBe(true);
  });

  it('judges by confidence alone when the image could not be analysed', () => {
    expect(judgeReading(undefined, 0.9)).toEqual({ confidence: 0.9, poor: false });
    expect(judgeReading(undefined, 0.5)).toEqual({ confidence: 0.5, poor: true });
  });

  it('judges the rounded shares it reports, so a warning never contradicts the numbers shown', () => {
    expect(judgeReading(MIN_INK_READ - 0.001, 0.9)).toEqual({ inkRead: MIN_INK_READ, confidence: 0.9, poor: false });
    expect(judgeReading(0.9, MIN_CONFIDENCE - 0.001).poor).toBe(false);
  });
});

describe('readingWarning', () => {
  it('says nothing of a good reading or of a material that is no image', () => {
    expect(readingWarning({ inkRead: 0.95, confidence: 0.94, poor: false }, 'ru')).toBeUndefined();
    expect(readingWarning(undefined, 'en')).toBeUndefined();
  });

  it('says how much of the text was read, rounded to ten per cent, and what to do', () => {
    expect(readingWarning(judgeReading(0.42, 0.95), 'ru')).toBe('прочитано около 40 % текста: переснимите ровнее и ближе');
    expect(readingWarning(judgeReading(0.66, 0.95), 'en')).toBe('about 70 % of the text was read: photograph it again, straighter and closer');
  });

  it('never says "about 0 %"', () => {
    expect(readingWarning(judgeReading(0.03, 0.95), 'ru')).toBe('прочитано меньше 10 % текста: переснимите ровнее и ближе');
    expect(readingWarning(judgeReading(0.03, 0.95), 'en')).toMatch(/^less than 10 % of the text was read/);
  });

  it('says the reading was uncertain when only the confidence is low', () => {
    expect(readingWarning(judgeReading(0.9, 0.45), 'ru')).toBe('текст прочитан неуверенно (уверенность 45 %): переснимите ровнее и ближе');
    expect(readingWarning(judgeReading(undefined, 0.45), 'en')).toBe('the text was read with little certainty (confidence 45 %): photograph it again, straighter and closer');
  });

  it('puts the unread share first when both are low', () => {
    expect(readingWarning(judgeReading(0.2, 0.4), 'en')).toMatch(/^about 20 % of the text was read/);
  });
});

describe('readingNotice', () => {
  it('adds that the findings are partial', () => {
    expect(readingNotice(judgeReading(0.42, 0.95), 'ru')).toBe('прочитано около 40 % текста: переснимите ровнее и ближе (находки неполные)');
    expect(readingNotice(judgeReading(0.95, 0.95), 'ru')).toBeUndefined();
  });
});
