/** Russian typography norms a check needs as data. */

/**
 * Endings hurry adds to a number in figures ("в 2-ух", "2-ой"): written → the one the norm keeps.
 * A cardinal takes none ("в 2 салонах"); an ordinal keeps only its last letter, or two when a
 * consonant stands before it ("2-й", "2-го", "2-му", "2-м", "2-х"). Endings that are right for an
 * ordinal ("5-ми" for «пятыми», "5-ю" for «пятую») stay out. `null`: a cardinal or an ordinal ("к 3-ем" is
 * «трём» or «третьем»), so no one fix.
 */
export const NUMBER_ENDINGS: Record<string, string | null> = {
  ух: '',
  ех: '',
  ёх: '',
  мя: '',
  ти: '',
  ью: '',
  ём: null,
  ый: 'й',
  ой: 'й',
  ий: 'й',
  ая: 'я',
  ое: 'е',
  ом: 'м',
  ем: null,
  ым: 'м',
  им: 'м',
  ого: 'го',
  его: 'го',
  ому: 'му',
  ему: 'му',
  ых: 'х',
  их: 'х',
  ую: 'ю',
};

/**
 * Stems of nouns a figure is numbered after with «№» ("заказ № 12", "в доме № 5", "по договору № 3"):
 * a Latin "N" stands for the sign only after one of them; elsewhere ("шоссе N 11") it may be a name.
 */
export const NUMBERED_NOUN_STEMS = [
  'заказ',
  'дом',
  'квартир',
  'кабинет',
  'школ',
  'гимнази',
  'лице',
  'детск',
  'сад',
  'пункт',
  'приказ',
  'договор',
  'сч[её]т',
  'акт',
  'накладн',
  'маршрут',
  'рейс',
  'автобус',
  'трамва',
  'троллейбус',
  'аудитори',
  'корпус',
  'офис',
  'помещени',
  'палат',
  'отделени',
  'поликлиник',
  'больниц',
  'остановк',
  'платформ',
  'документ',
  'протокол',
  'талон',
  'билет',
  'вагон',
  'мест',
  'участ',
  'павильон',
  'бокс',
  'склад',
  'цех',
  'филиал',
  'магазин',
  'точк',
  'зал',
  'урок',
  'групп',
];
