import type { Block, Material } from '../material/types';
import type { Language } from '../profile/types';
import { findMoney } from '../promises/common';
import { UNIT_SHARE } from '../lexicon/form-variants';
import { countOf } from './rate-rows';
import type { CheckContext, DraftFinding } from './types';

/** A package card: its count of lessons or visits, its price and the price of one of them. */
interface Card {
  countBlock: Block;
  count: number;
  total: number;
  totalQuote: string;
  share: number;
  shareQuote: string;
}

/** Blocks a card spans after its count, at most: a card is short. */
const CARD_BLOCKS = 5;

/** A block that is a count and nothing else ("8 занятий", "10 visits"), as a card's title line is. */
function countAlone(block: Block, language: Language): number | null {
  const text = block.text.trim();
  return /^\d+\s+\p{L}+$/u.test(text) ? countOf(text, language) : null;
}

/**
 * The card a count opens: the blocks after it up to the next count or heading hold one price and
 * one price of a unit (a sum beside «цена 1 занятия» in its block or the block before); else null.
 */
function cardAt(blocks: Block[], at: number, language: Language): Card | null {
  const count = countAlone(blocks[at]!, language);
  if (count === null || count < 2) return null;
  const totals: { amount: number; quote: string }[] = [];
  const shares: { amount: number; quote: string }[] = [];
  for (let i = at + 1; i < Math.min(blocks.length, at + 1 + CARD_BLOCKS); i++) {
    const block = blocks[i]!;
    if (countAlone(block, language) !== null || /^h[1-6]$/.test(block.tag ?? '')) break;
    const labelled = UNIT_SHARE[language].test(`${block.text} `) || UNIT_SHARE[language].test(`${blocks[i - 1]!.text} `);
    for (const money of findMoney(block.text)) {
      if (labelled) shares.push({ amount: money.amount, quote: block.text.slice(money.start, money.end) });
      else totals.push({ amount: money.amount, quote: block.text.slice(money.start, money.end) });
    }
  }
  if (totals.length !== 1 || shares.length !== 1) return null;
  return { countBlock: blocks[at]!, count, total: totals[0]!.amount, totalQuote: totals[0]!.quote, share: shares[0]!.amount, shareQuote: shares[0]!.quote };
}

/** The unit's price is the package's divided by its count, to the rouble or dollar it is rounded to. */
const addsUp = (card: Card) => Math.abs(card.total / card.count - card.share) <= 1;

const T = {
  ru: (count: string, share: string, product: number, price: string) => `«${count}» по ${share} — это ${product}, а цена на карточке — ${price}; на других карточках страницы цена одного сходится с ценой пакета.`,
  en: (count: string, share: string, product: number, price: string) => `"${count}" at ${share} each makes ${product}, yet the card asks ${price}; on the page's other cards the price of one matches the package.`,
  suggestion: { ru: 'Проверьте карточку: число занятий, цена пакета и цена одного занятия не сходятся', en: 'Check the card: the count, the package price and the price of one do not match' },
};

/**
 * Package cards ("8 занятий — 6 790 ₽, цена 1 занятия 849 ₽"): where one card's count times its
 * price of one is far from its price while another card of the page multiplies out, the card
 * carries a wrong count or price. Said once per page: a grid copied with the slip repeats it.
 */
function oddCard(material: Material, language: Language): DraftFinding[] {
  const blocks = material.blocks.filter((block) => !block.cell);
  const cards = blocks.map((_, at) => cardAt(blocks, at, material.language)).filter((card): card is Card => card !== null);
  const odd = cards.find((card) => !addsUp(card));
  if (!odd || !cards.some(addsUp)) return [];
  const quote = odd.countBlock.text.trim();
  const start = odd.countBlock.text.indexOf(quote);
  return [
    {
      check: 'consistency',
      severity: 'warning',
      quote,
      location: { block: odd.countBlock.index, start, end: start + quote.length },
      message: T[language](quote, odd.shareQuote, Math.round(odd.count * odd.share), odd.totalQuote),
      suggestion: T.suggestion[language],
      material,
    },
  ];
}

/** Each material's first package card whose count, price and price of one do not multiply out. */
export function packageCardFindings(context: CheckContext): DraftFinding[] {
  return context.materials.flatMap(({ material }) => oddCard(material, context.language));
}
