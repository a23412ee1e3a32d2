import type { Material } from '../material/types';
import type { Language } from '../profile/types';
import { BRITISH_SIGNS, BRITISH_TO_AMERICAN } from '../lexicon/en/spelling-variety';
import type { DraftFinding } from './types';

type Variety = 'british' | 'american';

/** One word of the page spelled the way one variety spells it. */
interface Spelled {
  variety: Variety;
  written: string;
  /** The British form: both spellings of one word share it. */
  key: string;
  /** The other variety's form, if it has one to suggest. */
  twin?: string;
  block: number;
  start: number;
  end: number;
}

const AMERICAN_TO_BRITISH: Record<string, string> = Object.fromEntries(Object.entries(BRITISH_TO_AMERICAN).map(([british, american]) => [american, british]));
const WORD = /(?<![\p{L}\d'’])\p{L}+(?![\p{L}\d])/gu;
/** A capital after a sentence's start marks a name ("Pearl Harbor", "Trinity Sports Centre"): its owner spells it. */
const opensSentence = (text: string, at: number) => /(?:^|[.!?:;•|\n(]["'“”’)]?\s*|-)$/u.test(text.slice(Math.max(0, at - 5), at));
/** A part of an address or a handle ("example.com/color", "@colorbar") is no prose. */
const inAddress = (text: string, start: number, end: number) => /[./@#_]/u.test(text[start - 1] ?? '') || /^(?:[@_]|\.\p{L})/u.test(text.slice(end, end + 2));

function spellingsOf(material: Material): Spelled[] {
  return material.blocks.flatMap((block) =>
    [...block.text.matchAll(WORD)].flatMap((m): Spelled[] => {
      const [start, end] = [m.index, m.index + m[0].length];
      if (inAddress(block.text, start, end) || (/^\p{Lu}/u.test(m[0]) && !opensSentence(block.text, start)) || /^\p{Lu}{2,}$/u.test(m[0])) return [];
      const word = m[0].toLowerCase();
      const place = { written: m[0], block: block.index, start, end };
      if (word in BRITISH_TO_AMERICAN) return [{ ...place, variety: 'british', key: word, twin: BRITISH_TO_AMERICAN[word] }];
      if (word in AMERICAN_TO_BRITISH) return [{ ...place, variety: 'american', key: AMERICAN_TO_BRITISH[word]!, twin: AMERICAN_TO_BRITISH[word] }];
      return BRITISH_SIGNS.has(word) ? [{ ...place, variety: 'british', key: word }] : [];
    }),
  );
}

/** Different words a page spells in one variety before it counts as written in it; the other may then have one. */
const MIN_WORDS_OF_VARIETY = 3;

const T = {
  en: (written: string, variety: Variety, others: string[], twin: string) =>
    `"${written}" is the ${variety === 'american' ? 'American' : 'British'} spelling; the page writes ${variety === 'american' ? 'British' : 'American'} elsewhere (${others.map((o) => `"${o}"`).join(', ')}): "${twin}".`,
  ru: (written: string, variety: Variety, others: string[], twin: string) =>
    `«${written}» — ${variety === 'american' ? 'американское' : 'британское'} написание, а страница пишет ${variety === 'american' ? 'по-британски' : 'по-американски'} («${others.join('», «')}»): «${twin}».`,
};

/**
 * "behavior" on a page that writes "jewellery", "licence" and "characterised": a word of the other variety among
 * many of the page's own, or the less frequent spelling of a word the page writes both ways. Only words with a
 * twin to suggest are flagged.
 */
export function mixedVarietyFindings(material: Material, language: Language): DraftFinding[] {
  const spelled = spellingsOf(material);
  const of = (variety: Variety) => spelled.filter((s) => s.variety === variety);
  const words = (variety: Variety) => new Set(of(variety).map((s) => s.key));
  const [british, american] = [words('british'), words('american')];
  const minority: Variety | null = british.size >= MIN_WORDS_OF_VARIETY && american.size <= 1 ? 'american' : american.size >= MIN_WORDS_OF_VARIETY && british.size <= 1 ? 'british' : null;
  const count = (key: string, variety: Variety) => spelled.filter((s) => s.key === key && s.variety === variety).length;
  const isMinority = (s: Spelled) => {
    const other: Variety = s.variety === 'british' ? 'american' : 'british';
    const [own, others] = [count(s.key, s.variety), count(s.key, other)];
    // A word written both ways as often: the page's own variety decides.
    return others > 0 && own !== others ? own < others : s.variety === minority;
  };
  return spelled
    .filter((s) => s.twin && isMinority(s))
    .map((s) => {
      const majority = of(s.variety === 'british' ? 'american' : 'british');
      const others = [...new Set(majority.map((o) => o.written.toLowerCase()))].slice(0, 3);
      return {
        check: 'spelling' as const,
        severity: 'warning' as const,
        quote: s.written,
        location: { block: s.block, start: s.start, end: s.end },
        message: T[language](s.written, s.variety, others, s.twin!),
        suggestion: s.twin!,
        material,
      };
    });
}
