/**
 * `crawl --include GLOB --exclude GLOB`: which pages of a site a crawl checks, by their path.
 * `*` stays within a path segment, `**` crosses segments (`**\/` also matches no segment at all),
 * `?` is one character, `\` makes the next character literal. A pattern starting with `/` matches
 * from the start of the path; any other matches from the start of any segment (`*.pdf`, `blog/**`).
 * A pattern ending with `/` matches that folder and everything under it. A pattern matches the
 * whole path, or the whole path with its query (`/search?q=*`).
 */
import { normalisePercentEncoding, parseWebUrl } from './canonical';

type UrlTest = (url: string | URL) => boolean;

const escapeRegex = (character: string): string => character.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The regular expression for a pattern's body; only `.*` and `[^/]*` repeat, over the user's own input. */
function globSource(pattern: string): string {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const character = pattern[i]!;
    if (character === '\\' && i + 1 < pattern.length) source += escapeRegex(pattern[++i]!);
    else if (pattern.startsWith('**/', i)) (source += '(?:.*/)?'), (i += 2);
    else if (pattern.startsWith('**', i)) (source += '.*'), i++;
    else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else source += escapeRegex(character);
  }
  return pattern.endsWith('/') ? `${source}.*` : source;
}

/** A test for one pattern; throws, saying why, for a pattern that cannot match a path. */
export function globMatcher(pattern: string): UrlTest {
  if (pattern.trim() === '') throw new Error('a URL pattern cannot be empty: write a path pattern like /blog/**');
  if (/^[a-z][\w+.-]*:\/\//i.test(pattern)) throw new Error(`a URL pattern matches the path, like /blog/**, not the whole address; got ${pattern}`);
  const normalised = normalisePercentEncoding(pattern);
  const anchor = normalised.startsWith('/') ? '^' : '^/(?:.*/)?';
  const regex = new RegExp(`${anchor}${globSource(normalised)}$`, 's');
  return (url) => {
    const parsed = parseWebUrl(url);
    if (!parsed) return false;
    const path = normalisePercentEncoding(parsed.pathname);
    return regex.test(path) || (parsed.search !== '' && regex.test(path + normalisePercentEncoding(parsed.search)));
  };
}

/** Pages a crawl keeps: those some include pattern matches (every page when there is none) that no exclude pattern matches. */
export function urlFilter({ include = [], exclude = [] }: { include?: readonly string[]; exclude?: readonly string[] }): UrlTest {
  const included = include.map(globMatcher);
  const excluded = exclude.map(globMatcher);
  return (url) => (included.length === 0 || included.some((test) => test(url))) && !excluded.some((test) => test(url));
}
