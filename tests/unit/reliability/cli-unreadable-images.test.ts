import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliChild } from './cli-child';

const FIXTURES = 'tests/fixtures/cli';
const dir = mkdtempSync(join(tmpdir(), 'sverka-images-'));
/** Bytes that are no picture at all, the same on every run. */
const garbage = (length: number) => Buffer.from(Array.from({ length }, (_, i) => (i * 131 + 7) % 256));
const files = {
  empty: join(dir, 'empty.png'),
  garbage: join(dir, 'garbage.jpg'),
  garbageWebp: join(dir, 'garbage.webp'),
  // A real PNG's header and the start of its data: it passes the header check and breaks inside Tesseract.
  truncated: join(dir, 'truncated.png'),
};
writeFileSync(files.empty, '');
writeFileSync(files.garbage, garbage(5000));
writeFileSync(files.garbageWebp, garbage(300));
writeFileSync(files.truncated, readFileSync(`${FIXTURES}/flyer.png`).subarray(0, 200));

interface JsonSource {
  location: string;
  error?: string;
}

describe('an unreadable image in a CLI batch', () => {
  it("is that source's error; the run goes on, later images are still read, the status is 2", { timeout: 300_000 }, async () => {
    const run = await runCliChild([
      'check',
      files.empty,
      files.garbage,
      files.garbageWebp,
      files.truncated,
      `${FIXTURES}/flyer.png`,
      `${FIXTURES}/flyer.txt`,
      '--profile',
      'tests/fixtures/profiles/demo.json',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    const errors = report.sources.map((source: JsonSource) => source.error);
    expect(errors.slice(0, 3)).toEqual(Array(3).fill('is not a readable image (expected a PNG, JPEG or WebP picture)'));
    expect(errors[3]).toMatch(/^is not a readable image \(/);
    // The worker that failed on the truncated image is replaced: the flyer after it is read.
    expect(errors.slice(4)).toEqual([undefined, undefined]);
    expect(report.findings.some((finding: { source: string }) => finding.source === 's5')).toBe(true);
    for (const path of Object.values(files)) expect(run.stderr).toContain(`sverka: ${path}: is not a readable image`);
  });
});
