/**
 * Latin letters and digits of the same shape as a Cyrillic letter: reading Russian with its
 * English model beside it, Tesseract takes «Сб» for "C6" and «На» for "Ha".
 */
export const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  '6': 'б',
};

/**
 * Short Russian words a flyer is full of, all of lookalike letters: a word read in Latin
 * lookalikes is put back in Cyrillic only when it becomes one of these (a Latin "OK" or "XL"
 * on a Russian flyer stays as it is).
 */
export const SHORT_WORDS_RU: ReadonlySet<string> = new Set([
  'а',
  'в',
  'к',
  'о',
  'с',
  'у',
  'на',
  'но',
  'он',
  'от',
  'по',
  'со',
  'ко',
  'во',
  'об',
  'до',
  'за',
  'ее',
  'её',
  'не',
  'вс',
  'сб',
  'ср',
  'вт',
  'ул',
  'тк',
  'как',
  'вас',
  'нас',
  'вам',
  'нам',
  'так',
  'все',
  'всё',
  'сеть',
  'час',
  'руб',
  'тел',
]);
