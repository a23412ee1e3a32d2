import type { Block, Material } from '../material/types';
import type { Language } from '../profile/types';
import type { Check, CheckContext, DraftFinding } from './types';

interface Hit {
  start: number;
  end: number;
  message: Record<Language, string>;
  suggestion?: string;
}

const DOUBLED = /(?<![\p{L}\d])([\p{L}]+)\s+\1(?![\p{L}\d])/giu;
const HYPHEN_AS_DASH = /(?<=\p{L}|[»")])\s-\s(?=\p{L}|[«"(])/gu;
const SPACE_BEFORE = /(?<=\S)[ \u00a0]+([,.;:!?…»)])(?!\d)/gu;

function doubledWords(text: string): Hit[] {
  return [...text.matchAll(DOUBLED)].map((m) => ({ start: m.index, end: m.index + m[0].length, suggestion: m[1], message: { ru: `Слово повторено дважды: «${m[0]}».`, en: `A word is doubled: "${m[0]}".` } }));
}

function dashes(text: string): Hit[] {
  return [...text.matchAll(HYPHEN_AS_DASH)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    suggestion: ' — ',
    message: { ru: 'Между словами ставят тире «—», а не дефис.', en: 'Between words use a dash "—", not a hyphen.' },
  }));
}

function spacesBeforePunctuation(text: string): Hit[] {
  return [...text.matchAll(SPACE_BEFORE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    suggestion: m[1],
    message: { ru: `Лишний пробел перед «${m[1]}».`, en: `A stray space before "${m[1]}".` },
  }));
}

/** Unbalanced «» or (): the block as a whole tells, so the hit covers the first unmatched mark. */
function unbalanced(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [open, close] of [['«', '»'], ['(', ')']] as const) {
    const stack: number[] = [];
    const stray: number[] = [];
    [...text].forEach((ch, i) => {
      if (ch === open) stack.push(i);
      else if (ch === close) {
        if (stack.length > 0) stack.pop();
        else stray.push(i);
      }
    });
    const at = [...stack, ...stray].sort((a, b) => a - b)[0];
    if (at !== undefined) hits.push({ start: at, end: at + 1, message: { ru: `Непарная кавычка или скобка «${text[at]}».`, en: `An unbalanced "${text[at]}".` } });
  }
  const straight = text.match(/"/g)?.length ?? 0;
  if (straight % 2 === 1) {
    const at = text.lastIndexOf('"');
    hits.push({ start: at, end: at + 1, message: { ru: 'Непарная кавычка «"».', en: 'An unbalanced quotation mark.' } });
  }
  if (/[«»]/.test(text) && /"[^"]+"/.test(text)) {
    const m = /"[^"]+"/.exec(text)!;
    hits.push({ start: m.index, end: m.index + m[0].length, suggestion: `«${m[0].slice(1, -1)}»`, message: { ru: 'Кавычки разного вида в одном абзаце: «ёлочки» и "лапки".', en: 'Mixed quotation marks in one paragraph.' } });
  }
  return hits;
}

function blockFindings(block: Block, material: Material, language: Language): DraftFinding[] {
  return [...doubledWords(block.text), ...dashes(block.text), ...spacesBeforePunctuation(block.text), ...unbalanced(block.text)].map((hit) => ({
    check: 'typography' as const,
    severity: 'info' as const,
    quote: block.text.slice(hit.start, hit.end),
    location: { block: block.index, start: hit.start, end: hit.end },
    message: hit.message[language],
    ...(hit.suggestion ? { suggestion: hit.suggestion } : {}),
    material,
  }));
}

/** Typography: doubled words, unbalanced quotes or brackets, hyphens for dashes, stray spaces. */
function run(context: CheckContext): { findings: DraftFinding[] } {
  return { findings: context.materials.flatMap(({ material }) => material.blocks.flatMap((block) => blockFindings(block, material, context.language))) };
}

export const typographyCheck: Check = { id: 'typography', run };
