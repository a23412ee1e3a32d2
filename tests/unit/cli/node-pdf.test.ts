import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPdf } from '../../../cli/node-pdf';

/** The environment before pdf.js first loads here. */
const environment = { ...process.env };
const flyer = () => new Uint8Array(readFileSync('tests/fixtures/cli/flyer.pdf'));

describe('openPdf in Node', () => {
  it('reads a PDF and leaves the natives pdf.js polyfills in place, so the rest of the run keeps their speed', async () => {
    const { push } = Array.prototype;
    const { stringify, parse } = JSON;
    const pdf = await openPdf(flyer());
    expect(pdf.numPages).toBe(1);
    expect(Array.prototype.push).toBe(push);
    expect(JSON.stringify).toBe(stringify);
    expect(JSON.parse).toBe(parse);
  });

  it('leaves no setting of its own in the environment', async () => {
    await openPdf(flyer());
    expect(process.env).toEqual(environment);
  });

  it('names a broken file as unreadable', async () => {
    await expect(openPdf(new Uint8Array(readFileSync('tests/fixtures/cli/corrupt.pdf')))).rejects.toThrow('is not a readable PDF');
  });
});
