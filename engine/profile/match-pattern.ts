/**
 * Site patterns of a profile, read as Chrome reads match patterns: `<all_urls>` or
 * `scheme://host[:port]/path`. A pattern without a port (or with `:*`) matches every port, one with
 * a port only that port — so validation and matching agree: a pattern either matches or is refused.
 */

interface MatchPattern {
  /** `*` is http or https. */
  scheme: string;
  /** `*` any host, `*.x` x and its subdomains, else the host itself (lowercase, IDN as punycode). */
  host: string;
  /** null: any port. */
  port: number | null;
  path: RegExp;
}

const SCHEMES = ['*', 'http', 'https', 'file', 'ftp'];
const DEFAULT_PORT: Record<string, number> = { 'http:': 80, 'https:': 443, 'ftp:': 21 };

/** The host as URLs spell it (lowercase, IDN in punycode), or null when it is not a host. */
function canonicalHost(host: string): string | null {
  try {
    const parsed = new URL(`http://${host}/`);
    return parsed.hostname === '' || parsed.port !== '' ? null : parsed.hostname;
  } catch {
    return null;
  }
}

const pathRegex = (path: string) => new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 's');

/** The pattern read, or what is wrong with it in words the options page shows next to the field. */
function readPattern(pattern: string): { ok: true; pattern: MatchPattern | 'all' } | { ok: false; problem: string } {
  if (pattern === '<all_urls>') return { ok: true, pattern: 'all' };
  const parts = /^([^:/]*):\/\/([^/]*)(\/.*)?$/s.exec(pattern);
  if (!parts) return { ok: false, problem: 'expected a URL match pattern like "https://example.com/*"' };
  const [, scheme = '', authority = '', path] = parts;
  if (!SCHEMES.includes(scheme)) return { ok: false, problem: `the scheme "${scheme}" is not one of *, http, https, file, ftp` };
  if (path === undefined) return { ok: false, problem: `no path: end it with a path like "${pattern}/*"` };
  if (scheme === 'file') return authority === '' ? { ok: true, pattern: { scheme, host: '', port: null, path: pathRegex(path) } } : { ok: false, problem: 'a file pattern has no host: "file:///path/*"' };
  const [, hostPart = authority, portPart] = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority) ?? [];
  const port = readPort(portPart);
  if (port === undefined) return { ok: false, problem: `the port "${portPart}" is not a number from 1 to 65535 or *` };
  const host = readHost(hostPart);
  if (host === null) return { ok: false, problem: `the host "${hostPart}" is not a host name: "*" may only stand alone or begin it as "*."` };
  return { ok: true, pattern: { scheme, host, port, path: pathRegex(path) } };
}

/** null: any port; undefined: not a port. */
function readPort(port: string | undefined): number | null | undefined {
  if (port === undefined || port === '*') return null;
  if (!/^\d{1,5}$/.test(port)) return undefined;
  const n = Number(port);
  return n >= 1 && n <= 65535 ? n : undefined;
}

function readHost(host: string): string | null {
  if (host === '*') return host;
  const wildcard = host.startsWith('*.');
  const rest = wildcard ? host.slice(2) : host;
  if (/[*@]/.test(rest)) return null;
  const canonical = canonicalHost(rest);
  return canonical === null ? null : `${wildcard ? '*.' : ''}${canonical}`;
}

/** What is wrong with a site pattern, or null when it is one. */
export function matchPatternProblem(pattern: string): string | null {
  const read = readPattern(pattern);
  return read.ok ? null : read.problem;
}

/** The pattern as the matcher reads it (host lowercased, IDN in punycode, `:*` dropped): two that read alike match the same pages. Null when it is none. */
export function readPatternKey(pattern: string): string | null {
  const read = readPattern(pattern);
  if (!read.ok) return null;
  if (read.pattern === 'all') return pattern;
  const { scheme, host, port, path } = read.pattern;
  return `${scheme}://${host}${port === null ? '' : `:${port}`}${path.source}`;
}

export const isMatchPattern = (pattern: string): boolean => readPattern(pattern).ok;

const effectivePort = (url: URL) => (url.port === '' ? DEFAULT_PORT[url.protocol] : Number(url.port));

function hostMatches(host: string, hostname: string): boolean {
  if (host === '*') return true;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

/** Whether a page's URL is one the pattern names; a pattern that is not one matches nothing. */
export function matchesPattern(pattern: string, url: string): boolean {
  const read = readPattern(pattern);
  if (!read.ok) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (read.pattern === 'all') return /^(https?|file|ftp):$/.test(parsed.protocol);
  const { scheme, host, port, path } = read.pattern;
  const schemeOk = scheme === '*' ? /^https?:$/.test(parsed.protocol) : parsed.protocol === `${scheme}:`;
  return schemeOk && hostMatches(host, parsed.hostname) && (port === null || effectivePort(parsed) === port) && path.test(parsed.pathname + parsed.search);
}

/**
 * The pattern to ask host access with: without its port, since Firefox refuses a port in a host
 * permission and Chrome's access to a host covers its ports.
 */
export function hostPermissionPattern(pattern: string): string {
  return pattern.replace(/^([^:/]*:\/\/(?:\[[^\]]*\]|[^/:]*)):[^/]*/, '$1');
}
