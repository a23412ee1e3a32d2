/**
 * Text only a template or a draft says: left on a live page it is a defect whatever its words.
 * `anywhere` matches inside any text; `wholeBlock` only a block that says nothing else (a heading
 * "Второй заголовок" is a placeholder, the same words inside a sentence may not be).
 */
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
  ],
  wholeBlock: [
    /^(?:первый|второй|третий|четвёртый|четвертый) заголовок$/iu,
    /^заголовок(?: \d+)?$/iu,
    /^(?:heading|placeholder)(?: \d+)?$/iu,
    /^(?:sample|example|dummy) text$/iu,
  ],
};
