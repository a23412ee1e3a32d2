/** Numbers as people write them in Russian and English promo text: digits, words, ordinals. */

export interface FoundNumber {
  value: number;
  ordinal: boolean;
  start: number;
  end: number;
}

/** Russian number words by stem: every case and gender of a word shares its stem. */
const RU_CARDINAL_STEMS: [RegExp, number][] = [
  [/^(один|одн(а|у|о|ого|ому|ой|им|ом))$/, 1],
  [/^(два|две|двух|двум|двумя)$/, 2],
  [/^(три|трех|трем|тремя)$/, 3],
  [/^(четыре|четырех|четырем|четырьмя)$/, 4],
  [/^пят(ь|и|ью)$/, 5],
  [/^шест(ь|и|ью)$/, 6],
  [/^(семь|семи|семью)$/, 7],
  [/^(восемь|восьми|восьмью|восемью)$/, 8],
  [/^девят(ь|и|ью)$/, 9],
  [/^десят(ь|и|ью)$/, 10],
  [/^одиннадцат(ь|и)$/, 11],
  [/^двенадцат(ь|и)$/, 12],
  [/^пятнадцат(ь|и)$/, 15],
  [/^двадцат(ь|и)$/, 20],
  [/^тридцат(ь|и)$/, 30],
  [/^сорок(а)?$/, 40],
  [/^пятьдесят$|^пятидесяти$/, 50],
  [/^шестьдесят$|^шестидесяти$/, 60],
  [/^девяносто$/, 90],
  [/^ста?$/, 100],
  [/^полтор(а|ы)$/, 1.5],
  [/^пол$/, 0.5],
];

const RU_ORDINAL_STEMS: [RegExp, number][] = [
  [/^перв/, 1],
  [/^втор(ой|ая|ое|ого|ому|ую|ым|ом|ые|ых)$/, 2],
  [/^трет(ий|ья|ье|ьего|ьему|ью|ьим|ьем|ьи|ьих)$/, 3],
  [/^четверт/, 4],
  [/^пят(ый|ая|ое|ого|ому|ую|ым|ом|ые|ых)$/, 5],
  [/^шест(ой|ая|ое|ого|ому|ую|ым|ом|ые|ых)$/, 6],
  [/^седьм/, 7],
  [/^восьм(ой|ая|ое|ого|ому|ую|ым|ом|ые|ых)$/, 8],
  [/^девят(ый|ая|ое|ого|ому|ую|ым|ом|ые|ых)$/, 9],
  [/^десят(ый|ая|ое|ого|ому|ую|ым|ом|ые|ых)$/, 10],
  [/^одиннадцат(ый|ая|ое|ого|ую)$/, 11],
  [/^двенадцат(ый|ая|ое|ого|ую)$/, 12],
  [/^пятнадцат(ый|ая|ое|ого|ую)$/, 15],
  [/^двадцат(ый|ая|ое|ого|ую)$/, 20],
];

const EN_CARDINALS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  a: 1,
  an: 1,
};

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  fifteenth: 15,
  twentieth: 20,
};

const wordNumbers = new Map<string, { value: number; ordinal: boolean } | null>();

/** The value of one number word, cardinal or ordinal, or null. "a"/"an" count only where asked. */
export function wordNumber(word: string, allowArticle = false): { value: number; ordinal: boolean } | null {
  const key = `${allowArticle ? 1 : 0}${word}`;
  if (wordNumbers.has(key)) return wordNumbers.get(key)!;
  const found = readWordNumber(word, allowArticle);
  if (wordNumbers.size > 50_000) wordNumbers.clear();
  wordNumbers.set(key, found);
  return found;
}

function readWordNumber(word: string, allowArticle: boolean): { value: number; ordinal: boolean } | null {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (!allowArticle && (w === 'a' || w === 'an')) return null;
  const digitOrdinal = /^(\d+)(-?(й|я|е|го|му|ю|ый|ой|ая|ое|ого|ую|ым|ом)|st|nd|rd|th)$/.exec(w);
  if (digitOrdinal) return { value: Number(digitOrdinal[1]), ordinal: true };
  if (EN_CARDINALS[w] !== undefined) return { value: EN_CARDINALS[w]!, ordinal: false };
  if (EN_ORDINALS[w] !== undefined) return { value: EN_ORDINALS[w]!, ordinal: true };
  const hyphenated = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(\w+)$/.exec(w);
  if (hyphenated) {
    const unit = EN_CARDINALS[hyphenated[2]!] ?? EN_ORDINALS[hyphenated[2]!];
    if (unit !== undefined && unit < 10) return { value: EN_CARDINALS[hyphenated[1]!]! + unit, ordinal: EN_ORDINALS[hyphenated[2]!] !== undefined };
  }
  for (const [pattern, value] of RU_ORDINAL_STEMS) if (pattern.test(w)) return { value, ordinal: true };
  for (const [pattern, value] of RU_CARDINAL_STEMS) if (pattern.test(w)) return { value, ordinal: false };
  return null;
}

/** A number in digits: "1 200", "1\u00a0200", "24 900", "1,5", "2.5", "9.99". */
export const DIGITS = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g;

export function parseDigits(text: string): number {
  return Number(text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
}

const WORD = /[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;

/** Every number in a text, in digits or in words, with its position. */
export function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const asWord = wordNumber(word);
    if (asWord) found.push({ ...asWord, start, end: start + word.length });
  }
  for (const match of text.matchAll(DIGITS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((f) => f.start <= start && end <= f.end)) continue;
    const ordinalSuffix = /^(-?(й|я|е|го|му|ю|ый|ой|ая|ое|ого|ую)|st|nd|rd|th)(?![\p{L}])/u.exec(text.slice(end));
    found.push({
      value: parseDigits(match[0]),
      ordinal: ordinalSuffix !== null,
      start,
      end: ordinalSuffix ? end + ordinalSuffix[0].length : end,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
