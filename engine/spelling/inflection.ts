/**
 * Russian endings by the ending of the dictionary form: enough to accept the forms of a word from
 * a list of dictionary forms (the trade vocabulary) without a morphological dictionary. Exact
 * endings, not a stemmer: a stemmer would also accept a misspelt ending ("пенобетоных"). Nouns
 * that drop or gain a vowel ("поклейка" → "поклеек") keep only their other forms.
 */
const PARADIGMS: [lemmaEnding: string, endings: string[]][] = [
  ['ый', ['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ою', 'ую', 'ое', 'ые', 'ых', 'ыми']],
  ['ий', ['ий', 'его', 'ему', 'им', 'ем', 'яя', 'ей', 'юю', 'ее', 'ие', 'их', 'ими', 'ого', 'ому', 'ая', 'ой', 'ую', 'ое']],
  ['ой', ['ой', 'ого', 'ому', 'ым', 'ом', 'ая', 'ую', 'ое', 'ые', 'ых', 'ыми', 'им', 'ие', 'их', 'ими']],
  ['ия', ['ия', 'ии', 'ию', 'ией', 'ий', 'иям', 'иями', 'иях']],
  ['ие', ['ие', 'ия', 'ию', 'ием', 'ии', 'ий', 'иям', 'иями', 'иях']],
  ['а', ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', 'ей', '', 'ам', 'ами', 'ах']],
  ['я', ['я', 'и', 'е', 'ю', 'ей', 'ею', 'ям', 'ями', 'ях', 'ь', 'й']],
  ['ь', ['ь', 'я', 'ю', 'ем', 'ём', 'е', 'и', 'ей', 'ям', 'ями', 'ях', 'ью']],
  ['о', ['о', 'а', 'у', 'ом', 'е', '', 'ам', 'ами', 'ах']],
  ['й', ['й', 'я', 'ю', 'ем', 'ём', 'е', 'и', 'ев', 'ёв', 'ям', 'ями', 'ях']],
  ['', ['', 'а', 'у', 'ом', 'е', 'ы', 'и', 'ов', 'ей', 'ам', 'ами', 'ах', 'ем', 'ев']],
];

/**
 * Every form of each dictionary form ("штроба" → "штробы", "штробой", …), folded (ё as е), for
 * a list of dictionary forms to accept: one set look-up per word asked, where reading each word's
 * endings back to its dictionary forms cost a dozen new strings for each of the thousands of
 * candidate corrections a misspelt word gets.
 */
export function inflectedForms(lemmas: Iterable<string>): Set<string> {
  const forms = new Set<string>();
  for (const lemma of lemmas) {
    for (const [lemmaEnding, endings] of PARADIGMS) {
      if (!lemma.endsWith(lemmaEnding)) continue;
      const base = lemma.slice(0, lemma.length - lemmaEnding.length);
      // A form keeps at least two letters before its ending.
      if (base.length < 2) continue;
      for (const ending of endings) forms.add(base + ending);
    }
  }
  return forms;
}
