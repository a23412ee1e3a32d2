import type { Profile } from './types';

/** The business's own names as the profile writes them: its name, and its organisation and brand names with their variants. */
export function businessNames(profile: Profile): string[] {
  const named = (profile.names ?? []).filter((name) => name.kind === 'organization' || name.kind === 'brand');
  return [profile.name, ...named.flatMap((name) => [name.canonical, ...(name.variants ?? [])])].filter((name) => name.trim().length > 0);
}

/** Every name the profile writes — the business's, its streets', phones', addresses' — with their variants. */
export function writtenNames(profile: Profile): string[] {
  return [profile.name, ...(profile.names ?? []).flatMap((name) => [name.canonical, ...(name.variants ?? [])])].filter((name) => name.trim().length > 0);
}
