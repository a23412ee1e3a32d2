import type { Language } from '../profile/types';

/**
 * The words of unbacked claims, per language. Phrases are written as a reader would and match in
 * any inflection (stems); a bare stem of four letters or more also matches as a prefix.
 *
 * What counts: a claim that ranks the business above others or vouches for what cannot be
 * vouched for (the advertising law's "лучший", "самый", "№ 1", "единственный"; "the best",
 * "unbeatable"). What does not: praise without a comparison, a goal, advice on what to choose,
 * an amount of 100 %, and superlatives about anything but the offer ("самый трудоёмкий этап").
 */
export interface ClaimWords {
  /** Words that rank on their own. */
  rank: string[];
  /** Words that, right after a rank word, make it a manner of speaking ("лучший способ", "the best way"). */
  idiomsAfterRank: string[];
  /** Words that are spelt like a rank word but compare two options, not us with others ("лучше"). */
  notRank: string[];
  /** Set phrases that hold a rank word and rank nothing ("изменить к лучшему", "в лучшем случае", "all the best"). */
  idiomsWithRank: string[];
  /** Verbs of choosing or needing: "подберём лучший вариант", "a plan for the best treatment" help with a choice, not a claim about us. */
  choosing: string[];
  /** Words that make the next adjective a superlative ("самый", "most"). */
  superlativeMarkers: string[];
  /** Praise that a superlative marker turns into a claim ("самый современный", "the most experienced"). */
  praise: string[];
  /**
   * Praise that ranks one item of the offer against the others ("самые популярные блюда", "our most
   * popular cake"): a claim only when the business itself follows (see `firstOf`: "самый популярный салон").
   */
  praiseWithinOffer: string[];
  /** Comparisons with everyone else and absolute assurances ("лучше всех", "абсолютно безопасно"), as whole phrases. */
  wholePhrases: string[];
  /** "Первый" is a claim only about these ("первая клиника", "первый в городе"). */
  firstOf: string[];
  /** Words that rank only a business named right after them ("одна из ведущих компаний", "the largest clinic in town"), not a job or a thing ("ведущий специалист клиники"). */
  rankOfBusiness: string[];
  /** Words after "единственный" / "the only" that state a condition, not a rank ("единственное условие"). */
  notOnlyOf: string[];
  /** Words right after "100 %" that count an amount ("100 % предоплата"), not vouch for quality. */
  amounts: string[];
  /** Outcomes nobody can guarantee ("гарантированный результат", "guaranteed results"). */
  guaranteedOutcomes: string[];
  /** Words that frame what follows as an aim, not a fact ("наша цель — безупречное качество"). */
  aims: string[];
  /** "Один из лучших", "one of the best": the words before a rank that belong to the quote. */
  oneOf: string[];
  /** Past copulas, as written (their present forms share their stems): "театр считался одним из лучших" ranks something of the past. */
  pastRank: string[];
  /** Words of the business speaking of itself: with them a past rank is still its claim ("мы были лучшими"). */
  ourselves: string[];
  /** "No one", "никто": with a comparative or a "like us" after it, the business is set above everyone ("no one works harder"). */
  nobody: string[];
  /** Comparatives that, a few words after `nobody`, rank the business above all ("nobody does it better", "никто не сделает дешевле"). */
  nobodyComparatives: string[];
  /** "…that we have", "как у нас": what closes a comparison with everyone opened by `nobody`. */
  likeUs: string[];
  /** Words between `nobody` and the comparative that make it about the customer, not a rank ("no one likes to pay more"). */
  notARankAfterNobody: string[];
}

export const CLAIM_WORDS: Record<Language, ClaimWords> = {
  ru: {
    rank: ['лучший', 'наилучший', 'высочайший', 'наивысший', 'непревзойденный'],
    idiomsAfterRank: ['способ', 'метод', 'время', 'случае'],
    notRank: ['лучше'],
    idiomsWithRank: ['к лучшему', 'в лучшем случае', 'всего наилучшего', 'всего лучшего', 'с наилучшими пожеланиями'],
    choosing: ['прокладываем', 'проложим', 'выбрать', 'выберем', 'выбрали', 'подобрать', 'подберем', 'подбираем', 'найти', 'найдем', 'посоветуем', 'порекомендуем', 'подскажем', 'поможем', 'выбор',
      // a curated pick: "подборка лучших локаций" ranks what was picked, not the business
      'подборка', 'отобрали', 'отбираем'],
    superlativeMarkers: ['самый', 'самая', 'самое', 'самые', 'самого', 'самой', 'самую', 'самых', 'самым', 'самыми', 'самом', 'наиболее'],
    praise: [
      'современн', 'свеж', 'низк', 'выгодн', 'дешев', 'доступн', 'демократичн', 'быстр', 'надежн',
      'качествен', 'опытн', 'вкусн', 'сжат', 'удобн', 'комфортн', 'крупн', 'больш', 'широк', 'передов', 'квалифицирован', 'профессиональн', 'внимательн',
      'чист', 'уютн', 'красив', 'известн', 'безопасн', 'точн', 'честн', 'полн', 'высок', 'новейш', 'эффективн',
      'инновационн', 'оснащенн', 'технологичн', 'престижн', 'ответственн', 'заботлив', 'дружелюбн',
      'приятн', 'разнообразн', 'богат', 'лучш', 'крут', 'оптимальн', 'щедр', 'стильн',
      'модн', 'мощн', 'легк', 'достойн', 'уважаем', 'авторитетн', 'привлекательн', 'длительн', 'долг', 'щадящ', 'мягк', 'натуральн', 'экологичн', 'долговечн', 'прочн',
    ],
    praiseWithinOffer: ['популярный', 'востребованный', 'любимый', 'продаваемый', 'заказываемый'],
    wholePhrases: [
      'абсолютно безопасный', 'совершенно безопасный', 'полностью безопасный', 'абсолютно безвредный', 'без побочных эффектов',
      // a promise to undercut every rival: "мы перебьём любую цену"
      'перебьем любую цену', 'перебьем любое предложение', 'перебьем цену конкурентов',
      'лучше всех', 'лучше других', 'лучше конкурентов', 'ниже всех', 'дешевле всех', 'быстрее всех', 'выгоднее всех',
      'дешевле чем у конкурентов', 'ниже чем у конкурентов', 'дешевле чем в других', 'ниже чем в других',
      'выгодно отличается от', 'выгодно отличаются от', 'лидер рынка', 'лидер отрасли', 'вне конкуренции', 'не имеет аналогов', 'нет аналогов', 'без аналогов',
      // prices set against the whole market, leadership with no rival named
      'ниже рыночных', 'ниже рыночной', 'ниже рынка', 'ниже среднерыночных', 'ниже средней стоимости', 'ниже средних', 'безоговорочный лидер', 'безусловный лидер', 'признанный лидер',
    ],
    firstOf: [
      'клиника', 'центр', 'сервис', 'компания', 'салон', 'магазин', 'ресторан', 'кофейня', 'клуб', 'производитель',
      'бренд', 'сеть', 'ателье', 'мастерская', 'студия', 'школа', 'агентство', 'автосервис', 'отель', 'гостиница', 'хостел', 'в россии', 'в москве', 'в петербурге', 'в городе', 'в стране', 'в мире', 'в регионе', 'в области',
    ],
    rankOfBusiness: ['ведущий'],
    notOnlyOf: ['что', 'вариант', 'выход', 'решение', 'условие', 'требование', 'исключение', 'ограничение', 'способ', 'документ', 'минус', 'плюс', 'недостаток', 'преимущество', 'отличие', 'день', 'месяц', 'обязательство', 'плата', 'платеж', 'расход', 'доплата',
      // "в единственном числе": one, not the only one of its kind.
      'число'],
    amounts: [
      'предоплата', 'оплата', 'скидка', 'возврат', 'компенсация', 'гарантия', 'гарантирован', 'ответственность',
      'кэшбэк', 'кешбэк', 'стоимость', 'сумма', 'залог', 'депозит', 'страховка', 'покрытие', 'возмещение',
    ],
    guaranteedOutcomes: ['результат', 'эффект', 'без боли', 'успех', 'излечение', 'похудение', 'выздоровление', 'попадание'],
    aims: ['цель', 'целью', 'стремимся', 'стремиться', 'стремится', 'стараемся', 'постараемся', 'задача', 'мечтаем', 'мечтает', 'хотим', 'хочет', 'хочу', 'хочешь', 'хотите', 'хотят', 'стать', 'готовы сделать',
      // what the customer works towards: "позволяет ученикам добиваться лучших результатов"
      'добиваться', 'добиться', 'достигать', 'достичь'],
    oneOf: ['один из', 'одна из', 'одно из', 'одни из', 'одного из', 'одной из', 'одну из', 'одним из', 'одними из', 'одном из'],
    pastRank: ['считался', 'считалась', 'считалось', 'считались', 'был', 'была', 'было', 'были', 'являлся', 'являлась', 'являлось', 'являлись', 'слыл', 'слыла', 'славился', 'славилась'],
    ourselves: ['мы', 'нас', 'нам', 'нами', 'наш', 'наша', 'наше', 'наши', 'нашего', 'нашей', 'нашим', 'нашими', 'наших', 'нашу', 'нашем'],
    nobody: ['никто'],
    nobodyComparatives: ['лучше', 'дешевле', 'быстрее', 'качественнее', 'внимательнее', 'надежнее', 'выгоднее'],
    likeUs: ['как мы', 'как у нас', 'чем мы', 'чем у нас'],
    notARankAfterNobody: ['хочет', 'любит', 'должен', 'обязан', 'платит', 'заплатит', 'переплачивать', 'переплатит', 'ждать', 'ждет'],
  },
  en: {
    rank: [
      'the best', 'the very best', 'best-in-class', 'the finest', 'the highest quality', 'the highest standard', 'the highest level',
      'the lowest price', 'lowest prices', 'the lowest rates', 'cheapest', 'unbeatable',
      'unmatched', 'unrivalled', 'unrivaled', 'unparalleled', 'unsurpassed', 'world-class', 'industry-leading',
      'market-leading', 'the pinnacle', 'number one',
    ],
    // "wants the best for you": what suits the reader, not a rank among businesses.
    // "the best method … is to call", "the best dates get booked": a manner or a moment, not a rank.
    idiomsAfterRank: ['for you', 'way', 'ways', 'method', 'methods', 'approach', 'time', 'times', 'dates', 'days', 'season', 'months', 'part', 'thing', 'things', 'of luck', 'of the', 'of both', 'before', 'regards', 'wishes', 'chance', 'chances', 'possible', 'option', 'options', 'interest', 'interests'],
    notRank: [],
    idiomsWithRank: ['all the best', 'at the best of times', 'the best is yet to come'],
    choosing: ['choose', 'choosing', 'find', 'finding', 'select', 'selecting', 'ensure', 'ensuring', 'determine', 'recommend', 'advise', 'help', 'pick', 'plan', 'need', 'needs', 'selection of', 'handpicked'],
    superlativeMarkers: ['most'],
    praise: [
      'professional', 'experienced', 'reliable', 'trusted', 'trustworthy', 'affordable', 'competitive', 'comprehensive',
      'advanced', 'modern', 'qualified', 'skilled', 'delicious', 'comfortable', 'luxurious', 'beautiful', 'friendly',
      'efficient', 'innovative', 'respected', 'reputable', 'knowledgeable', 'dedicated', 'caring', 'convenient',
      'effective', 'exclusive', 'prestigious', 'stylish', 'talented', 'up-to-date', 'cutting-edge', 'welcoming',
      'relaxing', 'thorough', 'attentive', 'authentic', 'delightful', 'famous', 'award-winning',
      'honest', 'dependable', 'creative', 'durable', 'complete', 'extensive',
    ],
    praiseWithinOffer: ['popular', 'requested', 'loved', 'sought-after', 'in-demand'],
    wholePhrases: [
      'absolutely safe', 'completely safe', 'totally safe', 'no side effects', "can't match", 'cannot match', 'can not match',
      'no one can match', 'nobody can match', 'than most', 'than any other', 'better than anyone', 'better than anybody', 'better than any', 'better than the rest', 'better than the competition',
      'better than our competitors', 'cheaper than anyone', 'cheaper than any', 'second to none', 'market leader',
      'industry leader', 'leader in the industry', 'no one else', 'nobody else', 'like no other', 'the best of the best',
      // a promise to undercut every rival: "we'll beat any quote", "we match any price"
      'beat any quote', 'beat any price', 'beat any other quote', 'beat any other price', 'beat any competitor', 'match any price', 'match any quote',
      "won't find better", 'will not find better', "can't find better", 'cannot find better', 'below market', 'lower than market',
      // "best in" ranks only among others of a place or a field: a horse "goes best in a snaffle".
      'best in town', 'best in the city', 'best in the area', 'best in the region', 'best in the state', 'best in the country', 'best in the world',
      'best in class', 'best in the business', 'best in the industry', 'best in the trade',
    ],
    firstOf: ['clinic', 'salon', 'bakery', 'shop', 'company', 'restaurant', 'cafe', 'studio', 'school', 'agency', 'garage', 'store', 'hotel', 'in the city', 'in town', 'in the country', 'in the world'],
    rankOfBusiness: ['leading', 'largest', 'biggest'],
    notOnlyOf: [
      'thing', 'things', 'way', 'option', 'options', 'solution', 'choice', 'alternative', 'one', 'time', 'times', 'requirement', 'condition', 'exception', 'difference', 'day', 'days', 'month', 'months', 'week', 'weeks', 'downside', 'drawback',
      // the terms of a contract: "the only expressed warranty", "the only fee"
      'expressed', 'express', 'implied', 'warranty', 'warranties', 'obligation', 'obligations', 'liability', 'remedy', 'fee', 'fees', 'charge', 'charges', 'cost', 'costs',
    ],
    amounts: ['deposit', 'refund', 'payment', 'prepayment', 'discount', 'off', 'guaranteed', 'guarantee', 'cashback', 'of', 'upfront', 'cover', 'coverage'],
    guaranteedOutcomes: ['result', 'results', 'success', 'satisfaction', 'weight loss', 'cure'],
    aims: ['aim', 'aims', 'goal', 'goals', 'strive', 'strives', 'aspire', 'mission', 'try', 'endeavour', 'endeavor', 'wants to', 'to become'],
    oneOf: ['one of'],
    pastRank: ['was', 'were'],
    ourselves: ['we', 'us', 'our', 'ours', "we're", "we've"],
    nobody: ['no one', 'no-one', 'nobody'],
    nobodyComparatives: ['harder', 'better', 'more', 'cheaper', 'faster'],
    likeUs: ['that we have', 'that we do', 'like we do', 'as we do', 'than we do', 'than us', 'like us'],
    notARankAfterNobody: ['want', 'wants', 'like', 'likes', 'enjoy', 'enjoys', 'need', 'needs', 'should', 'must', 'deserve', 'deserves', 'wish', 'wishes', 'expect', 'expects', 'pay', 'pays', 'wait', 'waits', 'spend', 'spends', 'has to', 'have to', 'ever'],
  },
};
