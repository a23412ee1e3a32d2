import type { Fact, Language } from '../profile/types';
import type { Extractor } from '../promises/types';
import type { Severity } from '../report/types';

/** Words in both engine languages. */
export type Wording = Record<Language, string>;

/** What a judge says about one promise against one fact: kept, or broken with the checklist's side. */
export type Judgement = { kept: true } | { kept: false; severity: Severity /** What the checklist says, without its label: the check names the fact. */; checklist: string; suggestion?: string };

export const KEPT: Judgement = { kept: true };
export const broken = (checklist: string, suggestion?: string, severity: Severity = 'error'): Judgement => ({ kept: false, severity, checklist, suggestion });

/**
 * Holds a claim against the fact it was routed to; null when the fact cannot judge it (another
 * kind's fact, a claim too vague to hold). `general`: the promise is about the business as a whole,
 * not a part of it (a breakfast, a helpline).
 */
export type Judge<Claim> = (claim: Claim, fact: Fact, language: Language, general: boolean) => Judgement | null;

/** Whether two statements of one thing disagree, and how the consistency check names that. */
export interface Comparer<Claim> {
  conflict(a: Claim, b: Claim): boolean;
  /** A promise of the kind is compared only with a subject (a price of what) or a fact. */
  needsSubject: boolean;
  /** Two statements routed to one checklist fact are compared with each other too. */
  comparedUnderFact?: true;
  /** The finding's headline: "Часы работы указаны по-разному". */
  differs: Wording;
}

/** Where one problem of a profile file is, and what was expected there. */
export interface ProblemSink {
  add(path: string, message: string): void;
}

/**
 * One input of a fact's editor, by field type: the options page renders each type the same way
 * whatever the kind. `at` is the path from the fact ("value.max", "allowance", "contradictedBy").
 */
export type EditorField =
  /** `empty`: what a cleared input stores (0 for a required number, undefined for an optional one). */
  | { type: 'number'; at: string; label: Wording; empty?: 0 }
  /** An amount and its ISO currency, side by side. */
  | { type: 'money'; amount: string; currency: string }
  /** One of the time units (minute … year). */
  | { type: 'unit'; at: string }
  /** A checkbox; `cleared`: what an unticked box stores (false, or undefined to drop the field). */
  | { type: 'flag'; at: string; label: Wording; cleared: false | undefined }
  /** Phrases edited as one comma-separated line. */
  | { type: 'list'; at: string; label: Wording }
  /** A set of strings picked among fixed options (ticked boxes). */
  | { type: 'set'; at: string; label: Wording; options: { value: string; label: Wording }[] }
  /**
   * One of a few shapes of value: an option is chosen when the value equals it, or when both are
   * objects; its own fields follow the choice.
   */
  | { type: 'choice'; at: string; label: Wording; options: { value: unknown; label: Wording; fields?: EditorField[] }[] }
  /** The seven-day opening hours grid. */
  | { type: 'hours-grid'; at: string };

/** The fields every fact has, whatever its kind. */
export interface FactBase {
  id: string;
  label: string;
  topics?: string[];
  owner?: string;
  /** ISO date the fact was last confirmed. */
  verified?: string;
  /** Where a drafted fact was seen (`sverka draft`): kept so the user can trace it before confirming. */
  evidence?: Evidence[];
}

/** One place a drafted fact or name was seen: a page's URL or a file's name, and its words there. */
export interface Evidence {
  location: string;
  quote: string;
}

/** A kind's fact in the profile: its fields beside `id`, `label`, `topics`, how a file's are checked, and how they are edited. */
export interface FactSpec<Kind extends string, Fields> {
  /** A new fact on the options page, with a value its editor can start from. */
  create(base: FactBase): FactBase & { kind: Kind } & Fields;
  /** Adds a problem per wrong field of `fact` (a parsed JSON object whose kind is this one); `path` is the fact's, `facts[3]`. */
  validate(fact: Record<string, unknown>, path: string, problems: ProblemSink): void;
  editor: EditorField[];
}

/**
 * One promise kind, one module: what its claims and its checklist facts are, how it is found in a
 * material, judged against a fact, compared across materials, named and edited. A kind with no
 * fact (a phone, a superlative) is checked by other checks.
 */
export interface KindModule<Kind extends string, Claim, Fields = never> {
  kind: Kind;
  /** The kind's name for people: "Часы работы", "Opening hours". */
  name: Wording;
  /** One promise's name, as its line in the inventory starts: "Цена", "Price". */
  item: Wording;
  /**
   * The promise's value in people's words: "от 1 900 ₽", "пн–пт 8:00–21:00", "24/7"; null when its
   * quote alone says it. A stored report may hold a value of an older shape: the line falls back to the quote.
   */
  describe(value: Claim, language: Language): string | null;
  /** The fact's own fields that would hold the promise as it is said, to add it to the checklist; null when they cannot be read off it. */
  draft?(value: Claim): Fields | null;
  extractor?: Extractor;
  fact?: FactSpec<Kind, Fields>;
  judge?: Judge<Claim>;
  comparer?: Comparer<Claim>;
}
