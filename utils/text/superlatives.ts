import type { Language } from '../profile/types';

/**
 * Superlatives and absolutes that advertising law treats as claims needing proof (Russian: the
 * law "О рекламе", art. 5: "лучший", "самый", "№ 1", "единственный"…; English: "the best", "#1").
 */
const CLAIMS: Record<Language, RegExp[]> = {
  ru: [
    // "самый" before an adjective that praises; "в самом центре", "самое время", "самое главное" are not claims.
    /(?<!\p{L})(сам(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ыми|ом)\s+(?!(?:главн|важн|част|распространен|распространён|необходим|нужн|ранн|поздн|последн|обычн)\p{L}*)[\p{L}-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими|ом|ем|ей))(?!\p{L})/giu,
    /(?<!\p{L})(лучш(ий|ая|ее|ие|его|ей|ую|их|им|ими|ем))(?!\p{L})(?!\s+(?:способ\p{L}*|время|случае)(?!\p{L}))/giu,
    /(?<!\p{L})((?:№|N|номер)\s*1|номер\s+один)(?![\d\p{L}])/giu,
    /(?<!\p{L})(перв(ый|ая|ое|ые|ого|ой|ую)\s+(и\s+единственн\p{L}+\s+)?(клиник|центр|сервис|компани|салон|магазин|ресторан|кофейн|клуб|производител|бренд|сеть|в\s+(росси|москв|петербург|город|стран|мир))\p{L}*)/giu,
    /(?<!\p{L})(единственн(ый|ая|ое|ые|ого|ой|ую|ых))(?!\p{L})(?!,?\s+(?:что|условие|требование|исключение|ограничение)(?!\p{L}))/giu,
    // "идеально подходит", "perfect for a picnic" praise a fit, not the thing itself: not claims.
    /(?<!\p{L})(уникальн\p{L}*|непревзойд[её]нн\p{L}*|идеальн\p{L}*(?!\p{L})(?!\s+(?:подход|подойд|сочета))|безупречн\p{L}*|абсолютно\s+[\p{L}-]+|гарантированн\p{L}*|100\s*%\s*[\p{L}-]*|стопроцентн\p{L}*)/giu,
    /(?<!\p{L})(самые\s+низкие\s+цены|ниже\s+всех|дешевле\s+всех|лучше\s+всех|быстрее\s+всех|лидер\s+рынка)(?!\p{L})/giu,
  ],
  en: [
    // "the best way to", "the only thing you need" say how, not that we outrank anyone.
    /(?<!\p{L})(the\s+best(?!\s+(?:way|time|part|thing|of\s+luck)(?!\p{L}))(\s+[\p{L}-]+)?|best[-\s]in[-\s](class|town|the\s+city)|world[-\s]class|#\s*1|number\s+one|no\.\s*1)(?![\p{L}\d])/giu,
    /(?<!\p{L})(guaranteed|unbeatable|unmatched|unrivalled|unrivaled|the\s+only(?!\s+(?:thing|things|way|one|time|requirement|condition)(?!\p{L}))|lowest\s+prices?|cheapest|the\s+finest|the\s+most\s+[\p{L}-]+|100\s*%\s*[\p{L}-]*|perfect(?!\s+(?:for|with|to)(?!\p{L})))(?!\p{L})/giu,
  ],
};

/** A block that names where a claim comes from: a rating, a survey, a footnote. */
export const SOURCE_CITED = /(по\s+данным|по\s+версии|по\s+результатам|по\s+итогам|по\s+мнению|согласно|источник|исследовани\p{L}*|рейтинг\p{L}*|опрос\p{L}*|премия|премии|призна\p{L}*|победител\p{L}*|лауреат\p{L}*|according\s+to|source:|survey|rated\s+by|voted|named\s+by|winner\s+of|award|\*\s*\S|¹|²)/iu;

export interface FoundClaim {
  start: number;
  end: number;
}

/** Every superlative or absolute claim in a text, in either language's list. */
export function findSuperlatives(text: string): FoundClaim[] {
  const found: FoundClaim[] = [];
  for (const pattern of [...CLAIMS.ru, ...CLAIMS.en]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (!found.some((f) => start < f.end && f.start < end)) found.push({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
