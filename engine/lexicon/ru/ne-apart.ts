/**
 * Words that keep «не» apart from a full adjective or participle: a negation said on purpose, not
 * a word written in two. Lower case, ё as е.
 */

/** Right before «не»: an intensifier ("вовсе не новые"), a contrast ("а не новые"), a predicate ("это не новые"). */
export const NE_APART_BEFORE: ReadonlySet<string> = new Set([
  'далеко',
  'вовсе',
  'отнюдь',
  'ничуть',
  'нисколько',
  'совсем',
  'никогда',
  'нигде',
  'никак',
  'ничем',
  'никому',
  'никем',
  'ничему',
  'ни',
  'еще',
  'уже',
  'пока',
  'именно',
  'просто',
  'совершенно',
  'абсолютно',
  'явно',
  'точно',
  'ведь',
  'же',
  'а',
  'но',
  'или',
  'либо',
  'да',
  'это',
  'был',
  'была',
  'было',
  'были',
  'будет',
  'будут',
  'является',
  'являются',
]);

/** Right after «не»: words that negate a degree or a choice ("не самый", "не такой", "не единственный"). */
export const NE_APART_WORDS: ReadonlySet<string> = new Set([
  'самый',
  'самая',
  'самое',
  'самые',
  'самого',
  'самой',
  'самых',
  'самым',
  'самую',
  'самыми',
  'самому',
  'такой',
  'такая',
  'такое',
  'такие',
  'такого',
  'таких',
  'таким',
  'такую',
  'такими',
  'такому',
  'единственный',
  'единственная',
  'единственное',
  'единственные',
  'единственного',
  'единственной',
  'единственных',
  'единственным',
  'единственную',
  'последний',
  'последняя',
  'последнее',
  'последние',
  'последнего',
  'последней',
  'последних',
  'последним',
  'последнюю',
  'лишний',
  'лишняя',
  'лишнее',
  'лишние',
  'лишнего',
  'лишней',
  'лишних',
  'лишним',
  'лишнюю',
  'очень',
  'слишком',
  'столь',
  'всякий',
  'каждый',
  'любой',
  'весь',
  'другой',
  'иной',
]);

/** Anywhere in the sentence after «не»: a contrast or a second negation ("не новые, но надёжные", "не новые и не старые"). */
export const NE_APART_CONTRAST: ReadonlySet<string> = new Set(['а', 'но', 'зато', 'однако', 'хотя', 'лишь', 'только', 'не', 'ни', 'нет']);

/**
 * Predicates that «не» joins solid when nothing contrasts ("это невозможно"): a word written
 * apart with them is a slip ("это не возможно"), unlike "не нужно" or "не известно", written both ways.
 */
export const NE_SOLID_PREDICATES: ReadonlySet<string> = new Set(['возможно', 'возможен', 'возможна', 'возможны']);

/** Right before «не» with such a predicate: an intensifier or a contrast that keeps it apart ("отнюдь не возможно"). */
export const NE_PREDICATE_BEFORE: ReadonlySet<string> = new Set(['далеко', 'вовсе', 'отнюдь', 'ничуть', 'нисколько', 'никак', 'совсем', 'ни', 'а', 'но', 'или', 'либо', 'да']);
