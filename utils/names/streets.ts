import { words, type WordToken } from '../text/segment';
import { phraseLanguage } from '../text/language';

/** Street type words in every abbreviation and case, Russian and English. */
const TYPE_WORD = /^(улиц\p{L}*|ул|проспект\p{L}*|пр-т|просп|пр|переул\p{L}*|пер|шоссе|ш|бульвар\p{L}*|б-р|бул|набережн\p{L}*|наб|площад\p{L}*|пл|проезд\p{L}*|пр-д|тупик\p{L}*|алле\p{L}*|лини\p{L}*|street|st|road|rd|avenue|ave|lane|ln|square|sq|place|prospekt|prospect|boulevard|blvd|embankment|way|drive|terrace|row|gardens|crescent|close|mews)$/iu;

export function isStreetTypeWord(word: string): boolean {
  return TYPE_WORD.test(word.replace(/\.$/, ''));
}

/** A street named in a text: its name words (type words left out) and the house number near it. */
export interface StreetMention {
  start: number;
  end: number;
  nameWords: WordToken[];
  house?: string;
}

const isNameWord = (word: WordToken) => /^(\p{Lu}|\d+-?(я|й|ая|ый|ой|th|st|nd|rd))/u.test(word.text) && !isStreetTypeWord(word.text);

/** Street mentions: "ул. Малая Садовая, д. 8", "Пятницкая улица", "пр-т Мира", "14 Marchmont Street". */
export function findStreets(text: string): StreetMention[] {
  const tokens = words(text, phraseLanguage(text)).flatMap(splitGluedType);
  const mentions: StreetMention[] = [];
  tokens.forEach((token, i) => {
    if (!isStreetTypeWord(token.text)) return;
    const isCapitalisedType = /^\p{Lu}/u.test(token.text);
    const after: WordToken[] = [];
    for (let j = i + 1; j < tokens.length && after.length < 3 && isNameWord(tokens[j]!) && adjacent(text, tokens[j - 1]!, tokens[j]!); j++) after.push(tokens[j]!);
    const before: WordToken[] = [];
    for (let j = i - 1; j >= 0 && before.length < 3 && isNameWord(tokens[j]!) && adjacent(text, tokens[j]!, tokens[j + 1]!) && !/^\d/.test(tokens[j]!.text); j--) before.unshift(tokens[j]!);
    const english = /^[a-z]/i.test(token.text);
    const nameWords = english || (isCapitalisedType && before.length > 0 && after.length === 0) ? (before.length > 0 ? before : after) : after.length > 0 ? after : before;
    if (nameWords.length === 0) return;
    const start = Math.min(token.start, nameWords[0]!.start);
    const end = Math.max(token.end + (text[token.end] === '.' && nameWords[0]!.start > token.start ? 1 : 0), nameWords[nameWords.length - 1]!.end);
    mentions.push({ start, end, nameWords, house: houseNumber(text, start, end) });
  });
  return mentions;
}

/** "ул.Мира", written with no space after the type word's full stop, is the type word and the name. */
function splitGluedType(token: WordToken): WordToken[] {
  const glued = /^(\p{L}+)\.(?=\p{Lu})/u.exec(token.text);
  if (!glued || !isStreetTypeWord(glued[1]!)) return [token];
  const nameStart = token.start + glued[0].length;
  return [
    { text: glued[1]!, start: token.start, end: token.start + glued[1]!.length },
    { text: token.text.slice(glued[0].length), start: nameStart, end: token.end },
  ];
}

/** Words of a name are separated by spaces only: a comma or a full stop ends the name. */
function adjacent(text: string, left: WordToken, right: WordToken): boolean {
  return /^[\s.\u00a0]*$/.test(text.slice(left.end, right.start)) && !/\.\s/.test(text.slice(left.end, right.start)) || /^\.\s?$/.test(text.slice(left.end, right.start)) && isStreetTypeWord(left.text);
}

/** The house number written right after a street (", д. 8", ", 8") or right before it ("14 Marchmont Street"). */
export function houseNumber(text: string, start: number, end: number): string | undefined {
  const after = /^\s*,?\s*(?:д\.|дом|д)\s*(\d+[а-яa-z]?(?:\/\d+)?)/iu.exec(text.slice(end));
  if (after) return after[1]!.toLowerCase();
  const bare = /^\s*,\s*(\d+[а-яa-z]?(?:\/\d+)?)(?![\d\p{L}])/iu.exec(text.slice(end));
  if (bare) return bare[1]!.toLowerCase();
  // "ул. Садовая 8 корпус 1": a Russian street with no comma before its number, a building part or the end after it.
  const spaced = /[\u0400-\u04ff]/.test(text.slice(start, end)) && /^\s+(\d+[а-яa-z]?(?:\/\d+)?)(?=\s*(?:$|[,;)|]|корп|к\.|стр|лит))/iu.exec(text.slice(end));
  if (spaced) return spaced[1]!.toLowerCase();
  const before = /(?<![\d\p{L}])(\d+[a-z]?)\s*,?\s*$/iu.exec(text.slice(Math.max(0, start - 8), start));
  return before ? before[1]!.toLowerCase() : undefined;
}
