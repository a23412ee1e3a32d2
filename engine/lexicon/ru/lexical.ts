/**
 * Russian words that are right alone and wrong beside a certain other word: paronyms a noun
 * decides ("ближний свет", not "близкий"), pleonasms ("свободная вакансия") and phrases whose
 * verb or particle the norm fixes. Lower case; a word ending in `*` is a stem, any ending after it.
 */

/** How an adjective declines: its endings in the order of ADJECTIVE_SLOTS. */
export type Declension = 'hard' | 'soft' | 'velar' | 'stressed' | 'velarStressed' | 'sibilant';

/**
 * The endings of each declension, slot by slot: masculine, feminine, neuter and plural nominative,
 * then masculine genitive, feminine oblique, masculine dative, instrumental (and plural dative),
 * prepositional, feminine accusative, plural genitive, plural instrumental.
 */
export const DECLENSIONS: Record<Declension, readonly string[]> = {
  hard: ['ый', 'ая', 'ое', 'ые', 'ого', 'ой', 'ому', 'ым', 'ом', 'ую', 'ых', 'ыми'],
  soft: ['ий', 'яя', 'ее', 'ие', 'его', 'ей', 'ему', 'им', 'ем', 'юю', 'их', 'ими'],
  velar: ['ий', 'ая', 'ое', 'ие', 'ого', 'ой', 'ому', 'им', 'ом', 'ую', 'их', 'ими'],
  stressed: ['ой', 'ая', 'ое', 'ые', 'ого', 'ой', 'ому', 'ым', 'ом', 'ую', 'ых', 'ыми'],
  velarStressed: ['ой', 'ая', 'ое', 'ие', 'ого', 'ой', 'ому', 'им', 'ом', 'ую', 'их', 'ими'],
  sibilant: ['ий', 'ая', 'ее', 'ие', 'его', 'ей', 'ему', 'им', 'ем', 'ую', 'их', 'ими'],
};
/** What a slot's form may be read as, to choose between two slots one ending shares ("былой" masculine, "былой" feminine). */
export const ADJECTIVE_SLOTS: readonly (readonly string[])[] = [
  ['masc'],
  ['femn'],
  ['neut'],
  ['plur'],
  ['masc', 'neut'],
  ['femn'],
  ['masc', 'neut'],
  ['masc', 'neut', 'plur'],
  ['masc', 'neut'],
  ['femn'],
  ['plur'],
  ['plur'],
];

/** One adjective of a paronym pair (its stem and declension) that the noun after it shows to be the other. */
export interface AttributeParonym {
  written: string;
  writtenDeclension: Declension;
  meant: string;
  meantDeclension: Declension;
  /** Nouns (stems with `*`, or whole forms) that only the meant adjective describes. */
  nouns: readonly string[];
  why: { ru: string; en: string };
}

const paronym = ([written, writtenDeclension]: [string, Declension], [meant, meantDeclension]: [string, Declension], nouns: string[], why: { ru: string; en: string }): AttributeParonym => ({
  written,
  writtenDeclension,
  meant,
  meantDeclension,
  nouns,
  why,
});

export const ATTRIBUTE_PARONYMS: readonly AttributeParonym[] = [
  paronym(['близк', 'velar'], ['ближн', 'soft'], ['свет*', 'зарубеж*', 'бой', 'боя', 'бою', 'боем', 'прицел*'], {
    ru: '«ближний» — расположенный ближе (свет фар, зарубежье); «близкий» — родной, похожий',
    en: '«ближний» is the nearer one (low beam); «близкий» is dear or similar',
  }),
  paronym(['ближн', 'soft'], ['близк', 'velar'], ['друг', 'друга', 'другу', 'другом', 'друзья', 'друзей', 'друзьям', 'друзьями', 'подруг*', 'знаком*', 'родств*', 'отношени*', 'дружб*'], {
    ru: 'друзья и отношения — «близкие»; «ближний» — расположенный ближе',
    en: 'friends and ties are «близкий»; «ближний» is the nearer one',
  }),
  paronym(['дальн', 'soft'], ['далёк', 'velar'], ['будущ*', 'вывод*', 'прошл*', 'предк*', 'детств*', 'времен*', 'эпох*', 'дата', 'даты', 'дате', 'дату', 'датой', 'час', 'часа', 'часу'], {
    ru: 'о времени и выводах — «далёкий»; «дальний» — о расстоянии и родстве',
    en: 'of time and conclusions it is «далёкий»; «дальний» is of distance and kinship',
  }),
  paronym(['далёк', 'velar'], ['дальн', 'soft'], ['родственни*', 'родн*', 'свет*'], {
    ru: 'родство бывает «дальним», а свет фар — «дальним»; «далёкий» — отдалённый',
    en: 'kin and the high beam are «дальний»; «далёкий» is remote',
  }),
  paronym(['далек', 'velar'], ['дальн', 'soft'], ['родственни*', 'свет*'], {
    ru: 'родство бывает «дальним», а свет фар — «дальним»; «далекий» — отдалённый',
    en: 'kin and the high beam are «дальний»; «далекий» is remote',
  }),
  paronym(
    ['экономичн', 'hard'],
    ['экономическ', 'velar'],
    ['форум*', 'саммит*', 'кризис*', 'рост*', 'факультет*', 'образовани*', 'политик*', 'эффект*', 'развити*', 'санкци*', 'безопасност*', 'отношени*', 'обоснован*', 'анализ*'],
    {
      ru: '«экономический» — относящийся к экономике; «экономичный» — выгодный, бережливый',
      en: '«экономический» is of the economy; «экономичный» is economical',
    },
  ),
  paronym(['экономическ', 'velar'], ['экономичн', 'hard'], ['автомобил*', 'двигател*', 'режим*', 'расход*', 'ламп*', 'котл*', 'котёл', 'котел', 'светильник*', 'отоплени*', 'упаковк*'], {
    ru: 'бережливые машина и режим — «экономичные»; «экономический» — относящийся к экономике',
    en: 'a thrifty car or mode is «экономичный»; «экономический» is of the economy',
  }),
  paronym(['жилищн', 'hard'], ['жил', 'stressed'], ['дом*', 'комплекс*', 'квартал*', 'массив*', 'здани*', 'помещени*', 'район*', 'корпус*', 'микрорайон*', 'этаж*'], {
    ru: 'дом и квартал, где живут, — «жилые»; «жилищный» — относящийся к жилью (вопрос, кодекс)',
    en: 'a house lived in is «жилой»; «жилищный» is of housing matters',
  }),
  paronym(['жил', 'stressed'], ['жилищн', 'hard'], ['законодательств*', 'кодекс*', 'прав', 'права', 'праве', 'правом', 'услови*', 'вопрос*', 'спор*', 'кооператив*', 'инспекци*', 'проблем*', 'сертификат*'], {
    ru: 'закон, условия, вопрос — «жилищные»; «жилой» — предназначенный для жилья',
    en: 'housing law and conditions are «жилищный»; «жилой» is lived in',
  }),
  paronym(['был', 'stressed'], ['бывш', 'sibilant'], ['муж', 'мужа', 'мужу', 'мужем', 'жен*', 'супруг*', 'директор*', 'сотрудник*', 'владел*', 'руководител*', 'партнёр*', 'партнер*', 'учени*', 'коллег*'], {
    ru: 'о человеке, кем он был, — «бывший»; «былой» — прошедший, минувший',
    en: 'a former person is «бывший»; «былой» is of bygone times',
  }),
  paronym(['бывш', 'sibilant'], ['был', 'stressed'], ['заслуг*', 'слав*', 'величи*', 'мощ*', 'времен*', 'подвиг*'], {
    ru: 'прошедшая слава и заслуги — «былые»; «бывший» — о человеке или месте',
    en: 'past glory is «былой»; «бывший» is of a former person or place',
  }),
  paronym(['будничн', 'hard'], ['будн', 'soft'], ['день', 'дня', 'дню', 'днём', 'днем', 'дне', 'дни', 'дней', 'дням', 'днями', 'днях'], {
    ru: 'рабочий день недели — «будний»; «будничный» — обыденный',
    en: 'a weekday is «будний»; «будничный» is everyday',
  }),
  paronym(['будн', 'soft'], ['будничн', 'hard'], ['костюм*', 'одежд*', 'наряд*', 'плать*', 'образ*', 'заботы', 'забот', 'хлопот*', 'настроени*'], {
    ru: 'обыденные одежда и заботы — «будничные»; «будний» — только о дне недели',
    en: 'everyday clothes are «будничный»; «будний» is only of a weekday',
  }),
  paronym(['скрытн', 'hard'], ['скрыт', 'hard'], ['проводк*', 'монтаж*', 'установк*', 'камер*', 'петл*', 'дефект*', 'угроз*', 'платеж*', 'платёж*', 'комисси*', 'доплат*', 'плат*'], {
    ru: 'невидимые проводка и комиссия — «скрытые»; «скрытный» — о характере человека',
    en: 'hidden wiring or fees are «скрытый»; «скрытный» is of a secretive person',
  }),
  paronym(['скрыт', 'hard'], ['скрытн', 'hard'], ['характер*', 'человек*', 'натур*'], {
    ru: 'замкнутый характер — «скрытный»; «скрытый» — спрятанный',
    en: 'a secretive nature is «скрытный»; «скрытый» is hidden',
  }),
  paronym(['праздн', 'hard'], ['праздничн', 'hard'], ['настроени*', 'стол*', 'ужин*', 'меню', 'обед*', 'салют*', 'фейерверк*', 'программ*', 'концерт*', 'украшени*', 'оформлени*', 'торт*', 'скидк*', 'распродаж*'], {
    ru: 'к празднику — «праздничный»; «праздный» — бездельный',
    en: 'of a holiday it is «праздничный»; «праздный» is idle',
  }),
  paronym(['праздничн', 'hard'], ['праздн', 'hard'], ['жизн*', 'любопытств*', 'болтовн*', 'разговор*', 'гуляк*', 'безделье'], {
    ru: 'бездельный, пустой — «праздный»; «праздничный» — относящийся к празднику',
    en: 'idle is «праздный»; «праздничный» is of a holiday',
  }),
  paronym(['болотист', 'hard'], ['болотн', 'hard'], ['газ', 'газа', 'газом', 'растени*', 'птиц*', 'трав*', 'ягод*', 'сапог*'], {
    ru: 'то, что водится на болоте, — «болотное»; «болотистый» — изобилующий болотами',
    en: 'what lives in a bog is «болотный»; «болотистый» is marshy',
  }),
  paronym(['воинствующ', 'sibilant'], ['воинственн', 'hard'], ['настроени*', 'вид*', 'клич*', 'племен*', 'характер*', 'взгляд*', 'план*', 'танц*'], {
    ru: 'склонный к войне, задиристый — «воинственный»; «воинствующий» — активно отстаивающий идею',
    en: 'warlike is «воинственный»; «воинствующий» is militant for an idea',
  }),
  paronym(['воинственн', 'hard'], ['воинствующ', 'sibilant'], ['атеизм*', 'невежеств*', 'идеализм*', 'мещанств*', 'национализм*', 'дилетантизм*'], {
    ru: 'активно отстаивающий идею — «воинствующий»; «воинственный» — склонный к войне',
    en: 'militant for an idea is «воинствующий»; «воинственный» is warlike',
  }),
  paronym(['личностн', 'hard'], ['личн', 'hard'], ['кабинет*', 'данн*', 'счёт', 'счет', 'счета', 'вещ*', 'автомобил*', 'транспорт*', 'подпис*', 'помощник*'], {
    ru: 'что принадлежит человеку, — «личное»; «личностный» — относящийся к личности (рост, качества)',
    en: 'what belongs to a person is «личный»; «личностный» is of personality',
  }),
  paronym(['технологичн', 'hard'], ['технологическ', 'velar'], ['процесс*', 'карт*', 'цепочк*', 'регламент*', 'инструкци*'], {
    ru: 'процесс и карта производства — «технологические»; «технологичный» — передовой, удобный в производстве',
    en: 'a process of production is «технологический»; «технологичный» is high-tech',
  }),
  paronym(['практичн', 'hard'], ['практическ', 'velar'], ['заняти*', 'помощ*', 'опыт*', 'навык*', 'применени*', 'семинар*', 'част*'], {
    ru: 'относящийся к практике — «практический»; «практичный» — удобный, экономный',
    en: 'of practice is «практический»; «практичный» is handy',
  }),
  paronym(['практическ', 'velar'], ['практичн', 'hard'], ['одежд*', 'обув*', 'покрыти*', 'цвет*', 'материал*', 'сумк*'], {
    ru: 'удобная, немаркая вещь — «практичная»; «практический» — относящийся к практике',
    en: 'a handy thing is «практичный»; «практический» is of practice',
  }),
  paronym(['гуманн', 'hard'], ['гуманитарн', 'hard'], ['помощ*', 'наук*', 'груз*', 'мисси*', 'катастроф*', 'коридор*'], {
    ru: 'помощь пострадавшим и науки о человеке — «гуманитарные»; «гуманный» — человечный',
    en: 'aid and the humanities are «гуманитарный»; «гуманный» is humane',
  }),
  paronym(['удачлив', 'hard'], ['удачн', 'hard'], ['покупк*', 'сделк*', 'выбор*', 'решени*', 'приобретени*', 'снимок', 'снимк*', 'кадр*'], {
    ru: 'удавшаяся вещь — «удачная»; «удачливый» — о человеке, которому везёт',
    en: 'a thing that worked is «удачный»; «удачливый» is a lucky person',
  }),
  paronym(['сыт', 'hard'], ['сытн', 'hard'], ['обед*', 'ужин*', 'завтрак*', 'блюд*', 'ланч*', 'меню', 'перекус*'], {
    ru: 'еда, что насыщает, — «сытная»; «сытый» — тот, кто наелся',
    en: 'filling food is «сытный»; «сытый» is one who has eaten',
  }),
  paronym(['вкусн', 'hard'], ['вкусов', 'stressed'], ['качеств*', 'рецептор*', 'добавк*', 'предпочтени*'], {
    ru: 'относящийся ко вкусу — «вкусовой»; «вкусный» — приятный на вкус',
    en: 'of taste is «вкусовой»; «вкусный» is tasty',
  }),
  paronym(['зрительск', 'velar'], ['зрительн', 'hard'], ['зал*', 'памят*', 'контакт*', 'нерв*', 'восприяти*'], {
    ru: 'зал, память, контакт — «зрительные»; «зрительский» — относящийся к зрителям',
    en: 'a hall, memory, contact are «зрительный»; «зрительский» is of the audience',
  }),
  paronym(['зрительн', 'hard'], ['зрительск', 'velar'], ['симпати*', 'голосовани*', 'интерес*', 'отзыв*', 'аудитори*'], {
    ru: 'симпатии и отзывы зрителей — «зрительские»; «зрительный» — относящийся к зрению',
    en: 'what the audience likes are «зрительский»; «зрительный» is of sight',
  }),
  paronym(['цветн', 'stressed'], ['цветов', 'stressed'], ['гамм*', 'решени*', 'температур*'], {
    ru: 'относящийся к цвету — «цветовой»; «цветной» — окрашенный, не чёрно-белый',
    en: 'of colour is «цветовой»; «цветной» is coloured',
  }),
  paronym(['цветов', 'stressed'], ['цветн', 'stressed'], ['принтер*', 'печат*', 'металл*', 'ксерокопи*', 'фотографи*', 'карандаш*', 'бумаг*'], {
    ru: 'окрашенный, не чёрно-белый — «цветной»; «цветовой» — относящийся к цвету',
    en: 'coloured is «цветной»; «цветовой» is of colour',
  }),
  paronym(['кожн', 'hard'], ['кожан', 'hard'], ['куртк*', 'сумк*', 'обув*', 'диван*', 'кресл*', 'ремень', 'ремн*', 'салон*', 'перчатк*', 'чехл*', 'чехол', 'кошел*', 'портмоне', 'изделие', 'издели*'], {
    ru: 'сделанный из кожи — «кожаный»; «кожный» — относящийся к коже человека',
    en: 'made of leather is «кожаный»; «кожный» is of the skin',
  }),
  paronym(['кожан', 'hard'], ['кожн', 'hard'], ['заболевани*', 'покров*', 'зуд*', 'сыпь', 'высыпани*', 'болезн*', 'инфекци*', 'проблем*'], {
    ru: 'относящийся к коже человека — «кожный»; «кожаный» — сделанный из кожи',
    en: 'of the skin is «кожный»; «кожаный» is made of leather',
  }),
  paronym(['песчан', 'hard'], ['песочн', 'hard'], ['печень*', 'тест*', 'торт*', 'корзиноч*', 'пирож*', 'час*'], {
    ru: 'выпечка и часы — «песочные»; «песчаный» — состоящий из песка',
    en: 'pastry and hourglasses are «песочный»; «песчаный» is of sand',
  }),
  paronym(['ледян', 'stressed'], ['ледов', 'hard'], ['арен*', 'шоу', 'каток', 'катк*', 'спектакл*'], {
    ru: 'арена и шоу на льду — «ледовые»; «ледяной» — из льда, очень холодный',
    en: 'a rink or show on ice is «ледовый»; «ледяной» is icy',
  }),
  paronym(['ледов', 'hard'], ['ледян', 'stressed'], ['вод*', 'дожд*', 'ветер', 'ветр*', 'напит*', 'душ*'], {
    ru: 'очень холодный — «ледяной»; «ледовый» — относящийся ко льду, катку',
    en: 'very cold is «ледяной»; «ледовый» is of an ice rink',
  }),
  paronym(['дождев', 'stressed'], ['дождлив', 'hard'], ['погод*', 'осен*', 'лет*', 'день', 'дня', 'дни', 'дней', 'сезон*'], {
    ru: 'погода и сезон с дождями — «дождливые»; «дождевой» — относящийся к дождю (плащ, вода)',
    en: 'rainy weather is «дождливый»; «дождевой» is of rain',
  }),
  paronym(['дождлив', 'hard'], ['дождев', 'stressed'], ['плащ*', 'вод*', 'червь', 'черв*', 'туч*', 'капл*', 'сток*', 'канализаци*'], {
    ru: 'плащ и вода — «дождевые»; «дождливый» — с частыми дождями',
    en: 'a raincoat or rainwater is «дождевой»; «дождливый» is rainy',
  }),
  paronym(['искусн', 'hard'], ['искусственн', 'hard'], ['кож*', 'мех*', 'газон*', 'цвет*', 'камень', 'камн*', 'ёлк*', 'елк*', 'интеллект*', 'освещени*', 'водоём*', 'водоем*'], {
    ru: 'сделанный человеком — «искусственный»; «искусный» — умелый',
    en: 'man-made is «искусственный»; «искусный» is skilful',
  }),
  paronym(['годовал', 'hard'], ['годов', 'stressed'], ['отчёт*', 'отчет*', 'план*', 'абонемент*', 'подписк*', 'доход*', 'бюджет*', 'оборот*', 'контракт*', 'обслуживани*'], {
    ru: 'за год — «годовой»; «годовалый» — возрастом в год',
    en: 'for a year is «годовой»; «годовалый» is one year old',
  }),
  paronym(['отборн', 'hard'], ['отборочн', 'hard'], ['тур*', 'этап*', 'матч*', 'комисси*', 'соревновани*', 'турнир*'], {
    ru: 'этап отбора — «отборочный»; «отборный» — лучший, отобранный',
    en: 'a qualifying round is «отборочный»; «отборный» is choice',
  }),
  paronym(['отборочн', 'hard'], ['отборн', 'hard'], ['зерн*', 'мяс*', 'фрукт*', 'овощ*', 'ягод*', 'продукт*', 'кофе'], {
    ru: 'лучшие, отобранные продукты — «отборные»; «отборочный» — относящийся к отбору',
    en: 'choice produce is «отборный»; «отборочный» is qualifying',
  }),
  paronym(['дефективн', 'hard'], ['дефектн', 'hard'], ['товар*', 'детал*', 'издели*', 'продукци*', 'экземпляр*', 'партий', 'парти*'], {
    ru: 'вещь с изъяном — «дефектная»; «дефективный» — о человеке с нарушениями развития',
    en: 'a faulty item is «дефектный»; «дефективный» is of a person',
  }),
  paronym(['информативн', 'hard'], ['информационн', 'hard'], ['отдел*', 'центр*', 'служб*', 'бюро', 'систем*', 'технологи*', 'агентств*', 'поддержк*', 'безопасност*', 'партнёр*', 'партнер*', 'спонсор*', 'рассылк*'], {
    ru: 'отдел и система, что дают сведения, — «информационные»; «информативный» — содержательный',
    en: 'an information desk or system is «информационный»; «информативный» is informative',
  }),
  paronym(['водян', 'stressed'], ['водн', 'hard'], ['спорт*', 'транспорт*', 'путь', 'пути', 'путей', 'прогулк*', 'экскурси*', 'аттракцион*', 'развлечени*', 'ресурс*'], {
    ru: 'спорт и транспорт на воде — «водные»; «водяной» — работающий водой, содержащий воду',
    en: 'sports and transport on water are «водный»; «водяной» is driven by or holding water',
  }),
  paronym(['болотн', 'hard'], ['болотист', 'hard'], ['территори*', 'местност*', 'почв*', 'грунт*', 'участ*', 'равнин*', 'берег*'], {
    ru: 'местность, где много болот, — «болотистая»; «болотный» — относящийся к болоту',
    en: 'marshy ground is «болотистый»; «болотный» is of a bog',
  }),
  paronym(['дорог', 'velarStressed'], ['высок', 'velar'], ['цена', 'цены', 'цен', 'цене', 'цену', 'ценам', 'ценами', 'ценах', 'стоимост*', 'расценк*'], {
    ru: 'дорогим бывает товар, а цена — «высокой»',
    en: 'goods are dear; a price is «высокая»',
  }),
  paronym(['дешёв', 'hard'], ['низк', 'velar'], ['цен*', 'стоимост*', 'расценк*'], {
    ru: 'дешёвым бывает товар, а цена — «низкой»',
    en: 'goods are cheap; a price is «низкая»',
  }),
  paronym(['дешев', 'hard'], ['низк', 'velar'], ['цен*', 'стоимост*', 'расценк*'], {
    ru: 'дешевым бывает товар, а цена — «низкой»',
    en: 'goods are cheap; a price is «низкая»',
  }),
];

/** A noun of a paronym pair that the word before it (an adjective or a verb) shows to be the other: written and meant stems, endings kept. */
export interface NounParonym {
  written: string;
  meant: string;
  /** Attributes (stems with `*`, or whole forms) right before the noun that only the meant noun takes. */
  attributes: readonly string[];
  /** Verbs before it, perhaps with one adjective between ("запустить рекламную …"), that only the meant noun follows. */
  verbs: readonly string[];
  why: { ru: string; en: string };
}

export const NOUN_PARONYMS: readonly NounParonym[] = [
  {
    written: 'компани',
    meant: 'кампани',
    attributes: ['предвыборн*', 'избирательн*', 'посевн*', 'уборочн*', 'агитационн*', 'прививочн*', 'таргетированн*', 'стартовал*', 'стартует', 'началась', 'начнётся', 'начнется'],
    verbs: ['запустил*', 'запустить', 'запустим', 'запустите', 'запуска*', 'провел*', 'провёл', 'провести', 'проводим'],
    why: { ru: 'организованная серия мероприятий — «кампания»; «компания» — фирма или общество людей', en: 'a series of actions is «кампания»; «компания» is a firm or company' },
  },
  {
    written: 'кампани',
    meant: 'компани',
    attributes: ['производственн*', 'строительн*', 'управляющ*', 'транспортн*', 'торгов*', 'страхов*', 'юридическ*', 'консалтингов*', 'логистическ*', 'клинингов*', 'риелторск*', 'туристическ*', 'дочерн*'],
    verbs: [],
    why: { ru: 'фирма — «компания»; «кампания» — серия мероприятий (рекламная, предвыборная)', en: 'a firm is «компания»; «кампания» is a campaign' },
  },
];

/**
 * Two words side by side where one says what the other already does (a pleonasm): the pair and
 * which side stays. `first`: one word of the list; `second`: one of its phrases (words with a space, stems with `*`).
 */
export interface Pleonasm {
  first: readonly string[];
  second: readonly string[];
  keep: 'first' | 'second';
  /** A word right after the pair that makes it a set phrase ("вниз головой"). */
  notBefore?: readonly string[];
}

const OWN = ['свою', 'свой', 'своей', 'своя', 'своих', 'свои', 'своего', 'своём', 'своем'];
const SUPERLATIVE = ['самый', 'самая', 'самое', 'самые', 'самого', 'самой', 'самому', 'самым', 'самом', 'самую', 'самых', 'самыми'];
const MONTHS = ['январ*', 'феврал*', 'март*', 'апрел*', 'май', 'мая', 'мае', 'июн*', 'июл*', 'август*', 'сентябр*', 'октябр*', 'ноябр*', 'декабр*'];

export const PLEONASMS: readonly Pleonasm[] = [
  { first: ['свободн*'], second: ['ваканси*'], keep: 'second' },
  { first: ['прейскурант*'], second: ['цен'], keep: 'first' },
  { first: ['памятн*'], second: ['сувенир*'], keep: 'second' },
  { first: ['бесплатн*'], second: ['подарок', 'подарк*'], keep: 'second' },
  { first: ['неожиданн*'], second: ['сюрприз*'], keep: 'second' },
  { first: ['полн*'], second: ['аншлаг*'], keep: 'second' },
  { first: ['внутренн*'], second: ['интерьер*'], keep: 'second' },
  { first: ['основн*', 'главн*'], second: ['лейтмотив*'], keep: 'second' },
  { first: ['главн*', 'основн*'], second: ['суть', 'сути', 'сутью'], keep: 'second' },
  { first: ['народн*'], second: ['фольклор*'], keep: 'second' },
  { first: ['совместн*'], second: ['сотрудничеств*'], keep: 'second' },
  { first: ['ведущ*'], second: ['лидер*'], keep: 'second' },
  { first: ['перв*'], second: ['дебют*'], keep: 'second' },
  { first: ['реальн*'], second: ['действительност*'], keep: 'second' },
  { first: ['ценн*'], second: ['клад*'], keep: 'second' },
  { first: OWN, second: ['автобиографи*', 'автопортрет*'], keep: 'second' },
  { first: ['биографи*'], second: ['жизни'], keep: 'first' },
  { first: ['заранее'], second: ['предупред*', 'предупрежд*', 'предвид*', 'предусмотр*', 'предугад*', 'предвкуш*'], keep: 'second' },
  { first: ['вернуть', 'верну', 'вернём', 'вернем', 'вернёт', 'вернет', 'вернут', 'вернул*', 'вернуть*', 'вернусь', 'вернитесь', 'возвраща*'], second: ['обратно'], keep: 'first' },
  { first: ['спуст*', 'спуска*', 'опуст*', 'опуска*'], second: ['вниз'], keep: 'first', notBefore: ['по', 'головой'] },
  { first: ['подня*', 'поднима*', 'подним*'], second: ['вверх'], keep: 'first', notBefore: ['по'] },
  { first: ['отступ*', 'пятит*', 'попят*'], second: ['назад'], keep: 'first' },
  { first: ['соедин*', 'сочета*', 'скле*', 'собира*', 'собер*', 'собра*'], second: ['вместе'], keep: 'first' },
  { first: ['выдающ*', 'опытн*', 'профессиональн*'], second: ['ас', 'аса', 'асом', 'асы', 'асов', 'асами', 'асам'], keep: 'second' },
  { first: ['соседств*'], second: ['друг с другом'], keep: 'first' },
  { first: ['месяц*'], second: MONTHS, keep: 'second' },
  { first: MONTHS, second: ['месяц*'], keep: 'first' },
  { first: ['впервые'], second: ['дебютир*', 'дебютов*'], keep: 'second' },
  // Superlatives in «-ейший» have their own rule (a doubled superlative); these are absolute by sense.
  { first: SUPERLATIVE, second: ['оптимальн*', 'наиболее', 'наименее', 'гигантск*'], keep: 'second' },
];

/** Verbs of prices that say "dearer" of what is the price itself ("цены подорожали"): written → meant. */
export const PRICE_VERBS: Readonly<Record<string, string>> = {
  подорожали: 'выросли',
  подорожала: 'выросла',
  подорожало: 'выросло',
  подорожает: 'вырастет',
  подорожают: 'вырастут',
  подешевели: 'снизились',
  подешевела: 'снизилась',
  подешевело: 'снизилось',
  подешевеет: 'снизится',
  подешевеют: 'снизятся',
  дорожают: 'растут',
  дорожает: 'растёт',
  дешевеют: 'снижаются',
  дешевеет: 'снижается',
};
/** The nouns of a price such verbs may not have: stems. */
export const PRICE_NOUNS = ['цен*', 'стоимост*', 'расценк*'];

/**
 * Verb phrases whose verb the noun does not take: the written verb forms → the meant ones, and the
 * phrases after the verb (words with a space, stems with `*`), right after it or past one adjective, that decide.
 */
export interface VerbSlip {
  forms: Readonly<Record<string, string>>;
  next: readonly string[];
  /** The next word must be the object (an accusative, or a genitive of the animate), never a subject or a dative. */
  objectOnly?: boolean;
  /** The next word must have no reading but the accusative: the verb form is also a noun. */
  accusativeOnly?: boolean;
  why: { ru: string; en: string };
}

/** Footwear, which one puts on («надеть»), while one «обувает» a person. Stems. */
const FOOTWEAR = ['сапог*', 'сапоги', 'ботин*', 'туфл*', 'туфел*', 'кроссов*', 'кед*', 'тапоч*', 'тапк*', 'бахил*', 'обувь', 'босонож*', 'валенк*', 'кроссовк*'];
/** Garments as objects: stems with `*`. */
const CLOTHES = ['куртк*', 'шапк*', 'рубашк*', 'футболк*', 'плать*', 'пальто', 'пиджак*', 'брюк*', 'джинс*', 'свитер*', 'кофт*', 'халат*', 'костюм*', 'юбк*', 'шарф*', 'перчатк*'];

export const VERB_SLIPS: readonly VerbSlip[] = [
  {
    // A toast is said; it is the glass that is raised.
    forms: {
      поднять: 'произнести',
      поднял: 'произнёс',
      подняла: 'произнесла',
      подняли: 'произнесли',
      поднимем: 'произнесём',
      поднимите: 'произнесите',
      поднимаем: 'произносим',
      поднимают: 'произносят',
      поднимает: 'произносит',
      поднимать: 'произносить',
      поднимая: 'произнося',
    },
    next: ['тост*'],
    why: { ru: 'тост «произносят», а поднимают бокал', en: 'a toast is «произносят» (said); a glass is raised' },
  },
  {
    // Shortcomings are removed, not improved.
    forms: {
      улучшить: 'устранить',
      улучшим: 'устраним',
      улучшили: 'устранили',
      улучшение: 'устранение',
      улучшения: 'устранения',
      улучшению: 'устранению',
      улучшаем: 'устраняем',
    },
    next: ['недостатк*', 'недочёт*', 'недочет*', 'дефект*', 'ошибк*'],
    why: { ru: 'недостатки «устраняют», а улучшают то, что хорошо', en: 'shortcomings are removed, not improved' },
  },
  {
    // A person is dressed («одеть ребёнка»); a garment is put on.
    forms: { надеть: 'одеть', надела: 'одела', надел: 'одел', надели: 'одели', наденем: 'оденем', наденьте: 'оденьте', надевать: 'одевать', надеваем: 'одеваем' },
    next: ['ребёнк*', 'ребенк*', 'малыш*', 'детей', 'сына', 'дочь', 'дочку', 'невест*', 'жених*', 'манекен*', 'кукл*', 'гостей', 'клиентов', 'модел*'],
    // "надеть ребёнку шапку" is right: only the person as the object, in the accusative.
    objectOnly: true,
    why: { ru: 'одевают кого-то, а надевают одежду', en: 'in Russian people are «одеть», clothes are «надеть»' },
  },
  {
    forms: { обуть: 'надеть', обул: 'надел', обула: 'надела', обули: 'надели', обуйте: 'наденьте', обувать: 'надевать', обуваем: 'надеваем', обувает: 'надевает' },
    next: FOOTWEAR,
    why: { ru: '«обувают» кого-то, а обувь «надевают»', en: 'a person is «обуть»; shoes are «надеть»' },
  },
  {
    forms: { разуть: 'снять', разул: 'снял', разула: 'сняла', разули: 'сняли', разуйте: 'снимите', разувать: 'снимать' },
    next: FOOTWEAR,
    why: { ru: '«разувают» кого-то, а обувь «снимают»', en: 'a person is «разуть»; shoes are «снять»' },
  },
  {
    // «Раздел» is also a noun ("раздел платья"): only an object in the accusative alone.
    forms: { раздеть: 'снять', раздела: 'сняла', раздели: 'сняли', раздел: 'снял', раздевать: 'снимать', разденьте: 'снимите' },
    next: CLOTHES,
    objectOnly: true,
    accusativeOnly: true,
    why: { ru: '«раздевают» кого-то, а одежду «снимают»', en: 'a person is «раздеть»; clothes are «снять»' },
  },
  {
    // One pays for a service («оплатить услугу», «заплатить за услугу»); «заплатить» takes the money.
    forms: {
      заплатить: 'оплатить',
      заплатите: 'оплатите',
      заплатил: 'оплатил',
      заплатила: 'оплатила',
      заплатили: 'оплатили',
      заплатим: 'оплатим',
      заплатит: 'оплатит',
      заплатят: 'оплатят',
    },
    next: [
      'услугу',
      'услуги',
      'заказ',
      'заказы',
      'покупку',
      'покупки',
      'проживание',
      'доставку',
      'обучение',
      'лечение',
      'проезд',
      'аренду',
      'парковку',
      'подписку',
      'абонемент',
      'консультацию',
      'ремонт',
      'работу',
      'работы',
    ],
    objectOnly: true,
    why: { ru: 'услугу «оплачивают» или «платят за» неё; «заплатить» — отдать деньги', en: 'a service is «оплатить» or «заплатить за»; «заплатить» takes the money' },
  },
  {
    // Ground is levelled («уровнять»); rights are equalled («уравнять»). The imperfective «уравнивать» serves both and stays out.
    forms: { уравнять: 'уровнять', уравняем: 'уровняем', уравняли: 'уровняли', уравнял: 'уровнял', уравняла: 'уровняла', уравняйте: 'уровняйте', уравняет: 'уровняет', уравняют: 'уровняют' },
    next: ['дорог*', 'площадк*', 'грунт*', 'участок', 'участки', 'поверхност*', 'пол', 'полы', 'стен*', 'газон*', 'почв*', 'основани*', 'дорожк*'],
    why: { ru: 'поверхность делают ровной — «уровнять»; «уравнять» — сделать равными', en: 'ground is «уровнять» (levelled); «уравнять» is to make equal' },
  },
  {
    forms: { уровнять: 'уравнять', уровняем: 'уравняем', уровняли: 'уравняли', уровнял: 'уравнял', уровняла: 'уравняла', уровняет: 'уравняет', уровняют: 'уравняют' },
    next: ['в правах', 'шансы', 'шансов', 'счёт', 'счет', 'стоимость', 'цены', 'зарплаты', 'доли'],
    why: { ru: 'сделать равными — «уравнять»; «уровнять» — сделать ровным', en: 'to make equal is «уравнять»; «уровнять» is to level' },
  },
];

/** Short participles of «одеть» with a garment as their subject ("на нём одет костюм"): the garment is «надет». Written → meant. */
export const DRESSED_FORMS: Readonly<Record<string, string>> = { одет: 'надет', одета: 'надета', одето: 'надето', одеты: 'надеты' };

/** «Прыгать с парашюта»: one jumps with a parachute, «с парашютом». Stems of the verb and the noun form. */
export const JUMP_STEMS = ['прыг', 'прыж', 'спрыг'];

/**
 * Words of degree that never strengthen a negation: «не» after them belongs to the word
 * ("крайне неосторожный", "весьма неудобно").
 */
export const DEGREE_BEFORE_NE: ReadonlySet<string> = new Set(['крайне', 'весьма', 'очень', 'чрезвычайно', 'исключительно', 'предельно', 'необычайно', 'довольно', 'достаточно', 'максимально']);

/**
 * Words that strengthen a negation: a word in «не» after them is written apart ("вовсе не
 * интересная", "никому не нужная").
 */
export const NEGATION_STRENGTHENERS: ReadonlySet<string> = new Set(['вовсе', 'отнюдь', 'ничуть', 'нисколько', 'никому', 'ничем', 'никем', 'ничему', 'никак', 'никогда']);

/**
 * Adverbs written solid that hurry writes as a preposition and a noun: where nothing follows the
 * noun (a stop, a comma or the end), the noun has no genitive to govern, so the adverb is meant
 * ("будем на верху."). Written → meant.
 */
export const ADVERBS_BEFORE_PAUSE: Readonly<Record<string, string>> = {
  'на верху': 'наверху',
  'в низу': 'внизу',
  'в верху': 'вверху',
  'по середине': 'посередине',
  'за ранее': 'заранее',
  'на лево': 'налево',
  'на конец': 'наконец',
};
/** Prepositions that may follow such an adverb but never the noun it was split from ("по середине между…"). */
export const PREPOSITIONS_AFTER_ADVERB = ['между', 'у', 'возле', 'около', 'от', 'под', 'над'];
/** The same before a stop only: a comma may open the noun's own clause ("на право, которое…", "во время, указанное в договоре"). */
export const ADVERBS_BEFORE_STOP: Readonly<Record<string, string>> = { 'на право': 'направо', 'во время': 'вовремя' };

/** Adverbs and prepositions written apart whose second part is no word of its own there ("на кануне", "в доль"): one word in any context. Written → meant. */
export const ALWAYS_SOLID: Readonly<Record<string, string>> = {
  'на кануне': 'накануне',
  'в доль': 'вдоль',
  'в нутри': 'внутри',
  'с начало': 'сначала',
  'в кратце': 'вкратце',
  'в тридорога': 'втридорога',
  'в пол силы': 'вполсилы',
  'на угад': 'наугад',
  'по мимо': 'помимо',
  'с наружи': 'снаружи',
  'в догонку': 'вдогонку',
  'с зади': 'сзади',
  'в прок': 'впрок',
  'в расплох': 'врасплох',
  'в перёд': 'вперёд',
  'в перед': 'вперед',
};

/** Events «во время» (during) stands before: stems. */
export const EVENT_NOUNS = [
  'мероприяти*',
  'обед*',
  'ужин*',
  'завтрак*',
  'встреч*',
  'экскурси*',
  'поездк*',
  'перелет*',
  'полет*',
  'урок*',
  'заняти*',
  'тренировк*',
  'процедур*',
  'сеанс*',
  'консультаци*',
  'праздник*',
  'фестивал*',
  'концерт*',
  'ремонт*',
  'отпуск*',
  'каникул',
  'монтаж*',
  'установк*',
  'беременност*',
  'презентаци*',
  'конференци*',
  'семинар*',
  'прием*',
  'осмотр*',
];

/** Words and phrases the literary norm has not, or that say another thing: written → meant, and why. */
export const PHRASE_SLIPS: Readonly<Record<string, { meant: string; why: { ru: string; en: string } }>> = {
  ...Object.fromEntries(
    ['ихний', 'ихняя', 'ихнее', 'ихние', 'ихнего', 'ихней', 'ихних', 'ихнему', 'ихним', 'ихнюю', 'ихними'].map((form) => [
      form,
      { meant: 'их', why: { ru: 'просторечие: в литературной речи — «их»', en: 'colloquial: standard Russian has «их»' } },
    ]),
  ),
  // «Преставиться» is to die.
  ...Object.fromEntries(
    ['разрешите', 'позвольте', 'хочу', 'хотим', 'забыл', 'забыла', 'забыли'].map((before) => [
      `${before} преставиться`,
      { meant: `${before} представиться`, why: { ru: '«представиться» — назвать себя; «преставиться» — умереть', en: '«представиться» is to introduce oneself; «преставиться» is to die' } },
    ]),
  ),
  ...Object.fromEntries(
    [
      ['ложить', 'класть'],
      ['ложит', 'кладёт'],
      ['ложим', 'кладём'],
      ['ложите', 'кладите'],
      ['ложат', 'кладут'],
      ['ложил', 'клал'],
      ['ложила', 'клала'],
      ['ложили', 'клали'],
      ['ехай', 'поезжай'],
      ['ехайте', 'поезжайте'],
      ['нету', 'нет'],
      ['евонный', 'его'],
      ['евонная', 'его'],
      ['евонные', 'его'],
      ['ейный', 'её'],
      ['ейная', 'её'],
      ['ейные', 'её'],
    ].map(([written, meant]) => [written!, { meant: meant!, why: { ru: 'просторечие: в литературной речи так не пишут', en: 'colloquial: standard Russian writes otherwise' } }]),
  ),
  // The course of a river is «течение»; «в течение» is a preposition of time.
  ...Object.fromEntries(
    ['реки', 'речки', 'ручья', 'потока', 'канала'].map((flow) => [
      `в течение ${flow}`,
      { meant: `в течении ${flow}`, why: { ru: 'о движении воды — существительное «в течении»; «в течение» — предлог времени', en: 'of a flow it is the noun «в течении»; «в течение» is about time' } },
    ]),
  ),
  // A man «женится», a woman «выходит замуж»; only the masculine past shows the man.
  'вышел замуж': { meant: 'женился', why: { ru: 'мужчина «женится», женщина «выходит замуж»', en: 'a man «женится», a woman «выходит замуж»' } },
};

/** Words that open a concessive clause with «бы» ("где бы вы ни были"), where «ни» strengthens and «не» is a slip. */
export const CONCESSIVE_OPENERS: ReadonlySet<string> = new Set(['где', 'куда', 'откуда', 'когда', 'сколько', 'что', 'кто', 'чем', 'кого', 'кому', 'какой', 'какая', 'какое', 'какие', 'какую', 'каким', 'каких', 'как']);
/** Subject pronouns that may stand between «бы» and «не» ("где бы вы не были"). «Как бы не» without one is a fear ("как бы не опоздать"). */
export const CONCESSIVE_SUBJECTS: ReadonlySet<string> = new Set(['вы', 'мы', 'ты', 'он', 'она', 'они', 'я', 'это']);
