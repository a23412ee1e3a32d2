import { describe, expect, it } from 'vitest';
import { failureStatus } from '../../../browser/failure';
import { localeTranslator } from './locale-translator';

describe('failureStatus', () => {
  const ru = localeTranslator('ru');

  it("says what failed and what to do, and keeps the library's words for the details", () => {
    expect(failureStatus(ru, 'materialsCannotCheck', new Error('QuotaExceededError'))).toEqual({
      status: 'Материалы не удалось проверить. Попробуйте ещё раз; если не выйдет, перезагрузите страницу или браузер.',
      details: 'QuotaExceededError',
    });
  });

  it('has no details, never "undefined", when the failure said nothing', () => {
    for (const silent of [undefined, {}, null]) {
      const told = failureStatus(ru, 'cannotCheck', silent);
      expect(told.details).toBe('');
      expect(told.status).not.toMatch(/undefined|\[object/);
    }
  });
});
