import type { Block, Material } from '../material/types';
import type { Language } from '../profile/types';
import type { Check, CheckContext, DraftFinding } from './types';

/** One real-word rule: a pattern that is wrong wherever it matches, and its correction. */
interface Rule {
  pattern: RegExp;
  fix: (match: RegExpExecArray) => string;
  why: Record<Language, string>;
}

const TIME_WORD = String.raw`(?:\d+\s+)?(?:час\p{L}*|минут\p{L}*|секунд\p{L}*|дн(?:я|ей)|суток|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет|сезона|смены|рабочего|всего|одного|двух|трёх|трех|пяти|десяти|нескольких|получаса)`;

/**
 * Precision first: each rule fires only where the wrong form cannot be right ("в течении реки"
 * is right, "в течении часа" is not).
 */
const RULES: Rule[] = [
  {
    pattern: new RegExp(String.raw`(?<!\p{L})([Вв]) течении(?=\s+${TIME_WORD}(?!\p{L}))`, 'gu'),
    fix: (m) => `${m[1]} течение`,
    why: { ru: 'о времени пишется «в течение»', en: 'about time, Russian writes «в течение»' },
  },
  {
    pattern: /(?<!\p{L})([Нн])е смотря на(?!\p{L})/gu,
    fix: (m) => `${m[1]}есмотря на`,
    why: { ru: '«несмотря на» — предлог, пишется слитно', en: '«несмотря на» is a preposition written as one word' },
  },
  {
    pattern: /(?<!\p{L})([Вв])следствии(?!\p{L})/gu,
    fix: (m) => `${m[1]}следствие`,
    why: { ru: 'слитное «вследствие» (по причине) пишется с «е» на конце', en: '«вследствие» (because of) ends in «е»' },
  },
  {
    pattern: /(?<!\p{L})([Оо]де(?:ть|нь|ньте|вать|ваете|вайте))(?= (?:куртк|шапк|маск|перчатк|бахил|халат|очки|шлем|обувь|пальто|костюм)\p{L}*)/gu,
    fix: (m) => m[1]!.replace(/^([Оо])де/, (_, o: string) => (o === 'О' ? 'Наде' : 'наде')),
    why: { ru: 'одежду надевают, а одевают кого-то', en: 'in Russian clothes are «надеть», people are «одеть»' },
  },
  {
    pattern: /(?<![\p{L}'])([Ii])t's own(?!\p{L})/gu,
    fix: (m) => `${m[1]}ts own`,
    why: { ru: 'possessive «its» пишется без апострофа', en: 'the possessive is "its", without an apostrophe' },
  },
  {
    pattern: /(?<![\p{L}'])([Ii])ts (a|an|the|not|been|never|always|so|very|time|easy|hard)(?!\p{L})/gu,
    fix: (m) => `${m[1]}t's ${m[2]}`,
    why: { ru: '«it is» сокращается до «it’s»', en: '"it is" shortens to "it\'s"' },
  },
];

function blockFindings(block: Block, material: Material, language: Language): DraftFinding[] {
  return RULES.flatMap((rule) =>
    [...block.text.matchAll(rule.pattern)].flatMap((match) => {
      const fixed = rule.fix(match);
      const message = language === 'ru' ? `«${match[0]}» → «${fixed}»: ${rule.why.ru}.` : `"${match[0]}" → "${fixed}": ${rule.why.en}.`;
      return [{
        check: 'grammar' as const,
        severity: 'warning' as const,
        quote: match[0],
        location: { block: block.index, start: match.index, end: match.index + match[0].length },
        message,
        suggestion: fixed,
        material,
      }];
    }),
  );
}

/** Real-word errors no dictionary sees: a small set of precise rules for Russian and English. */
function run(context: CheckContext): { findings: DraftFinding[] } {
  return { findings: context.materials.flatMap(({ material }) => material.blocks.flatMap((block) => blockFindings(block, material, context.language))) };
}

export const grammarCheck: Check = { id: 'grammar', run };
