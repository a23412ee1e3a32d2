import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromText } from '../../../../engine/material/from-text';
import type { Language, Profile } from '../../../../engine/profile/types';

const chain: Profile = JSON.parse(readFileSync('tests/fixtures/profiles/chain.json', 'utf8'));

const dental: Profile = {
  format: 'sverka.profile/1',
  name: 'Brightsmile Dental',
  languages: ['en'],
  facts: [{ id: 'hours', kind: 'hours', label: 'Opening hours', value: { 'mon-fri': '09:00-18:00', 'sat-sun': 'closed' } }],
  names: [{ id: 'brand', kind: 'organization', canonical: 'Brightsmile Dental' }],
  locations: [
    {
      id: 'camden',
      name: 'Brightsmile Camden',
      names: [
        { id: 'camden-street', kind: 'street', canonical: 'Parkway' },
        { id: 'camden-phone', kind: 'phone', canonical: '+44 20 7946 0101' },
      ],
    },
    {
      id: 'islington',
      name: 'Brightsmile Islington',
      names: [
        { id: 'islington-street', kind: 'street', canonical: 'Upper Street' },
        { id: 'islington-phone', kind: 'phone', canonical: '+44 20 7946 0202' },
      ],
      facts: [{ id: 'hours', value: { 'mon-sat': '08:00-20:00', sun: 'closed' } }],
    },
  ],
};

/** The wrong-name and contradiction findings on one text, as [check, quote, message], and the location it was held against. */
async function checked(profile: Profile, text: string, options: { location?: string; url?: string; language?: Language } = {}) {
  const material = materialFromText(text, { id: 's1', kind: 'text', location: options.url ?? 'flyer.txt' }, options.language ?? 'ru');
  const report = await checkMaterials([material], profile, { only: ['wrong-name', 'contradiction'], ...(options.location ? { location: options.location } : {}) });
  return { location: report.location, findings: report.findings.map((finding) => [finding.check, finding.quote, finding.message]) };
}

describe("wrong-name: another location's contacts", () => {
  it("flags a flyer for one centre that carries another's phone, naming both", async () => {
    const { location, findings } = await checked(chain, 'Клиника «Здоровье+ Арбат»: Москва, ул. Арбат, д. 24. Запись по телефону +7 495 222-33-44.');
    expect(location).toEqual({ id: 'arbat', name: 'Здоровье+ Арбат', by: 'contacts' });
    expect(findings).toEqual([['wrong-name', '+7 495 222-33-44', 'Телефон центра «Здоровье+ на Тверской», а материал — центра «Здоровье+ Арбат».']]);
  });
  it("flags another centre's name, street and e-mail in a material bound by choice", async () => {
    const { findings } = await checked(chain, 'Ждём вас в «Здоровье+ Сокол» по адресу ул. Тверская, д. 12. Пишите: arbat@zdorovie-plus.example', { location: 'tverskaya' });
    expect(findings).toEqual([
      ['wrong-name', 'Здоровье+ Сокол', 'Название центра «Здоровье+ Сокол», а материал — центра «Здоровье+ на Тверской».'],
      ['wrong-name', 'arbat@zdorovie-plus.example', 'Почта центра «Здоровье+ Арбат», а материал — центра «Здоровье+ на Тверской».'],
    ]);
  });
  it('says it in English too, suggesting the bound location’s own phone', async () => {
    const material = materialFromText('Brightsmile Camden, 12 Parkway. Call +44 20 7946 0202.', { id: 's1', kind: 'text', location: 'flyer.txt' }, 'en');
    const report = await checkMaterials([material], dental, { only: ['wrong-name'], location: 'camden' });
    expect(report.findings.map((f) => [f.quote, f.message, f.suggestion])).toEqual([['+44 20 7946 0202', 'The phone of "Brightsmile Islington", but the material is for "Brightsmile Camden".', '+44 20 7946 0101']]);
  });
  it("stays silent on the material's own centre, the brand's contacts, and on a page bound to no centre", async () => {
    expect((await checked(chain, 'Клиника «Здоровье+ Арбат»: ул. Арбат, д. 24, тел. +7 495 111-22-33, горячая линия +7 800 555-35-35.')).findings).toEqual([]);
    const all = await checked(chain, 'Наши клиники: «Здоровье+ Арбат», тел. +7 495 111-22-33; «Здоровье+ на Тверской», тел. +7 495 222-33-44; «Здоровье+ Сокол», тел. +7 495 333-44-55.');
    expect(all).toEqual({ location: undefined, findings: [] });
  });
  it('stays silent on a street the bound centre shares with another', async () => {
    const shared = structuredClone(chain);
    shared.locations![2]!.names!.push({ id: 'sokol-arbat', kind: 'street', canonical: 'улица Арбат', variants: ['ул. Арбат'] });
    expect((await checked(shared, 'Второй вход: ул. Арбат.', { location: 'sokol' })).findings).toEqual([]);
  });
  it('catches a misspelt street of any centre against that centre, bound or not', async () => {
    expect((await checked(chain, 'Ждём вас: ул. Тверкая, д. 12.', { location: 'tverskaya' })).findings).toEqual([['wrong-name', 'ул. Тверкая', 'Написано «ул. Тверкая», а правильное название — «Тверская улица».']]);
    expect((await checked(chain, 'Наш филиал: Ленинградский пр-т, д. 57.')).findings).toEqual([
      ['wrong-name', 'Ленинградский пр-т, д. 57', '«Ленинградский пр-т, д. 57»: номер дома 57, а по профилю адрес — «Москва, Ленинградский проспект, д. 75».'],
    ]);
    expect((await checked(chain, 'Клиника «Здоровье+ Арбат», ул. Арбад, д. 24.')).findings).toEqual([['wrong-name', 'ул. Арбад', 'Написано «ул. Арбад», а правильное название — «улица Арбат».']]);
  });
});

describe("facts held against the bound location's values", () => {
  const weekdays = 'Работаем по будням с 07:00 до 22:00.';
  const weekend = 'В субботу и воскресенье работаем с 10:00 до 18:00.';
  it('keeps a promise right for the centre and wrong for the brand when bound to the centre, and flags it for the brand', async () => {
    expect((await checked(chain, weekdays, { location: 'tverskaya' })).findings).toEqual([]);
    expect((await checked(chain, weekdays)).findings.map(([check, quote]) => [check, quote])).toEqual([['contradiction', 'Работаем по будням с 07:00 до 22:00']]);
  });
  it('flags a promise right for the brand and wrong for the centre when bound to the centre (by its site)', async () => {
    const centre = await checked(chain, weekend, { url: 'https://tverskaya.zdorovie-plus.example/contacts' });
    expect(centre.location).toEqual({ id: 'tverskaya', name: 'Здоровье+ на Тверской', by: 'site' });
    expect(centre.findings.map(([check, quote]) => [check, quote])).toEqual([['contradiction', 'В субботу и воскресенье работаем с 10:00 до 18:00']]);
    expect((await checked(chain, weekend, { url: 'https://arbat.zdorovie-plus.example/contacts' })).findings).toEqual([]);
  });
  it('binds by contacts and holds the hours against that centre', async () => {
    const { location, findings } = await checked(chain, `Здоровье+ на Тверской, ул. Тверская, д. 12. ${weekdays}`);
    expect(location?.by).toBe('contacts');
    expect(findings).toEqual([]);
  });
});
