import { describe, expect, it } from 'vitest';
import { checkUnpackedSize, zipEntries } from '../../../../engine/material/zip-size';
import { makeDocx, makeZip } from '../../reliability/zip-writer';

const MB = 1024 * 1024;

describe('zipEntries', () => {
  it('lists the parts with their sizes from the central directory', () => {
    const zip = makeZip([
      { name: 'a.xml', data: Buffer.from('x'.repeat(5000)) },
      { name: 'b.xml', data: Buffer.from('hello') },
    ]);
    expect(zipEntries(new Uint8Array(zip)).map(({ name, method, uncompressedSize }) => ({ name, method, uncompressedSize }))).toEqual([
      { name: 'a.xml', method: 8, uncompressedSize: 5000 },
      { name: 'b.xml', method: 8, uncompressedSize: 5 },
    ]);
  });

  it('refuses bytes that are not a ZIP, as a Word document that cannot be read', () => {
    expect(() => zipEntries(new TextEncoder().encode('not a zip'))).toThrow(/^is not a readable Word document \(no ZIP directory\)$/);
  });
});

describe('checkUnpackedSize', () => {
  const document = makeDocx('Каждый шестой кофе в подарок!', 40_000); // ~3 MB of XML

  it('lets a document within the limit through', async () => {
    await expect(checkUnpackedSize(new Uint8Array(document), 10 * MB)).resolves.toBeUndefined();
  });

  it('refuses a document whose directory says it unpacks past the limit', async () => {
    await expect(checkUnpackedSize(new Uint8Array(document), 1 * MB)).rejects.toThrow(/^unpacks to more than 1 MB$/);
  });

  it('refuses one whose directory lies about its size, by inflating and counting', async () => {
    const lying = makeDocx('Каждый шестой кофе в подарок!', 40_000, 1024);
    expect(zipEntries(new Uint8Array(lying)).at(-1)!.uncompressedSize).toBe(1024);
    await expect(checkUnpackedSize(new Uint8Array(lying), 1 * MB)).rejects.toThrow(/^unpacks to more than 1 MB$/);
  });
});
