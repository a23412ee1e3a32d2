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

/** Adjectives that promo texts put before «кофе», neuter as written and masculine as the norm wants. */
const COFFEE_ADJECTIVES: Record<string, string> = {
  вкусное: 'вкусный', горячее: 'горячий', ароматное: 'ароматный', свежее: 'свежий', свежесваренное: 'свежесваренный',
  крепкое: 'крепкий', черное: 'черный', чёрное: 'чёрный', натуральное: 'натуральный', бодрящее: 'бодрящий',
  любимое: 'любимый', настоящее: 'настоящий', отличное: 'отличный', хорошее: 'хороший', лучшее: 'лучший',
  классическое: 'классический', зерновое: 'зерновой', растворимое: 'растворимый', холодное: 'холодный', одно: 'один',
};

const keepCase = (written: string, fixed: string) => (/^\p{Lu}/u.test(written) ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed);

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
    pattern: /(?<!\p{L})([Ии]з) (за|под)(?!\p{L})/gu,
    fix: (m) => `${m[1]}-${m[2]}`,
    why: { ru: '«из-за» и «из-под» пишутся через дефис', en: '«из-за» and «из-под» take a hyphen' },
  },
  {
    pattern: /(?<!\p{L})([Нн])е взирая на(?!\p{L})/gu,
    fix: (m) => `${m[1]}евзирая на`,
    why: { ru: '«невзирая на» — предлог, пишется слитно', en: '«невзирая на» is a preposition written as one word' },
  },
  {
    pattern: new RegExp(String.raw`(?<!\p{L})(${Object.keys(COFFEE_ADJECTIVES).join('|')}) кофе(?!\p{L})`, 'giu'),
    fix: (m) => `${keepCase(m[1]!, COFFEE_ADJECTIVES[m[1]!.toLowerCase()]!)} кофе`,
    why: { ru: 'в литературной норме «кофе» — мужского рода', en: 'in standard Russian «кофе» is masculine' },
  },
  {
    // "your welcome drink" is right: only the phrase that ends or goes on with "to" is "you're welcome".
    pattern: /(?<![\p{L}'])([Yy])our welcome(?=\s*(?:[.!,;]|$|to\s))/gu,
    fix: (m) => `${m[1]}ou're welcome`,
    why: { ru: '«you are welcome» сокращается до «you’re welcome»', en: '"you are welcome" shortens to "you\'re welcome"' },
  },
  {
    pattern: /(?<![\p{L}'])([Cc]ould|[Ww]ould|[Ss]hould|[Mm]ight|[Mm]ust) of(?= (?:been|had|done|made|got|seen|gone|known|tried|come|taken|given)(?!\p{L}))/gu,
    fix: (m) => `${m[1]} have`,
    why: { ru: 'после модального глагола — «have», а не «of»', en: 'after a modal verb it is "have", not "of"' },
  },
  {
    pattern: /(?<![\p{L}'])([Ll])oose (weight|a few pounds|the extra)(?!\p{L})/gu,
    fix: (m) => `${m[1]}ose ${m[2]}`,
    why: { ru: '«lose» — терять, «loose» — свободный', en: '"lose" is to shed, "loose" is not tight' },
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
