import type { Block, Material } from '../material/types';
import { findDomains, findEmails, findPhones } from '../names/contacts';
import type { Language } from '../profile/types';
import { SUPPLEMENT_EN, SUPPLEMENT_RU } from '../spelling/supplement';
import { quickSuggestion } from '../spelling/quick-suggest';
import { isKnownForm } from '../spelling/word-forms';
import type { SpellChecker } from '../spelling/types';
import { editDistance } from '../text/distance';
import { languageOfWord, phraseLanguage, scriptOf } from '../text/language';
import { foldForCompare } from '../text/normalise';
import { sentences, words, type WordToken } from '../text/segment';
import { stem } from '../text/stems';
import type { Check, CheckContext, DraftFinding } from './types';

/** Hunspell's own suggestions cost ~100 ms a word: only so many per report. */
const MAX_SUGGESTED = 30;

const T = {
  ru: (word: string, suggestion?: string) => `Возможная опечатка: «${word}»${suggestion ? ` — вероятно, «${suggestion}»` : ''}.`,
  en: (word: string, suggestion?: string) => `Possible typo: "${word}"${suggestion ? ` — probably "${suggestion}"` : ''}.`,
};

/** Words never checked: the profile's, the user's, the supplement, by stem so every form passes. */
function acceptedStems(context: CheckContext): Set<string> {
  const { profile } = context;
  const accepted = [
    ...(profile.glossary?.words ?? []),
    ...(profile.names ?? []).flatMap((n) => [n.canonical, ...(n.variants ?? [])]),
    ...(profile.wrongNames ?? []).map((w) => w.text),
    ...(context.userWords ?? []),
    ...SUPPLEMENT_RU,
    ...SUPPLEMENT_EN,
    profile.name,
  ];
  const stems = new Set<string>();
  for (const text of accepted) {
    for (const word of words(text, phraseLanguage(text))) {
      stems.add(foldForCompare(word.text));
      stems.add(stem(word.text, languageOfWord(word.text, 'ru')));
    }
  }
  return stems;
}

function isAccepted(word: string, language: Language, accepted: Set<string>): boolean {
  return accepted.has(foldForCompare(word)) || accepted.has(stem(word, language));
}

/** Ranges of a block that are not prose: URLs, e-mails, phones. */
function codeRanges(text: string): { start: number; end: number }[] {
  return [...findDomains(text), ...findEmails(text), ...findPhones(text)];
}

/** A word worth a dictionary look-up: prose letters of one script, not an abbreviation or code. */
function isCheckable(word: WordToken, sentenceStarts: Set<number>): boolean {
  const w = word.text;
  if (w.length < 3 || /\d/.test(w) || /[_@.]/.test(w) || scriptOf(w) === 'mixed' || scriptOf(w) === 'none') return false;
  if (w === w.toUpperCase()) return false;
  // A capital letter inside a sentence marks a proper name: dictionaries do not know most of them.
  if (/^\p{Lu}/u.test(w) && !sentenceStarts.has(word.start)) return false;
  return !/\p{Lu}/u.test(w.slice(1));
}

/** Prefixes written with a hyphen that are not words of their own: "pre-order", "self-service", "экс-чемпион". */
const COMPOUND_PREFIX = /^(pre|re|co|non|self|anti|multi|post|semi|sub|mid|ex|eco|mini|micro|экс|вице|мини|макси|супер|мега|эко|медиа|пол)$/i;

async function isKnown(word: string, language: Language, checker: SpellChecker, accepted: Set<string>): Promise<boolean> {
  if (isAccepted(word, language, accepted) || (await checker.correct(word, language))) return true;
  const lower = word.toLowerCase();
  if (lower !== word && (await checker.correct(lower, language))) return true;
  if (word.includes('-')) {
    const parts = word.split('-').filter(Boolean);
    const known = await Promise.all(parts.map((part, i) => part.length < 3 || (i === 0 && COMPOUND_PREFIX.test(part)) || isKnown(part, language, checker, accepted)));
    return known.every(Boolean);
  }
  if (/ё/i.test(word) && (await checker.correct(word.replace(/ё/g, 'е').replace(/Ё/g, 'Е'), language))) return true;
  return isKnownForm(word, language, (form) => checker.correct(form, language));
}

interface Diagnosis {
  typo: boolean;
  suggestion?: string;
}

/**
 * What a word the dictionary rejects most likely is: the nearest single-edit correction when
 * there is one (cheap); else Hunspell's suggestions (costly, so only so many per report), which
 * also tell a compound the dictionary lacks ("голографичности" → "голо графичности") from a typo.
 */
async function diagnose(word: string, language: Language, checker: SpellChecker, accepted: Set<string>, budget: { left: number }): Promise<Diagnosis> {
  if (word.includes('-')) return diagnoseCompound(word, language, checker, accepted, budget);
  const quick = await quickSuggestion(word, language, async (candidate) => isAccepted(candidate, language, accepted) || (await checker.correct(candidate, language)));
  if (quick) return { typo: true, suggestion: quick };
  if (budget.left-- <= 0) return { typo: true };
  const folded = foldForCompare(word);
  const suggestions = await checker.suggest(word, language);
  // A compound joined by a linking о/е ("голо|графичности") is a word the dictionary lacks; two
  // words run together ("очень|продвинутого", "какбудто") are a typo.
  const isCompound = (s: string) => {
    const parts = foldForCompare(s).split(/[\s-]/);
    return parts.length === 2 && parts.join('') === folded.replace(/-/g, '') && parts.every((part) => part.length >= 4) && /[ое]$/.test(parts[0]!);
  };
  if (suggestions.some(isCompound)) return { typo: false };
  const suggestion = suggestions.find((s) => !s.includes(' ') && editDistance(foldForCompare(s), folded, 2) <= 2) ?? suggestions[0];
  return { typo: true, ...(suggestion ? { suggestion } : {}) };
}

/** "фитнесс-клубе": only the misspelt part is corrected, the rest of the compound stays. */
async function diagnoseCompound(word: string, language: Language, checker: SpellChecker, accepted: Set<string>, budget: { left: number }): Promise<Diagnosis> {
  let typo = false;
  const fixed: string[] = [];
  for (const part of word.split('-')) {
    const diagnosis = part.length < 3 || (await isKnown(part, language, checker, accepted)) ? null : await diagnose(part, language, checker, accepted, budget);
    typo ||= diagnosis?.typo === true;
    fixed.push(diagnosis?.typo && diagnosis.suggestion ? diagnosis.suggestion : part);
  }
  const suggestion = fixed.join('-');
  return typo ? { typo, ...(suggestion !== word ? { suggestion } : {}) } : { typo: false };
}

/** A hashtag or a handle ("#зож", "@atlet_club") is a label, not prose. */
const isTag = (text: string, start: number) => /[#@]/.test(text[start - 1] ?? '');

async function checkBlock(block: Block, material: Material, context: CheckContext, accepted: Set<string>, budget: { left: number }): Promise<DraftFinding[]> {
  const checker = context.spellChecker!;
  const skip = codeRanges(block.text);
  const starts = new Set(sentences(block.text, material.language).map((s) => s.start));
  const findings: DraftFinding[] = [];
  for (const word of words(block.text, material.language)) {
    if (!isCheckable(word, starts) || isTag(block.text, word.start) || skip.some((r) => r.start <= word.start && word.start < r.end)) continue;
    const language = languageOfWord(word.text, material.language);
    if (await isKnown(word.text, language, checker, accepted)) continue;
    const { typo, suggestion } = await diagnose(word.text, language, checker, accepted, budget);
    if (!typo) continue;
    findings.push({
      check: 'spelling',
      severity: 'warning',
      quote: word.text,
      location: { block: block.index, start: word.start, end: word.end },
      message: T[context.language](word.text, suggestion),
      ...(suggestion ? { suggestion } : {}),
      material,
    });
  }
  return findings;
}

/** Dictionary spelling in the language of each word's script; the profile's own words always pass. */
async function run(context: CheckContext): Promise<{ findings: DraftFinding[] }> {
  if (!context.spellChecker) return { findings: [] };
  const accepted = acceptedStems(context);
  const budget = { left: MAX_SUGGESTED };
  const findings: DraftFinding[] = [];
  for (const { material } of context.materials) {
    for (const block of material.blocks) findings.push(...(await checkBlock(block, material, context, accepted, budget)));
  }
  return { findings };
}

export const spellingCheck: Check = { id: 'spelling', run };
