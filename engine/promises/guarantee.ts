import type { TimeUnit } from '../profile/types';
import { isNegated, withoutIntensifyingNo } from '../text/negation';
import { clauseAround, eachSentence, makePromise, type SentenceView } from './common';
import { perPeriodAfter, readTimeAmount } from './time-amount';
import type { ExtractedPromise, Extractor } from './types';

/** A guarantee's length; `lifetime` for "пожизненная", "lifetime". */
export interface GuaranteeClaim {
  amount: number;
  unit: TimeUnit;
  lifetime?: boolean;
}

const CUE = /(?<!\p{L})(гаранти\p{L}*|warrant\p{L}*|guarantee\p{L}*)(?!\p{L})/giu;
const LIFETIME = /(?<!\p{L})(пожизненн\p{L}*|бессрочн\p{L}*|lifetime|for\s+life)(?!\p{L})/iu;
/** "не распространяется на…", "no warranty": a clause that denies rather than gives; "не более" still gives. */
const DENIED = /(?<!\p{L})(не(?!\s+(более|менее|больше|меньше))|нет|no|not|without)(?!\p{L})/iu;
const ADJECTIVE = /(?<![\p{L}\d])(\d+|[\p{L}]+)\s*-?\s*(летн\p{L}*|месячн\p{L}*|year|month)(?!\p{L})/iu;

function claimsIn(view: SentenceView): ExtractedPromise[] {
  const { text } = view;
  const found: ExtractedPromise[] = [];
  for (const cue of text.matchAll(CUE)) {
    const clause = clauseAround(text, cue.index, cue.index + cue[0].length);
    if (isNegated(text, cue.index, view.context.language)) continue;
    // "Гарантия на работу: 3 года" — the length follows the colon.
    const next = text[clause.end] === ':' ? clauseAround(text, clause.end + 1, clause.end + 1) : null;
    const scope = text.slice(clause.start, next ? next.end : clause.end);
    if (DENIED.test(withoutIntensifyingNo(scope))) continue;
    const lifetime = LIFETIME.exec(scope);
    if (lifetime) {
      found.push(makePromise(view, 'guarantee', { start: clause.start, end: clause.end }, { amount: 100, unit: 'year', lifetime: true } satisfies GuaranteeClaim));
      continue;
    }
    const claim = amountIn(scope);
    if (!claim) continue;
    const more = gappedClauses(view, clause.end);
    const own = more.length > 0 ? { topicIsOwn: true as const } : {};
    found.push({ ...makePromise(view, 'guarantee', { start: clause.start, end: clause.end }, claim), ...own }, ...more);
  }
  return found;
}

/** A clause that names what else the guarantee covers, its word left out: "…, на детали — 1 год", "…, on parts 90 days". */
const GAPPED = /^\s*(на|for|on)\s/iu;

/**
 * "гарантия на работу — 6 месяцев, на детали — до 1 года": the clauses after a guarantee's own
 * that start with what it covers and state a length are guarantees of their own, each about its
 * own words (so each is held against its own fact, not the sentence's).
 */
function gappedClauses(view: SentenceView, after: number): ExtractedPromise[] {
  const { text } = view;
  const found: ExtractedPromise[] = [];
  for (let at = after; at < text.length && /^[,;]/.test(text.slice(at)); ) {
    const from = at + 1 + /^\s*/.exec(text.slice(at + 1))![0].length;
    const clause = clauseAround(text, from, from);
    const words = text.slice(clause.start, clause.end);
    const claim = GAPPED.test(words) && !DENIED.test(words) ? amountIn(words) : null;
    if (!claim) break;
    found.push({ ...makePromise(view, 'guarantee', clause, claim), topicIsOwn: true });
    at = clause.end;
  }
  return found;
}

/** The first time amount of a clause: "на 10 лет", "— 10 лет", "2-year", "трёхлетняя". */
function amountIn(scope: string): GuaranteeClaim | null {
  for (let i = 0; i < scope.length; i++) {
    if (i > 0 && /[\p{L}\d]/u.test(scope[i - 1]!)) continue;
    const amount = /[\d\p{L}]/u.test(scope[i] ?? '') ? readTimeAmount(scope.slice(i)) : null;
    // "available 24 hours a day and we guarantee…": a rate of availability, not the guarantee's term.
    const rate = amount ? perPeriodAfter(scope.slice(i + amount.length)) : 0;
    if (rate > 0) {
      i += amount!.length + rate - 1;
      continue;
    }
    if (amount && /\d|^(од|дв|тр|чет|пят|шест|сем|вос|дев|дес|пол|one|two|three|four|five|six|seven|eight|nine|ten|a\s|half)/iu.test(scope.slice(i, i + 4))) {
      return { amount: amount.amount, unit: amount.unit };
    }
  }
  const adjective = ADJECTIVE.exec(scope);
  if (!adjective) return null;
  const amount = readTimeAmount(`${adjective[1]} ${/мес|month/i.test(adjective[2]!) ? 'месяцев' : 'лет'}`);
  return amount ? { amount: amount.amount, unit: amount.unit } : null;
}

/** Guarantees: "гарантия на импланты — 10 лет", "2-year warranty", "пожизненная гарантия". */
export const guaranteeExtractor: Extractor = {
  kind: 'guarantee',
  extract: (context) => eachSentence(context).flatMap(claimsIn),
};
