import { describe, expect, it } from 'vitest';
import { nodeCrawlFetch } from '../../../cli/node-crawl-fetch';
import { localServer } from '../local-server';

let userAgent = '';

const server = localServer((request, response) => {
  const path = request.url ?? '/';
  userAgent = request.headers['user-agent'] ?? '';
  const hops = /^\/hop\/(\d+)$/.exec(path);
  if (hops) {
    const left = Number(hops[1]);
    return response.writeHead(301, { location: left > 0 ? `/hop/${left - 1}` : '/landed' }).end();
  }
  if (path === '/loop') return response.writeHead(302, { location: '/loop' }).end();
  if (path === '/big') return response.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(5000));
  if (path === '/slow') return; // never answers
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>ok</p>');
});

const fetchPage = nodeCrawlFetch({ maxBytes: 1000, timeoutMs: 300 });

describe('nodeCrawlFetch', () => {
  it('follows redirects and says where it landed, as Sverka', async () => {
    const response = await fetchPage(server.url('/hop/3'));
    expect(response).toMatchObject({ status: 200, url: server.url('/landed'), contentType: 'text/html; charset=utf-8' });
    expect(new TextDecoder().decode(response.body as Uint8Array)).toBe('<p>ok</p>');
    expect(userAgent).toMatch(/^Sverka\b/);
  });

  it('gives up on a loop or a long chain with its 3xx', async () => {
    expect((await fetchPage(server.url('/loop'))).status).toBe(302);
    expect((await fetchPage(server.url('/hop/9'))).status).toBe(301);
  });

  it('throws "too large" past the size limit', async () => {
    await expect(fetchPage(server.url('/big'))).rejects.toThrow(/too large/);
  });

  it('throws a TimeoutError when the server does not answer', async () => {
    await expect(fetchPage(server.url('/slow'))).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
