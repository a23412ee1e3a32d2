import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliChild } from './cli-child';
import { makeDocx } from './zip-writer';

const dir = mkdtempSync(join(tmpdir(), 'sverka-bomb-'));
/** 1.7 million copies of one paragraph: about 500 KB of DOCX, 130 MB of XML. */
const PARAGRAPHS = 1_700_000;
const honest = join(dir, 'bomb.docx');
/** The same bomb, its directory claiming the XML is 1 KB: only inflating tells. */
const lying = join(dir, 'lying-bomb.docx');
writeFileSync(honest, makeDocx('Каждый шестой кофе в подарок!', PARAGRAPHS));
writeFileSync(lying, makeDocx('Каждый шестой кофе в подарок!', PARAGRAPHS, 1024));

describe('a DOCX bomb in a CLI batch', () => {
  it('is refused before it is inflated, in under 500 MB, and the good file is still checked', { timeout: 300_000 }, async () => {
    const run = await runCliChild(['check', honest, lying, 'tests/fixtures/cli/flyer.txt', '--profile', 'tests/fixtures/cli/profile.json', '--format', 'json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.sources.map((source: { error?: string }) => source.error)).toEqual(['unpacks to more than 100 MB', 'unpacks to more than 100 MB', undefined]);
    expect(report.findings.some((finding: { source: string; check: string }) => finding.source === 's3' && finding.check === 'contradiction')).toBe(true);
    expect(run.maxRssMb).toBeLessThan(500);
  });
});
