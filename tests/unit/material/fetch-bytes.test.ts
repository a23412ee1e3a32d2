import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MaterialError } from '../../../utils/material/errors';
import { fetchMaterialBytes } from '../../../utils/material/fetch-bytes';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const size = Number(request.url!.slice(1));
    // Chunked, with no Content-Length: only counting the body tells its size.
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end(Buffer.alloc(size, 'a'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchMaterialBytes', () => {
  it('reads a body of exactly the limit', async () => {
    const { bytes, contentType } = await fetchMaterialBytes(`${base}/4096`, { maxBytes: 4096 });
    expect(bytes.length).toBe(4096);
    expect(contentType).toBe('text/plain');
  });

  it('stops a body with no Content-Length one byte past the limit', async () => {
    await expect(fetchMaterialBytes(`${base}/4097`, { maxBytes: 4096 })).rejects.toThrow(new MaterialError('is larger than 4 KB'));
  });

  it('lets the caller\'s abort through as it is', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(fetchMaterialBytes(`${base}/10`, { maxBytes: 4096, signal: controller.signal })).rejects.toThrow('cancelled');
  });
});
