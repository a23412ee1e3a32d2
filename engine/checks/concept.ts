import { describeDuration, durationMinutes, formatAmount, toMinutes } from '../profile/normalise';
import type { Fact, Pillar, PillarTarget } from '../profile/types';
import { clauseAround } from '../promises/common';
import { isDeniedAfter, isNegated } from '../text/negation';
import { compilePhrase, findPhrase, stemWords } from '../text/stems';
import { sentences } from '../text/segment';
import { checkRules, defineCheck, type CheckContext, type DraftFinding } from './types';
import { saysWhere } from './wording';
import { phraseLanguage } from '../text/language';

const T = {
  ru: {
    anti: (where: string, quote: string, label: string, word: string) => `${where}: «${quote}» — это расходится с концепцией сервиса: опора «${label}» исключает «${word}».`,
    antiFix: (keywords: string[]) => (keywords.length > 0 ? `Скажите это языком опоры: ${keywords.slice(0, 3).join(', ')}` : undefined),
    forbidden: (where: string, quote: string, phrase: string, use: string) => `${where}: «${quote}» — в глоссарии «${phrase}» не используется, пишем «${use}».`,
    silent: (label: string, keywords: string[]) => `Опора концепции «${label}» нигде не звучит в материалах (нет слов: ${keywords.slice(0, 4).join(', ')}).`,
    target: (label: string, fact: string, bound: string, actual: string) => `Опора концепции «${label}» обещает ${bound}, а операции (${fact}) дают ${actual}: обещание не выполнимо, пока не изменятся операции.`,
    atMost: 'не больше',
    atLeast: 'не меньше',
  },
  en: {
    anti: (where: string, quote: string, label: string, word: string) => `${where} "${quote}", which betrays the service concept: the pillar "${label}" rules out "${word}".`,
    antiFix: (keywords: string[]) => (keywords.length > 0 ? `Say it in the pillar's words: ${keywords.slice(0, 3).join(', ')}` : undefined),
    forbidden: (where: string, quote: string, phrase: string, use: string) => `${where} "${quote}"; the glossary says not "${phrase}" but "${use}".`,
    silent: (label: string, keywords: string[]) => `The pillar "${label}" is never communicated (none of: ${keywords.slice(0, 4).join(', ')}).`,
    target: (label: string, fact: string, bound: string, actual: string) => `The pillar "${label}" promises ${bound}, but operations (${fact}) deliver ${actual}: the promise cannot be kept until operations change.`,
    atMost: 'at most',
    atLeast: 'at least',
  },
};

const RULES = checkRules('concept', {
  'anti-keyword': { ru: 'Слова, которые исключает опора', en: 'Words a pillar rules out' },
  'forbidden-word': { ru: 'Запрещённые слова глоссария', en: "The glossary's forbidden words" },
  'silent-pillar': { ru: 'Опора, которая нигде не звучит', en: 'A pillar never communicated' },
  'missed-target': { ru: 'Опора, которую не дают операции', en: 'A pillar operations cannot deliver' },
});

/** Phrases asserted, not negated, in any inflection, with a few words allowed in between. */
function findAsserted(context: CheckContext, phrases: string[]) {
  const hits: { material: CheckContext['materials'][number]['material']; block: number; start: number; end: number; phrase: string }[] = [];
  const compiled = phrases.map((phrase) => ({ phrase, pattern: compilePhrase(phrase, phraseLanguage(phrase, context.language)) }));
  for (const { material } of context.materials) {
    for (const block of material.blocks) {
      for (const sentence of sentences(block.text, material.language)) {
        const text = block.text.slice(sentence.start, sentence.end);
        const textWords = stemWords(text, material.language);
        for (const { phrase, pattern } of compiled) {
          for (const range of findPhrase(pattern, textWords, { maxGap: 2 })) {
            if (isNegated(text, range.start, material.language, { withoutNegates: !/(^|\s)(без|without)(\s|$)/i.test(phrase) }) || isDeniedAfter(text, range.end)) continue;
            const clause = clauseAround(text, range.start, range.end);
            const quote = clause.end - clause.start <= 90 ? clause : range;
            hits.push({ material, block: block.index, start: sentence.start + quote.start, end: sentence.start + quote.end, phrase });
          }
        }
      }
    }
  }
  return hits;
}

function antiKeywordFindings(context: CheckContext, pillars: Pillar[]): DraftFinding[] {
  return pillars.flatMap((pillar) =>
    findAsserted(context, pillar.antiKeywords ?? []).map((hit) => {
      const quote = hit.material.blocks[hit.block]!.text.slice(hit.start, hit.end);
      const suggestion = T[context.language].antiFix(pillar.keywords);
      return {
        check: 'concept' as const,
        rule: RULES['anti-keyword'].id,
        severity: 'warning' as const,
        quote,
        location: { block: hit.block, start: hit.start, end: hit.end },
        message: T[context.language].anti(saysWhere(hit.material.source.kind, context.language), quote, pillar.label, hit.phrase),
        ...(suggestion ? { suggestion } : {}),
        material: hit.material,
      };
    }),
  );
}

/** The glossary's forbidden words are the brand's voice: a breach of the concept, not of spelling. */
function forbiddenFindings(context: CheckContext): DraftFinding[] {
  const forbidden = context.profile.glossary?.forbidden ?? [];
  return forbidden.flatMap(({ phrase, use }) =>
    findAsserted(context, [phrase]).map((hit) => {
      const quote = hit.material.blocks[hit.block]!.text.slice(hit.start, hit.end);
      return {
        check: 'concept' as const,
        rule: RULES['forbidden-word'].id,
        severity: 'warning' as const,
        quote,
        location: { block: hit.block, start: hit.start, end: hit.end },
        message: T[context.language].forbidden(saysWhere(hit.material.source.kind, context.language), quote, phrase, use),
        suggestion: use,
        material: hit.material,
      };
    }),
  );
}

function silentPillarFindings(context: CheckContext, pillars: Pillar[]): DraftFinding[] {
  if (context.materials.length === 0) return [];
  return pillars
    .filter((pillar) => pillar.keywords.length > 0 && findAsserted(context, pillar.keywords).length === 0)
    .map((pillar) => ({ check: 'concept' as const, rule: RULES['silent-pillar'].id, severity: 'info' as const, quote: pillar.label, message: T[context.language].silent(pillar.label, pillar.keywords) }));
}

/** A fact's value in the unit of a target's bound: minutes for durations, the amount for prices. */
function measure(fact: Fact): number | null {
  switch (fact.kind) {
    case 'duration':
      return durationMinutes(fact.value).max;
    case 'price':
      return fact.value.amount;
    case 'discount':
      return fact.value.maxPercent;
    case 'guarantee':
      return fact.value.amount;
    default:
      return null;
  }
}

/** A duration target's bound is in the fact's own unit, so "max 15" against minutes means 15 minutes. */
function boundOf(target: PillarTarget, fact: Fact, key: 'max' | 'min'): number | undefined {
  const bound = target[key];
  if (bound === undefined || fact.kind !== 'duration') return bound;
  return toMinutes(bound, fact.value.unit);
}

function targetFindings(context: CheckContext, pillars: Pillar[]): DraftFinding[] {
  const facts = context.profile.facts ?? [];
  const t = T[context.language];
  return pillars.flatMap((pillar) =>
    (pillar.targets ?? []).flatMap((target) => {
      const fact = facts.find((f) => f.id === target.fact);
      const actual = fact && measure(fact);
      if (!fact || actual === null || actual === undefined) return [];
      const max = boundOf(target, fact, 'max');
      const min = boundOf(target, fact, 'min');
      const missed = (max !== undefined && actual > max) || (min !== undefined && actual < min);
      if (!missed) return [];
      const amount = (target.max ?? target.min)!;
      const written = fact.kind === 'duration' ? formatAmount(amount, fact.value.unit, context.language) : String(amount);
      const bound = `${max !== undefined ? t.atMost : t.atLeast} ${written}`;
      const shown = fact.kind === 'duration' ? describeDuration(fact.value, context.language) : String(actual);
      return [{ check: 'concept' as const, rule: RULES['missed-target'].id, severity: 'warning' as const, quote: pillar.label, message: t.target(pillar.label, fact.label, bound, shown), factId: fact.id }];
    }),
  );
}

/** Promises that betray the concept, pillars never said, and pillars operations cannot deliver. */
function run(context: CheckContext): { findings: DraftFinding[] } {
  const pillars = context.profile.concept?.pillars ?? [];
  return {
    findings: [...antiKeywordFindings(context, pillars), ...forbiddenFindings(context), ...silentPillarFindings(context, pillars), ...targetFindings(context, pillars)],
  };
}

export const conceptCheck = defineCheck({ id: 'concept', label: { ru: 'Концепция сервиса', en: 'Service concept' }, rules: Object.values(RULES), run });
