/**
 * Words the promise extractors read in English, as phrases for engine/lexicon/compile.ts (`*` any
 * ending, `[word]` optional, `~` space or hyphen). The same names in ../ru/promises.ts.
 */
import type { WordList } from '../compile';

/** What gives a thing at no cost: "free of charge", "complimentary", "on the house". */
export const FREE: WordList = {
  phrases: [
    'free [of charge]',
    'for free',
    'complimentary',
    'at no [extra|additional] cost',
    'at no [extra|additional] charge',
    'no~charge',
    'included in the price',
    'included in the rate',
    'included in the cost',
    'on the house',
    'gratis',
  ],
  // "free-flowing", "free-standing": a compound, not a price
  except: ['free-'],
};

/** Words that make a list of days or a time about opening: "open", "serving", "call us". */
export const OPENING_CUES: WordList = ['open*', 'close', 'closes', "we're in", 'were in', 'serving', 'accepting', 'call us'];

/** Counts before "hours" that make it a length ("two hours", "extra hours"), not the opening hours. */
export const COUNTS_BEFORE_HOURS: WordList = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'few', 'several', 'many', 'more', 'extra', 'additional'];

/** Channels that answer while the doors are shut, and services of others (the NHS out of hours). */
export const REMOTE_CHANNELS: WordList = [
  'online',
  'website',
  'app',
  'chat',
  'support',
  'hotline',
  'helpline',
  'call centre',
  'call center',
  'emergenc*',
  'out~of~hours',
  'after~hours line',
  'after~hours number',
  'after~hours service',
  'nhs',
];

/** Words before a length that promise it: "within 2 hours", "a turnaround time of 24 hours", "allow about an hour". */
export const DURATION_CUES: WordList = [
  'turnaround [time] of',
  'turn-around [time] of',
  'lead time of',
  'waiting time of',
  'wait time of',
  'processing time of',
  'delivery time of',
  'response time of',
  'wait of',
  'in less than',
  'less than',
  'no longer than',
  'no more than',
  'in',
  'within',
  'under',
  'up to',
  'just',
  'take',
  'takes',
  'last',
  'lasts',
  'between',
  'allow [for]',
];

/** Words between such a cue and its length: "in just 15 minutes", "takes about an hour". */
export const DURATION_HEDGES: WordList = ['only', 'just', 'about', 'around', 'approximately', 'at least'];

/** Words that promise no wait at all: "instantly", "same-day", "while you wait". */
export const NO_WAIT: WordList = ['instantly', 'no waiting', 'zero wait', 'immediately', 'right away', 'on the spot', 'same~day', 'in minutes', 'while you wait'];

/** A count before "years", "months" that bounds who may come: "for 5–12 years", "ages 3 and up". */
export const AGE_UNITS: WordList = ['year', 'years', 'yr', 'yrs', 'month', 'months'];
/** Words that name an age: "ages 4–7", "aged 10 and over". */
export const AGE_WORDS: WordList = ['age', 'ages', 'aged'];
/** What leaves an age open at one end: "ages 3 and up". */
export const OPEN_AGE_ENDS: WordList = ['over', 'up', 'older', 'under', 'younger'];

/** A result by the next day: "next-day", "by tomorrow". */
export const NEXT_DAY: WordList = ['next~day', 'by tomorrow', 'the following day'];
/** "today the order, tomorrow the delivery": one step today, the next tomorrow. */
export const TODAY: WordList = ['today'];
export const TOMORROW: WordList = ['tomorrow'];

/** Collecting toward a reward: "collect 8 stamps". */
export const COLLECT: WordList = ['collect', 'earn'];
/** What is collected. */
export const STAMPS: WordList = ['stamps', 'stickers', 'punches', 'points', 'visits'];
/** What the collected stamps bring. */
export const AS_A_GIFT: WordList = ['free'];

/** Words before a sum that is no price: "save $5", "a discount of $10", "a fine of £50". */
export const NOT_A_PRICE: WordList = ['off', 'save', 'saving', 'discount', 'cashback', 'bonus', 'fine', 'salary'];
/** What may stand between such a word and its sum: "up to $50 off". */
export const NOT_A_PRICE_LINKS: WordList = ['of', 'up to'];

/** How the business's own answer opens: "Do you fit children? We absolutely do." — an adverb or none before its verb. */
export const ANSWER_YES: WordList = [
  'yes',
  'yep',
  'sure',
  'of course',
  'absolutely',
  'certainly',
  'definitely',
  'we do',
  'we absolutely do',
  'we certainly do',
  'we definitely do',
  'we sure do',
  'we can',
  'we certainly can',
  'we absolutely can',
];
export const ANSWER_NO: WordList = ['no', 'unfortunately', 'sorry', 'we do not', "we don't", 'we cannot', "we can't"];
