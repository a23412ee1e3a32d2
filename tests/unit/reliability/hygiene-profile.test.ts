import { describe, expect, it } from 'vitest';
import { formatProblems, parseProfileBytes, parseProfileJson, PROFILE_LIMITS, validateProfile, type ProfileParseResult } from '../../../engine/profile/validate';

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const PROFILE = { format: 'sverka.profile/1', name: 'Café Müller — Кофейня «Зерно»', languages: ['ru'], facts: [{ id: 'hours', kind: 'hours', label: 'Часы', value: { 'mon-sun': '08:00-20:00' } }] };

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(order === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

/** Latin-1 bytes: every character of the text below U+0100 as one byte. */
const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
/** Windows-1251 bytes of Russian letters (А–я at 0xC0–0xFF) and ASCII. */
const cp1251 = (text: string) => Uint8Array.from(text, (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : ch.charCodeAt(0) - 0x410 + 0xc0));

const problems = (result: ProfileParseResult) => (result.ok ? [] : formatProblems(result.problems, 'profile.json'));

describe('profile encodings', () => {
  it('a Latin-1 profile is read as Latin-1, with a warning, not as mojibake', () => {
    const json = JSON.stringify({ ...PROFILE, name: 'Café Müller, déjeuner à midi' });
    const result = parseProfileBytes(latin1(json));
    expect(result).toMatchObject({ ok: true, profile: { name: 'Café Müller, déjeuner à midi' }, warnings: ['read as Windows-1252 (Latin-1), a guess: save it as UTF-8'] });
  });

  it('a Windows-1251 profile is read as Russian, with a warning', () => {
    const json = JSON.stringify({ ...PROFILE, name: 'Кофейня Зерно' });
    expect(parseProfileBytes(cp1251(json))).toMatchObject({ ok: true, profile: { name: 'Кофейня Зерно' }, warnings: [expect.stringMatching(/Windows-1251/)] });
  });

  it.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)('a UTF-16 %s profile (BOM: %s) is read', (order, bom) => {
    const result = parseProfileBytes(utf16(JSON.stringify(PROFILE), order, bom));
    expect(result).toMatchObject({ ok: true, profile: PROFILE });
    expect(result.ok && result.warnings?.length).toBe(bom ? undefined : 1);
  });

  it('UTF-16 read as UTF-8 text is refused with a message that holds no raw NUL or control byte', () => {
    const misread = new TextDecoder('utf-8').decode(utf16(JSON.stringify(PROFILE), 'le', true));
    const lines = problems(parseProfileJson(misread));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^profile\.json: \(file\): not valid JSON/);
    expect(lines[0]).not.toMatch(RAW_CONTROL);
  });

  it('binary bytes are refused as "not text", naming what was expected', () => {
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256);
    expect(problems(parseProfileBytes(binary))).toEqual(['profile.json: (file): not text: expected JSON in UTF-8 (or UTF-16, Windows-1251, Windows-1252)']);
  });

  it('control and bidi characters in ids and keys are shown, not passed on, in problems', () => {
    const value = { ...PROFILE, facts: [PROFILE.facts[0], { ...PROFILE.facts[0], id: 'hours' }, { id: 'x\u202e', kind: 'hours', label: 'L', value: { 'mon\u001b[2J': '08:00-20:00' } }] };
    const lines = problems(parseProfileJson(JSON.stringify(value)));
    expect(lines.join('\n')).not.toMatch(RAW_CONTROL);
    expect(lines).toContain('profile.json: facts[2].value.mon‹U+001B›[2J: unknown day "mon‹U+001B›[2J": expected mon…sun or a range like mon-fri');
  });
});

describe('profile limits', () => {
  it(`a 50 MB profile is refused at once, naming the limit (${PROFILE_LIMITS.maxBytes / 1024 / 1024} MB)`, () => {
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    expect(problems(parseProfileBytes(huge))).toEqual(['profile.json: (file): too large (50 MB): a profile may have at most 10 MB']);
    expect(problems(parseProfileJson(' '.repeat(50 * 1024 * 1024)))).toEqual(['profile.json: (file): too large (50 MB): a profile may have at most 10 MB']);
  });

  it('a profile of 100,000 facts is refused with one problem naming the field and the cap, and lists at most 200 problems', () => {
    const facts = Array.from({ length: 100_000 }, (_, i) => ({ id: `p${i}`, kind: 'price', label: `Услуга ${i}`, topics: [`услуг${i}`], value: { amount: i, currency: i % 2 ? 'RUB' : 'rub' } }));
    const lines = problems(validateProfile({ ...PROFILE, facts }));
    expect(lines[0]).toBe('profile.json: facts: 100000 facts of kind "price": at most 5000 of one kind (keep the checklist to what the materials promise)');
    expect(lines).toHaveLength(201);
    expect(lines[200]).toBe('profile.json: (file): 49801 more problems not listed');
  });

  it('names and glossary lists past their caps are refused by field', () => {
    const names = Array.from({ length: PROFILE_LIMITS.maxNames + 1 }, (_, i) => ({ id: `n${i}`, kind: 'product', canonical: `Товар ${i}` }));
    expect(problems(parseProfileJson(JSON.stringify({ ...PROFILE, names })))).toEqual(['profile.json: names: 5001 entries: at most 5000']);
  });
});
