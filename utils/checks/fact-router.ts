import type { Fact, Language } from '../profile/types';
import type { ExtractedPromise } from '../promises/types';
import { compilePhrase, findPhrase, stemWords, type PhrasePattern } from '../text/stems';

/** Routes promises to facts: by the fact named in the promise, by topic, else to the kind's general fact. */
export class FactRouter {
  private readonly topics = new Map<Fact, PhrasePattern[]>();

  constructor(private readonly facts: Fact[], language: Language) {
    for (const fact of facts) {
      this.topics.set(fact, (fact.topics ?? []).map((topic) => compilePhrase(topic, /[\u0400-\u04ff]/.test(topic) ? 'ru' : /[a-z]/i.test(topic) ? 'en' : language)));
    }
  }

  route(promise: ExtractedPromise, language: Language): Fact | null {
    const named = (promise.value as { factId?: string } | null)?.factId;
    if (named) return this.facts.find((fact) => fact.id === named) ?? null;
    const ofKind = this.facts.filter((fact) => fact.kind === promise.kind);
    const words = stemWords(promise.topics.join(' '), language);
    const byTopic = ofKind.filter((fact) => this.topics.get(fact)!.some((topic) => findPhrase(topic, words).length > 0));
    if (byTopic.length > 0) return byTopic[0]!;
    const general = ofKind.filter((fact) => (fact.topics ?? []).length === 0);
    return general[0] ?? null;
  }
}
