import { PROFILE_FORMAT, type Profile } from '../engine/profile/types';
import { detectLanguage } from '../engine/text/language';

/**
 * Where the options page opens when the side panel sends the user there: at the template chooser,
 * or editing a new profile drafted from the page the panel was on (its site's pattern, its title as the name).
 */
export type OptionsStart = { kind: 'templates' } | { kind: 'draft'; url: string; title: string };

/** The options page's address after its '#'. */
export function optionsFragment(start: OptionsStart): string {
  if (start.kind === 'templates') return 'templates';
  return `new-from-site=${encodeURIComponent(start.url)}&title=${encodeURIComponent(start.title)}`;
}

export function optionsStart(fragment: string): OptionsStart | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  if (params.has('templates')) return { kind: 'templates' };
  const url = params.get('new-from-site');
  return url ? { kind: 'draft', url, title: params.get('title') ?? '' } : null;
}

/** A new profile for the page's site: bound to it by a pattern of its host (match patterns carry no port), named after the page. */
export function draftProfile(url: string, title: string): Profile {
  let site: URL | null = null;
  try {
    site = new URL(url);
  } catch {
    // Not a URL: the draft has no site to be bound to.
  }
  const web = site && /^https?:$/.test(site.protocol) ? site : null;
  const name = title.trim() || web?.hostname || '';
  return {
    format: PROFILE_FORMAT,
    name,
    languages: [detectLanguage(name)],
    ...(web ? { sites: [`${web.protocol}//${web.hostname}/*`] } : {}),
    concept: {},
    facts: [],
    names: [],
  };
}
