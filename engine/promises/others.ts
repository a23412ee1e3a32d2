import type { Material } from '../material/types';
import type { Language } from '../profile/types';
import type { PromiseKind } from '../kinds';
import { mentionsAny, sectionHeading } from './common';
import type { ExtractedPromise } from './types';

/** Headings of sections where customers speak, not the business. */
const REVIEW_SECTIONS: Record<Language, string[]> = {
  ru: ['отзыв', 'что говорят', 'о нас говорят', 'клиенты о нас', 'гости о нас', 'гостевая книга', 'благодарност'],
  en: ['review', 'testimonial', 'what our clients say', 'what our customers say', 'what people say', 'guestbook', 'kind words'],
};

/** A contact is ours wherever it stands; every other promise in a customer's words is not. */
const STATED_BY_US_ANYWHERE: ReadonlySet<PromiseKind> = new Set(['phone', 'email', 'url', 'address', 'name']);

/**
 * "«Открыто круглосуточно!» — Анна", "“Best cake in town!” – Tom": words in quotation marks signed
 * with a name. Quoted words with no name may be the business's own slogan.
 */
const QUOTED = /^\s*[«"“„][^«»"“”„]+[»"”“]\s*[—–-]\s*\p{Lu}\p{L}*[\s.,\p{L}]*$/u;

/**
 * Whether a promise is a customer's words, not the business's: a quoted review, a blockquote, a
 * sentence under "Отзывы" or "Testimonials". A customer's "open round the clock" or "the best
 * salon" is neither a promise operations must keep nor a claim the business makes.
 */
export function isSomeoneElses(promise: ExtractedPromise, material: Material): boolean {
  if (STATED_BY_US_ANYWHERE.has(promise.kind)) return false;
  const block = material.blocks[promise.sentence.block];
  if (!block) return false;
  if (block.tag === 'blockquote') return !speaksForTheBusiness(block.heading ?? sectionHeading(material, block.index), material.language);
  if (QUOTED.test(block.text.slice(promise.sentence.start, promise.sentence.end)) || QUOTED.test(block.text)) return true;
  const section = sectionHeading(material, block.index);
  if (section === undefined || !mentionsAny(section, REVIEW_SECTIONS[material.language])) return false;
  // The section's own lead-in speaks of "our salon": that is the business talking about its reviews.
  return !OUR.test(block.text.slice(promise.sentence.start, promise.sentence.end));
}

/** The business's voice: "наш салон", "our clients". */
const OUR = /(?<!\p{L})(наш\p{L}*|our)(?!\p{L})/iu;

/** Headings of sections where the business sets out why to choose it. */
const ADVANTAGE_SECTIONS: Record<Language, string[]> = {
  ru: ['преимуществ', 'почему мы', 'почему выбирают', 'почему нас'],
  en: ['why choose', 'why us', 'advantages', 'benefits'],
};

/** "Наши преимущества" over a pull quote: the business quoting itself, not a customer. */
const speaksForTheBusiness = (heading: string | undefined, language: Language) =>
  heading !== undefined && !mentionsAny(heading, REVIEW_SECTIONS[language]) && (OUR.test(heading) || mentionsAny(heading, ADVANTAGE_SECTIONS[language]));
