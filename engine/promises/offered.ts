import type { Block } from '../material/types';
import type { Language } from '../profile/types';
import { hasNegator } from '../text/negation';
import { foldForCompare } from '../text/normalise';
import { words } from '../text/segment';
import { answerTo, blockView, BULLET_MARKS, eachSentence, findMoney, isQuestion, mentionsAny, sentencePromise, type SentenceView } from './common';
import { asksWhatIsRequired, introducesRequirements } from './policy';
import { findProfilePhrases } from './profile-phrases';
import { selfStatementKind } from './self-statement';
import type { ExtractContext, ExtractedPromise, Extractor } from './types';

/** The service a sentence offers, by the id of the `offered` fact whose topics name it. */
export interface OfferedClaim {
  service: string;
  factId: string;
  /** The sentence offers it, rather than asking the customer to bring it ("send a packed lunch"). */
  asserted?: true;
}

/** A service the material names (an item of a service list, a sentence that offers); no fact names it. */
export interface StatedServiceClaim {
  service: string;
}

/** Words of a lead-in that opens a list of services ("Наши услуги:", "Services offered by the Post Office:"). */
const LIST_INTRO_CUES: Record<Language, string[]> = {
  ru: [
    'услуг',
    'предлагаем',
    'предоставля',
    'выполняем',
    'включает',
    'в стоимость входит',
    'мы делаем',
    'оказываем',
    'входит',
    'входят',
    'включено',
    'поможем',
    'помогаем',
    'следующие программы',
    'следующие курсы',
    'следующие направления',
    'что сделаем мы',
    'что мы сделаем',
    'что мы делаем',
    'мы сделаем за вас',
    'удобства',
    'по следующим',
  ],
  en: [
    'services',
    'we offer',
    'we provide',
    'includes',
    'included',
    'what we do',
    "what we'll do",
    'what we will do',
    'our treatments',
    'covers',
    'plan includes',
    'benefits include',
    'we can help',
    'we help with',
    'following programs',
    'following programmes',
    'following courses',
    'following lessons',
    'amenities',
    'facilities',
  ],
};

/**
 * Headings that lead into the lines under them as a colon does ("We can help you with", "Areas
 * we serve", «Как мы можем помочь?»): a bare "Services" may head a call to action instead.
 */
const LINES_LEAD_IN: Record<Language, string[]> = {
  ru: ['поможем с', 'помогаем с', 'районы обслуживания', 'можем помочь', 'мы можем вам помочь'],
  en: ['we can help', 'we help with', 'can we help', 'areas we serve', 'areas we cover', 'service areas', 'locations'],
};

/** Words of a sentence that offers a service itself ("Мы предлагаем выездную регистрацию", "We specialise in…"). */
const OFFER_CUES: Record<Language, string[]> = {
  ru: [
    'предлагаем',
    'предоставляем',
    'предоставляется',
    'предоставляются',
    'предлагаются',
    'включена',
    'включены',
    'к вашим услугам',
    'в наличии',
    'выполняем',
    'организуем',
    'оказываем',
    'осуществляем',
    'согласуем',
    'изготавливаем',
    'берем на себя',
    'берём на себя',
    'наша компания выполняет',
    // The business's "we will" of a service: "Упакуем вещи", "Поможем со сборкой", "Мы предоставим грузчиков".
    'предоставим',
    'поможем',
    'упакуем',
    'доставим',
    'привезем',
    'привезём',
    'подберем',
    'подберём',
    'отремонтируем',
    'выполним',
    'возьмем на себя',
    'возьмём на себя',
    'проводим',
    'формируем',
    'обеспечен',
    'обеспечена',
    'обеспечено',
    'обеспечены',
    'обеспечиваем',
    'обеспечим',
    'отправим',
    'произведём',
    'произведем',
    'проведём',
    'проведем',
    'дополнительная услуга',
    'доп. услуга',
    // The business named in the third person: "фотосалон оказывает услуги по печати", "закупку осуществляет наша компания".
    'оказывает',
    'предлагает',
    'предоставляет',
    'выполняет',
    'осуществляет',
    'изготавливает',
    'осуществляется',
    'выполняется',
    // An offer put as a noun: "Предоставление скидок постоянным клиентам".
    'предоставление',
    // What the place has: "Имеется парковка", "Рядом есть стоянка", "У нас есть детская комната".
    'имеется',
    'имеются',
    'у нас есть',
    'рядом есть',
    // What the reader may have done here: "У нас можно заказать торт", "У нас проходят курсы".
    'у нас можно',
    'у нас проходят',
    'можно заказать',
    'вы можете заказать',
  ],
  en: [
    'we specialise in',
    'we specialize in',
    'our services include',
    'we can help with',
    'are provided',
    'is provided',
    'are supplied',
    'is supplied',
    'are included',
    'is included',
    'includes',
    'features',
    'we have',
    'can accommodate',
    'you can book',
    'you will have access',
    'you have access',
    'you get access',
    'is available',
    'are available',
    // Where the business works, what it brings and how it will do the work: "Now serving the county",
    // "The barn provides a backdrop", "we will use a gentle shampoo".
    'now serving',
    'proudly serving',
    'provides',
    'we will use',
    "we'll use",
    // What a price or a package takes in: "Prices include up to two riders", "All packages include a guide";
    // what the place has: "The shop has a play area".
    'include',
    'has a',
    'has an',
    // What the customer gets: "Your dog will receive a brush-out and a nail trim".
    'will receive',
  ],
};

/** "We offer", "we'll organise", "we can also provide": the business, a modal, a verb of giving. */
const WE_OFFER: Record<Language, { subjects: string[]; verbs: string[] }> = {
  ru: { subjects: [], verbs: [] },
  en: {
    subjects: ['we', 'we also', 'we can', 'we can also', 'we will', 'we will also', "we'll", "we'll also"],
    verbs: ['offer', 'provide', 'supply', 'organise', 'organize', 'arrange', 'customise', 'customize'],
  },
};

const offerCues = (language: Language) => [...OFFER_CUES[language], ...WE_OFFER[language].subjects.flatMap((subject) => WE_OFFER[language].verbs.map((verb) => `${subject} ${verb}`))];
const ALL_OFFER_CUES: Record<Language, string[]> = { ru: offerCues('ru'), en: offerCues('en') };

/** "Someone is available to receive the order", "policies are available from insurers": another's availability, not an offer. */
const ANOTHERS_AVAILABILITY: Record<Language, string[]> = {
  ru: [],
  en: ['available to', 'available from'],
};

/** Verbs that make a list item a clause of its own ("Parents are responsible for…"); a service is named by a noun. */
const CLAUSE_VERBS: Record<Language, string[]> = {
  ru: [],
  en: ['is', 'are', 'will', 'must', 'should', 'may', 'can', 'was', 'were'],
};

/** The words of a site's menu: a list that holds one of them is navigation, not a list of services. */
const NAVIGATION_WORDS: Record<Language, string[]> = {
  ru: ['главная', 'контакты', 'о нас', 'о компании', 'новости', 'статьи', 'отзывы', 'вход', 'карта сайта', 'вакансии'],
  en: ['home', 'contact', 'contact us', 'about', 'about us', 'news', 'blog', 'login', 'sitemap', 'careers'],
};

const MAX_ITEM_WORDS = 12;
/** A list item longer than this is prose: it ends a run rather than being passed over. */
const MAX_ITEM_CHARS = 80;

/** A full stop and a capital that start a new sentence; an initial's dot ("the J.C. Stribling Barn") does not. */
const SENTENCE_BREAK = /(?<!(?:^|[\s.])\p{Lu})\.\s+\p{Lu}/u;

/** A short line that is not a question, a lead-in or a sentence of its own. */
function isShortLine(block: Block, language: Language): boolean {
  const count = words(block.text, language).length;
  return count > 0 && count <= MAX_ITEM_WORDS && !/[:?!]$/.test(block.text) && !SENTENCE_BREAK.test(block.text);
}

/** An item of a service list: a short line with no figures. */
function isServiceItem(block: Block, language: Language): boolean {
  // "2 check-ups a year": a count that opens the item is part of the service; other figures are hours, prices or phones.
  const figures = block.text.replace(/^\s*\d{1,2}\s+(?=\p{L})/u, '');
  return isShortLine(block, language) && !/\d/.test(figures);
}

/** A line set with a bullet character ("• Full use of the garden"): a list item however the markup sets it. */
const BULLET = new RegExp(`^\\s*[${BULLET_MARKS}]\\s*`, 'u');

const isListItem = (block: Block) => block.tag === 'li' || BULLET.test(block.text);

/** A list item without its bullet. */
const withoutBullet = (block: Block): Block => ({ ...block, text: block.text.replace(BULLET, '') });

/** "Modern Amenities: Updated restrooms and a prep area": a short label, a colon, then what it names. */
const ITEM_LABEL = /^[^:.!?]{2,40}:\s+(?=\S)/u;

/** A list item's words past its bullet and any label: the service it names. */
const itemValue = (block: Block): Block => {
  const bare = withoutBullet(block);
  return { ...bare, text: bare.text.replace(ITEM_LABEL, '') };
};

/** Figures that make a line a price, an hour or a phone rather than a service: money, a clock time, a range, a long number. */
const TIMES_AND_NUMBERS = /\d[:.]\d\d|\d\s*(?:am|pm)\b|\d\s*(?:[-–—]|to|до)\s*\d|\d{4,}/iu;

/**
 * A list item under a lead-in of services may count what it gives ("Tables and chairs for up to
 * 150 guests", "Photos on all 40 acres"): short, and its figures no price, hour or phone.
 */
function isCountedItem(block: Block, language: Language): boolean {
  return isShortLine(block, language) && findMoney(block.text).length === 0 && !TIMES_AND_NUMBERS.test(block.text);
}

/** How far below its heading a tariff card states its price. */
const TARIFF_REACH = 8;

const isHeading = (block: Block) => /^h[1-6]$/.test(block.tag ?? '');

/**
 * A heading with a list right under it and a price in its section before the next heading, or a
 * priced line right above a list: a tariff card ("Session passes", its inclusions, "$88 for 2
 * weeks"; "Family session $179", then what it includes), whose list is what it includes.
 */
function isTariffIntro(blocks: Block[], i: number): boolean {
  if (blocks[i + 1]?.tag !== 'li' || blocks[i]!.tag === 'li') return false;
  if (findMoney(blocks[i]!.text).length > 0) return true;
  if (!isHeading(blocks[i]!)) return false;
  for (let j = i + 1; j < Math.min(blocks.length, i + 1 + TARIFF_REACH); j++) {
    if (/^h[1-6]$/.test(blocks[j]!.tag ?? '')) return false;
    if (findMoney(blocks[j]!.text).length > 0) return true;
  }
  return false;
}

const MAX_LEAD_IN_WORDS = 6;

/**
 * A heading right over a list that reads as its lead-in: one that ends with a colon ("Amenities:",
 * "Что входит:") or names a service ("Full Service Grooming" over what it includes). Lists of
 * requirements are terms, read as such; a heading of contacts or hours heads no services.
 */
function headsItsList(blocks: Block[], i: number, language: Language): boolean {
  const intro = blocks[i]!;
  if (!isHeading(intro) || blocks[i + 1]?.tag !== 'li' || words(intro.text, language).length > MAX_LEAD_IN_WORDS) return false;
  if (introducesRequirements(intro.text, language) || mentionsAny(intro.text, NOT_SERVICES_INTRO[language])) return false;
  return /:\s*$/.test(intro.text) || mentionsAny(intro.text, SERVICE_NOUNS[language], true);
}

/**
 * A short title line between two lists of one lead-in ("Наши услуги": the kinds of office
 * cleaning, "УБОРКА ПОМЕЩЕНИЙ", the kinds of premises): it groups the items, the run goes on past
 * it. A heading tag starts a section of its own; a title of contacts, requirements or exclusions ends the services.
 */
function isSubtitle(blocks: Block[], j: number, language: Language): boolean {
  const block = blocks[j]!;
  return (
    !isHeading(block) &&
    !isListItem(block) &&
    blocks[j + 1]?.tag === 'li' &&
    isServiceItem(block, language) &&
    words(block.text, language).length <= MAX_LEAD_IN_WORDS &&
    !/[.!]\s*$/.test(block.text) &&
    !mentionsAny(block.text, NOT_SERVICES_INTRO[language]) &&
    !introducesRequirements(block.text, language) &&
    !setsAside(block.text, language)
  );
}

/** Headings over lists that are not services: contacts, hours, places, people, news. */
const NOT_SERVICES_INTRO: Record<Language, string[]> = {
  ru: ['контакт', 'адрес', 'телефон', 'график', 'режим', 'часы', 'новост', 'стать', 'отзыв', 'партнер', 'партнёр', 'клиент', 'сотрудник', 'команда', 'меню', 'навигац', 'разделы', 'ссылки'],
  en: ['contact', 'address', 'phone', 'hours', 'schedule', 'news', 'posts', 'articles', 'reviews', 'testimonials', 'partners', 'friends', 'clients', 'team', 'staff', 'menu', 'navigation', 'links', 'follow us'],
};

/**
 * The items under a lead-in that names services: list items after any block that says so, short
 * lines after a "…:" line that does, and short title-like lines (no full stop) under a heading
 * that leads into them ("We can help you with", "Areas we serve"). A run that holds a menu word is a menu.
 */
function listedServices(context: ExtractContext): ExtractedPromise[] {
  const { blocks } = context.material;
  const { language } = context;
  const found: ExtractedPromise[] = [];
  blocks.forEach((intro, i) => {
    const leadsIn = mentionsAny(intro.text, LINES_LEAD_IN[language]);
    if (!leadsIn && !mentionsAny(intro.text, LIST_INTRO_CUES[language]) && !isTariffIntro(blocks, i) && !headsItsList(blocks, i, language)) return;
    // "В стоимость не входит:", "Not included:": the items under it are set aside, not offered.
    if (setsAside(intro.text, language)) return;
    const listFollows = blocks[i + 1] !== undefined && isListItem(blocks[i + 1]!);
    const headsLines = leadsIn && isHeading(intro) && !listFollows;
    const introducesLines = /:$/.test(intro.text) || headsLines;
    if (!introducesLines && !listFollows) return;
    const run: Block[] = [];
    // The next heading ends the run: it starts a section of its own. A list item with figures
    // ("iPhone 6s Plus", a priced line) is passed over, not taken, and the list goes on.
    // A labelled item ("Event Services: …") is one of a list of such, however long: passed over, not an end.
    const listItem = (block: Block) => isListItem(block) && ((!isServiceItem(withoutBullet(block), language) && block.text.length <= MAX_ITEM_CHARS) || ITEM_LABEL.test(withoutBullet(block).text));
    const titleLine = (block: Block) => !headsLines || !/[.!]\s*$/.test(block.text);
    const inRun = (block: Block) => !isHeading(block) && (introducesLines || isListItem(block)) && ((isServiceItem(withoutBullet(block), language) && titleLine(block)) || listItem(block));
    // "(Adjustments not included)", "Parents are responsible for entrance fees": a denial or a clause is a term, not a service.
    const named = (block: Block) => isServiceItem(withoutBullet(block), language) || (isListItem(block) && (isServiceItem(itemValue(block), language) || isCountedItem(withoutBullet(block), language)));
    const offersIt = (block: Block) => named(block) && !hasNegator(block.text, language) && !mentionsAny(block.text, CLAUSE_VERBS[language], true);
    for (let j = i + 1; j < blocks.length; j++) {
      if (inRun(blocks[j]!)) {
        if (offersIt(blocks[j]!)) run.push(blocks[j]!);
      } else if (!(listFollows && isSubtitle(blocks, j, language))) break;
    }
    if (run.some((item) => NAVIGATION_WORDS[language].includes(item.text.toLowerCase().trim()))) return;
    found.push(...run.map((item) => servicePromise(item, context)));
  });
  return found;
}

/**
 * Nouns that name a kind of work: a short title built on one ("Пошив школьной формы", "Массаж
 * спины", "Adult Piano Instruction") names a service the business offers.
 */
const SERVICE_NOUNS: Record<Language, string[]> = {
  ru: [
    'пошив',
    'ремонт',
    'массаж',
    'уборк',
    'чистк',
    'стирк',
    'химчистк',
    'установк',
    'монтаж',
    'замен',
    'диагностик',
    'доставк',
    'перевозк',
    'переезд',
    'подготовк',
    'обучени',
    'курс',
    'консультаци',
    'изготовлени',
    'стрижк',
    'окрашивани',
    'маникюр',
    'педикюр',
    'перевод',
    'фотосъемк',
    'фотосъёмк',
    'репетиторств',
  ],
  en: [
    'instruction',
    'lessons',
    'tuition',
    'tutoring',
    'coaching',
    'classes',
    'repair',
    'repairs',
    'servicing',
    'tune-up',
    'cleaning',
    'installation',
    'delivery',
    'removals',
    'massage',
    'photography',
    'portraits',
    'rental',
    'rentals',
    'hire',
    'alterations',
    'tailoring',
    'grooming',
    'training',
    'consultation',
    'consultations',
    'translation',
    'painting',
    'decorating',
    'plastering',
    'refurbishment',
    'refurbishments',
    'renovation',
    'renovations',
    'roofing',
    'plumbing',
    'landscaping',
    'catering',
    'printing',
    'embroidery',
    'framing',
    'styling',
    'colouring',
    'coloring',
    'straightening',
    'extensions',
    'waxing',
    'manicure',
    'pedicure',
    'facials',
    'detailing',
    'valeting',
    'maintenance',
    'inspection',
    'inspections',
    'upholstery',
    'boarding',
  ],
};

/** Words of a heading over titles of services ("Виды массажа", "Types of lessons", "…следующие категории:"). */
const KINDS_INTRO: Record<Language, string[]> = {
  ru: ['виды', 'следующие', 'направлени', 'категори'],
  en: ['types of', 'kinds of', 'the following', 'what we offer', 'our services', 'services'],
};

/**
 * Short headings that are a list of classes by themselves ("Курсы" over "Вокал", "Class
 * Descriptions" over "Tadpoles"); a long one ("Курсы подготовки к ЕГЭ…") is a page's title, its
 * subtitles may be anything.
 */
const KINDS_HEADING: Record<Language, string[]> = {
  ru: ['курсы', 'наши курсы', 'программы', 'наши программы'],
  en: ['our classes', 'class descriptions', 'our courses', 'our programs', 'our programmes'],
};

const MAX_KINDS_HEADING_WORDS = 4;

function headsKinds(heading: string, language: Language): boolean {
  return mentionsAny(heading, KINDS_INTRO[language]) || (words(heading, language).length <= MAX_KINDS_HEADING_WORDS && mentionsAny(heading, KINDS_HEADING[language], true));
}

const MAX_TITLE_WORDS = 6;

/** A title that heads prices ("Прейскурант на пошив", "Repair prices") is a price list's, not a service's. */
const PRICE_LIST_WORDS: Record<Language, string[]> = {
  ru: ['прейскурант', 'цены', 'цена', 'стоимость', 'расценки', 'прайс'],
  en: ['prices', 'price list', 'pricing', 'rates', 'costs', 'fees'],
};

/** "Richard Owen Painting" atop its own page: the business's name, built on a noun of work, names no service. */
const isOwnName = (text: string, context: ExtractContext) => context.profile !== undefined && foldForCompare(text) === foldForCompare(context.profile.name);

/** 1 for an h1 … 6 for an h6, 0 for a block that is no heading. */
const headingLevel = (block: Block) => Number(/^h([1-6])$/.exec(block.tag ?? '')?.[1] ?? 0);

/** How far above a heading its parent (a heading of a higher level) may stand. */
const PARENT_REACH = 40;

/**
 * The heading a block stands under: for an h2 the last h1 above it ("Swim Lessons – Class
 * Descriptions" over "Tadpoles"), for any other block the heading the material gives it.
 */
function parentHeading(blocks: Block[], i: number): string {
  const level = headingLevel(blocks[i]!);
  if (!level) return blocks[i]!.heading ?? '';
  for (let j = i - 1; j >= Math.max(0, i - PARENT_REACH); j--) {
    const above = headingLevel(blocks[j]!);
    if (above && above < level) return blocks[j]!.text;
  }
  return '';
}

/** "Tadpoles (4-18 months)", "Стрижка (до 30 мин)": a title with its qualifier in brackets; the figures are the qualifier's. */
const withoutQualifier = (block: Block): Block => ({ ...block, text: block.text.replace(/\s*\([^()]*\)\s*$/u, '') });

/** A block that titles what follows it: a heading tag, or the short line the next block stands under. */
const isTitle = (blocks: Block[], i: number) => /^h[1-6]$/.test(blocks[i]!.tag ?? '') || blocks[i + 1]?.heading === blocks[i]!.text;

/**
 * Titles of sections that name services: a short title built on a noun of work, or any short
 * title under a heading or lead-in that introduces kinds ("Виды массажа" over "Общий массаж").
 */
function titledServices(context: ExtractContext): ExtractedPromise[] {
  const { blocks } = context.material;
  const { language } = context;
  return blocks.flatMap((block, i) => {
    // A title that exclaims or asks ("Lifetime Memberships Available!") calls out, it names no class.
    if (!isTitle(blocks, i) || !isServiceItem(withoutQualifier(block), language) || /[.:!?]\s*$/.test(block.text)) return [];
    if (words(block.text, language).length > MAX_TITLE_WORDS || NAVIGATION_WORDS[language].includes(block.text.toLowerCase().trim())) return [];
    if (mentionsAny(block.text, PRICE_LIST_WORDS[language], true) || isOwnName(block.text, context)) return [];
    const underKinds = headsKinds(parentHeading(blocks, i), language) || mentionsAny(blocks[i - 1]?.text.endsWith(':') ? blocks[i - 1]!.text : '', KINDS_INTRO[language]);
    return underKinds || mentionsAny(block.text, SERVICE_NOUNS[language], true) ? [servicePromise(block, context)] : [];
  });
}

/** "1. Monthly filter cleans", "2) Замена фильтров": a line numbered as an item of a list. */
const NUMBERED = /^\s*(\d{1,2})[.)]\s*(?=\p{L})/u;

/** Words of a heading over a numbered list of what a package or a service includes ("Gold Package", «Тариф «Стандарт»»). */
const PACKAGE_CUES: Record<Language, string[]> = {
  ru: ['пакет', 'тариф', 'услуг', 'включ', 'входит', 'комплекс'],
  en: ['package', 'plan', 'service', 'services', 'includes', 'membership'],
};

/** How many numbered lines in a row make a list. */
const MIN_NUMBERED = 3;

/** Runs of lines numbered 1, 2, 3… in a row, however the markup sets them (paragraphs, divs). */
function numberedRuns(blocks: Block[]): Block[][] {
  const runs: Block[][] = [];
  let run: Block[] = [];
  for (const block of blocks) {
    const number = Number(NUMBERED.exec(block.text)?.[1] ?? 0);
    if (number > 0 && number === run.length + 1) run.push(block);
    else {
      if (run.length >= MIN_NUMBERED) runs.push(run);
      run = number === 1 ? [block] : [];
    }
  }
  if (run.length >= MIN_NUMBERED) runs.push(run);
  return runs;
}

/**
 * The short items of a numbered list under a heading that names a package or a service ("Gold
 * Package": "1. Monthly filter cleans", "3. Netting all debris out of pool"): what it includes.
 * Long items are sentences of their own, read as such.
 */
function numberedServices(context: ExtractContext): ExtractedPromise[] {
  const { language } = context;
  return numberedRuns(context.material.blocks).flatMap((run) => {
    if (!mentionsAny(run[0]!.heading ?? '', PACKAGE_CUES[language])) return [];
    return run.filter((item) => isServiceItem({ ...item, text: item.text.replace(NUMBERED, '') }, language) && !hasNegator(item.text, language)).map((item) => servicePromise(item, context));
  });
}

/** How many short lines in a row make a grid of tiles, and how many of them must name work. */
const MIN_TILES = 6;
const SERVICE_SHARE = 0.5;

/** A Russian noun made from a verb of work ("Тонирование", "Полировка", "Шумоизоляция", "Авторестайлинг"). */
const DEVERBAL_RU = /^\p{L}+(?:ание|ение|ование|ация|яция|овка|ёвка|инг)$/iu;

/** A line built on a noun of work: one of the list, or a Russian first word made from a verb. */
function namesWork(text: string, language: Language): boolean {
  const first = words(text, language)[0]?.text ?? '';
  return mentionsAny(text, SERVICE_NOUNS[language]) || (language === 'ru' && DEVERBAL_RU.test(first));
}

/**
 * A grid of service tiles ("Тонирование стекол", "Ремонт автостекол", "Противоугонная
 * маркировка"…): a run of short title-like lines with no figures, half or more of them built on a
 * noun of work, names a service in each line. A run with a menu word is a menu.
 */
function tiledServices(context: ExtractContext): ExtractedPromise[] {
  const { blocks } = context.material;
  const { language } = context;
  const isTile = (block: Block) => !block.tag?.match(/^(h[1-6]|li|p|td|th)$/) && !block.cell && isServiceItem(block, language) && words(block.text, language).length <= MAX_TITLE_WORDS && !/[.:]\s*$/.test(block.text);
  const found: ExtractedPromise[] = [];
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && isTile(blocks[j]!)) j++;
    const run = blocks.slice(i, j);
    const named = run.filter((block) => namesWork(block.text, language)).length;
    const menu = run.some((block) => NAVIGATION_WORDS[language].includes(block.text.toLowerCase().trim()));
    // A line that starts in lower case ("стекло" under "Жидкое") is the tail of a label broken in two.
    const titles = run.filter((block) => !/^\p{Ll}/u.test(block.text));
    if (run.length >= MIN_TILES && named >= SERVICE_SHARE * titles.length && !menu) found.push(...titles.map((block) => servicePromise(block, context)));
    i = Math.max(j, i + 1);
  }
  return found;
}

/** How many lines below its description a card's price may stand ("8 занятий", then "6 790 ₽"). */
const CARD_PRICE_REACH = 4;

/** A line that ends as a sentence does: a card's description, not its title. */
const ENDS_AS_PROSE = /[.!?…]["»”)]?\s*$/u;

/** How many words a card's price line may hold ("от 1 500 ₽ за урок", "$180 per visit"). */
const MAX_PRICE_LINE_WORDS = 6;

/** A line that is a price and little more: a fee named in a sentence ("a $10 late fee applies.") is a rule's, not a card's. */
const isPriceLine = (block: Block) => findMoney(block.text).length > 0 && !ENDS_AS_PROSE.test(block.text) && block.text.trim().split(/\s+/).length <= MAX_PRICE_LINE_WORDS;

/** A short title line of no price, hour or phone that names no price list, contacts or menu entry. */
function isCardTitle(block: Block, context: ExtractContext): boolean {
  const { language } = context;
  return (
    !block.cell &&
    !isListItem(block) &&
    isCountedItem(block, language) &&
    words(block.text, language).length <= MAX_TITLE_WORDS &&
    !/[.:!?]\s*$/.test(block.text) &&
    !NAVIGATION_WORDS[language].includes(block.text.toLowerCase().trim()) &&
    !mentionsAny(block.text, PRICE_LIST_WORDS[language], true) &&
    !mentionsAny(block.text, NOT_SERVICES_INTRO[language]) &&
    !isOwnName(block.text, context)
  );
}

/**
 * The cards of a tariff grid ("Группа из 2 человек", "Для тех, кто хочет заниматься с другом.",
 * "8 занятий", "5 990 ₽"; "Deep Clean", its description, "from $180"): a short title, a line that
 * describes it, then a price within a few lines. The title names a tariff the business sells.
 */
function pricedCards(context: ExtractContext): ExtractedPromise[] {
  const { blocks } = context.material;
  return blocks.flatMap((title, i) => {
    const description = blocks[i + 1];
    if (!description || !isCardTitle(title, context) || !ENDS_AS_PROSE.test(description.text) || findMoney(description.text).length > 0) return [];
    const below = blocks.slice(i + 2, i + 2 + CARD_PRICE_REACH);
    // The next heading starts the next card: its price ("Dematting fee ($10)") is not this one's.
    const next = below.findIndex(isHeading);
    return (next < 0 ? below : below.slice(0, next)).some(isPriceLine) ? [servicePromise(title, context)] : [];
  });
}

/** A list item is quoted whole, past its number ("3. ") or bullet: it is one service's name. */
function servicePromise(block: Block, context: ExtractContext): ExtractedPromise {
  const view = blockView(block, context, (NUMBERED.exec(block.text) ?? BULLET.exec(block.text))?.[0].length ?? 0);
  return sentencePromise(view, 'offered', { service: view.text.trim() } satisfies StatedServiceClaim);
}

/**
 * "Возможно отправить заказ по почте", "Возможна рассрочка", "Допустимо выполнение срочных
 * заказов": what the business allows is on offer; "Возможно, …" with a comma only hedges.
 */
const POSSIBLE: Record<Language, RegExp | null> = {
  ru: /(?<![\p{L}])(?<!не\s)(?:возможн[оаы]|возможен|допустим[оа])(?![\p{L}])(?!\s*,)/iu,
  en: null,
};

const saysPossible = (text: string, language: Language) => POSSIBLE[language]?.test(text) ?? false;

/**
 * "Предлагаем ознакомиться…", "We offer to call you back": an invitation to the reader, not a
 * service; "Please include your name": a request of the reader.
 */
const INVITATION: Record<Language, RegExp> = {
  ru: /предлагаем\s+(вам\s+)?\p{L}+(ть|ться|ти)(?!\p{L})/iu,
  en: /we\s+offer\s+to\s|^\s*please\s/i,
};

/** "Полотенца не предоставляются", "не рекомендуем установку в парилках": the offer word denied. */
const DENIED_OFFER: Record<Language, RegExp> = {
  ru: /(?<!\p{L})не\s+(предостав|предлага|оказыва|выполн|осуществля|организу|помож|помогут|упаку|достав|подбер|отремонт|рекоменду|советуе|производ|устанавлива|монтиру)/iu,
  en: /(?<!\p{L})(not|never|no\s+longer)\s+(provided|supplied|included|offer|recommend|advise)/iu,
};

/**
 * "Наши специалисты помогут обустроить участок": a verb of service whose subject is the business's
 * people; the same verb with another subject ("эти советы помогут") offers nothing.
 */
const OUR_PEOPLE_OFFER: Record<Language, { our: string[]; verbs: string[] }> = {
  ru: { our: ['наш', 'наша', 'наши', 'наше'], verbs: ['помогут', 'поможет', 'выполнят', 'выполнит', 'предоставят', 'подберут', 'подберет', 'подберёт', 'упакуют', 'доставят', 'проконсультируют'] },
  en: { our: [], verbs: [] },
};

function offersByOurPeople(text: string, language: Language): boolean {
  const { our, verbs } = OUR_PEOPLE_OFFER[language];
  return mentionsAny(text, our, true) && mentionsAny(text, verbs, true);
}

/**
 * "Можно ли получить машину без брони? Да, можно.", "Do you do gift cards? Yes!": a question answered
 * yes offers what it asks about; one that asks what the customer must do is a term (policy's).
 */
function answeredOffer(view: SentenceView): ExtractedPromise[] {
  if (answerTo(view) !== 'yes' || asksWhatIsRequired(view.text, view.context.language)) return [];
  return [sentencePromise(view, 'offered', { service: view.text.trim() } satisfies StatedServiceClaim)];
}

/** "Поможем с любыми вещами:": a lead-in names no service, the lines under it do. */
const isLeadIn = (sentence: string) => /:\s*$/.test(sentence);

function offeringSentences(context: ExtractContext): ExtractedPromise[] {
  const { language } = context;
  const cues = ALL_OFFER_CUES[language];
  return eachSentence(context).flatMap((view) =>
    isQuestion(view.text)
      ? answeredOffer(view)
      : !isLeadIn(view.text) &&
          (mentionsAny(view.text, cues, true) || offersByOurPeople(view.text, language) || saysPossible(view.text, language) || selfStatementKind(view) === 'offered') &&
          !mentionsAny(view.text, ANOTHERS_AVAILABILITY[language]) &&
          !INVITATION[language].test(view.text) &&
          !DENIED_OFFER[language].test(view.text)
        ? [sentencePromise(view, 'offered', { service: view.text.trim() } satisfies StatedServiceClaim)]
        : [],
  );
}

function profileServices(context: ExtractContext): ExtractedPromise[] {
  const phrases = (context.profile?.facts ?? []).flatMap((fact) =>
    fact.kind === 'offered' ? (fact.topics ?? [fact.label]).map((phrase) => ({ phrase, value: { service: phrase, factId: fact.id } satisfies OfferedClaim })) : [],
  );
  const found = findProfilePhrases(context, 'offered', phrases, 1);
  const deniedOnPage = new Set(findProfilePhrases(context, 'offered', phrases, 1, 'denied').map((promise) => (promise.value as OfferedClaim).factId));
  return found.map((promise) => {
    const sentence = sentenceText(context, promise);
    // Where the page itself says "we do not provide transportation", its other mentions ("the district's
    // transportation department") refer to the service; only an explicit offer still asserts it.
    const referredTo = deniedOnPage.has((promise.value as OfferedClaim).factId) && !mentionsAny(sentence, ALL_OFFER_CUES[context.language], true);
    const asserted =
      offersIt(sentence, (promise.value as OfferedClaim).service, context.language) &&
      !referredTo &&
      !DENIED_OFFER[context.language].test(sentence) &&
      !setsAside(sentence, context.language) &&
      !underExclusion(context.material.blocks, promise.span.block, context.language);
    return asserted ? { ...promise, value: { ...(promise.value as OfferedClaim), asserted: true as const } } : promise;
  });
}

/** Words that set a thing apart from what is offered: "кроме мягкой мебели", "not included". */
const EXCLUSION: Record<Language, string[]> = {
  ru: ['кроме', 'за исключением', 'не входит', 'не входят', 'не включено', 'не включены', 'оплачивается отдельно', 'оплачиваются отдельно'],
  en: ['except', 'excluding', 'other than', 'apart from', 'not included', 'excluded', 'exclusions', 'extra cost', 'at extra charge'],
};

/** "We don't have much experience with cats", "всё, кроме мягкой мебели": the sentence denies or sets the thing aside. */
const setsAside = (sentence: string, language: Language) => hasNegator(sentence, language) || mentionsAny(sentence, EXCLUSION[language]);

/** A list item whose lead-in ("В стоимость не входит:", "Not included:") sets its items aside. */
function underExclusion(blocks: Block[], index: number, language: Language): boolean {
  if (blocks[index]?.tag !== 'li') return false;
  let at = index;
  while (at > 0 && blocks[at - 1]!.tag === 'li') at--;
  // The lead-in may stand a note or two above the list.
  const leadIn = blocks
    .slice(Math.max(0, at - 3), at)
    .reverse()
    .find((block) => /:\s*$/.test(block.text) || isHeading(block));
  return leadIn !== undefined && setsAside(leadIn.text, language);
}

/** Words that hand the service to the customer: "send your child with a packed lunch", "bring your own towel". */
const CUSTOMER_BRINGS: Record<Language, string[]> = {
  ru: ['принесите', 'приносите', 'возьмите с собой', 'взять с собой', 'берите с собой', 'с собой', 'свой', 'своё', 'свое', 'свою', 'свои', 'своим'],
  // "pack" as a verb only: a "package" is no lunch packed.
  en: ['bring', 'send your', 'send their', 'pack a', 'pack your', 'pack their', 'packed lunch', 'your own', 'their own', 'need to send', 'need to bring'],
};

/** Words that open a contrasting clause: "Mats are provided, but you're welcome to bring your own". */
const CONTRAST: Record<Language, RegExp> = {
  ru: /,\s*(?:а|но|однако)(?!\p{L})|(?<!\p{L})(?:но|однако)(?!\p{L})/iu,
  en: /(?<!\p{L})(?:but|however|though|although)(?!\p{L})/iu,
};

/** Whether the clause that names the service offers it, not asks the customer to bring it. */
function offersIt(sentence: string, service: string, language: Language): boolean {
  const own = sentence.split(CONTRAST[language]).filter((clause) => mentionsAny(clause, [service]));
  return (own.length > 0 ? own : [sentence]).some((clause) => !mentionsAny(clause, CUSTOMER_BRINGS[language]));
}

const sentenceText = (context: ExtractContext, promise: ExtractedPromise) => context.material.blocks[promise.sentence.block]?.text.slice(promise.sentence.start, promise.sentence.end) ?? '';

/**
 * Services offered: a fact's topics ("выезд на дом", "gluten-free", "во сне") asserted, not
 * negated — the checks judge these; and, as an inventory, the items of service lists and the
 * sentences that offer a service, where no profile phrase stands.
 */
export const offeredExtractor: Extractor = {
  kind: 'offered',
  extract: (context) => {
    const judged = profileServices(context);
    const covered = new Set(judged.map((p) => `${p.sentence.block}:${p.sentence.start}`));
    const stated = [...listedServices(context), ...numberedServices(context), ...titledServices(context), ...tiledServices(context), ...pricedCards(context), ...offeringSentences(context)].filter(
      (p) => !covered.has(`${p.sentence.block}:${p.sentence.start}`),
    );
    const seen = new Set<string>();
    return [...judged, ...stated.filter((p) => !seen.has(`${p.span.block}:${p.span.start}`) && seen.add(`${p.span.block}:${p.span.start}`))];
  },
};
