import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localServer } from '../local-server';
import { main } from '../../../cli/main';
import { runCliChild } from './cli-child';

const FIXTURES = 'tests/fixtures/cli';
const PROFILE = `${FIXTURES}/profile.json`;
const dir = mkdtempSync(join(tmpdir(), 'sverka-limits-'));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

let closed: () => void;
/** Whether the endless download was cut off by the client. */
const endlessClosed = new Promise<void>((done) => (closed = done));
const server = localServer((request, response) => {
  if (request.url === '/endless') return sendForever(response, closed);
  // Headers, then a body that never comes: the material's deadline must end it.
  if (request.url === '/stalls') return response.writeHead(200, { 'content-type': 'text/plain' }).flushHeaders();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Каждый шестой кофе в подарок!</p>');
});

/** A text body with no Content-Length that never ends. */
function sendForever(response: ServerResponse, onClose: () => void) {
  response.writeHead(200, { 'content-type': 'text/plain' });
  const chunk = Buffer.from('Каждый шестой кофе в подарок! '.repeat(1000));
  const send = () => {
    while (response.write(chunk));
  };
  response.on('drain', send);
  response.on('close', onClose);
  send();
}

describe('limit options', () => {
  it.each([
    ['--max-bytes', 'lots', '--max-bytes expects a size in bytes, such as 30MB or 500k, not "lots"'],
    ['--max-bytes', '0', '--max-bytes expects a size in bytes'],
    ['--max-words', '1.5', '--max-words expects a whole number above 0, not "1.5"'],
    ['--max-words', '-3', '--max-words expects a whole number above 0'],
    ['--timeout', '0', '--timeout expects a number of seconds above 0, not "0"'],
    ['--timeout', 'soon', '--timeout expects a number of seconds above 0'],
  ])('%s %s is a usage error naming the option', async (option, value, message) => {
    const result = await run('check', `${FIXTURES}/flyer.txt`, '--profile', PROFILE, option, value);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`sverka: ${message}`);
  });

  it('are described in --help with their defaults, and so are the exit statuses', async () => {
    const { stdout } = await run('--help');
    expect(stdout).toMatch(/--max-bytes SIZE .*default 30MB/);
    expect(stdout).toMatch(/--max-words N [\s\S]*default 100000/);
    expect(stdout).toMatch(/--timeout SECONDS .*default 60/);
    expect(stdout).toContain('A failure is never 1: 1 always means findings.');
  });
});

describe('size of a material', () => {
  it('a local file over --max-bytes is refused without reading it; the other files are checked', async () => {
    const result = await run('check', `${FIXTURES}/flyer.pdf`, `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', 'json', '--max-bytes', '2k');
    const report = result.json();
    expect(result.code).toBe(2);
    expect(report.sources[0].error).toBe('is larger than 2 KB');
    expect(report.sources[1].error).toBeUndefined();
    expect(report.findings.some((finding: { source: string }) => finding.source === 's2')).toBe(true);
  });

  it.runIf(existsSync('/dev/zero'))('a device is refused, not read forever', async () => {
    const report = (await run('check', '/dev/zero', `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', 'json')).json();
    expect(report.sources[0].error).toBe('is not a regular file (a device, pipe or socket)');
  });

  it('a URL with no Content-Length is downloaded only up to --max-bytes', async () => {
    const result = await run('check', server.url('/endless'), server.url('/page'), '--profile', PROFILE, '--format', 'json', '--max-bytes', '64k');
    const report = result.json();
    expect(report.sources[0].error).toBe('is larger than 64 KB');
    expect(report.sources[1].error).toBeUndefined();
    await endlessClosed;
  });
});

describe('words of a material', () => {
  it('past --max-words, the first words are checked and the source says the rest was left out', async () => {
    const long = join(dir, 'long.txt');
    writeFileSync(long, `Каждый шестой кофе в подарок!\n\n${'Кофе с собой. '.repeat(50)}\n\nКаждый шестой кофе в подарок!\n`);
    const result = await run('check', long, '--profile', PROFILE, '--format', 'json', '--max-words', '10');
    const report = result.json();
    expect(report.sources[0].notes).toEqual(['checked the first 10 words; the rest was left out']);
    expect(report.findings.filter((finding: { check: string }) => finding.check === 'contradiction')).toHaveLength(1);
    expect(result.stderr).toContain(`sverka: ${long}: checked the first 10 words; the rest was left out`);
  });

  it.each(['text', 'markdown', 'html'])("the note is in the %s report, in the report's language", async (format) => {
    const { stdout } = await run('check', `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', format, '--max-words', '3');
    expect(stdout).toContain('проверены только первые слова (предел — 3), остальное не проверялось');
  });

  it('a file within --max-words has no note', async () => {
    expect((await run('check', `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', 'json')).json().sources[0].notes).toBeUndefined();
  });

  it('9 MB of text is cut at the default limit and read in bounded memory', { timeout: 600_000 }, async () => {
    const huge = join(dir, 'huge.txt');
    const words = ['кофе', 'утро', 'зерно', 'бариста', 'чашка', 'молоко', 'сироп', 'десерт', 'гость', 'столик', 'меню', 'вкус'];
    const sentences: string[] = [];
    for (let i = 0, length = 0; length < 9_000_000; i++) {
      const sentence = `Сегодня ${words[i % 12]} и ${words[(i * 7) % 12]} ждут вас, ${words[(i * 5) % 12]} всегда свежий.${i % 4 === 3 ? '\n\n' : ' '}`;
      sentences.push(sentence);
      length += sentence.length;
    }
    writeFileSync(huge, sentences.join(''));
    const result = await runCliChild(['check', huge, '--profile', PROFILE, '--format', 'json'], 540_000);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).sources[0].notes).toEqual(['checked the first 100000 words; the rest was left out']);
    expect(result.maxRssMb).toBeLessThan(800);
  });
});

describe('deadline of a material', () => {
  it('a download that stalls after its headers ends at --timeout, and the run goes on', async () => {
    // The HTML reader (linkedom) loads with the first page: loaded here first, the half-second deadline is the download's alone.
    await import('../../../engine/material/parse-html');
    const result = await run('check', server.url('/stalls'), server.url('/page'), '--profile', PROFILE, '--format', 'json', '--timeout', '0.5');
    const report = result.json();
    expect(report.sources[0].error).toBe('did not finish within 0.5 s');
    expect(report.sources[1].error).toBeUndefined();
    expect(result.code).toBe(2);
  });

  it('OCR past --timeout is stopped and the image says so; the next material is still read', { timeout: 120_000 }, async () => {
    const result = await run('check', `${FIXTURES}/flyer.png`, `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', 'json', '--timeout', '0.2');
    const report = result.json();
    expect(report.sources[0].error).toBe('did not finish within 0.2 s');
    expect(report.sources[1].error).toBeUndefined();
    expect(report.findings.some((finding: { source: string }) => finding.source === 's2')).toBe(true);
  });
});
