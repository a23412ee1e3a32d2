import type { Language } from '../profile/types';
import { words } from '../text/segment';
import { eachSentence, isQuestion, mentionsAny, sentencePromise } from './common';
import { findProfilePhrases } from './profile-phrases';
import type { ExtractContext, ExtractedPromise, Extractor } from './types';

/** The phrase that breaks a policy, and the policy fact it breaks. */
export interface PolicyClaim {
  phrase: string;
  factId: string;
}

/** A term the material states (check-in time, deposit, cancellation notice…); no fact names it. */
export interface TermClaim {
  term: string;
}

/**
 * Words that make a sentence a term of business: when, how and on what condition a client is
 * served, what is paid up front, what is allowed and what is not, and commitments without a
 * length ("мы гарантируем, что смета не изменится").
 */
const TERM_CUES: Record<Language, string[]> = {
  ru: [
    'оплат', 'предоплат', 'депозит', 'залог', 'возраст', 'стаж', 'запрещ', 'разрешается', 'допускается', 'не допускается',
    'обязательн', 'необходим', 'требовани', 'требуется', 'не является офертой', 'заключаем договор', 'в договоре', 'по договору', 'гарантируем', 'гарантия того',
    'скрыт', 'фиксирован', 'соблюдаем срок', 'не срываем срок', 'не увеличиваем', 'перерасчет', 'ндс', 'паспорт',
    'водительское удостоверение', 'застрахован', 'брон', 'лимит пробега', 'заказы принимаются', 'принимаем', 'при условии', 'только без', 'только частное', 'только по',
    'самостоятельно', 'не предоставляются', 'не даем', 'не нужен', 'вернем', 'возврат денег', 'отмен',
    'заезд', 'выезд за пределы', 'курение', 'не курят', 'третьим лицам',
    // A guarantee with no length ("Гарантия на работы и запчасти", "выдаётся гарантийный талон") is a term.
    'гаранти',
    'договор', 'при клиенте', 'оригинальн', 'одноразов', 'дезинфе', 'стерилиз', 'по индивидуальному графику', 'не используется', 'без дополнительного',
    // Commitments that name no guarantee: the time kept, the price fixed, the goods kept whole.
    'строго в установленное', 'в установленное время', 'не изменится', 'в целостности', 'в сохранности', 'не потеряется', 'не повредится', 'всегда предупреждаем',
    // How a price is set and paid, and how far ahead to come.
    'рассчитывается индивидуально', 'индивидуально с каждым', 'оговаривается', 'наличными', 'наличный', 'наличные', 'наличной', 'безналичн', 'не менее чем за',
    'раз в неделю', 'раза в неделю', 'раз в месяц', 'раза в месяц', 'раз в год', 'раза в год',
    'без наркоза', 'противопоказани', 'входит в стоимость', 'входят в стоимость', 'войдет в стоимость', 'войдёт в стоимость',
  ],
  en: [
    'check in', 'check-in', 'check out', 'check-out', 'cancel', 'notice', 'minimum stay', 'night minimum', 'deposit', 'prepay',
    'payment', 'credit card', 'required', 'require', 'smoke-free', 'no smoking', 'non-smoking', 'responsible', 'licensed',
    'insured', 'policy', 'we guarantee', 'refund', 'money back', 'valid for', 'occupancy', 'minimum age', 'at least',
    'must', 'not permitted', 'not allowed', 'child friendly', 'pets', 'requirements', 'we only use', 'we clean',
    'warranty', 'warranties', 'guarantee', 'guaranteed',
    'liable', 'liability', 'reserves the right', 'vat', 'will be accepted', 'in writing', 'your data', 'card details', 'prohibited',
    'billed', 'direct debit', 'minimum', 'checking out', 'checking in', 'allergen',
  ],
};

const MIN_TERM_WORDS = 3;

/** Sentences that state a term: quoted whole, since a term reads only as its sentence. */
function termsIn(context: ExtractContext): ExtractedPromise[] {
  return eachSentence(context).flatMap((view) => {
    if (isQuestion(view.text) || !mentionsAny(view.text, TERM_CUES[context.language])) return [];
    // "Способы оплаты", "Privacy Policy": a heading names a subject, it states no term — unless it
    // exclaims, as a slogan does ("Гарантия соблюдения сроков!").
    if ((/^h[1-6]$/.test(view.block.tag ?? '') && !/!\s*$/.test(view.text)) || words(view.text, context.language).length < MIN_TERM_WORDS) return [];
    return [sentencePromise(view, 'policy', { term: view.text.trim() } satisfies TermClaim)];
  });
}

function breakersIn(context: ExtractContext): ExtractedPromise[] {
  return findProfilePhrases(
    context,
    'policy',
    (context.profile?.facts ?? []).flatMap((fact) =>
      fact.kind === 'policy' ? fact.contradictedBy.map((phrase) => ({ phrase, value: { phrase, factId: fact.id } satisfies PolicyClaim })) : [],
    ),
    1,
  );
}

/**
 * Policies: the `contradictedBy` phrases of the profile's policies, in any inflection (the checks
 * judge these), and the terms the material states in other sentences (an inventory: they name no fact).
 */
export const policyExtractor: Extractor = {
  kind: 'policy',
  extract: (context) => {
    const breakers = breakersIn(context);
    const judged = new Set(breakers.map((p) => `${p.sentence.block}:${p.sentence.start}`));
    return [...breakers, ...termsIn(context).filter((p) => !judged.has(`${p.sentence.block}:${p.sentence.start}`))];
  },
};
