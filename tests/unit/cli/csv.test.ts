import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';

const PROFILE = 'tests/fixtures/profiles/demo.json';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('a CSV price list on the command line', () => {
  it('finds the price the checklist does not keep, tied to its row, and leaves the right one alone', async () => {
    const { code, stdout, stderr } = await run('check', 'tests/fixtures/csv/prices-semicolon.csv', '--profile', PROFILE, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.language).toBe('ru');
    const contradictions = report.findings.filter((f: { check: string }) => f.check === 'contradiction');
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0]).toMatchObject({ quote: '1500,00', factId: 'therapist-price', severity: 'error' });
    expect(report.promises).toContainEqual(expect.objectContaining({ quote: '2400,00', factId: 'ultrasound-price', status: 'kept' }));
  });

  it('reads a TSV with the right prices and finds nothing wrong with them', async () => {
    const { stdout } = await run('check', 'tests/fixtures/csv/prices.tsv', '--profile', PROFILE, '--format', 'json');
    const report = JSON.parse(stdout);
    expect(report.findings.filter((f: { check: string }) => f.check === 'contradiction')).toEqual([]);
    expect(report.promises.filter((p: { kind: string }) => p.kind === 'price').map((p: { status: string }) => p.status)).toEqual(['kept', 'kept']);
  });

  it('names CSV and TSV among the formats, in the help and when a file has none of them', async () => {
    expect((await run('--help')).stdout).toMatch(/MATERIAL is a file \(.*\.csv, \.tsv.*\)/);
    const unknown = join(mkdtempSync(join(tmpdir(), 'sverka-csv-')), 'prices.xlsx');
    writeFileSync(unknown, 'PK');
    const { code, stdout, stderr } = await run('check', unknown, '--profile', PROFILE, '--format', 'json');
    expect(code).toBe(2);
    expect(stderr).toContain('has an unknown format: expected .html, .htm, .xhtml, .txt, .text, .md, .markdown, .csv, .tsv, .pdf, .docx or an image');
    expect(JSON.parse(stdout).sources[0]).toMatchObject({ error: expect.stringMatching(/^has an unknown format/), problem: { code: 'unknown-format' } });
  });
});
