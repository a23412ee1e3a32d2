import type { Language, Location, Profile } from '../profile/types';
import type { Material } from '../material/types';
import type { ExtractedPromise } from '../promises/types';
import type { Finding, PromiseStatus } from '../report/types';
import type { SpellChecker } from '../spelling/types';

export interface CheckedMaterial {
  material: Material;
  promises: ExtractedPromise[];
}

export interface CheckContext {
  profile: Profile;
  /** The language messages are written in: the profile's first language. */
  language: Language;
  materials: CheckedMaterial[];
  /** The location the materials are bound to (`profile` is then as it sees it); absent: the brand's. */
  location?: Location;
  /** Words the user added to the dictionary in the extension. */
  userWords?: string[];
  /** Dictionaries for the spelling check; without them it has nothing to check with. */
  spellChecker?: SpellChecker;
}

/** A finding before the engine numbers it and gives it its fingerprint. */
export type DraftFinding = Omit<Finding, 'id' | 'fingerprint' | 'source'> & {
  /** The material it is about; absent for profile-level findings. */
  material?: Material;
  /** The promise it is about, so the inventory can mark it broken. */
  promise?: ExtractedPromise;
  /** Shared by repeats of one fault whose quotes differ ("дела !", "друзей !"): they are one finding with its places. */
  sameFault?: string;
};

/** A verdict on one promise, for the promise inventory. */
export interface PromiseVerdict {
  promise: ExtractedPromise;
  status: PromiseStatus;
  factId?: string;
}

export interface CheckResult {
  findings: DraftFinding[];
  verdicts?: PromiseVerdict[];
}

/** One rule of a check with several: a finding names it, and a profile may switch it off (`ignoreRules`). */
export interface CheckRule {
  /** `<check id>/<rule>`: "wrong-name/mixed-script". */
  id: string;
  label: Record<Language, string>;
}

/**
 * One check, one file, one of these; registered by one line in CHECKS (./index.ts), from which
 * the check ids, their order in reports and their names follow. Async so dictionaries can load lazily.
 */
export interface Check<Id extends string = string> {
  id: Id;
  /** Its name in reports and in the panel, in each language. */
  label: Record<Language, string>;
  /** Its rules when it has several; each finding then names one of them. */
  rules?: readonly CheckRule[];
  /** About the words themselves (spelling, grammar, typography): two such checks on the very same words say one thing twice. */
  ofWords?: true;
  /**
   * Its finding says the same wherever its words stand: a repeat is one more place, not one more
   * finding (a typo, or an unbacked claim the page makes twice).
   */
  saidOncePerMaterial?: true;
  /**
   * Its findings on a screenful stand as they will in the whole page's report: about the words in
   * front of them, or about one promise held against the checklist. A check that weighs the whole
   * page (a promise unbacked, two figures that disagree) waits for all of it.
   */
  inPreview?: true;
  run(context: CheckContext): CheckResult | Promise<CheckResult>;
}

/** Keeps the check's id as its literal, so CHECKS can name every id there is. */
export const defineCheck = <const Id extends string>(check: Check<Id>): Check<Id> => check;

/** A check's rules by short name, each with its full id: `rules['mixed-script'].id` is "wrong-name/mixed-script". */
export function checkRules<const Names extends string>(check: string, rules: Record<Names, Record<Language, string>>): Record<Names, CheckRule> {
  return Object.fromEntries(Object.entries<Record<Language, string>>(rules).map(([name, label]) => [name, { id: `${check}/${name}`, label }])) as Record<Names, CheckRule>;
}
