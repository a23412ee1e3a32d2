import type { Language } from '../profile/types';
import { foldForCompare } from '../text/normalise';
import { stem } from '../text/stems';

const ADJECTIVE_ENDINGS = /(ая|яя|ый|ий|ой|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ым|им|ом|ем|ых|их|ыми|ими|ою|ею)$/;
/** Case endings by the ending of the word's own form: "Улыбк-а" takes -и, -е, -у, -ой, never -о. */
const CASE_ENDINGS: [RegExp, RegExp][] = [
  [/^[ая]$/, /^(а|я|ы|и|е|у|ю|ой|ей|ою|ею|ам|ям|ами|ями|ах|ях)$/],
  [/^[оеё]$/, /^(о|е|ё|а|я|у|ю|ом|ем|ём|и|ы|ам|ям|ами|ями|ах|ях)$/],
  [/^[ьй]?$/, /^(|ь|й|а|я|у|ю|е|ом|ем|ём|ы|и|ов|ев|ей|ам|ям|ами|ями|ах|ях|ью)$/],
];
const ANY_CASE_ENDING = /^(|а|я|у|ю|е|и|ы|о|ой|ей|ом|ем|ам|ям|ами|ями|ах|ях|ов|ев|ью|ие|ия|ию|ии|ием|иям|иях)$/;

function caseEndingsOf(ending: string): RegExp {
  return CASE_ENDINGS.find(([own]) => own.test(ending))?.[1] ?? ANY_CASE_ENDING;
}

/**
 * Whether `word` is `canonical` in another case or number: "Садовой" of "Садовая", "Никитской"
 * of "Никитская", "Атлета" of "Атлет" — but not "Садова" (a letter lost), "Атлетик" nor
 * "Улыбко" (no case of "Улыбка" ends so).
 */
export function isInflectionOf(word: string, canonical: string, language: Language): boolean {
  const w = foldForCompare(word);
  const c = foldForCompare(canonical);
  if (w === c) return true;
  // "Ростове-на-Дону", "Петропавловске-Камчатском": each part of a hyphenated name takes its own case.
  const [wordParts, canonicalParts] = [w.split('-'), c.split('-')];
  if (canonicalParts.length > 1 && wordParts.length === canonicalParts.length) {
    return wordParts.every((part, k) => part === canonicalParts[k] || isInflectionOf(part, canonicalParts[k]!, language));
  }
  // English names take only a possessive or a plural; folding writes the apostrophe as '"'.
  if (!/[\u0400-\u04ff]/.test(c)) return language === 'en' && (withoutPossessive(w) === c || w === `${c}s` || withoutPossessive(c) === w);
  const stemmed = stem(c, 'ru');
  if (ADJECTIVE_ENDINGS.test(c)) return w.startsWith(stemmed) && stem(w, 'ru') === stemmed && ADJECTIVE_ENDINGS.test(w) && w.length - stemmed.length <= 3;
  // Snowball sometimes cuts a name past its ending ("Светлана" → "светла"): the word less its
  // final vowel is the other stem to try ("светлан" + "ы").
  return [stemmed, c.replace(/[аяоеёьй]$/, '')].some((base) => isNounFormOf(w, c, base));
}

const withoutPossessive = (folded: string) => folded.replace(/"s$/, '');

function isNounFormOf(w: string, c: string, stemmed: string): boolean {
  if (!w.startsWith(stemmed)) return false;
  // "Здоровье", "Илья", "Мария": the ь or и before the vowel stays in every form (здоровья,
  // Ильёй, Марии), so "Здоровя" or "Маря" is a letter lost, not another case.
  const kept = /^[ьи](?=[аяеёиоуюы]$)/.exec(c.slice(stemmed.length))?.[0] ?? '';
  const ending = w.slice(stemmed.length);
  // A bare stem is a form only of a word that is its stem ("Атлет"); "Улыбк" lost its letter.
  if (ending === '' && c !== stemmed) return false;
  return ending.startsWith(kept) && caseEndingsOf(c.slice(stemmed.length + kept.length)).test(ending.slice(kept.length));
}
