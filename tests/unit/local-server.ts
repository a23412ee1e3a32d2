import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/**
 * An HTTP server on 127.0.0.1 for one test file, started before its tests and closed after them
 * (open connections too: some routes never answer). `url(path)` is valid once the tests run.
 */
export function localServer(handler: RequestListener): { url: (path: string) => string } {
  const server = createServer(handler);
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: (path) => `${base}${path}` };
}
