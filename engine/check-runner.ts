import { CHECKS } from './checks';
import type { Check } from './checks/types';
import { checkMaterials, summarise } from './engine';
import type { Material } from './material/types';
import { capWords } from './material/word-limit';
import { materialFromText } from './material/from-text';
import { PROFILE_FORMAT, type Language, type Profile } from './profile/types';
import type { CheckId, Finding, Report } from './report/types';
import type { SpellChecker } from './spelling/types';

/** From the side panel to the check worker. */
export type CheckRequest =
  | { type: 'warm'; languages: Language[] }
  | { type: 'check'; id: number; materials: Material[]; profile: Profile; userWords: string[] }
  /** The top of a page, sent while the rest of it is still being read. */
  | { type: 'preview'; id: number; material: Material; profile: Profile; userWords: string[] };

/**
 * From the check worker to the side panel: a first look at the top of a page (to a preview
 * request), the report of all of it (to a check), or why there is none.
 */
export type CheckReply = { type: 'preview'; id: number; report: Report } | { type: 'report'; id: number; report: Report } | { type: 'failed'; id: number; message: string };

/**
 * About a screenful of a page: its findings are listed while the rest is read. Checking it costs
 * the panel's worker ~1–2 ms a word, so a first look of more words comes later.
 */
export const PREVIEW_WORDS = 200;

/** The checks whose findings on a screenful stand as they will in the whole page's report (`Check.inPreview`). */
export const PREVIEW_CHECKS: CheckId[] = CHECKS.filter((check: Check) => check.inPreview).map((check) => check.id);

/**
 * Whether a finding of the first look stands in the whole page's report. A free offer that breaks
 * the checklist may be set right further down ("free delivery from 10,000 ₽" after "free delivery"):
 * the whole page decides it.
 */
function standsForWholePage(finding: Finding, profile: Profile): boolean {
  return finding.check !== 'contradiction' || profile.facts?.find((fact) => fact.id === finding.factId)?.kind !== 'free';
}

/** The top of a page to check first, or null when the page is no longer than that. */
export function previewOf(materials: Material[], words = PREVIEW_WORDS): Material | null {
  if (materials.length !== 1) return null;
  const [material] = materials as [Material];
  const capped = capWords(material, words);
  return capped === material ? null : { ...capped, source: material.source };
}

/** A few lines of each language with a figure, a price, a promise and a slip: enough to wake every check. */
const WARM_UP_TEXT: Record<Language, string> = {
  ru: 'Бесплатная консультация и смета до начала лечения. Гарантия на импланты — 5 лет, гигиена за 4500 ₽. Принимаем с 9:00 до 20:00, без выходных! Звоните: +7 812 310-20-20, пишите на hello@example.com. Лучшая клиника в городе, работаем быстро и безболезненно. Очень болшой опыт.',
  en: 'Free consultation and a written quote before treatment. Implants come with a 5-year guarantee, cleaning costs $45. Open 9 am to 8 pm, seven days a week! Call +1 555 010 2020. The best clinic in town, fast and painless. A very larje experience.',
};

/** The warm-up's profile: a name and a price, so the checks that hold a page against a profile wake too. */
const WARM_UP_PROFILE: Profile = {
  format: PROFILE_FORMAT,
  name: 'warm-up',
  facts: [{ id: 'price', kind: 'price', label: 'Гигиена', topics: ['гигиена', 'cleaning'], value: { amount: 4000, currency: 'RUB' } }],
  names: [{ id: 'phone', kind: 'phone', canonical: '+7 812 310-20-20' }],
};

/** Checks of the warm-up text per language: measured in Node, the first three cost 1.6 s, 0.4 s and 0.04 s of CPU, a fourth as much as the third. */
const WARM_UP_RUNS = 3;

/**
 * Checks a few lines in each language before the page is asked for, so the first real check finds
 * the dictionaries loaded, the engine's tables built and its code compiled. It stops as soon as a
 * real check is waiting: what that check needs, it loads itself.
 */
async function warmUp(spellChecker: SpellChecker, languages: Language[], checkWaiting: () => boolean): Promise<void> {
  for (const language of languages) {
    const material = materialFromText(WARM_UP_TEXT[language], { id: 's1', kind: 'text', location: 'warm-up' }, language);
    for (let run = 0; run < WARM_UP_RUNS; run++) {
      if (checkWaiting()) return;
      await checkMaterials([material], WARM_UP_PROFILE, { spellChecker });
    }
  }
}

/** The last report made, given back for the same input asked again: the same words, profile and user words make the same findings. */
function lastReport() {
  let last: { input: string; report: Report } | null = null;
  return async (input: string, make: () => Promise<Report>): Promise<{ report: Report; again: boolean }> => {
    if (last?.input === input) return { report: last.report, again: true };
    last = { input, report: await make() };
    return { report: last.report, again: false };
  };
}

/**
 * The worker's checks. A page checked again unchanged — after an ignored finding, or a change the
 * reader does not see — gets its last report (and its top, its last preview) back at once.
 */
export function createCheckRunner(spellChecker: SpellChecker) {
  const lastCheck = lastReport();
  const lastPreview = lastReport();
  return {
    warm: (languages: Language[], checkWaiting: () => boolean) => warmUp(spellChecker, languages, checkWaiting),
    /** Checks one material with every check and posts the report. */
    async check(request: Extract<CheckRequest, { type: 'check' }>, post: (reply: CheckReply) => void): Promise<void> {
      const { id, materials, profile, userWords } = request;
      try {
        const { report, again } = await lastCheck(JSON.stringify([materials, profile, userWords]), () => checkMaterials(materials, profile, { userWords, spellChecker }));
        post({ type: 'report', id, report: again ? { ...report, createdAt: new Date().toISOString() } : report });
      } catch (error) {
        post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
      }
    },
    /** Posts what the word-level checks find in the first words of a page; nothing when it has no more words than that. */
    async preview(request: Extract<CheckRequest, { type: 'preview' }>, post: (reply: CheckReply) => void): Promise<void> {
      const { id, material, profile, userWords } = request;
      const top = previewOf([material]);
      if (!top) return;
      try {
        const { report } = await lastPreview(JSON.stringify([top, profile, userWords]), async () => {
          const first = await checkMaterials([top], profile, { userWords, spellChecker, only: PREVIEW_CHECKS });
          const findings = first.findings.filter((finding) => standsForWholePage(finding, profile));
          return { ...first, findings, summary: summarise(findings) };
        });
        post({ type: 'preview', id, report });
      } catch {
        // A first look that fails shows nothing: the whole page's check follows, meets the same failure and reports it.
      }
    },
  };
}
