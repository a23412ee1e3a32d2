import { describe, expect, it } from 'vitest';
import { createDraftSession, type DraftRead, type ReadDraft, settled, siteOfAddress } from '../../../../browser/draft/draft-session';
import type { DraftConflict, Profile } from '../../../../engine/profile/types';
import { localeTranslator } from '../locale-translator';

const t = localeTranslator('en');
const seen = (location: string) => ({ location, quote: `on ${location}` });

const HOURS: DraftConflict = {
  topic: 'Opening hours',
  kind: 'hours',
  variants: [
    { value: { 'mon-sun': '08:00-21:00' }, evidence: [seen('http://x.test/'), seen('http://x.test/a'), seen('http://x.test/b')] },
    { value: { 'mon-sun': '24h' }, evidence: [seen('http://x.test/c')] },
  ],
};
const PRICE: DraftConflict = {
  topic: 'Check-up',
  kind: 'price',
  variants: [
    { value: { amount: 1900, currency: 'RUB' }, evidence: [seen('http://x.test/prices')] },
    { value: { amount: 2400, currency: 'RUB' }, evidence: [seen('http://x.test/checkup')] },
  ],
};
const DRAFT: Profile = { format: 'sverka.profile/1', name: 'x.test', languages: ['en'], facts: [], conflicts: [HOURS, PRICE] };

/** A read that waits until the test lets it end, reporting progress meanwhile. */
function heldRead(result: DraftRead) {
  let finish: () => void = () => undefined;
  const read: ReadDraft = (_source, signal, onProgress) =>
    new Promise((resolve, reject) => {
      onProgress({ found: 5, checked: 2, failed: 0, queued: 3 });
      signal.addEventListener('abort', () => reject(signal.reason));
      finish = () => resolve(result);
    });
  return { read, finish: () => finish() };
}

function session(read: ReadDraft) {
  const drafted: Profile[] = [];
  return { drafted, session: createDraftSession({ t, read, onDrafted: (profile) => drafted.push(profile) }) };
}

describe('settled', () => {
  it('applies each answer to the first conflict still open', () => {
    const profile = settled(DRAFT, [1, 'skip']);
    expect(profile.conflicts).toBeUndefined();
    expect(profile.facts).toEqual([{ id: 'opening-hours', kind: 'hours', label: 'Opening hours', value: { 'mon-sun': '24h' }, evidence: HOURS.variants[1]!.evidence }]);
  });

  it('leaves the unanswered conflicts open', () => {
    expect(settled(DRAFT, ['skip']).conflicts).toEqual([PRICE]);
    expect(settled(DRAFT, [])).toBe(DRAFT);
  });
});

describe('createDraftSession', () => {
  it('shows the progress, asks each conflict in turn, and hands over the settled draft after the last', async () => {
    const held = heldRead({ draft: DRAFT });
    const { session: s, drafted } = session(held.read);
    const started = s.start({ url: 'http://x.test/', files: [] });
    expect(s.get()).toEqual({ step: 'reading', progress: { found: 5, checked: 2, failed: 0, queued: 3 } });
    held.finish();
    await started;
    expect(s.get()).toMatchObject({ step: 'questions', answers: [] });
    s.answer(0);
    expect(s.get()).toMatchObject({ step: 'questions', answers: [0] });
    expect(drafted).toEqual([]);
    s.answer(1);
    expect(s.get()).toEqual({ step: 'input', status: '' });
    expect(drafted).toHaveLength(1);
    expect(drafted[0]!.conflicts).toBeUndefined();
    expect(drafted[0]!.facts!.map((fact) => [fact.kind, (fact as { value: unknown }).value])).toEqual([
      ['hours', { 'mon-sun': '08:00-21:00' }],
      ['price', { amount: 2400, currency: 'RUB' }],
    ]);
  });

  it('goes back a question, undoing its answer, and from the first back to the address', async () => {
    const { session: s, drafted } = session(async () => ({ draft: DRAFT }));
    await s.start({ url: 'http://x.test/', files: [] });
    s.answer('skip');
    s.back();
    expect(s.get()).toMatchObject({ step: 'questions', answers: [] });
    s.back();
    expect(s.get()).toEqual({ step: 'input', status: '' });
    expect(drafted).toEqual([]);
  });

  it('hands a draft with no conflicts straight over', async () => {
    const clean = { ...DRAFT, conflicts: [] };
    const { session: s, drafted } = session(async () => ({ draft: clean }));
    await s.start({ files: [new File(['x'], 'a.txt')] });
    expect(drafted).toEqual([clean]);
  });

  it('keeps nothing of a cancelled read, even one that ends after the cancel', async () => {
    // A reader that does not stop when told: it finishes with a whole draft after the cancel.
    let finish: () => void = () => undefined;
    const deaf: ReadDraft = () => new Promise((resolve) => (finish = () => resolve({ draft: DRAFT })));
    const held = { read: deaf, finish: () => finish() };
    const { session: s, drafted } = session(held.read);
    const started = s.start({ url: 'http://x.test/', files: [] });
    s.cancel();
    held.finish();
    await started;
    expect(s.get()).toEqual({ step: 'input', status: t('draft_cancelled') });
    expect(drafted).toEqual([]);
  });

  it('says why a site could not be read, or why the draft failed', async () => {
    const unreachable = session(async () => ({ unreachable: 'http://x.test/: connection refused' })).session;
    await unreachable.start({ url: 'http://x.test/', files: [] });
    expect(unreachable.get()).toEqual({ step: 'input', status: 'The site could not be read: http://x.test/: connection refused' });
    const failing = session(async () => {
      throw new Error('the page is too large');
    }).session;
    await failing.start({ url: 'http://x.test/', files: [] });
    expect(failing.get()).toEqual({ step: 'input', status: 'The draft could not be made: the page is too large' });
  });

  it('ignores answers when no question is asked', () => {
    const { session: s, drafted } = session(async () => ({ draft: DRAFT }));
    s.answer(0);
    s.back();
    expect(s.get()).toEqual({ step: 'input', status: '' });
    expect(drafted).toEqual([]);
  });
});

describe('siteOfAddress', () => {
  it.each([
    ['http://127.0.0.1:8123/about', 'http://127.0.0.1:8123/about', 'http://127.0.0.1/*'],
    ['  https://clinic.example/ ', 'https://clinic.example/', 'https://clinic.example/*'],
    ['clinic.example', 'https://clinic.example/', 'https://clinic.example/*'],
  ])('%s is the site %s, reached with %s', (address, url, origin) => {
    expect(siteOfAddress(address)).toEqual({ url, origins: [origin] });
  });

  it.each(['', '   ', 'ftp://clinic.example/', 'file:///etc/passwd', 'mailto:a@b.c', 'http://', 'not a site at all'])('%j is no site', (address) => {
    expect(siteOfAddress(address)).toBeNull();
  });
});
