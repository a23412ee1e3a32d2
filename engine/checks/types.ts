import type { Language, Profile } from '../profile/types';
import type { Material } from '../material/types';
import type { ExtractedPromise } from '../promises/types';
import type { CheckId, Finding, PromiseStatus } from '../report/types';
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

/** One check, one file, one of these. Async so dictionaries can load lazily. */
export interface Check {
  id: CheckId;
  run(context: CheckContext): CheckResult | Promise<CheckResult>;
}
