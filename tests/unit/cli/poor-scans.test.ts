import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main';
import type { OcrResult } from '../../../engine/material/from-image';

/** What the fake OCR engine reads off any image: set by each test. */
let read: OcrResult;
vi.mock('../../../cli/node-ocr', () => ({
  createNodeOcr: () => ({ recognise: async () => read, close: async () => undefined }),
}));

const FIXTURES = 'tests/fixtures/cli';
const IMAGE = `${FIXTURES}/flyer.png`;
const box = { x0: 0, y0: 0, x1: 400, y1: 30 };
const flyer = (inkRead: number, confidence = 93): OcrResult => ({
  paragraphs: [{ lines: [{ text: 'Каждый шестой кофе в подарок!', confidence, box }] }],
  reading: { inkRead },
});

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['check', ...argv, '--profile', `${FIXTURES}/profile.json`], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('an image read too poorly to judge', () => {
  it('makes the status 2 and is named on standard error with the warning', async () => {
    read = flyer(0.4);
    const result = await run(IMAGE, `${FIXTURES}/flyer.txt`, '--format', 'json', '--fail-on', 'never');
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.sources.map((source: { reading?: unknown }) => source.reading)).toEqual([{ inkRead: 0.4, confidence: 0.93, poor: true }, undefined]);
    expect(result.stderr).toBe(`sverka: ${IMAGE}: about 40 % of the text was read: photograph it again, straighter and closer\n`);
  });

  it('makes the status 2 when read too uncertainly, with no share of ink known', async () => {
    read = { paragraphs: flyer(0, 40).paragraphs };
    const result = await run(IMAGE, '--fail-on', 'never');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`sverka: ${IMAGE}: the text was read with little certainty (confidence 40 %)`);
  });

  it("with --allow-poor-scans is still warned of, but the status is the findings' own", async () => {
    read = flyer(0.4);
    const relaxed = await run(IMAGE, '--allow-poor-scans', '--fail-on', 'never');
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toContain(`sverka: ${IMAGE}: about 40 % of the text was read`);
    expect(relaxed.stdout).toContain('прочитано около 40 % текста: переснимите ровнее и ближе (находки неполные)');
    expect((await run(IMAGE, '--allow-poor-scans', '--fail-on', 'warning')).code).toBe(1);
  });

  it('--allow-poor-scans never turns an unreadable material into a pass', async () => {
    read = flyer(0.95);
    expect((await run(IMAGE, `${FIXTURES}/missing.txt`, '--allow-poor-scans', '--fail-on', 'never')).code).toBe(2);
  });
});

describe('an image read well', () => {
  it('is not warned of and leaves the status to the findings', async () => {
    read = flyer(0.95);
    const result = await run(IMAGE, '--fail-on', 'never');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('⚠');
  });
});

describe('--allow-poor-scans', () => {
  it('takes no value', async () => {
    const result = await run(IMAGE, '--allow-poor-scans=yes');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('sverka: --allow-poor-scans takes no value, not "yes"');
  });

  it('is described in --help, and so is the status it relaxes', async () => {
    let help = '';
    await main(['--help'], { stdout: (t) => (help += t), stderr: () => undefined });
    expect(help).toMatch(/--allow-poor-scans +an image read poorly/);
    expect(help).toContain('Also 2 when an image was read too poorly to judge');
  });
});
