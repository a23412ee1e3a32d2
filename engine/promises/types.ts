import type { Language, Profile } from '../profile/types';
import type { Material, Span } from '../material/types';
import type { ClaimOf, PromiseKind } from '../kinds';

/**
 * A promise pulled out of a material, before any check has judged it: one of its kind, whose
 * `value` is the kind's claim (engine/kinds), so a check that knows the kind knows the value.
 */
export type ExtractedPromise<K extends PromiseKind = PromiseKind> = { [P in K]: PromiseFields & { kind: P; value: ClaimOf<P> } }[K];

/** What a promise of any kind holds beside its kind and value. */
export interface PromiseFields {
  /** Exactly the material's text at `span`. */
  quote: string;
  span: Span;
  /** Stems of the content words of the promise's sentence: what ties it to a fact's topics. */
  topics: string[];
  /**
   * Words of the heading the promise stands under ("Для детей", a card's "Капитальный ремонт"):
   * they tell two items apart but do not name what the promise is about.
   */
  place?: string[];
  /**
   * The short line a price's card is titled by ("Full day (7 hrs) morning trip" above "Price: 1 to
   * 4 people $700"): its `words` tell the price from other cards' prices; it `names` what the price
   * is for when the price is the card's one (but for charges on top).
   */
  title?: { words: string[]; names: boolean };
  /**
   * The topics are a label (a table row's, a price-list line's, a card's title): a name whose head
   * word says what it is; its first `nameWords` words name it, the rest qualify it ("– 8am to 6pm").
   */
  label?: { nameWords: number };
  /** The topics are the promise's own words among several of its kind in one clause: the rest of the sentence is about the others. */
  topicIsOwn?: true;
  /**
   * The words a free word stands with ("бесплатная диагностика", "no fee for double-sided
   * printing", the sentence before "Это бесплатно"): what is free, narrower than the topics.
   */
  subject?: string[];
  /** The whole sentence the promise stands in. */
  sentence: Span;
}

/** What an extractor gets: one material, already split into sentences. */
export interface ExtractContext {
  material: Material;
  language: Language;
  sentences: Span[];
  /** Offered services and policy phrases are the profile's words: those extractors look for them. */
  profile?: Profile;
}

/** One promise kind, one file, one of these. */
export interface Extractor {
  kind: PromiseKind;
  extract(context: ExtractContext): ExtractedPromise[];
}
