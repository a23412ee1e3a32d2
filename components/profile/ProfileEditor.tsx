import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { languageOf, type MessageKey, plural, type Translate } from '@/browser/i18n';
import { FACT_KINDS, KIND } from '@/engine/kinds';
import { idsOf, newId, withIds } from '@/engine/profile/ids';
import { matchesPattern, matchPatternProblem } from '@/engine/profile/match-pattern';
import { fieldOfProblem } from '@/engine/profile/problem-fields';
import { NAME_KINDS, type CanonicalName, type Fact, type FactKind, type NameKind, type Pillar, type Profile } from '@/engine/profile/types';
import { type ProfileProblem, validateProfile } from '@/engine/profile/validate';
import { Icon } from '../ui/icons';
import { FactEditor } from './FactEditor';
import { Field, FieldProblems, Group, ListInput, NumberInput, Text } from './fields';

/** A new fact of a kind, with the fields its kind's editor starts from; its id is made from its label on save. */
function newFact(kind: FactKind): Fact {
  return KIND[kind].fact.create({ id: '', label: '' });
}

const lines = (v: string) =>
  v
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

const NAME_KIND_MESSAGE = {
  organization: 'profile_name_kind_organization',
  brand: 'profile_name_kind_brand',
  product: 'profile_name_kind_product',
  person: 'profile_name_kind_person',
  street: 'profile_name_kind_street',
  address: 'profile_name_kind_address',
  phone: 'profile_name_kind_phone',
  email: 'profile_name_kind_email',
  url: 'profile_name_kind_url',
} as const satisfies Record<NameKind, MessageKey>;

const CONCEPT_MESSAGE = {
  statement: 'profile_statement',
  what: 'profile_what',
  how: 'profile_how',
  forWhom: 'profile_for_whom',
  why: 'profile_why',
} as const satisfies Record<'statement' | 'what' | 'how' | 'forWhom' | 'why', MessageKey>;

/** Names people reach the business by are its contacts, edited in a section of their own. */
const CONTACT_KINDS: readonly NameKind[] = ['phone', 'email', 'url', 'address', 'street'];
const SPELLED_KINDS = NAME_KINDS.filter((kind) => !CONTACT_KINDS.includes(kind));
const isContact = (name: CanonicalName) => CONTACT_KINDS.includes(name.kind);

/** An editor field as the problem summary names it, and the section it is in. */
interface FieldInfo {
  label: string;
  section: string;
}

/** The text naming a control or group: its own label or legend, after its group's legend ("Часы работы — Название"). */
function labelOf(element: Element): string {
  const legend = (fieldset: Element | null | undefined) => fieldset?.querySelector(':scope > legend')?.textContent ?? '';
  const own = element.getAttribute('aria-label') ?? (element.tagName === 'FIELDSET' ? legend(element) : (element.closest('label')?.querySelector(':scope > span')?.textContent ?? ''));
  const group = legend(element.parentElement?.closest('fieldset'));
  return group && group !== own ? `${group} — ${own}` : own;
}

/** The fields the form shows, by path. */
function fieldsIn(form: HTMLFormElement): Map<string, FieldInfo> {
  const fields = new Map<string, FieldInfo>();
  for (const element of form.querySelectorAll('[data-path]')) {
    fields.set(element.getAttribute('data-path')!, { label: labelOf(element), section: element.closest('details')?.getAttribute('data-section') ?? '' });
  }
  return fields;
}

const sameFields = (a: Map<string, FieldInfo>, b: Map<string, FieldInfo>) => a.size === b.size && [...a].every(([path, info]) => b.get(path)?.label === info.label && b.get(path)?.section === info.section);

/** A part of the profile that folds away: its summary says what is in it and how many problems. */
function Section({ id, title, meta, problems, t, children }: { id: string; title: string; meta?: string; problems: number; t: Translate; children: ComponentChildren }) {
  return (
    <details class="section" open data-section={id}>
      <summary>
        <Icon name="chevron" class="chevron" />
        <h2>{title}</h2>
        {meta && <span class="meta">{meta}</span>}
        {problems > 0 && <span class="section-problems">{plural(t, 'profile_section_problems', problems)}</span>}
      </summary>
      <div class="section-body">{children}</div>
    </details>
  );
}

/** Whether a site pattern matches the page the user last looked at, as bound sites are matched. */
function SiteTest({ pattern, url, t }: { pattern: string; url: string | null | undefined; t: Translate }) {
  const [text, matches] =
    matchPatternProblem(pattern) !== null
      ? [t('profile_site_invalid'), undefined]
      : !url
        ? [t('profile_site_no_tab'), undefined]
        : matchesPattern(pattern, url)
          ? [t('profile_site_matches', url), true]
          : [t('profile_site_no_match', url), false];
  return (
    <p class="site-test meta" data-testid="site-test" data-matches={matches === undefined ? undefined : String(matches)}>
      {matches !== undefined && <Icon name={matches ? 'ok' : 'broken'} />} {text}
    </p>
  );
}

/** One name or contact, with the kinds of its section to choose from. */
function NameEditor({ name, index, kinds, onChange, onRemove, t }: { name: CanonicalName; index: number; kinds: readonly NameKind[]; onChange: (n: CanonicalName) => void; onRemove: () => void; t: Translate }) {
  const path = `names[${index}]`;
  return (
    <Group class="name" path={path} data-name={name.id} legend={name.canonical || t('profile_unnamed')}>
      <div class="row">
        <Field label={t('profile_kind')} path={`${path}.kind`}>
          {(attrs) => (
            <select {...attrs} value={name.kind} onChange={(e) => onChange({ ...name, kind: (e.target as HTMLSelectElement).value as NameKind })}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(NAME_KIND_MESSAGE[k])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Text label={t('profile_canonical')} path={`${path}.canonical`} value={name.canonical} onInput={(canonical) => onChange({ ...name, canonical })} />
        <ListInput label={t('profile_variants')} path={`${path}.variants`} value={name.variants} onInput={(variants) => onChange({ ...name, variants: variants.length ? variants : undefined })} />
        <button type="button" onClick={onRemove}>
          {t('profile_remove')}
        </button>
      </div>
    </Group>
  );
}

/**
 * The profile as the seeds structure it, a section each: basics, concept, names, contacts, the
 * checklist by kind, words, site patterns. Ids are made from labels on save; after a save with
 * problems, each is told next to its field and listed at the top, a jump to the field each.
 * `currentUrl`: the page the user last looked at, which site patterns are tested against.
 */
export function ProfileEditor({ initial, t, onSave, onCancel, currentUrl }: { initial: Profile; t: Translate; onSave: (p: Profile) => Promise<ProfileProblem[]>; onCancel: () => void; currentUrl?: string | null }) {
  const [profile, setProfile] = useState<Profile>(initial);
  // Problems are shown once a save was tried, and then follow the edits as they fix them.
  const [tried, setTried] = useState(false);
  const [saveProblems, setSaveProblems] = useState<ProfileProblem[]>([]);
  const [fields, setFields] = useState<Map<string, FieldInfo>>(new Map());
  const [newKind, setNewKind] = useState<FactKind>('hours');
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLElement>(null);
  const update = (change: (p: Profile) => void) => {
    // What the last save said is about the profile as it was: from here on the edits are validated as they come.
    setSaveProblems([]);
    setProfile((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });
  };
  const concept = profile.concept ?? {};
  const facts = profile.facts ?? [];
  const names = profile.names ?? [];
  const sites = profile.sites ?? [];
  const language = languageOf(t);

  const live = useMemo(() => (tried ? validateProfile(withIds(profile)) : null), [profile, tried]);
  const shown = live && !live.ok ? live.problems : saveProblems;
  const fieldSet = new Set(fields.keys());
  const placed = shown.map((problem) => ({ problem, field: fieldOfProblem(problem.path, fieldSet) }));
  const byField = new Map<string, ProfileProblem[]>();
  for (const { problem, field } of placed) if (field !== null) byField.set(field, [...(byField.get(field) ?? []), problem]);
  const problemsIn = (section: string) => placed.filter(({ field }) => field !== null && fields.get(field)?.section === section).length;

  // The fields are read from the page only while there are problems to place among them.
  useLayoutEffect(() => {
    if (shown.length === 0 || !form.current) return;
    const found = fieldsIn(form.current);
    if (!sameFields(found, fields)) setFields(found);
  });

  const setPillar = (i: number, pillar: Pillar) =>
    update((p) => {
      p.concept ??= {};
      p.concept.pillars ??= [];
      p.concept.pillars[i] = pillar;
    });
  const setName = (i: number, name: CanonicalName) =>
    update((p) => {
      p.names![i] = name;
    });
  const removeName = (i: number) =>
    update((p) => {
      p.names!.splice(i, 1);
    });
  const addName = (kind: NameKind) =>
    update((p) => {
      p.names = [...(p.names ?? []), { id: '', kind, canonical: '' }];
    });
  /** A target names its fact by id: a fact not saved yet gets its id now, from its label. */
  const setTargetFact = (pillarIndex: number, targetIndex: number, value: string) =>
    update((p) => {
      let id = value;
      const unsaved = /^@(\d+)$/.exec(value);
      if (unsaved) {
        const fact = p.facts![Number(unsaved[1])]!;
        fact.id = newId(fact.label, idsOf(p), 'fact');
        id = fact.id;
      }
      p.concept!.pillars![pillarIndex]!.targets![targetIndex]!.fact = id;
    });

  async function save() {
    setTried(true);
    const problems = await onSave(withIds(profile));
    setSaveProblems(problems);
    // The summary takes the focus: it says what stopped the save, and each line leads to its field.
    if (problems.length > 0) requestAnimationFrame(() => summary.current?.focus());
  }

  function jumpTo(path: string) {
    const element = form.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
    if (!element) return;
    for (let section = element.closest('details'); section; section = section.parentElement?.closest('details') ?? null) section.open = true;
    element.focus();
  }

  const nameRows = (contacts: boolean) =>
    names.map((name, i) =>
      isContact(name) === contacts ? <NameEditor key={i} name={name} index={i} kinds={contacts ? CONTACT_KINDS : SPELLED_KINDS} t={t} onChange={(next) => setName(i, next)} onRemove={() => removeName(i)} /> : null,
    );

  return (
    <FieldProblems.Provider value={byField}>
      <form
        class="editor"
        ref={form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {shown.length > 0 && (
          <section class="problem-summary" ref={summary} tabIndex={-1} aria-labelledby="problem-summary-title" data-testid="problem-summary">
            <p id="problem-summary-title">
              <Icon name="error" /> {plural(t, 'profile_problems_summary', shown.length)}
            </p>
            <ul>
              {placed.map(({ problem, field }) => (
                <li key={problem.path + problem.message}>
                  {field === null ? (
                    `${problem.path}: ${problem.message}`
                  ) : (
                    <button type="button" class="link" data-jump={field} onClick={() => jumpTo(field)}>
                      {fields.get(field)?.label || problem.path}: {problem.message}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        <Section id="basics" title={t('profile_general')} problems={problemsIn('basics')} t={t}>
          <Text
            label={t('profile_name')}
            path="name"
            value={profile.name}
            onInput={(name) =>
              update((p) => {
                p.name = name;
              })
            }
          />
        </Section>

        <Section id="concept" title={t('profile_concept')} meta={plural(t, 'count_pillars', concept.pillars?.length ?? 0)} problems={problemsIn('concept')} t={t}>
          {(['statement', 'what', 'how', 'forWhom', 'why'] as const).map((key) => (
            <Text
              key={key}
              multiline
              label={t(CONCEPT_MESSAGE[key])}
              path={`concept.${key}`}
              value={concept[key]}
              onInput={(v) =>
                update((p) => {
                  (p.concept ??= {})[key] = v;
                })
              }
            />
          ))}
          <h3>{t('profile_pillars')}</h3>
          {(concept.pillars ?? []).map((pillar, i) => (
            <Group key={i} class="pillar" path={`concept.pillars[${i}]`} legend={pillar.label || t('profile_unnamed')}>
              <Text label={t('profile_label')} path={`concept.pillars[${i}].label`} value={pillar.label} onInput={(label) => setPillar(i, { ...pillar, label })} />
              <ListInput label={t('profile_keywords')} path={`concept.pillars[${i}].keywords`} value={pillar.keywords} onInput={(keywords) => setPillar(i, { ...pillar, keywords })} />
              <ListInput label={t('profile_anti_keywords')} path={`concept.pillars[${i}].antiKeywords`} value={pillar.antiKeywords} onInput={(antiKeywords) => setPillar(i, { ...pillar, antiKeywords })} />
              {(pillar.targets ?? []).map((target, k) => (
                <div class="row" key={k}>
                  <Field label={t('profile_target_fact')} path={`concept.pillars[${i}].targets[${k}].fact`}>
                    {(attrs) => (
                      <select {...attrs} value={target.fact} onChange={(e) => setTargetFact(i, k, (e.target as HTMLSelectElement).value)}>
                        <option value="">—</option>
                        {facts.map((f, j) => (
                          <option key={j} value={f.id || `@${j}`}>
                            {f.label || t('profile_unnamed')}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <NumberInput
                    label={t('profile_max')}
                    path={`concept.pillars[${i}].targets[${k}].max`}
                    value={target.max}
                    onInput={(max) => setPillar(i, { ...pillar, targets: pillar.targets!.map((x, j) => (j === k ? { ...x, max } : x)) })}
                  />
                </div>
              ))}
              <div class="row">
                <button type="button" onClick={() => setPillar(i, { ...pillar, targets: [...(pillar.targets ?? []), { fact: '', max: 0 }] })}>
                  {t('profile_add_target')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    update((p) => {
                      p.concept!.pillars!.splice(i, 1);
                    })
                  }
                >
                  {t('profile_remove')}
                </button>
              </div>
            </Group>
          ))}
          <button
            type="button"
            onClick={() =>
              update((p) => {
                (p.concept ??= {}).pillars = [...(p.concept.pillars ?? []), { id: '', label: '', keywords: [] }];
              })
            }
          >
            {t('profile_add_pillar')}
          </button>
          <h3>{t('profile_expectations')}</h3>
          <Text
            multiline
            label={t('profile_customers')}
            path="concept.expectations.customers"
            value={(concept.expectations?.customers ?? []).join('\n')}
            onInput={(v) =>
              update((p) => {
                ((p.concept ??= {}).expectations ??= {}).customers = lines(v);
              })
            }
          />
          <Text
            multiline
            label={t('profile_staff')}
            path="concept.expectations.staff"
            value={(concept.expectations?.staff ?? []).join('\n')}
            onInput={(v) =>
              update((p) => {
                ((p.concept ??= {}).expectations ??= {}).staff = lines(v);
              })
            }
          />
        </Section>

        <Section id="names" title={t('profile_names')} meta={plural(t, 'count_names', names.filter((n) => !isContact(n)).length)} problems={problemsIn('names')} t={t}>
          {nameRows(false)}
          <button type="button" onClick={() => addName('organization')}>
            {t('profile_add_name')}
          </button>
          <h3>{t('profile_wrong_names')}</h3>
          <ListInput
            label={t('profile_wrong_names_hint')}
            path="wrongNames"
            value={(profile.wrongNames ?? []).map((w) => w.text)}
            onInput={(texts) =>
              update((p) => {
                p.wrongNames = texts.map((text) => p.wrongNames?.find((w) => w.text === text) ?? { kind: 'organization', text });
              })
            }
          />
        </Section>

        <Section id="contacts" title={t('profile_contacts')} meta={plural(t, 'count_contacts', names.filter(isContact).length)} problems={problemsIn('contacts')} t={t}>
          {nameRows(true)}
          <button type="button" onClick={() => addName('phone')}>
            {t('profile_add_contact')}
          </button>
        </Section>

        <Section id="facts" title={t('profile_checklist')} meta={plural(t, 'count_facts', facts.length)} problems={problemsIn('facts')} t={t}>
          {FACT_KINDS.filter((kind) => facts.some((f) => f.kind === kind)).map((kind) => (
            <div key={kind} class="kind-group">
              <h3>{KIND[kind].name[language]}</h3>
              {facts.map((fact, i) =>
                fact.kind === kind ? (
                  <FactEditor
                    key={i}
                    fact={fact}
                    index={i}
                    t={t}
                    onChange={(next) =>
                      update((p) => {
                        p.facts![i] = next;
                      })
                    }
                    onRemove={() =>
                      update((p) => {
                        p.facts!.splice(i, 1);
                      })
                    }
                  />
                ) : null,
              )}
            </div>
          ))}
          <div class="row">
            <label class="field">
              <span>{t('profile_new_fact_kind')}</span>
              <select value={newKind} onChange={(e) => setNewKind((e.target as HTMLSelectElement).value as FactKind)}>
                {FACT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND[k].name[language]}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              onClick={() =>
                update((p) => {
                  p.facts = [...(p.facts ?? []), newFact(newKind)];
                })
              }
            >
              {t('profile_add_fact')}
            </button>
          </div>
        </Section>

        <Section id="words" title={t('profile_glossary')} meta={plural(t, 'count_words', profile.glossary?.words?.length ?? 0)} problems={problemsIn('words')} t={t}>
          <ListInput
            label={t('profile_glossary_words')}
            path="glossary.words"
            value={profile.glossary?.words}
            onInput={(words) =>
              update((p) => {
                (p.glossary ??= {}).words = words;
              })
            }
          />
          <Text
            multiline
            label={t('profile_forbidden')}
            path="glossary.forbidden"
            value={(profile.glossary?.forbidden ?? []).map((f) => `${f.phrase} → ${f.use}`).join('\n')}
            onInput={(v) =>
              update((p) => {
                (p.glossary ??= {}).forbidden = lines(v).map((line) => {
                  const [phrase = '', use = ''] = line.split(/\s*(?:→|->)\s*/);
                  return { phrase, use };
                });
              })
            }
          />
        </Section>

        <Section id="sites" title={t('profile_sites')} meta={plural(t, 'count_sites', sites.length)} problems={problemsIn('sites')} t={t}>
          <p class="hint">{t('profile_site_hint')}</p>
          {sites.map((site, i) => (
            <div class="site" key={i}>
              <Field label={t('profile_site_pattern')} path={`sites[${i}]`}>
                {(attrs) => (
                  <input
                    {...attrs}
                    class="site-pattern"
                    value={site}
                    onInput={(e) =>
                      update((p) => {
                        p.sites![i] = (e.target as HTMLInputElement).value.trim();
                      })
                    }
                  />
                )}
              </Field>
              <div class="row site-actions">
                <SiteTest pattern={site} url={currentUrl} t={t} />
                <button
                  type="button"
                  onClick={() =>
                    update((p) => {
                      p.sites!.splice(i, 1);
                      if (p.sites!.length === 0) p.sites = undefined;
                    })
                  }
                >
                  {t('profile_remove')}
                </button>
              </div>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              update((p) => {
                p.sites = [...(p.sites ?? []), ''];
              })
            }
          >
            {t('profile_add_site')}
          </button>
        </Section>

        <div class="row actions">
          <button type="submit" class="primary">
            {t('profile_save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('profile_cancel')}
          </button>
        </div>
      </form>
    </FieldProblems.Provider>
  );
}
