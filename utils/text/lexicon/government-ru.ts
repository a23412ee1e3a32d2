/**
 * The cases each Russian preposition governs, in OpenCorpora's grammemes (gen2, loc2 and acc2 are
 * the second genitive, locative and accusative: "чашка чаю", "в лесу", "в люди"). A word right
 * after a preposition that can be none of them is an error ("у ваш автомобиль").
 */
export const PREPOSITION_CASES: Record<string, readonly string[]> = {
  без: ['gent', 'gen2'], безо: ['gent', 'gen2'], для: ['gent', 'gen2'], до: ['gent', 'gen2'], из: ['gent', 'gen2'], изо: ['gent', 'gen2'],
  от: ['gent', 'gen2'], ото: ['gent', 'gen2'], у: ['gent', 'gen2'], после: ['gent'], кроме: ['gent'], среди: ['gent'], вместо: ['gent'],
  // "вокруг", "мимо", "около", "напротив" are adverbs as often ("а у нас вокруг одни…") and stay out.
  к: ['datv'], ко: ['datv'], благодаря: ['datv'], согласно: ['datv'], вопреки: ['datv'],
  по: ['datv', 'accs', 'loct'],
  в: ['accs', 'acc2', 'loct', 'loc2'], во: ['accs', 'acc2', 'loct', 'loc2'], на: ['accs', 'loct', 'loc2'],
  о: ['loct', 'accs'], об: ['loct', 'accs'], обо: ['loct', 'accs'], при: ['loct'],
  с: ['gent', 'gen2', 'ablt', 'accs'], со: ['gent', 'gen2', 'ablt', 'accs'],
  за: ['accs', 'ablt'], под: ['accs', 'ablt'], подо: ['accs', 'ablt'], над: ['ablt'], надо: ['ablt'], перед: ['ablt'], передо: ['ablt'],
  между: ['ablt', 'gent'], через: ['accs'], про: ['accs'], сквозь: ['accs'],
};

/** Cases as OpenCorpora tags them; the second genitive and locative count as the first. */
export const CASES = ['nomn', 'gent', 'gen2', 'datv', 'accs', 'acc2', 'ablt', 'loct', 'loc2', 'voct'] as const;
export const SAME_CASE: Record<string, string> = { gen2: 'gent', loc2: 'loct', acc2: 'accs', gen1: 'gent', loc1: 'loct' };

/** Gerunds that serve as prepositions or set phrases and need no doer ("Учитывая сроки, цена будет снижена"). */
export const PREPOSITIONAL_GERUNDS: ReadonlySet<string> = new Set([
  'благодаря', 'включая', 'исключая', 'начиная', 'несмотря', 'невзирая', 'судя', 'учитывая', 'исходя', 'спустя', 'погодя', 'смотря',
  'кончая', 'заканчивая', 'считая', 'говоря', 'помимо', 'зависимо', 'сравнивая', 'предполагая', 'принимая',
]);

/** Verbs used without a subject before an infinitive ("которые следует загрузить", "которые предстоит решить"). */
export const IMPERSONAL_VERBS: ReadonlySet<string> = new Set([
  'следует', 'следовало', 'стоит', 'стоило', 'предстоит', 'предстояло', 'удаётся', 'удается', 'удалось', 'приходится', 'пришлось',
  'придётся', 'придется', 'требуется', 'требовалось', 'хочется', 'хотелось', 'остаётся', 'остается', 'оставалось', 'доводится', 'довелось',
]);
