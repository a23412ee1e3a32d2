import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblems, parseProfileJson, validateProfile } from '../../../../engine/profile/validate';

const valid = JSON.parse(readFileSync('tests/fixtures/profiles/dental.json', 'utf8'));

/** The valid fixture with one change applied: each rule's failing case differs from a passing one by that change only. */
function withChange(change: (profile: any) => void): unknown {
  const copy = structuredClone(valid);
  change(copy);
  return copy;
}

const problemsOf = (value: unknown) => {
  const result = validateProfile(value);
  return result.ok ? [] : formatProblems(result.problems);
};

describe('parseProfileJson', () => {
  it('accepts a valid profile', () => {
    expect(parseProfileJson(JSON.stringify(valid))).toEqual({ ok: true, profile: valid });
  });
  it('refuses text that is not JSON, saying so', () => {
    const result = parseProfileJson('{ "format": ');
    expect(result.ok).toBe(false);
    expect(formatProblems(result.ok ? [] : result.problems, 'p.json')[0]).toMatch(/^p\.json: \(file\): not valid JSON/);
  });
  it('refuses a value that is not an object', () => {
    expect(problemsOf([1, 2])).toEqual(['(root): expected a JSON object']);
  });
});

describe('validateProfile rules', () => {
  it.each([
    [
      'wrong format',
      (p: any) => {
        p.format = 'sverka.profile/2';
      },
      'format: expected "sverka.profile/1"',
    ],
    [
      'missing name',
      (p: any) => {
        delete p.name;
      },
      'name: expected a non-empty string',
    ],
    [
      'unknown language',
      (p: any) => {
        p.languages = ['de'];
      },
      'languages[0]: expected "ru" or "en"',
    ],
    [
      'bad site pattern',
      (p: any) => {
        p.sites = ['ulybka.example'];
      },
      'sites[0]: expected a URL match pattern like "https://example.com/*"',
    ],
    [
      'unknown fact kind',
      (p: any) => {
        p.facts[0].kind = 'hour';
      },
      'facts[0].kind: expected one of hours, duration, price, free, discount, loyalty, guarantee, offered, policy, payment',
    ],
    [
      'impossible time',
      (p: any) => {
        p.facts[0].value['mon-sat'] = '25:00-08:00';
      },
      'facts[0].value.mon-sat: expected "HH:MM-HH:MM", "24h" or "closed"',
    ],
    [
      'minutes over 59',
      (p: any) => {
        p.facts[0].value['mon-sat'] = '09:60-20:00';
      },
      'facts[0].value.mon-sat: expected "HH:MM-HH:MM", "24h" or "closed"',
    ],
    [
      'unknown weekday',
      (p: any) => {
        p.facts[0].value.sunday = 'closed';
      },
      'facts[0].value.sunday: unknown day "sunday": expected mon…sun or a range like mon-fri',
    ],
    [
      'negative price',
      (p: any) => {
        p.facts[2].value.amount = -1;
      },
      'facts[2].value.amount: expected a number, zero or more',
    ],
    [
      'unknown currency',
      (p: any) => {
        p.facts[2].value.currency = 'руб';
      },
      'facts[2].value.currency: expected an ISO 4217 code like "RUB", "EUR" or "GBP"',
    ],
    [
      'free order negative',
      (p: any) => {
        p.facts[1].value = { minOrder: -5, currency: 'RUB' };
      },
      'facts[1].value.minOrder: expected a number, zero or more',
    ],
    [
      'percent over 100',
      (p: any) => {
        p.facts.push({ id: 'd', kind: 'discount', label: 'Скидка', value: { maxPercent: 120 } });
      },
      'facts[8].value.maxPercent: expected a percent from 0 to 100',
    ],
    [
      'loyalty free below 1',
      (p: any) => {
        p.facts.push({ id: 'l', kind: 'loyalty', label: 'Карта', value: { buy: 6, free: 0 } });
      },
      'facts[8].value.free: expected a number of at least 1',
    ],
    [
      'duration min above max',
      (p: any) => {
        p.facts[4].value.min = 9;
      },
      'facts[4].value.min: expected min not above max',
    ],
    [
      'unknown duration unit',
      (p: any) => {
        p.facts[4].value.unit = 'days';
      },
      'facts[4].value.unit: expected one of minute, hour, day, week, month, year',
    ],
    [
      'guarantee unit',
      (p: any) => {
        p.facts[3].value.unit = 'лет';
      },
      'facts[3].value.unit: expected one of minute, hour, day, week, month, year',
    ],
    [
      'offered not boolean',
      (p: any) => {
        p.facts[5].value = 'yes';
      },
      'facts[5].value: expected true or false',
    ],
    [
      'policy without phrases',
      (p: any) => {
        p.facts[7].contradictedBy = [];
      },
      'facts[7].contradictedBy: expected a non-empty array of phrases that break the policy',
    ],
    [
      'duplicate fact id',
      (p: any) => {
        p.facts[1].id = 'hours';
      },
      'facts[1].id: duplicate id "hours": ids must be unique',
    ],
    [
      'duplicate name id',
      (p: any) => {
        p.names[1].id = 'brand';
      },
      'names[1].id: duplicate id "brand": ids must be unique',
    ],
    [
      'pillar target names a missing fact',
      (p: any) => {
        p.concept.pillars[0].targets = [{ fact: 'wait', max: 15 }];
      },
      'concept.pillars[0].targets[0].fact: expected the id of a fact in "facts"; there is no fact "wait"',
    ],
    [
      'pillar target without a bound',
      (p: any) => {
        p.concept.pillars[0].targets = [{ fact: 'waiting' }];
      },
      'concept.pillars[0].targets[0]: expected a bound: "max" or "min"',
    ],
    [
      'unknown name kind',
      (p: any) => {
        p.names[0].kind = 'company';
      },
      'names[0].kind: expected one of organization, brand, product, person, street, address, phone, email, url',
    ],
    [
      'verified not a date',
      (p: any) => {
        p.facts[0].verified = 'вчера';
      },
      'facts[0].verified: expected an ISO date like "2026-11-22"',
    ],
    [
      'forbidden without phrase',
      (p: any) => {
        p.glossary.forbidden[0].phrase = '';
      },
      'glossary.forbidden[0].phrase: expected a non-empty string',
    ],
    [
      'ignored that is not a list',
      (p: any) => {
        p.ignored = { site: 'https://ulybka.example' };
      },
      'ignored: expected an array of { "site", "fingerprint" }',
    ],
    [
      'an ignored finding without its fingerprint',
      (p: any) => {
        p.ignored = [
          { site: 'https://ulybka.example', fingerprint: 'a1b2c3d4' },
          { site: 'https://ulybka.example', quote: 'дёшево' },
        ];
      },
      'ignored[1].fingerprint: expected a non-empty string',
    ],
    [
      'an ignored finding whose quote is not text',
      (p: any) => {
        p.ignored = [{ site: '*', fingerprint: 'a1b2c3d4', quote: 7 }];
      },
      'ignored[0].quote: expected a string',
    ],
    [
      'an ignored entry that is not an object',
      (p: any) => {
        p.ignored = ['a1b2c3d4'];
      },
      'ignored[0]: expected { "site", "fingerprint", "quote"?, "check"? }',
    ],
  ])('%s', (_rule, change, expected) => {
    expect(problemsOf(withChange(change))).toEqual([expected]);
  });

  it.each([
    [
      '24h and closed days',
      (p: any) => {
        p.facts[0].value = { 'mon-sun': '24h' };
      },
    ],
    [
      'an overnight range',
      (p: any) => {
        p.facts[0].value = { 'fri-sat': '22:00-06:00', sun: 'closed' };
      },
    ],
    [
      'a free threshold',
      (p: any) => {
        p.facts[1].value = { minOrder: 1000, currency: 'RUB' };
      },
    ],
    [
      'a target on a real fact',
      (p: any) => {
        p.concept.pillars[0].targets = [{ fact: 'waiting', max: 2 }];
      },
    ],
    [
      'a verified date',
      (p: any) => {
        p.facts[0].verified = '2026-11-01';
      },
    ],
    [
      'findings ignored on a site, everywhere and in materials',
      (p: any) => {
        p.ignored = [
          { site: 'https://ulybka.example', fingerprint: 'a1b2c3d4', quote: 'дёшево', check: 'concept' },
          { site: '*', fingerprint: 'e5f6a7b8' },
          { site: 'materials', fingerprint: 'c9d0e1f2', check: 'spelling' },
        ];
      },
    ],
    [
      'closing at midnight',
      (p: any) => {
        p.facts[0].value = { 'mon-sun': '10:00-24:00' };
      },
    ],
  ])('accepts %s', (_case, change) => {
    expect(problemsOf(withChange(change))).toEqual([]);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf(
      withChange((p) => {
        delete p.name;
        p.facts[2].value.amount = -1;
        p.facts[0].kind = 'x';
      }),
    );
    expect(problems).toHaveLength(3);
  });
});

describe('a draft: evidence and conflicts', () => {
  const seen = [{ location: 'https://ulybka.example/prices', quote: 'Удаление зуба — 3 000 ₽' }];
  const conflict = () => ({
    topic: 'Удаление зуба',
    kind: 'price',
    variants: [
      { value: { amount: 3000, currency: 'RUB' }, evidence: seen },
      { value: { amount: 5000, currency: 'RUB' }, evidence: [{ location: 'https://ulybka.example/services', quote: 'Удаление зуба — 5 000 ₽' }] },
    ],
  });
  const draft = (change: (p: any) => void = () => {}) =>
    withChange((p) => {
      p.facts[0].evidence = seen;
      p.names[0].evidence = seen;
      p.conflicts = [conflict()];
      change(p);
    });

  it('accepts evidence on facts and names and the conflicts left to settle, and keeps them', () => {
    const result = validateProfile(draft());
    expect(result.ok ? [] : result.problems).toEqual([]);
    const profile = result.ok ? result.profile : undefined;
    expect([profile?.facts?.[0]?.evidence, profile?.names?.[0]?.evidence, profile?.conflicts]).toEqual([seen, seen, [conflict()]]);
  });

  it.each([
    ['evidence that is no list', (p: any) => (p.facts[0].evidence = 'prices page'), 'facts[0].evidence: expected an array of { "location", "quote" }'],
    ['evidence without its quote', (p: any) => (p.facts[0].evidence = [{ location: 'x.html' }]), 'facts[0].evidence[0].quote: expected a non-empty string'],
    ["a name's evidence that is no object", (p: any) => (p.names[0].evidence = [...seen, 'x.html']), 'names[0].evidence[1]: expected { "location", "quote" }'],
    ['conflicts that are no list', (p: any) => (p.conflicts = {}), 'conflicts: expected an array of { "topic", "kind", "variants" }'],
    ['a conflict without its topic', (p: any) => (p.conflicts[0].topic = ' '), 'conflicts[0].topic: expected a non-empty string'],
    ['a conflict of an unknown kind', (p: any) => (p.conflicts[0].kind = 'cost'), 'conflicts[0].kind: expected one of hours, duration, price, free, discount, loyalty, guarantee, offered, payment'],
    ['a conflict of a kind no promise drafts', (p: any) => (p.conflicts[0].kind = 'policy'), 'conflicts[0].kind: expected one of hours, duration, price, free, discount, loyalty, guarantee, offered, payment'],
    ['a conflict with one variant', (p: any) => p.conflicts[0].variants.pop(), 'conflicts[0].variants: expected an array of two or more { "value", "evidence" }: a conflict is a choice'],
    ["a variant its kind's fact could not hold", (p: any) => (p.conflicts[0].variants[1].value = { amount: 5000 }), 'conflicts[0].variants[1].value.currency'],
    ['a variant without evidence', (p: any) => delete p.conflicts[0].variants[0].evidence, 'conflicts[0].variants[0].evidence: expected an array of { "location", "quote" }'],
    ["a variant's evidence without its location", (p: any) => (p.conflicts[0].variants[0].evidence = [{ quote: 'x' }]), 'conflicts[0].variants[0].evidence[0].location: expected a non-empty string'],
  ])('refuses %s, naming its path', (_case, change, expected) => {
    const problems = problemsOf(draft(change));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
});

describe('validateProfile: locations', () => {
  const chain = JSON.parse(readFileSync('tests/fixtures/profiles/chain.json', 'utf8'));
  const chainWith = (change: (profile: any) => void) => {
    const copy = structuredClone(chain);
    change(copy);
    return problemsOf(copy);
  };
  it('accepts a chain of centres with their own names, sites and hours', () => {
    expect(problemsOf(chain)).toEqual([]);
  });
  it.each([
    [
      'a duplicate location id',
      (p: any) => {
        p.locations[2].id = 'arbat';
      },
      'locations[2].id: duplicate id "arbat": ids must be unique',
    ],
    [
      'a site pattern claimed by two locations',
      (p: any) => {
        p.locations[1].sites.push('https://arbat.zdorovie-plus.example/*');
      },
      'locations[1].sites[1]: the site "https://arbat.zdorovie-plus.example/*" is claimed by locations[0] too: a page must belong to one location',
    ],
    [
      'a site pattern claimed by two locations in other letters',
      (p: any) => {
        p.locations[2].sites = ['https://ARBAT.zdorovie-plus.example:*/*'];
      },
      'locations[2].sites[0]: the site "https://ARBAT.zdorovie-plus.example:*/*" is claimed by locations[0] too: a page must belong to one location',
    ],
    [
      'an override of a fact the profile lacks',
      (p: any) => {
        p.locations[1].facts[0].id = 'parking';
      },
      'locations[1].facts[0].id: the profile has no fact "parking": a location may only give its own value of one of "facts"',
    ],
    [
      "an override whose value the fact's kind refuses",
      (p: any) => {
        p.locations[1].facts[0].value = { 'mon-fri': 'late' };
      },
      'locations[1].facts[0].value.mon-fri: expected "HH:MM-HH:MM", "24h" or "closed"',
    ],
    [
      "an override that changes the fact's kind",
      (p: any) => {
        p.locations[1].facts[0].kind = 'price';
      },
      'locations[1].facts[0].kind: a location keeps the fact\'s kind "hours"',
    ],
    [
      'two overrides of one fact',
      (p: any) => {
        p.locations[1].facts.push({ id: 'hours', value: { 'mon-sun': '24h' } });
      },
      'locations[1].facts[1].id: duplicate id "hours": ids must be unique',
    ],
    [
      'a location without a name',
      (p: any) => {
        p.locations[0].name = ' ';
      },
      'locations[0].name: expected a non-empty string',
    ],
    [
      'a bad site pattern',
      (p: any) => {
        p.locations[0].sites = ['arbat.example'];
      },
      'locations[0].sites[0]: expected a URL match pattern like "https://example.com/*"',
    ],
    [
      'a name of an unknown kind',
      (p: any) => {
        p.locations[0].names[0].kind = 'metro';
      },
      'locations[0].names[0].kind: expected one of organization, brand, product, person, street, address, phone, email, url',
    ],
    [
      'locations that are not a list',
      (p: any) => {
        p.locations = { arbat: {} };
      },
      'locations: expected an array of { "id", "name", "names", "sites", "facts" }',
    ],
  ])('refuses %s, naming its path', (_, change, problem) => {
    expect(chainWith(change)).toEqual([problem]);
  });
});

describe('role (#19): ours or a competitor', () => {
  it('accepts "ours", "competitor", and a profile without a role', () => {
    expect(problemsOf(withChange((p) => (p.role = 'ours')))).toEqual([]);
    expect(problemsOf(withChange((p) => (p.role = 'competitor')))).toEqual([]);
    expect(problemsOf(valid)).toEqual([]);
  });

  it('refuses any other role, naming the field and the choices', () => {
    const problems = problemsOf(withChange((p) => (p.role = 'rival')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/role/);
    expect(problems[0]).toMatch(/"ours" or "competitor"/);
  });
});
