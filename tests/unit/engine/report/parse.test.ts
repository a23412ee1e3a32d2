import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../engine/report/parse';

const whole = { format: 'sverka.report/1', profile: 'p', createdAt: 'now', sources: [], promises: [], findings: [], summary: { error: 0, warning: 0, info: 0 } };

describe('parseReport', () => {
  it('reads a whole sverka.report/1, extra fields and all', () => {
    expect(parseReport(JSON.stringify({ ...whole, score: null }), 'old.json')).toMatchObject({ format: 'sverka.report/1', score: null });
  });

  it('refuses, naming the file, what is empty, not JSON, not a report, another format or a report without its lists', () => {
    expect(() => parseReport('  ', 'old.json')).toThrow(/^old\.json: is empty$/);
    expect(() => parseReport('Кофейня', 'old.json')).toThrow(/^old\.json: is not JSON \(/);
    expect(() => parseReport('[1]', 'old.json')).toThrow('old.json: is not a Sverka report (a JSON object with "format": "sverka.report/1")');
    expect(() => parseReport(JSON.stringify({ ...whole, format: 'sverka.profile/1' }), 'old.json')).toThrow('old.json: is not a sverka.report/1 report (its format is "sverka.profile/1")');
    expect(() => parseReport(JSON.stringify({ ...whole, findings: undefined }), 'old.json')).toThrow('old.json: is not a whole sverka.report/1 report (no "findings" list)');
  });
});
