/**
 * Text only a template or a draft says: left on a live page it is a defect whatever its words.
 * `anywhere` matches inside any text; `wholeBlock` only a block that says nothing else (a heading
 * "Второй заголовок" is a placeholder, the same words inside a sentence may not be).
 */
/** What a figure counts: a letter standing before one ("в течение N дней", "XX%") is a number not filled in. */
const COUNTED = [
  'дн(?:я|ей)',
  'день',
  'час(?:а|ов)?',
  'минут\\p{L}*',
  'недел\\p{L}*',
  'месяц\\p{L}*',
  'лет',
  'год(?:а)?',
  'рубл\\p{L}*',
  'руб\\.?',
  'шт\\.?',
  'процент\\p{L}*',
  'days?',
  'hours?',
  'minutes?',
  'weeks?',
  'months?',
  'years?',
  'percent',
  'miles?',
];
/** The letters templates put for a number ("iPhone X" is a name: a figure, not a unit, follows it). */
const UNFILLED_NUMBER = String.raw`(?<![\p{L}\d])(?:N|NN|X|XX|XXX|ХХ|ХХХ)`;

export const PLACEHOLDERS: { anywhere: RegExp[]; wholeBlock: RegExp[] } = {
  anywhere: [
    /lorem ipsum[^.]*/giu,
    /<<[^<>]{1,80}>>/gu,
    /\{\{[^{}]{1,80}\}\}/gu,
    /\{%[^{}]{1,80}%\}/gu,
    /\[(?:insert|put|add|your|вставьте|впишите|укажите)[^\]]{0,60}\]/giu,
    /(?<!\p{L})(?:put|insert) (?:in )?(?:names?|text|content|title|company name|phone|address) here(?!\p{L})/giu,
    /(?<!\p{L})(?:your|add your) (?:text|content|title|heading) here(?!\p{L})/giu,
    /(?<!\p{L})(?:здесь будет|тут будет|вставьте|введите) (?:текст|заголовок|описание|название)\p{L}*(?!\p{L})/giu,
    /(?<!\p{L})текст[- ]рыба(?!\p{L})/giu,
    // A site builder's sample content left in place: WordPress's first post and page, a theme's demo news.
    /(?<!\p{L})(?:this is your first post|this is an example (?:page|post)|just another wordpress site|hello world!)(?!\p{L})/giu,
    /(?<!\p{L})(?:здесь может быть ваш(?:а|е)? \p{L}+|это пример (?:заголовка|текста|новости)|заголовок (?:текстовой )?новости может быть)(?!\p{L})/giu,
    new RegExp(String.raw`${UNFILLED_NUMBER}\s?(?:%|₽|(?:${COUNTED.join('|')})(?!\p{L}))`, 'gu'),
    /(?<![\p{L}\d])[$£€](?:X|XX|XXX|N|NN)(?![\p{L}\d])/gu,
  ],
  wholeBlock: [/^(?:первый|второй|третий|четвёртый|четвертый) заголовок$/iu, /^заголовок(?: \d+)?$/iu, /^(?:heading|placeholder)(?: \d+)?$/iu, /^(?:sample|example|dummy) text$/iu],
};
