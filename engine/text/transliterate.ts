/**
 * Cyrillic (Russian and Ukrainian) letters in Latin, as passports spell them: for names a file
 * system or an id can carry everywhere.
 */
const LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** "Прайс «Лето» 2026" → "prais «leto» 2026": lower case, Cyrillic in Latin letters, accents gone; other characters kept. */
export function toLatin(text: string): string {
  // Cyrillic first: decomposed, «й» and «ї» would lose what tells them from «и» and «і».
  return [...text.toLowerCase().normalize('NFC')]
    .map((c) => LATIN[c] ?? c)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}
