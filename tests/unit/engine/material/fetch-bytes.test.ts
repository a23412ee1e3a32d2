import { describe, expect, it } from 'vitest';
import { localServer } from '../../local-server';
import { fetchMaterialBytes } from '../../../../engine/material/fetch-bytes';

const server = localServer((request, response) => {
  const size = Number(request.url!.slice(1));
  // Chunked, with no Content-Length: only counting the body tells its size.
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end(Buffer.alloc(size, 'a'));
});

describe('fetchMaterialBytes', () => {
  it('reads a body of exactly the limit', async () => {
    const { bytes, contentType } = await fetchMaterialBytes(server.url('/4096'), { maxBytes: 4096 });
    expect(bytes.length).toBe(4096);
    expect(contentType).toBe('text/plain');
  });

  it('stops a body with no Content-Length one byte past the limit', async () => {
    await expect(fetchMaterialBytes(server.url('/4097'), { maxBytes: 4096 })).rejects.toThrow(/^is larger than 4 KB$/);
  });

  it("lets the caller's abort through as it is", async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(fetchMaterialBytes(server.url('/10'), { maxBytes: 4096, signal: controller.signal })).rejects.toThrow('cancelled');
  });
});
