/**
 * Words the promise extractors read in Russian, as phrases for engine/lexicon/compile.ts (`*` any
 * ending, `[word]` optional, `~` space or hyphen, «ё» also «е»). The same names in ../en/promises.ts.
 */
import type { WordList } from '../compile';

/** What gives a thing at no cost: «бесплатно», «за наш счёт», «входит в стоимость». */
export const FREE: WordList = [
  'бесплатн*',
  'безвозмездн*',
  'даром',
  'за наш счёт',
  'без доплат*',
  'без оплаты',
  'включ* в стоимость',
  'включ* в цену',
  'входит в стоимость',
  'входит в цену',
  'входят в стоимость',
  'входят в цену',
];

/** Words that make a list of days or a time about opening: «работаем», «открыты», «приём». */
export const OPENING_CUES: WordList = ['работа*', 'откры*', 'приём*', 'принима*', 'ждём', 'часы', 'график', 'режим'];

/** Channels that answer while the doors are shut, and services of others: their hours are not the opening hours. */
export const REMOTE_CHANNELS: WordList = [
  'онлайн*',
  'на сайте',
  'через сайт',
  'в приложени*',
  'чат*',
  'мессенджер*',
  'телеграм*',
  'поддержк*',
  'горяч* лини*',
  'колл-центр*',
  'неотложн*',
  'экстренн*',
  'дежурн*',
  'скор* помощ*',
];

/** Words before a length that promise it: «за 15 минут», «в течение часа», «займёт 2 дня». */
export const DURATION_CUES: WordList = [
  'менее чем за',
  'меньше чем за',
  'за',
  'в течение',
  'в течении',
  'через',
  'в пределах',
  'на протяжении',
  'в ближайш*',
  'не более',
  'не больше',
  'не дольше',
  'до',
  'занима*',
  'займёт',
  'длится',
  'составля*',
  'составит',
  'уйдёт',
  'уходит',
];

/** Words between such a cue and its length: «за всего 15 минут», «около часа». */
export const DURATION_HEDGES: WordList = ['всего', 'лишь', 'около', 'примерно'];

/** Words that promise no wait at all: «мгновенно», «в тот же день», «не придётся ждать». */
export const NO_WAIT: WordList = {
  phrases: [
    'мгновенно',
    'моментально',
    'немедленно',
    'сразу',
    'тут же',
    'не выходя из',
    'в тот же день',
    'в этот же день',
    'в день обращения',
    'в день заявки',
    'в день заказа',
    'в день звонка',
    'в день поступления заявки',
    'в день поступления заказа',
    'в день поступления звонка',
    'день в день',
    'за считанные минуты',
    'без ожидания',
    'не придётся ждать',
    'не нужно ждать',
    'не надо ждать',
  ],
  // «сразу после оплаты» says when, not how fast
  except: ['сразу после'],
};

/** What follows «ждать …» to say there is no wait: «ждать вам не придётся». */
export const NO_NEED: WordList = ['придётся', 'нужно', 'надо'];

/** A result by the next day: «на следующий день», «назавтра». */
export const NEXT_DAY: WordList = ['на следующий день', 'на следующие сутки', 'на другой день', 'назавтра', 'к завтрашнему дню'];
/** «сегодня заявка — завтра доставка»: one step today, the next tomorrow. */
export const TODAY: WordList = ['сегодня'];
export const TOMORROW: WordList = ['завтра'];

/** Collecting toward a reward: «собери 6 наклеек». */
export const COLLECT: WordList = ['собери', 'соберите', 'накопи', 'накопите'];
/** What is collected: stamps, stickers, marks. */
export const STAMPS: WordList = ['штамп*', 'наклеек', 'наклейк*', 'марок', 'отмет*', 'печат*'];
/** What the collected stamps bring: «в подарок», «бесплатно». */
export const AS_A_GIFT: WordList = ['в подарок', 'бесплатн*'];

/** Words before a sum that is no price: a discount, a saving, a fine, a salary. */
export const NOT_A_PRICE: WordList = ['скидк*', 'экономи*', 'выгод*', 'сэконом*', 'бонус*', 'кешб*', 'кэшб*', 'штраф*', 'зарплат*', 'доход*'];
/** What may stand between such a word and its sum: «скидка до 500 ₽». */
export const NOT_A_PRICE_LINKS: WordList = ['до', 'в', 'на'];

/** How the business's own answer to a question opens (FAQ): yes or no, written as the page writes it. */
export const ANSWER_YES: WordList = ['да', 'конечно', 'разумеется', 'безусловно', 'естественно'];
export const ANSWER_NO: WordList = ['нет', 'к сожалению'];
