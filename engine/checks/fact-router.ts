import type { Material } from '../material/types';
import type { CheckContext } from './types';
import type { Fact, Language } from '../profile/types';
import { isStatedDuration } from '../promises/duration';
import { isScheduleOf } from '../promises/hours';
import { unitOf } from '../promises/time-amount';
import type { ExtractedPromise } from '../promises/types';
import { compilePhrase, findPhrase, stemWords, type PhrasePattern, type StemmedWord } from '../text/stems';
import { phraseLanguage } from '../text/language';
import type { TextRange } from '../text/segment';

const routers = new WeakMap<CheckContext, FactRouter>();

/**
 * The run's one router: compiling every fact's topics is the costly part of routing (a profile of
 * tens of thousands of facts), so the checks that route share it instead of each compiling its own.
 */
export function routerOf(context: CheckContext): FactRouter {
  let router = routers.get(context);
  if (!router) routers.set(context, (router = new FactRouter(context.profile.facts ?? [], context.language)));
  return router;
}

/** Routes promises to facts: by the fact named in the promise, by topic, to the kind's general fact, else by the sentence. */
export class FactRouter {
  private readonly topics = new Map<Fact, PhrasePattern[]>();
  /** The head word of each fact's label ("переборка" of "Переборка воздушной вилки"), by its stem. */
  private readonly labelHeads = new Map<Fact, string>();

  /** A duration's topic that is a unit of time ("минут", "days") would name every duration: it names none. */
  constructor(
    private readonly facts: Fact[],
    language: Language,
  ) {
    for (const fact of facts) {
      const topics = (fact.topics ?? []).filter((topic) => fact.kind !== 'duration' || unitOf(topic.trim()) === null);
      this.topics.set(
        fact,
        topics.map((topic) => compilePhrase(topic, phraseLanguage(topic, language))),
      );
      const labelLanguage = phraseLanguage(fact.label, language);
      const [head] = headsOf(stemWords(fact.label, labelLanguage), labelLanguage === 'ru', language);
      if (head && !PRICE_HEADS[language].includes(head.folded)) this.labelHeads.set(fact, head.stem);
    }
  }

  /**
   * `sentence` is the promise's whole sentence: when its clause names no fact's topic ("Buy 5
   * coffees, get the 6th free" — the clause is "get the 6th free"), the one fact of the kind
   * whose topic the sentence names is taken, if there is exactly one.
   */
  route(promise: ExtractedPromise, language: Language, sentence?: string): Fact | null {
    return this.readings(promise, language, sentence)[0] ?? null;
  }

  /**
   * Every fact the promise may be about, the likeliest first: more than one where its words name
   * the topics of several facts of its kind ("Electrical … an hourly rate of £60" names both the
   * electrical rate and the plumber's "hourly rate").
   */
  readings(promise: ExtractedPromise, language: Language, sentence?: string): Fact[] {
    const named = (promise.value as { factId?: string } | null)?.factId;
    if (named) return this.facts.filter((fact) => fact.id === named).slice(0, 1);
    // A service or a term the material states is only an inventory row: a policy or a service is
    // judged by the profile's own phrases, which name their fact.
    if (promise.kind === 'policy' || promise.kind === 'offered') return [];
    const ofKind = this.facts.filter((fact) => fact.kind === promise.kind);
    // A pass's validity, a course's hours, a refund's deadline: no general duration fact is about
    // them; a fact whose topic the term's own words name is ("a 16-week fall semester", "Пошив
    // наряда … от 15 дн.", "Срок обучения 2,5 месяца" of a 3–4 month course).
    if (promise.kind === 'duration' && isStatedDuration(promise.value)) {
      return this.namedIn(ofKind, ...namingWords(promise), language).slice(0, 1);
    }
    const byTopic = this.namedIn(ofKind, ...namingWords(promise), language);
    if (byTopic.length > 0) return byTopic;
    const byTitle = promise.title?.names ? this.namedIn(ofKind, promise.title.words.join(' '), false, language) : [];
    if (byTitle.length > 0) return byTitle;
    const priced = this.pricedFree(promise, language);
    if (priced) return [priced];
    const unoffered = this.unofferedFree(promise, language);
    if (unoffered) return [unoffered];
    // The opening hours do not cover an online booking, a support line that never sleeps, or delivery hours.
    const general = ofKind.filter((fact) => (fact.topics ?? []).length === 0 && (promise.kind !== 'hours' || isScheduleOf(fact.label, promise.topics)));
    if (general.length > 0) return general.slice(0, 1);
    const bySentence = sentence === undefined || promise.topicIsOwn ? [] : this.namedIn(ofKind, sentence, false, language);
    return bySentence.length === 1 ? bySentence : [];
  }

  /**
   * "Бесплатная диагностика" when the checklist prices the diagnostics: an unconditional free
   * promise whose own words name exactly one priced thing is about that price.
   */
  private pricedFree(promise: ExtractedPromise, language: Language): Fact | null {
    if (promise.kind !== 'free' || promise.value !== true || !promise.subject) return null;
    const priced = this.facts.filter((fact) => fact.kind === 'price');
    const bySubject = this.namedIn(priced, promise.subject.join(' '), false, language);
    const named = bySubject.length > 0 ? bySubject : this.namedWithSubject(priced, promise, language);
    return named.length === 1 ? named[0]! : null;
  }

  /**
   * "Приходи на бесплатное занятие" where the checklist prices the trial lesson under the topic
   * "бесплатное занятие": a topic that takes the free word along with the thing names its fact
   * where it stands in the promise's words over a word of what is free.
   */
  private namedWithSubject(facts: Fact[], promise: ExtractedPromise, language: Language): Fact[] {
    const quoteWords = stemWords(promise.quote, language);
    const subject = new Set(stemWords(promise.subject!.join(' '), language).map((word) => word.stem));
    const spansSubject = (range: TextRange) => quoteWords.some((word) => range.start <= word.start && word.end <= range.end && subject.has(word.stem));
    return facts.filter((fact) => this.topics.get(fact)!.some((topic) => topic.parts.length > 1 && findPhrase(topic, quoteWords).some(spansSubject)));
  }

  /**
   * "Можно бесплатно заниматься в свободных классах" where the checklist says the practice rooms
   * are not offered: something given free is offered, and a free promise whose own words name
   * exactly one service operations do not provide is about it.
   */
  private unofferedFree(promise: ExtractedPromise, language: Language): Fact | null {
    if (promise.kind !== 'free') return null;
    const named = this.namedIn(
      this.facts.filter((fact) => fact.kind === 'offered' && fact.value === false),
      promise.quote,
      false,
      language,
    );
    return named.length === 1 ? named[0]! : null;
  }

  /**
   * `label`: the text is a label's name (a table row's, a price-list line's, a card's title), whose
   * head word says what it is. It names a fact only where its head is the fact's topic: a Russian
   * label's head comes first ("Снятие гель-лака" is not "гель-лак"), an English one's last ("Teeth
   * Whitening" is whitening, "Whitening Trays" are not). A head that only says it is a price ("Call-out
   * fee", "Стоимость выезда") passes the role to the word beside it. A label with the head of the
   * fact's own label ("Переборка воздушной вилки с регулировкой" of "Переборка воздушной вилки")
   * is the same work, and the topic may name what it is done to.
   */
  private namedIn(facts: Fact[], text: string, label: boolean, language: Language): Fact[] {
    const words = stemWords(text, language);
    const headFirst = phraseLanguage(text, language) === 'ru';
    const heads = label ? headsOf(words, headFirst, language) : [];
    const isHead = (range: { start: number; end: number }) => heads.some((head) => (headFirst ? range.start === head.start : range.end === head.end));
    const sameWork = (fact: Fact) => heads[0] !== undefined && this.labelHeads.get(fact) === heads[0].stem;
    return facts.filter((fact) => this.topics.get(fact)!.some((topic) => findPhrase(topic, words).some((range) => !label || isHead(range) || sameWork(fact))));
  }
}

/** Words a label names its thing by when they stand at its head: they say it is a price, not what of. */
const PRICE_HEADS: Record<Language, string[]> = {
  ru: ['стоимость', 'цена', 'тариф', 'оплата', 'плата', 'услуга', 'услуги'],
  en: ['fee', 'fees', 'charge', 'charges', 'price', 'prices', 'cost', 'costs', 'rate', 'rates', 'service', 'services'],
};

/** The label's head word, and the word beside it when the head only says "price". */
function headsOf(words: StemmedWord[], headFirst: boolean, language: Language): StemmedWord[] {
  const ordered = headFirst ? words : [...words].reverse();
  const head = ordered[0];
  if (!head) return [];
  const next = ordered[1];
  return next && PRICE_HEADS[language].includes(head.folded) ? [head, next] : [head];
}

/** The text a promise is routed by, and whether it is a label's name rather than a sentence's words. */
function namingWords(promise: ExtractedPromise): [string, boolean] {
  return promise.label ? [promise.topics.slice(0, promise.label.nameWords).join(' '), true] : [promise.topics.join(' '), false];
}

/** The text of the sentence a promise stands in. */
export function sentenceOf(material: Material, promise: ExtractedPromise): string {
  const { block, start, end } = promise.sentence;
  return material.blocks[block]?.text.slice(start, end) ?? '';
}
