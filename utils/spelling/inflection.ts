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

const BY_ENDING = new Map<string, string[]>();
for (const [lemmaEnding, endings] of PARADIGMS) {
  for (const ending of endings) BY_ENDING.set(ending, [...(BY_ENDING.get(ending) ?? []), lemmaEnding]);
}
const LONGEST_ENDING = Math.max(...[...BY_ENDING.keys()].map((ending) => ending.length));

/** Dictionary forms a Russian word form may come from ("штробы" → "штроба", "штробый", …): check them against a list. */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const candidates = new Set<string>();
  // Each of the word's own endings looked up, not each known ending tried: this runs for every word.
  for (let length = 0; length <= Math.min(LONGEST_ENDING, w.length - 2); length++) {
    const base = w.slice(0, w.length - length);
    for (const lemmaEnding of BY_ENDING.get(w.slice(w.length - length)) ?? []) candidates.add(base + lemmaEnding);
  }
  return [...candidates];
}
