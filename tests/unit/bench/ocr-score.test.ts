import { describe, expect, it } from 'vitest';
import { characterErrors, foundDefects, quotesOverlap, substringDistance, warningOf } from '../../../bench/ocr-score';

describe('OCR benchmark: substring edit distance', () => {
  it('is zero when the pattern stands anywhere in the text', () => {
    expect(substringDistance('1 900 ₽', 'Приём терапевта 1 900 ₽ Пн–Пт')).toBe(0);
    expect(substringDistance('', 'anything')).toBe(0);
  });

  it('counts substitutions, insertions and deletions against the closest stretch', () => {
    expect(substringDistance('Пн–Пт: 08:00', 'xx Пн-ПТт: 08:00 yy')).toBe(2);
    expect(substringDistance('190 ₽', 'Забор 1902')).toBe(2);
  });

  it('costs the whole pattern when the text is empty', () => {
    expect(substringDistance('Сб: 09:00', '')).toBe(9);
  });
});

describe('OCR benchmark: character error rate', () => {
  const truth = 'ЦЕНЫ\nПриём терапевта 1 900 ₽\nЧАСЫ РАБОТЫ\nПн–Пт: 08:00–20:00';

  it('does not care in which order the columns were read', () => {
    const leftThenRight = 'ЦЕНЫ Приём терапевта 1 900 ₽\nЧАСЫ РАБОТЫ Пн–Пт: 08:00–20:00';
    const interleaved = 'ЧАСЫ РАБОТЫ ЦЕНЫ\nПн–Пт: 08:00–20:00  Приём терапевта 1 900 ₽';
    expect(characterErrors(truth, leftThenRight).cer).toBe(0);
    expect(characterErrors(truth, interleaved).cer).toBe(0);
  });

  it('collapses whitespace and folds nothing else: case and dash kinds count', () => {
    const result = characterErrors('Приём терапевта 1 900 ₽\nПн–Пт: 08:00–20:00', 'приём   терапевта\n1 900 ₽ Пн-Пт: 08:00–20:00');
    expect(result.errors).toBe(2);
    expect(result.characters).toBe(23 + 18);
  });

  it('counts a line with nothing like it in the reading in full, and a reading of nothing as 100 %', () => {
    expect(characterErrors('ЦЕНЫ\nSat 9', 'ЦЕНЫ').errors).toBe(5);
    expect(characterErrors(truth, '').cer).toBe(1);
  });
});

describe('OCR benchmark: seeded defects', () => {
  it('matches a quote that is part of the defect, or misread by a letter, of the same check', () => {
    expect(quotesOverlap('Медицинский центр «Клеврия»', '«Клеврия»')).toBe(true);
    expect(quotesOverlap('Приём кардиолога 270 ₽', 'Приём кардиолога270₽')).toBe(true);
    expect(quotesOverlap('улица Малая Палянка', 'улица Малая Палянко')).toBe(true);
  });

  it('does not match a neighbouring line that shares a few characters', () => {
    expect(quotesOverlap('Пн–Пт: 08:00–20:00', 'Сб: 09:00–18:00')).toBe(false);
    expect(quotesOverlap('Приём кардиолога 270 ₽', 'Приём терапевта 190 ₽')).toBe(false);
  });

  it('needs the defect’s own check', () => {
    const defects = [
      { check: 'spelling', quote: 'пациэнтов' },
      { check: 'wrong-name', quote: '+7 495 318-27-69' },
    ];
    const findings = [
      { check: 'spelling', quote: 'пациэнтов' },
      { check: 'typography', quote: '+7 495 318-27-69' },
    ];
    expect(foundDefects(defects, findings)).toEqual([defects[0]]);
  });
});

describe('OCR benchmark: whether the reader warned', () => {
  it('counts an error, a poor reading or a note, and stays silent without them', () => {
    expect(warningOf({ error: 'no readable text' })).toBe('error: no readable text');
    expect(warningOf({ reading: { poor: true } })).toBe('reading: poor');
    expect(warningOf({ notes: ['read about 40 % of the text'] })).toBe('note: read about 40 % of the text');
    expect(warningOf({})).toBeNull();
    expect(warningOf({ notes: [], reading: { poor: false } })).toBeNull();
  });
});
