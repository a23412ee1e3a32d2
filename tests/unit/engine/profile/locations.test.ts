import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { materialFromText } from '../../../../engine/material/from-text';
import { bindLocation, locationChoiceProblem, mentionFinder, profileFor } from '../../../../engine/profile/locations';
import type { Profile } from '../../../../engine/profile/types';
import { validateProfile } from '../../../../engine/profile/validate';

const chain: Profile = JSON.parse(readFileSync('tests/fixtures/profiles/chain.json', 'utf8'));

const material = (text: string, location = 'flyer.txt') => materialFromText(text, { id: 's1', kind: 'text', location }, 'ru');
const bound = (text: string, location?: string, choice?: string) => {
  const binding = bindLocation(chain, [material(text, location)], choice);
  return binding ? [binding.location.id, binding.by] : null;
};

describe('bindLocation', () => {
  it("takes the user's choice before anything the material says", () => {
    expect(bound('Москва, ул. Арбат, д. 24, тел. +7 495 111-22-33', 'https://sokol.zdorovie-plus.example/', 'tverskaya')).toEqual(['tverskaya', 'choice']);
  });
  it("binds a page by its URL against the locations' site patterns", () => {
    expect(bound('Запишитесь к терапевту.', 'https://sokol.zdorovie-plus.example/doctors')).toEqual(['sokol', 'site']);
  });
  it('binds by the contacts the material names, when one location clearly wins', () => {
    expect(bound('«Здоровье+ Арбат»: Москва, ул. Арбат, д. 24. Запись: +7 495 222-33-44.')).toEqual(['arbat', 'contacts']);
    expect(bound('Пишите: sokol@zdorovie-plus.example')).toEqual(['sokol', 'contacts']);
  });
  it('stays silent when the contacts name several locations alike, or none', () => {
    expect(bound('Звоните: +7 495 111-22-33 или +7 495 222-33-44.')).toBeNull();
    expect(bound('Наши клиники: «Здоровье+ Арбат», «Здоровье+ на Тверской» и «Здоровье+ Сокол».')).toBeNull();
    expect(bound('Звоните на горячую линию +7 800 555-35-35.', 'https://zdorovie-plus.example/')).toBeNull();
  });
  it("binds none when the materials' URLs belong to two locations", () => {
    const pages = [material('Часы работы', 'https://arbat.zdorovie-plus.example/'), material('Цены', 'https://sokol.zdorovie-plus.example/')];
    expect(bindLocation(chain, pages)).toBeNull();
  });
  it('counts no name two locations share: a street both centres stand on names neither', () => {
    const shared = structuredClone(chain);
    shared.locations![2]!.names!.push({ id: 'sokol-arbat', kind: 'street', canonical: 'улица Арбат', variants: ['ул. Арбат'] });
    expect(bindLocation(shared, [material('Ждём вас: ул. Арбат, д. 40.')])).toBeNull();
    expect(bindLocation(chain, [material('Ждём вас: ул. Арбат, д. 40.')])?.location.id).toBe('arbat');
  });
  it('binds nothing in a profile without locations', () => {
    const dental = JSON.parse(readFileSync('tests/fixtures/profiles/dental.json', 'utf8'));
    expect(bindLocation(dental, [material('ул. Малая Садовая, д. 8')])).toBeNull();
    expect(() => bindLocation(dental, [], 'arbat')).toThrow('the profile has no locations, so there is no location "arbat"');
  });
  it('refuses a choice of an unknown location, listing the ids', () => {
    expect(() => bindLocation(chain, [], 'lublino')).toThrow('no location "lublino" in the profile: expected one of arbat, tverskaya, sokol');
    expect(locationChoiceProblem(chain, 'arbat')).toBeNull();
  });
});

describe('profileFor', () => {
  it("puts the location's fact values over the brand's and adds its names to the brand's", () => {
    const tverskaya = profileFor(chain, 'tverskaya');
    expect(tverskaya.facts?.find((fact) => fact.id === 'hours')).toMatchObject({ kind: 'hours', label: 'Часы работы', value: { 'mon-fri': '07:00-22:00', 'sat-sun': 'closed' } });
    expect(tverskaya.facts?.find((fact) => fact.id === 'consult')).toEqual(chain.facts?.find((fact) => fact.id === 'consult'));
    expect(tverskaya.names?.map((name) => name.id)).toEqual(['brand', 'hotline', 'email', 'tverskaya-street', 'tverskaya-address', 'tverskaya-phone', 'tverskaya-email']);
  });
  it('keeps the brand where the location gives no value', () => {
    expect(profileFor(chain, 'arbat').facts).toEqual(chain.facts);
    expect(profileFor(chain, 'tverskaya').facts).not.toEqual(chain.facts);
  });
});

describe('mentionFinder', () => {
  it("finds a location's own name, street, phone and e-mail, not the brand's", () => {
    const arbat = chain.locations![0]!;
    const text = 'Клиника «Здоровье+ Арбат», ул. Арбат, д. 24, +7 (495) 111-22-33, arbat@zdorovie-plus.example; сеть «Здоровье+», +7 800 555-35-35.';
    expect(mentionFinder(chain, arbat)(text, 'ru').map((m) => [text.slice(m.start, m.end), m.name.kind])).toEqual(
      expect.arrayContaining([
        ['Здоровье+ Арбат', 'organization'],
        ['ул. Арбат', 'street'],
        ['+7 (495) 111-22-33', 'phone'],
        ['arbat@zdorovie-plus.example', 'email'],
      ]),
    );
    expect(mentionFinder(chain, arbat)('Сеть «Здоровье+», +7 800 555-35-35.', 'ru')).toEqual([]);
  });
});

describe('old single-place profiles', () => {
  const files = [
    ...readdirSync('tests/fixtures/profiles').map((name) => `tests/fixtures/profiles/${name}`),
    ...readdirSync('engine/profile/templates')
      .filter((name) => name.endsWith('.json'))
      .map((name) => `engine/profile/templates/${name}`),
  ];
  it.each(files)('%s loads and is checked as it was', (file) => {
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    const result = validateProfile(profile);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!profile.locations) expect(bindLocation(profile, [material('Москва, ул. Арбат, д. 24', 'https://arbat.zdorovie-plus.example/')])).toBeNull();
  });
});
