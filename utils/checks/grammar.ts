import type { Block, Material } from '../material/types';
import type { Language } from '../profile/types';
import { GRAMMAR_RULES } from './grammar-rules';
import type { Check, CheckContext, DraftFinding } from './types';

function blockFindings(block: Block, material: Material, language: Language): DraftFinding[] {
  return GRAMMAR_RULES.flatMap((rule) =>
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
