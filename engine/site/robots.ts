/**
 * robots.txt as RFC 9309 reads it, for our own product token: which paths the site lets Sverka
 * fetch, how long to wait between requests, and where its sitemaps are.
 */
import { normalisePercentEncoding, parseWebUrl } from './canonical';

/** The product token Sverka's crawler announces and looks for in `User-agent:` lines. */
export const SVERKA_AGENT = 'sverka';

/** RFC 9309 §2.5 lets a crawler stop reading after 500 KiB; rules past it are ignored. */
const MAX_ROBOTS_CHARACTERS = 500 * 1024;

/**
 * Crawl-delay is not in the RFC, yet sites rely on it to be spared; a longer one is cut so that a
 * crawl of a few hundred pages still ends within a working session.
 */
export const MAX_CRAWL_DELAY_SECONDS = 10;

interface RobotsRule {
  allow: boolean;
  /** Percent-encoding normalised, so it compares byte for byte with a normalised path. */
  pattern: string;
}

export interface Robots {
  /** The rules of every group for our token, or of the `*` groups when none names it. */
  rules: RobotsRule[];
  crawlDelaySeconds?: number;
  /** `Sitemap:` lines, wherever they stand: they belong to no group. */
  sitemaps: string[];
}

interface Group {
  agents: string[];
  rules: RobotsRule[];
  crawlDelaySeconds?: number;
}

const TOO_MANY_REQUESTS = 429;

export const allowAll = (): Robots => ({ rules: [], sitemaps: [] });
export const disallowAll = (): Robots => ({ rules: [{ allow: false, pattern: '/' }], sitemaps: [] });

/**
 * What a robots.txt response means (RFC 9309 §2.3.1): a 4xx says there are no rules (allow
 * everything); a 5xx or no response at all (undefined status) says the site cannot answer, and a
 * crawler must then assume it may fetch nothing. The fetcher follows redirects (at least five);
 * a 3xx that reaches here is a chain it gave up on, read as unavailable. 429 asks the crawler to
 * slow down, not to crawl freely, so it counts as unreachable (as major crawlers read it).
 */
export function robotsFromResponse(status: number | undefined, body: string): Robots {
  if (status === undefined || status >= 500 || status === TOO_MANY_REQUESTS) return disallowAll();
  if (status >= 200 && status < 300) return parseRobots(body);
  return allowAll();
}

/** The line's key and value, without comment and surrounding blanks; undefined for a line with no `key:`. */
function splitLine(line: string): { key: string; value: string } | undefined {
  const content = line.replace(/#.*/, '');
  const colon = content.indexOf(':');
  if (colon < 0) return undefined;
  return { key: content.slice(0, colon).trim().toLowerCase(), value: content.slice(colon + 1).trim() };
}

/** The product token of a `User-agent:` value (`Sverka/1.2` → `sverka`), as RFC 9309 §2.2.1 compares it. */
const productToken = (value: string): string => (value.startsWith('*') ? '*' : (/^[A-Za-z_-]*/.exec(value)?.[0] ?? '').toLowerCase());

function readGroups(text: string): { groups: Group[]; sitemaps: string[] } {
  const groups: Group[] = [];
  const sitemaps: string[] = [];
  let current: Group | undefined;
  let inAgentLines = false;
  for (const line of text
    .replace(/^\uFEFF/, '')
    .slice(0, MAX_ROBOTS_CHARACTERS)
    .split(/\r\n|\r|\n/)) {
    const parsed = splitLine(line);
    if (!parsed) continue;
    const { key, value } = parsed;
    if (key === 'user-agent') {
      // Consecutive User-agent lines share one group; one after rules opens the next.
      if (!current || !inAgentLines) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(productToken(value));
      inAgentLines = true;
      continue;
    }
    if (key === 'sitemap') {
      if (value !== '') sitemaps.push(value);
      continue;
    }
    inAgentLines = false;
    if (current) readGroupLine(current, key, value);
  }
  return { groups, sitemaps };
}

function readGroupLine(group: Group, key: string, value: string): void {
  // An empty Disallow forbids nothing, an empty Allow allows nothing more: neither is a rule.
  if ((key === 'allow' || key === 'disallow') && value !== '') group.rules.push({ allow: key === 'allow', pattern: normalisePercentEncoding(value) });
  if (key === 'crawl-delay' && group.crawlDelaySeconds === undefined) {
    const seconds = Number(value);
    if (value !== '' && Number.isFinite(seconds) && seconds >= 0) group.crawlDelaySeconds = Math.min(seconds, MAX_CRAWL_DELAY_SECONDS);
  }
}

/** The rules robots.txt sets for `agent` (RFC 9309 §2.2.1: every group naming it, merged; else the `*` groups). */
export function parseRobots(text: string, agent: string = SVERKA_AGENT): Robots {
  const { groups, sitemaps } = readGroups(text);
  const token = agent.toLowerCase();
  const own = groups.filter((group) => group.agents.includes(token));
  const chosen = own.length > 0 ? own : groups.filter((group) => group.agents.includes('*'));
  const crawlDelaySeconds = chosen.find((group) => group.crawlDelaySeconds !== undefined)?.crawlDelaySeconds;
  return { rules: chosen.flatMap((group) => group.rules), sitemaps, ...(crawlDelaySeconds === undefined ? {} : { crawlDelaySeconds }) };
}

/**
 * Whether `pattern` matches the start of `path`: `*` is any run of characters, a final `$` anchors
 * at the end. Matched by backtracking to the last `*` only, so a hostile pattern costs at most
 * length × length steps, never the exponential time a regular expression could take.
 */
export function robotsPatternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : `${pattern}*`;
  let p = 0;
  let s = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (s < path.length) {
    if (p < body.length && body[p] === '*') {
      starAt = p++;
      resumeAt = s;
    } else if (p < body.length && body[p] === path[s]) {
      p++;
      s++;
    } else if (starAt >= 0) {
      p = starAt + 1;
      s = ++resumeAt;
    } else return false;
  }
  while (body[p] === '*') p++;
  return p === body.length;
}

/** RFC 9309 §2.2.2: the longest matching rule decides, Allow wins a tie, no match allows; /robots.txt is always allowed. */
export function isAllowed(robots: Robots, url: string | URL): boolean {
  const parsed = parseWebUrl(url);
  if (!parsed) return false;
  const path = normalisePercentEncoding(parsed.pathname + parsed.search);
  if (path === '/robots.txt') return true;
  let decisive: RobotsRule | undefined;
  for (const rule of robots.rules) {
    if (!robotsPatternMatches(rule.pattern, path)) continue;
    const longer = !decisive || rule.pattern.length > decisive.pattern.length;
    const tieWonByAllow = decisive !== undefined && rule.pattern.length === decisive.pattern.length && rule.allow;
    if (longer || tieWonByAllow) decisive = rule;
  }
  return decisive?.allow ?? true;
}
