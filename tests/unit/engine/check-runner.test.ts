import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCheckRunner, PREVIEW_CHECKS, PREVIEW_WORDS, previewOf, type CheckReply } from '../../../engine/check-runner';
import { checkMaterials } from '../../../engine/engine';
import { materialFromText } from '../../../engine/material/from-text';
import type { Profile } from '../../../engine/profile/types';
import type { SpellChecker } from '../../../engine/spelling/types';

const profile = JSON.parse(readFileSync('tests/fixtures/profiles/dental.json', 'utf8')) as Profile;
const paragraph = 'Стоматология «Улыбка+» на ул. Малая Садова. Гарантия на импланты — 10 лет!  Профессиональная гигиена всего за 2900 ₽.';
const longPage = materialFromText(Array.from({ length: 60 }, () => paragraph).join('\n\n'), { id: 's1', kind: 'page', location: 'https://ulybka-dent.example/' }, 'ru');
const shortPage = materialFromText(paragraph, { id: 's1', kind: 'page', location: 'https://ulybka-dent.example/' }, 'ru');

/** A dictionary that knows every word and counts how often it was asked. */
function countingSpeller(): SpellChecker & { calls: number } {
  const speller = {
    calls: 0,
    correct: async () => (speller.calls++, true),
    inLexicon: async () => (speller.calls++, true),
    morphology: async () => null,
  };
  return speller;
}

const withoutTime = (reply: CheckReply) => ('report' in reply ? { ...reply, report: { ...reply.report, createdAt: '' } } : reply);

describe('previewOf', () => {
  it('cuts a long page to its first words, keeping its source as it is; a short page or several materials get none', () => {
    const preview = previewOf([longPage])!;
    expect(
      preview.blocks
        .map((b) => b.text)
        .join(' ')
        .split(/\s+/),
    ).toHaveLength(PREVIEW_WORDS);
    expect(preview.blocks[0]).toEqual(longPage.blocks[0]);
    expect(preview.source).toBe(longPage.source);
    expect(previewOf([shortPage])).toBeNull();
    expect(previewOf([longPage, shortPage])).toBeNull();
  });
});

describe('createCheckRunner', () => {
  it('posts the report the engine makes of a whole page, and no preview of its own', async () => {
    const replies: CheckReply[] = [];
    await createCheckRunner(countingSpeller()).check({ type: 'check', id: 7, materials: [longPage], profile, userWords: [] }, (reply) => replies.push(reply));
    const direct = await checkMaterials([longPage], profile, { userWords: [], spellChecker: countingSpeller() });
    expect(replies.map(withoutTime)).toEqual([withoutTime({ type: 'report', id: 7, report: direct })]);
  });

  it("previews the top of a long page with the word-level checks, findings the whole page's report holds too", async () => {
    const replies: CheckReply[] = [];
    const runner = createCheckRunner(countingSpeller());
    await runner.preview({ type: 'preview', id: 4, material: longPage, profile, userWords: [] }, (reply) => replies.push(reply));
    expect(replies.map((r) => [r.type, r.id])).toEqual([['preview', 4]]);
    const preview = (replies[0] as Extract<CheckReply, { type: 'preview' }>).report;
    expect(preview.findings.length).toBeGreaterThan(0);
    expect(preview.findings.every((f) => PREVIEW_CHECKS.includes(f.check) && f.location!.block < previewOf([longPage])!.blocks.length)).toBe(true);
    const whole = await checkMaterials([longPage], profile, { userWords: [], spellChecker: countingSpeller() });
    const said = (f: { check: string; quote: string; location?: unknown; message: string }) => JSON.stringify([f.check, f.quote, f.location, f.message]);
    expect(whole.findings.map(said)).toEqual(expect.arrayContaining(preview.findings.map(said)));
  });

  it('previews nothing of a page no longer than its top, and answers the same top again without reading it', async () => {
    const speller = countingSpeller();
    const runner = createCheckRunner(speller);
    const replies: CheckReply[] = [];
    await runner.preview({ type: 'preview', id: 1, material: shortPage, profile, userWords: [] }, (reply) => replies.push(reply));
    expect(replies).toEqual([]);
    await runner.preview({ type: 'preview', id: 2, material: longPage, profile, userWords: [] }, (reply) => replies.push(reply));
    const asked = speller.calls;
    await runner.preview({ type: 'preview', id: 3, material: longPage, profile, userWords: [] }, (reply) => replies.push(reply));
    expect(speller.calls).toBe(asked);
    expect(replies.map((r) => [r.type, r.id])).toEqual([
      ['preview', 2],
      ['preview', 3],
    ]);
  });

  it('answers a page checked again unchanged from the last report, without reading it again', async () => {
    const speller = countingSpeller();
    const runner = createCheckRunner(speller);
    const replies: CheckReply[] = [];
    const request = { type: 'check' as const, id: 1, materials: [shortPage], profile, userWords: ['Садова'] };
    await runner.check(request, (reply) => replies.push(reply));
    const asked = speller.calls;
    await runner.check({ ...request, id: 2 }, (reply) => replies.push(reply));
    expect(speller.calls).toBe(asked);
    expect(replies.map((r) => [r.type, r.id])).toEqual([
      ['report', 1],
      ['report', 2],
    ]);
    expect(withoutTime(replies[1]!)).toEqual({ ...withoutTime(replies[0]!), id: 2 });
    // Another user word is another check.
    await runner.check({ ...request, id: 3, userWords: [] }, (reply) => replies.push(reply));
    expect(speller.calls).toBeGreaterThan(asked);
  });

  it('posts why a check failed, under its number', async () => {
    const broken: SpellChecker = {
      correct: async () => {
        throw new Error('ru.dic: HTTP 404');
      },
      inLexicon: async () => false,
      morphology: async () => null,
    };
    const replies: CheckReply[] = [];
    await createCheckRunner(broken).check({ type: 'check', id: 3, materials: [shortPage], profile, userWords: [] }, (reply) => replies.push(reply));
    expect(replies).toEqual([{ type: 'failed', id: 3, message: 'ru.dic: HTTP 404' }]);
  });

  it('warms the dictionaries with a small check, and gives way at once to a check that is waiting', async () => {
    const idle = countingSpeller();
    await createCheckRunner(idle).warm(['ru', 'en'], () => false);
    expect(idle.calls).toBeGreaterThan(0);
    const busy = countingSpeller();
    await createCheckRunner(busy).warm(['ru', 'en'], () => true);
    expect(busy.calls).toBe(0);
  });
});
