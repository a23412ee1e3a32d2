import type { Block, Material } from '../material/types';
import { writtenNames } from '../profile/own-names';
import type { Language } from '../profile/types';
import type { Morphology } from '../text/morphology';
import { agreementHits } from './agreement';
import { gerundClauseHits } from './gerund-clause';
import { GRAMMAR_RULES, type GrammarRule } from './grammar-rules';
import { lexicalHits } from './lexical-ru';
import { neApartHits } from './ne-apart';
import { punctuationHits } from './punctuation-ru';
import { setPhraseHits } from './set-phrases-ru';
import { subjectVerbHits } from './subject-verb';
import { verbFormHits } from './verb-forms-ru';
import { numeralHits } from './numerals-ru';
import { prepositionHits } from './prepositions-ru';
import { conjunctionCommaHits } from './conjunction-commas-ru';
import { sameSourcePiece } from '../material/pieces';
import { thoseThatMayMatch } from '../text/regex-gate';
import { defineCheck, type CheckContext, type DraftFinding } from './types';

/**
 * Each rule is written in the letters of its language, and matches only text that has them: a
 * block with no Cyrillic (or no Latin) letter is spared the other language's patterns, which
 * are most of the grammar's time on a page.
 */
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[A-Za-z]/;
const isCyrillicRule = (rule: GrammarRule) => CYRILLIC.test(rule.pattern.source);
/** The rules for a text with Cyrillic letters or not, Latin ones or not: four lists, each in the rules' own order. */
const RULES_BY_SCRIPTS = [false, true].map((cyrillic) => [false, true].map((latin) => GRAMMAR_RULES.filter((rule) => (isCyrillicRule(rule) ? cyrillic : latin))));
const patternOfRule = (rule: GrammarRule) => rule.pattern;
const rulesFor = (text: string) => RULES_BY_SCRIPTS[Number(CYRILLIC.test(text))]![Number(LATIN.test(text))]!;

function blockFindings(block: Block, material: Material, language: Language): DraftFinding[] {
  const loweredText = block.text.toLowerCase();
  return thoseThatMayMatch(rulesFor(block.text), patternOfRule, loweredText).flatMap((rule) =>
    [...block.text.matchAll(rule.pattern)]
      .filter((match) => rule.accept?.(match, block.text, block) ?? true)
      .flatMap((match) => {
        const fixed = rule.fix(match);
        const message = language === 'ru' ? `«${match[0]}» → «${fixed}»: ${rule.why.ru}.` : `"${match[0]}" → "${fixed}": ${rule.why.en}.`;
        return [
          {
            check: 'grammar' as const,
            severity: 'warning' as const,
            quote: match[0],
            location: { block: block.index, start: match.index, end: match.index + match[0].length },
            message,
            suggestion: fixed,
            // "Конференц зал" in a heading and "конференц зал" in a sentence are one slip repeated.
            sameFault: `${match[0].toLowerCase()} → ${fixed.toLowerCase()}`,
            material,
          },
        ];
      }),
  );
}

/** The Russian rules that read the grammar of words, each over a whole block. */
const RUSSIAN_RULE_SETS = [agreementHits, lexicalHits, gerundClauseHits, neApartHits, punctuationHits, setPhraseHits, subjectVerbHits, verbFormHits, numeralHits, prepositionHits];

/** Words that do not agree, a case its preposition never takes, a gerund with no doer, «не» written apart, a comma or dash syntax wants: Russian text, where the grammar is loaded. */
function agreementFindings(block: Block, material: Material, language: Language, morphology: Morphology | null): DraftFinding[] {
  if (!morphology || material.language !== 'ru') return [];
  const hits = [
    ...RUSSIAN_RULE_SETS.flatMap((hitsOf) => hitsOf(block.text, morphology)),
    // A comma is missing only inside text written as one run: a line break or two elements side by side part a caption's lines.
    ...conjunctionCommaHits(block.text, morphology).filter((hit) => sameSourcePiece(block, hit.start, hit.end - 1)),
  ];
  return hits.map((hit) => ({
    check: 'grammar' as const,
    severity: 'warning' as const,
    quote: block.text.slice(hit.start, hit.end),
    location: { block: block.index, start: hit.start, end: hit.end },
    message: `${hit.message[language]}.`,
    ...(hit.suggestion ? { suggestion: hit.suggestion } : {}),
    ...(hit.sameFault ? { sameFault: hit.sameFault } : {}),
    material,
  }));
}

/**
 * Whether a finding's words lie within one of the profile's names where the block writes it:
 * "Экспресс Доставка" is the company's to spell, not a compound to hyphenate.
 */
function inOwnName(finding: DraftFinding, block: Block, names: string[]): boolean {
  if (!finding.location) return false;
  const { start, end } = finding.location;
  // Written as the profile writes it: "экспресс доставка" in small letters is the service, not the name.
  return names.some((name) => {
    for (let at = block.text.indexOf(name); at >= 0; at = block.text.indexOf(name, at + 1)) if (at <= start && end <= at + name.length) return true;
    return false;
  });
}

/** Real-word errors no dictionary sees: precise rules for Russian and English, and Russian agreement. */
async function run(context: CheckContext): Promise<{ findings: DraftFinding[] }> {
  // The Russian grammar loads only when a Russian material needs it.
  const needsMorphology = context.materials.some(({ material }) => material.language === 'ru');
  const morphology = needsMorphology ? ((await context.spellChecker?.morphology('ru')) ?? null) : null;
  const names = writtenNames(context.profile);
  return {
    findings: context.materials.flatMap(({ material }) =>
      material.blocks.flatMap((block) => [...blockFindings(block, material, context.language), ...agreementFindings(block, material, context.language, morphology)].filter((finding) => !inOwnName(finding, block, names))),
    ),
  };
}

export const grammarCheck = defineCheck({ id: 'grammar', label: { ru: 'Грамматика', en: 'Grammar' }, ofWords: true, saidOncePerMaterial: true, inPreview: true, run });
