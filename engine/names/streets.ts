import { words, wordToken, type WordToken } from '../text/segment';
import { phraseLanguage } from '../text/language';
import { foldForCompare } from '../text/normalise';
import { wordsSource } from '../lexicon/compile';
import * as RU from '../lexicon/ru/addresses';
import * as EN from '../lexicon/en/addresses';

/** Street type words in every abbreviation and case, Russian and English. */
const TYPE_WORD = new RegExp(`^${wordsSource(RU.STREET_TYPES, EN.STREET_TYPES)}$`, 'iu');

export function isStreetTypeWord(word: string): boolean {
  return TYPE_WORD.test(word.replace(/\.$/, ''));
}

/**
 * Street types by their written forms: "St" and "Street" are one type, "Place" and "Plaza" two.
 * "пр." may be a проспект or a проезд, so it names no type.
 */
const STREET_TYPES: [string, RegExp][] = [
  ['street', /^(street|st)$/],
  ['road', /^(road|rd)$/],
  ['avenue', /^(avenue|ave)$/],
  ['lane', /^(lane|ln)$/],
  ['square', /^(square|sq)$/],
  ['place', /^place$/],
  ['plaza', /^plaza$/],
  ['boulevard', /^(boulevard|blvd)$/],
  ['court', /^(court|ct)$/],
  ['parkway', /^(parkway|pkwy)$/],
  ['highway', /^(highway|hwy)$/],
  ['drive', /^drive$/],
  ['way', /^way$/],
  ['terrace', /^terrace$/],
  ['crescent', /^crescent$/],
  ['close', /^close$/],
  ['улица', /^(улиц\p{L}*|ул)$/u],
  ['проспект', /^(проспект\p{L}*|пр-т|просп)$/u],
  ['переулок', /^(переул\p{L}*|пер)$/u],
  ['шоссе', /^(шоссе|ш)$/u],
  ['бульвар', /^(бульвар\p{L}*|б-р|бул)$/u],
  ['набережная', /^(набережн\p{L}*|наб)$/u],
  ['площадь', /^(площад\p{L}*|пл)$/u],
  ['проезд', /^(проезд\p{L}*|пр-д)$/u],
];

/** The street type a type word names ("ул." → "улица", "Rd" → "road"), or null when it is none or could be two. */
export function streetTypeOf(word: string): string | null {
  const bare = word.replace(/\.$/, '').toLowerCase();
  return STREET_TYPES.find(([, pattern]) => pattern.test(bare))?.[0] ?? null;
}

/** A street named in a text: its name words (type words left out) and the house number near it. */
export interface StreetMention {
  start: number;
  end: number;
  nameWords: WordToken[];
  house?: string;
}

const isNameWord = (word: WordToken) => /^(\p{Lu}|\d+-?(я|й|ая|ый|ой|th|st|nd|rd))/u.test(word.text) && !isStreetTypeWord(word.text);

/**
 * Street mentions: "ул. Малая Садовая, д. 8", "Пятницкая улица", "пр-т Мира", "14 Marchmont Street".
 * `known`: the words of streets known to be named so; a word in small letters after the type word
 * continues a name only where it continues a known one ("ул. Красных зорь").
 */
export function findStreets(text: string, known: string[][] = []): StreetMention[] {
  const tokens = words(text, phraseLanguage(text)).flatMap(splitGluedType);
  const mentions: StreetMention[] = [];
  tokens.forEach((token, i) => {
    if (!isStreetTypeWord(token.text)) return;
    const isCapitalisedType = /^\p{Lu}/u.test(token.text);
    const after: WordToken[] = [];
    const continuesKnown = (word: WordToken) => after.length > 0 && continuesKnownName(after, word, known);
    for (let j = i + 1; j < tokens.length && after.length < 3 && (isNameWord(tokens[j]!) || continuesKnown(tokens[j]!)) && adjacent(text, tokens[j - 1]!, tokens[j]!); j++) after.push(tokens[j]!);
    const before: WordToken[] = [];
    for (let j = i - 1; j >= 0 && before.length < 3 && isNameWord(tokens[j]!) && adjacent(text, tokens[j]!, tokens[j + 1]!) && !/^\d/.test(tokens[j]!.text); j--) before.unshift(tokens[j]!);
    const english = /^[a-z]/i.test(token.text);
    const nameWords = english || (isCapitalisedType && before.length > 0 && after.length === 0) ? (before.length > 0 ? before : after) : after.length > 0 ? after : before;
    if (nameWords.length === 0) return;
    const start = Math.min(token.start, nameWords[0]!.start);
    // The full stop of a type word cut short is the type word's: "ул. Мира", "Садовая наб., 8".
    const ownStop = text[token.end] === '.' && (nameWords[0]!.start > token.start || /^\.\s*,/.test(text.slice(token.end)));
    const end = Math.max(token.end + (ownStop ? 1 : 0), nameWords[nameWords.length - 1]!.end);
    mentions.push({ start, end, nameWords, house: houseNumber(text, start, end) });
  });
  return mentions;
}

/** Whether `word` is the next word of a known street name that begins with the words `so far`. */
function continuesKnownName(soFar: WordToken[], word: WordToken, known: string[][]): boolean {
  const folded = [...soFar, word].map((w) => foldForCompare(w.text));
  return known.some((name) => name.length > soFar.length && folded.every((w, k) => w === foldForCompare(name[k]!)));
}

/** "ул.Мира", written with no space after the type word's full stop, is the type word and the name. */
function splitGluedType(token: WordToken): WordToken[] {
  const glued = /^(\p{L}+)\.(?=\p{Lu})/u.exec(token.text);
  if (!glued || !isStreetTypeWord(glued[1]!)) return [token];
  const nameStart = token.start + glued[0].length;
  return [wordToken(glued[1]!, token.start, token.start + glued[1]!.length), wordToken(token.text.slice(glued[0].length), nameStart, token.end)];
}

/** Words of a name are separated by spaces only: a comma or a full stop ends the name. */
function adjacent(text: string, left: WordToken, right: WordToken): boolean {
  return (/^[\s.\u00a0]*$/.test(text.slice(left.end, right.start)) && !/\.\s/.test(text.slice(left.end, right.start))) || (/^\.\s?$/.test(text.slice(left.end, right.start)) && isStreetTypeWord(left.text));
}

/**
 * "Ломоносова 17б", "г. Уфа, Ломоносова 17б": an address line with no type word, a part between
 * commas that is capitalised words and a house number. Its words and number, or undefined.
 */
export function bareStreetLine(text: string): { nameWords: string[]; house: string } | undefined {
  for (const part of text.split(',')) {
    const line = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2})\s+(\d+\p{L}?(?:\/\d+)?)\s*$/u.exec(part);
    if (line) return { nameWords: line[1]!.split(/\s+/), house: line[2]!.toLowerCase() };
  }
  return undefined;
}

/** A building part after the house number ("корпус 2", "стр. 1"): quoted with the number it belongs to. */
const BUILDING_PART = /^\s*,?\s*(?:корпус|корп\.?|к\.|строение|стр\.?|литера|лит\.?)\s*\d+[а-я]?/iu;

/** A house number and where it stands: its value and the range from the street to the number's end. */
export interface HouseRange {
  house: string;
  start: number;
  end: number;
}

/** The house number written right after a street (", д. 8", ", 8") or right before it ("14 Marchmont Street"). */
export function houseRange(text: string, start: number, end: number): HouseRange | undefined {
  const rest = text.slice(end);
  // "Садовая наб., 8": the full stop of a type word cut short stands before the comma.
  const after =
    /^(?:\.(?=\s*,))?\s*,?\s*(?:д\.|дом|д)\s*(\d+[а-яa-z]?(?:\/\d+)?)/iu.exec(rest) ??
    /^(?:\.(?=\s*,))?\s*,\s*(\d+[а-яa-z]?(?:\/\d+)?)(?![\d\p{L}])/iu.exec(rest) ??
    // "ул. Садовая 8 корпус 1": a Russian street with no comma before its number, a building part or the end after it.
    (/[\u0400-\u04ff]/.test(text.slice(start, end)) ? /^\s+(\d+[а-яa-z]?(?:\/\d+)?)(?=\s*(?:$|[,;)|]|корп|к\.|стр|лит))/iu.exec(rest) : null);
  if (after) {
    const numberEnd = end + after[0].length;
    const part = BUILDING_PART.exec(text.slice(numberEnd));
    return { house: after[1]!.toLowerCase(), start, end: numberEnd + (part ? part[0].length : 0) };
  }
  // "10627 W. Forest Home Avenue": a compass point may stand between the number and the name.
  const from = Math.max(0, start - 12);
  const before = /(?<![\d\p{L}])(\d+[a-zA-Z]?)\s*,?\s*(?:[NSEW]\.?\s+)?$/u.exec(text.slice(from, start));
  return before ? { house: before[1]!.toLowerCase(), start: from + before.index, end } : undefined;
}

const houseNumber = (text: string, start: number, end: number): string | undefined => houseRange(text, start, end)?.house;

/** A postal code as each country writes it after the town: the surest sign of an address line. */
export const POSTCODES: RegExp[] = [
  // UK: "GU8 4HF", "SW1A 1AA"
  /(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\p{L}\d])/gu,
  // Australia: "Qld 4870", "NSW 2000"
  /(?<![\p{L}\d])(?:QLD|Qld|NSW|VIC|Vic|SA|WA|TAS|Tas|NT|ACT) \d{4}(?![\p{L}\d])/gu,
  // United States: "KY 40601", "NY 10001-1234"
  /(?<![\p{L}\d])(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]) \d{5}(?:-\d{4})?(?![\p{L}\d])/gu,
];

/** The postal codes without the global flag, whose `lastIndex` would carry over from one test to the next. */
const POSTCODE_TESTS = POSTCODES.map((pattern) => new RegExp(pattern.source, 'u'));

/** Whether a text holds a postal code: a line with one is an address line. */
export const hasPostcode = (text: string): boolean => POSTCODE_TESTS.some((pattern) => pattern.test(text));
