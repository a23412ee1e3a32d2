import { useState } from 'preact/hooks';
import { languageOf, type Translate } from '@/browser/i18n';
import { FACT_KINDS, KIND } from '@/engine/kinds';
import { NAME_KINDS, type CanonicalName, type Fact, type FactKind, type Pillar, type Profile } from '@/engine/profile/types';
import type { ProfileProblem } from '@/engine/profile/validate';
import { FactEditor } from './FactEditor';
import { ListInput, NumberInput, Problems, Text } from './fields';

/** A new fact of a kind, with the fields its kind's editor starts from. */
function newFact(kind: FactKind, n: number): Fact {
  return KIND[kind].fact.create({ id: `${kind}-${n}`, label: '' });
}

const lines = (v: string) =>
  v
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** The profile as the seeds structure it: the concept, the checklist by kind, names, glossary, sites. */
export function ProfileEditor({ initial, t, onSave, onCancel }: { initial: Profile; t: Translate; onSave: (p: Profile) => Promise<ProfileProblem[]>; onCancel: () => void }) {
  const [profile, setProfile] = useState<Profile>(initial);
  const [problems, setProblems] = useState<ProfileProblem[]>([]);
  const [newKind, setNewKind] = useState<FactKind>('hours');
  const update = (change: (p: Profile) => void) =>
    setProfile((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });
  const concept = profile.concept ?? {};
  const facts = profile.facts ?? [];
  const language = languageOf(t);
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

  async function save() {
    setProblems(await onSave(profile));
  }

  return (
    <form
      class="editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <section>
        <h2>{t('profile_general')}</h2>
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
        <Problems problems={problems} path="name" />
        <ListInput
          label={t('profile_sites')}
          path="sites"
          value={profile.sites}
          onInput={(sites) =>
            update((p) => {
              p.sites = sites.length ? sites : undefined;
            })
          }
        />
        <Problems problems={problems} path="sites" />
      </section>

      <section>
        <h2>{t('profile_concept')}</h2>
        <Text
          multiline
          label={t('profile_statement')}
          path="concept.statement"
          value={concept.statement}
          onInput={(v) =>
            update((p) => {
              (p.concept ??= {}).statement = v;
            })
          }
        />
        <Text
          multiline
          label={t('profile_what')}
          path="concept.what"
          value={concept.what}
          onInput={(v) =>
            update((p) => {
              (p.concept ??= {}).what = v;
            })
          }
        />
        <Text
          multiline
          label={t('profile_how')}
          path="concept.how"
          value={concept.how}
          onInput={(v) =>
            update((p) => {
              (p.concept ??= {}).how = v;
            })
          }
        />
        <Text
          multiline
          label={t('profile_for_whom')}
          path="concept.forWhom"
          value={concept.forWhom}
          onInput={(v) =>
            update((p) => {
              (p.concept ??= {}).forWhom = v;
            })
          }
        />
        <Text
          multiline
          label={t('profile_why')}
          path="concept.why"
          value={concept.why}
          onInput={(v) =>
            update((p) => {
              (p.concept ??= {}).why = v;
            })
          }
        />
        <h3>{t('profile_pillars')}</h3>
        {(concept.pillars ?? []).map((pillar, i) => (
          <fieldset key={i} class="pillar">
            <legend>{pillar.label || pillar.id}</legend>
            <div class="row">
              <Text label={t('profile_id')} path={`concept.pillars[${i}].id`} value={pillar.id} onInput={(id) => setPillar(i, { ...pillar, id })} />
              <Text label={t('profile_label')} path={`concept.pillars[${i}].label`} value={pillar.label} onInput={(label) => setPillar(i, { ...pillar, label })} />
            </div>
            <ListInput label={t('profile_keywords')} path={`concept.pillars[${i}].keywords`} value={pillar.keywords} onInput={(keywords) => setPillar(i, { ...pillar, keywords })} />
            <ListInput label={t('profile_anti_keywords')} path={`concept.pillars[${i}].antiKeywords`} value={pillar.antiKeywords} onInput={(antiKeywords) => setPillar(i, { ...pillar, antiKeywords })} />
            {(pillar.targets ?? []).map((target, k) => (
              <div class="row" key={k}>
                <label class="field">
                  <span>{t('profile_target_fact')}</span>
                  <select
                    data-path={`concept.pillars[${i}].targets[${k}].fact`}
                    value={target.fact}
                    onChange={(e) => setPillar(i, { ...pillar, targets: pillar.targets!.map((x, j) => (j === k ? { ...x, fact: (e.target as HTMLSelectElement).value } : x)) })}
                  >
                    <option value="">—</option>
                    {facts.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label || f.id}
                      </option>
                    ))}
                  </select>
                </label>
                <NumberInput
                  label={t('profile_max')}
                  path={`concept.pillars[${i}].targets[${k}].max`}
                  value={target.max}
                  onInput={(max) => setPillar(i, { ...pillar, targets: pillar.targets!.map((x, j) => (j === k ? { ...x, max } : x)) })}
                />
              </div>
            ))}
            <button type="button" onClick={() => setPillar(i, { ...pillar, targets: [...(pillar.targets ?? []), { fact: facts[0]?.id ?? '', max: 0 }] })}>
              {t('profile_add_target')}
            </button>
            <Problems problems={problems} path={`concept.pillars[${i}]`} />
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() =>
            update((p) => {
              (p.concept ??= {}).pillars = [...(p.concept.pillars ?? []), { id: `pillar-${(p.concept.pillars ?? []).length + 1}`, label: '', keywords: [] }];
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
      </section>

      <section>
        <h2>{t('profile_checklist')}</h2>
        {FACT_KINDS.filter((kind) => facts.some((f) => f.kind === kind)).map((kind) => (
          <div key={kind} class="kind-group">
            <h3>{KIND[kind].name[language]}</h3>
            {facts.map((fact, i) =>
              fact.kind === kind ? (
                <FactEditor
                  key={i}
                  fact={fact}
                  index={i}
                  problems={problems}
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
                p.facts = [...(p.facts ?? []), newFact(newKind, (p.facts ?? []).length + 1)];
              })
            }
          >
            {t('profile_add_fact')}
          </button>
        </div>
      </section>

      <section>
        <h2>{t('profile_names')}</h2>
        {(profile.names ?? []).map((name, i) => (
          <div class="row" key={i} data-name={name.id}>
            <Text label={t('profile_id')} path={`names[${i}].id`} value={name.id} onInput={(id) => setName(i, { ...name, id })} />
            <label class="field">
              <span>{t('profile_kind')}</span>
              <select value={name.kind} onChange={(e) => setName(i, { ...name, kind: (e.target as HTMLSelectElement).value as CanonicalName['kind'] })}>
                {NAME_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
            <Text label={t('profile_canonical')} path={`names[${i}].canonical`} value={name.canonical} onInput={(canonical) => setName(i, { ...name, canonical })} />
            <ListInput label={t('profile_variants')} path={`names[${i}].variants`} value={name.variants} onInput={(variants) => setName(i, { ...name, variants: variants.length ? variants : undefined })} />
            <button
              type="button"
              onClick={() =>
                update((p) => {
                  p.names!.splice(i, 1);
                })
              }
            >
              {t('profile_remove')}
            </button>
            <Problems problems={problems} path={`names[${i}]`} />
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            update((p) => {
              p.names = [...(p.names ?? []), { id: `name-${(p.names ?? []).length + 1}`, kind: 'organization', canonical: '' }];
            })
          }
        >
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
      </section>

      <section>
        <h2>{t('profile_glossary')}</h2>
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
        <Problems problems={problems} path="glossary" />
      </section>

      {problems.length > 0 && (
        <p role="alert" class="problems">
          {t('profile_not_saved', String(problems.length))}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          {t('profile_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('profile_cancel')}
        </button>
      </div>
    </form>
  );
}
