import type { GrammarRule } from '../../../../engine/checks/grammar-rules';

/** Every hit of the rules in a text: the words quoted and their fix. */
export const hitsOf = (rules: GrammarRule[], text: string) => rules.flatMap((rule) => [...text.matchAll(rule.pattern)].filter((m) => rule.accept?.(m, text) ?? true).map((m) => [m[0], rule.fix(m)]));
