import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckClient } from '../../../../browser/check-client';
import { openDatabase, type StoredProfile, type SverkaDb } from '../../../../browser/db/database';
import { importProfile } from '../../../../browser/db/profiles';
import { createSiteSession, type SitePort } from '../../../../browser/site/session';
import { nodeEnvironment } from '../../../../cli/node-environment';
import { checkMaterials } from '../../../../engine/engine';

const BASE = 'https://clinic.test';
const page = (title: string, body: string, links: string[] = []) =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}${links.map((href) => `<a href="${href}">${href}</a>`).join(' ')}</main></body></html>`;
const PAGES: Record<string, string> = {
  '/': page('Стоматология', '<p>Лечим зубы спокойно и без боли. Работаем круглосуточно.</p>', ['/services', '/prices']),
  '/services': page('Услуги', '<p>Удаление зуба — 3 000 ₽.</p>'),
  '/prices': page('Цены', '<p>Удаление зуба — 5 000 ₽. Работаем круглосуточно.</p>'),
};

const fetchSite = (async (url: string | URL | Request) => {
  const { pathname } = new URL(String(url));
  const html = PAGES[pathname];
  const response = html ? new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }) : new Response('no', { status: 404 });
  Object.defineProperty(response, 'url', { value: String(url) });
  return response;
}) as typeof fetch;

/** The panel's check worker, run in place. */
const checks = (before: () => void = () => undefined) =>
  ({
    warm: () => undefined,
    preview: () => undefined,
    receive: () => undefined,
    check: (materials, profile, { userWords }) => (before(), checkMaterials(materials, profile, { userWords })),
  }) as CheckClient;

const port = (granted = true): SitePort => ({ environment: nodeEnvironment, requestAccess: async () => granted, copy: async () => undefined, fetch: fetchSite });

let counter = 0;
async function dental(): Promise<{ db: SverkaDb; profile: StoredProfile }> {
  const db = openDatabase(`sverka-site-${++counter}`);
  const imported = await importProfile(db, readFileSync('tests/fixtures/profiles/dental.json', 'utf8'));
  if (!imported.ok) throw new Error('dental.json no longer imports');
  return { db, profile: (await db.profiles.get(imported.id))! };
}

const t = (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(' ');

describe('the site session', () => {
  it('checks the whole site and shows its report, the disagreement between pages in it', async () => {
    const { db, profile } = await dental();
    const session = createSiteSession({ db, checks: checks(), port: port(), t: t as never });
    await session.start(`${BASE}/`, profile);
    const { shown, running, report, partial, checked, site, status } = session.get();
    expect({ shown, running, partial, site, status }).toEqual({ shown: true, running: false, partial: false, site: BASE, status: '' });
    expect(report!.sources).toHaveLength(3);
    expect(checked).toBe(3);
    expect(report!.findings.some((f) => f.check === 'consistency')).toBe(true);
  });

  it('says why when host access is refused, and reads nothing', async () => {
    const { db, profile } = await dental();
    let asked = 0;
    const refused = { ...port(false), fetch: (async () => (asked++, new Response(''))) as typeof fetch };
    const session = createSiteSession({ db, checks: checks(), port: refused, t: t as never });
    await session.start(`${BASE}/`, profile);
    expect(session.get()).toMatchObject({ shown: true, running: false, report: null, status: `siteAccessNeeded ${BASE}` });
    expect(asked).toBe(0);
  });

  it('cancelled, keeps what was checked as a partial report', async () => {
    const { db, profile } = await dental();
    let session: ReturnType<typeof createSiteSession>;
    session = createSiteSession({ db, checks: checks(() => session.cancel()), port: port(), t: t as never });
    await session.start(`${BASE}/`, profile);
    expect(session.get()).toMatchObject({ running: false, partial: true });
    expect(session.get().report!.sources).toHaveLength(1);
  });

  it('takes an ignored finding off the report and keeps it ignored on the site', async () => {
    const { db, profile } = await dental();
    const session = createSiteSession({ db, checks: checks(), port: port(), t: t as never });
    await session.start(`${BASE}/`, profile);
    const [first] = session.get().report!.findings;
    await session.ignore(first!, 'here');
    expect(session.get().report!.findings.map((f) => f.fingerprint)).not.toContain(first!.fingerprint);
    expect(await db.ignored.where('site').equals(BASE).count()).toBe(1);
  });

  it('ignored everywhere, takes the same finding off every page of the site', async () => {
    const { db, profile } = await dental();
    const session = createSiteSession({ db, checks: checks(), port: port(), t: t as never });
    await session.start(`${BASE}/`, profile);
    const roundTheClock = () => session.get().report!.findings.filter((f) => f.check === 'contradiction' && f.quote.includes('круглосуточно'));
    expect(new Set(roundTheClock().map((f) => f.source)).size).toBe(2);
    await session.ignore(roundTheClock()[0]!, 'everywhere');
    expect(roundTheClock()).toEqual([]);
  });
});
