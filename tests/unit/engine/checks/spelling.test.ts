import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon } from '../../../../cli/spelling/node-dictionaries';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { findingsOf } from './helpers';

const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon);
const profile: Profile = {
  format: 'sverka.profile/1',
  name: 'Фитнес-клуб «Атлет»',
  languages: ['ru'],
  names: [
    { id: 'brand', kind: 'organization', canonical: 'Атлет' },
    { id: 'street', kind: 'street', canonical: 'Marchmont Street' },
  ],
  glossary: { words: ['кроссфит', 'пилатес', 'табата'] },
};
const typos = async (text: string, userWords?: string[]) => {
  const findings = await findingsOf('spelling', profile, text, checker);
  return findings.filter((f) => !userWords?.includes(f.quote)).map((f) => [f.quote, f.suggestion]);
};

describe('spelling check', () => {
  it.each([
    ['Никаких очередей к тренажорам', 'тренажорам', 'тренажерам'],
    ['Запишитесь на консультацыю', 'консультацыю', 'консультацию'],
    ['Мы definately open on Sundays', 'definately', 'definitely'],
    ['Свежая выпечька каждый день', 'выпечька', 'выпечка'],
    ['Our recieve desk is open', 'recieve', 'receive'],
    ['Ждём вас в фитнесс-зале', 'фитнесс-зале', 'фитнес-зале'],
    ['Оформим бизнесс-ланч за минуту', 'бизнесс-ланч', 'бизнес-ланч'],
    ['Нужна справка по медецинским показаниям', 'медецинским', 'медицинским'],
  ])('%s', async (text, quote, suggestion) => {
    expect(await typos(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    'Групповые занятия: кроссфит, пилатес, табата и стретчинг.',
    'Клуб «Атлет» ждёт вас: фитнес, смузи-бар и коворкинг.',
    'Кешбэк 5% онлайн и офлайн.',
    'Запись по телефону +7 (495) 640-55-66 или на atlet-club.ru, почта hi@atlet-club.ru.',
    'УЗИ, МРТ и КТ в одном центре.',
    'Код акции: SPRING25.',
    'Visit us at 14 Marchmont Street in London.',
    'Инструктор Жанна Кравчук ведёт занятия.',
    'Тренажёрный зал и тренажерный зал — оба верно.',
    'Mixed line: тренировка and training.',
    'Grab our flyers: pilates, matcha and coworking on one floor.',
    'Подключим IP-телефонию и PDF-отчёты.',
    'Новый сезон! #фитнес #зож #атлетклаб @atlet_club',
    'Pre-order online, co-working upstairs, non-stop service.',
    'Вице-президент клуба и экс-чемпион ведут мега-тренировку.',
    'Ставим мульти-сплит системы и ультра-тонкие панели.',
    'Отзыв: тонировал киа соренто и хендай солярис, всё отлично.',
    "As seen in bakeworld's list of the best bakeries.",
  ])('accepts "%s"', async (text) => {
    expect(await typos(text)).toEqual([]);
  });

  it.each([
    // trade words of several trades
    'Кузовной ремонт, полировка и эвакуатор до техцентра; молдинги и расходники в наличии.',
    'Прайс: штробление стен, монтаж гипсокартона, укладка ламината и керамогранита, поклейка обоев.',
    'Кладка из пеноблоков, грунтовка бетоноконтактом, монтаж снегозадержателей и полотенцесушителей.',
    'Одноуровневые и трехуровневые потолки, некратные размеры, самовыравнивающаяся смесь.',
    'Лечение пульпита, экстирпация пульпы, шинирование зубов, бюгельный протез, ретракция десневого края.',
    'Мелирование, колорирование и филировка: запишитесь к мастеру.',
    'Аренда кроссовера посуточно, нужен скан паспорта.',
    'Домашняя вкуснота и выпечка на закваске.',
    'Стрижка джек-рассела, вельш-корги и цвергшнауцера; Мейн-кун — вычёсывание.',
    'ЦЕНЫ НА УСЛУГИ: звоните в ОТДЕЛ ПРОДАЖ, ООО «СТРОЙМАШ».',
    'Скачайте демо или закажите демо-показ.',
    // a plumber's terms; a capitalised possessive at a sentence start is its owner's name
    'Unvented cylinders and combi boilers serviced. Bucky’s league bowls on Mondays.',
    // abbreviations and cut words
    'Ед. изм. — пог. м, цена за шт. и за кв. м.',
    // surnames in reviews, also at a sentence start
    'Спасибо мастерам! Громову и Беловой отдельная благодарность. Сидорова Анна, постоянный клиент.',
    // British spellings and accented loanwords
    'Our café takes cheques; enquiries go to the off-licence counter.',
    'Crème brûlée and a naïve décor at the deli-café, by our colour specialists.',
    // the web a page links to, compounds of trade prefixes, clinical English
    'Мы вконтакте и в инстаграм; боди-массаж и кардио-зона по записи.',
    'Digital radiographs and an orthodontist on site.',
    // text as layouts leave it: soft hyphens, zero-width spaces, a word broken at a line's end
    'Сто\u00adимость при\u00adёма и кон\u200bсультации по записи.',
    'Стои-\nмость приёма указана в прайсе.',
    // a doubled vowel makes no word of a compound's parts ("скидо|очную")
    'Дарим скидочную карту каждому новому клиенту.',
    // two vowels from a common word, but a name (capitalised) or a prefix before a known word
    'Ask Dentalina about our offers; the subtemplates are unconfigured.',
    // ligatures copied out of a PDF: typography tells them; the letters are spelled right
    'Our ﬁrst ﬂower beds and a-la-carte garden care.',
    // a cut word before a lower-case word, informal English
    'Чистка изделий из натуральн. меха и искусств. кожи.',
    // a tailor's word the dictionaries lack
    'Пальто на подкладе, аквачистка пуховиков.',
    'Пледы (натуральн.), покрывала (синтетич.), шторы (искусств.; до 2 кг).',
    'A light (’ish) lunch before class.',
    // a short unknown word two slips from a common one ("цингу") is more likely a name or a term
    'Утренние занятия цигун в парке.',
    // compounds, not two words run together: English joins words freely, short or prefixing Russian parts build words
    'Update the bootloader, then read the changelog.',
    'Кроссплатформенный сервис с чекбоксами',
    // a verb's noun in the plural, which the dictionaries lack
    'We restore antique weavings and clear the prunings.',
    'Lunch à la carte; a class lasts 40 mins; pre-schoolers welcome.',
    // a trade word listed in the singular, in the plural that adds "s" to its "e"
    'Unlike most daycares, we keep dogs in small groups.',
    'Барные стулья в зале, а сканы принесите на флешке.',
    'Упакуем мебель в стрейч плёнку.',
    // the one who does what a listed verb says; a de- verb of the pet and stable trades; loanwords of shop talk
    'Renters and hirers sign the form; our trainers meet the borrowers.',
    'Yearly deworming and dewormers for every foal.',
    'Диваны премиум-класса ждут вас в нашем шоу-руме.',
    // "un-" before a participle, a possessive of a word with no plural
    'Leave your bikes at unoccupied racks, not in unrented stalls or in anyone else’s bay.',
  ])('stays silent on "%s"', async (text) => {
    expect(await typos(text)).toEqual([]);
  });

  it.each([
    [
      'Наименвание услуги и её стоимсоть',
      [
        ['Наименвание', 'Наименование'],
        ['стоимсоть', 'стоимость'],
      ],
    ],
    ['Коронки из металокерамики', [['металокерамики', 'металлокерамики']]],
    ['Стены из пенобетоных блоков', [['пенобетоных', 'пенобетонных']]],
    ['В наличии новые автомобилили', [['автомобилили', 'автомобили']]],
    ['Cleaning of the premesis after work', [['premesis', 'premises']]],
    ['Живём в подмосковье', [['подмосковье', 'Подмосковье']]],
    // two letters exchanged across one, a letter moved two places: long words only
    ['Доставка по всей терриротии области', [['терриротии', 'территории']]],
    ['Every repair comes with a guanratee', [['guanratee', 'guarantee']]],
    // a slip after "un-" is still a slip
    ['Our service is never unrelaible', [['unrelaible', 'unreliable']]],
    // a doubling moved to another letter
    ['Cakes for all special ocassions', [['ocassions', 'occasions']]],
    // two vowels misheard in a long word written small
    ['Our town has a proud cycling heretige', [['heretige', 'heritage']]],
    ['Check the availiblity of rooms online', [['availiblity', 'availability']]],
    // a doubling left out and a vowel misheard, in English
    ['The hosts were kind and accomidating', [['accomidating', 'accommodating']]],
    ['We recomend booking early', [['recomend', 'recommend']]],
    // a word of six letters or more set in capitals is a word, mended in capitals
    ['Выберите пакет КОМФРТ на неделю', [['КОМФРТ', 'КОМФОРТ']]],
    // two Russian words with the space between them lost
    ['Чтобы заказатьдоставку, позвоните нам', [['заказатьдоставку', 'заказать доставку']]],
  ] as const)('fires on "%s"', async (text, expected) => {
    expect(await typos(text)).toEqual(expected);
  });

  it('reads two words that two elements set side by side as two words, and a typo across them as a typo', async () => {
    const { checkMaterials } = await import('../../../../engine/engine');
    const { materialFromDocument } = await import('../../../../engine/material/from-dom');
    const { parseHtmlDocument } = await import('../../../../engine/material/parse-html');
    const quotes = async (html: string) =>
      (await checkMaterials([materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'ru')], profile, { only: ['spelling'], spellChecker: checker })).findings.map((f) => f.quote);
    expect(await quotes('<p><span>Звоните нам</span>с 9 до 21, ждём.</p>')).toEqual([]);
    expect(await quotes('<p><span>Звоните нам</span>с 9 до 21, <b>стри</b>жкка по записи.</p>')).toEqual(['стрижкка']);
  });

  it('reads a short word in a table cell as a unit, not a typo', async () => {
    const { checkMaterials } = await import('../../../../engine/engine');
    const { materialFromText } = await import('../../../../engine/material/from-text');
    const material = materialFromText('м пог', { id: 's1', kind: 'text', location: 't' }, 'ru');
    const report = await checkMaterials([{ ...material, blocks: material.blocks.map((block) => ({ ...block, tag: 'td' })) }], profile, { only: ['spelling'], spellChecker: checker });
    expect(report.findings).toEqual([]);
  });

  it('reads three or more capitalised labels of one table that look like typos as names, and one as a typo', async () => {
    const { checkMaterials } = await import('../../../../engine/engine');
    const { materialFromDocument } = await import('../../../../engine/material/from-dom');
    const { parseHtmlDocument } = await import('../../../../engine/material/parse-html');
    const table = (labels: string[]) => `<table><tr><th>Порода</th><th>Цена</th></tr>${labels.map((label) => `<tr><td>${label}</td><td>1500 ₽</td></tr>`).join('')}</table>`;
    const quotes = async (labels: string[]) => {
      const material = materialFromDocument(parseHtmlDocument(table(labels)), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
      return (await checkMaterials([material], profile, { only: ['spelling'], spellChecker: checker })).findings.map((f) => f.quote);
    };
    expect(await quotes(['Стрижкка', 'Мытте', 'Сушкка', 'Пудель'])).toEqual([]);
    expect(await quotes(['Стрижка', 'Стрижкка когтей', 'Пудель'])).toEqual(['Стрижкка']);
  });

  it('reads a capitalised word one slip from a common one as a name in a list of names the dictionaries lack', async () => {
    const list = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
    const quotes = async (items: string[], glossary: string[] = []) => {
      const material = materialFromDocument(parseHtmlDocument(list(items)), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
      return (await checkMaterials([material], { ...profile, glossary: { words: glossary } }, { only: ['spelling'], spellChecker: checker })).findings.map((f) => f.quote);
    };
    expect(await quotes(['Гигиенол', 'Вермитокс', 'Дезолан', 'Ортикан'])).toEqual([]);
    expect(await quotes(['Гигиенол форте', 'Вермитокс', 'Дезолан'], ['Вермитокс', 'Дезолан'])).toEqual([]);
    expect(await quotes(['Гигиенол', 'Стирка', 'Глажка', 'Вермитокс'])).toEqual(['Гигиенол']);
  });

  it('flags a Latin letter typed for a Russian word of one letter, and leaves labels, units and English alone', async () => {
    const quotes = async (text: string) => (await findingsOf('spelling', profile, text, checker)).map((f) => [f.quote, f.suggestion]);
    expect(await quotes('Тренировки c 7:00 до 23:00 каждый день.')).toEqual([['c 7:00', 'с 7:00']]);
    expect(await quotes('Полотенце можно взять y администратора.')).toEqual([['y администратора', 'у администратора']]);
    expect(await quotes('C понедельника открыт второй зал.')).toEqual([['C понедельника', 'С понедельника']]);
    expect(await quotes('Зал класса A и витамин C в баре.')).toEqual([]);
    expect(await quotes('Разгон до сотни за 5 c на тренажёре.')).toEqual([]);
    expect(await quotes('Слоган Train like a pro у входа.')).toEqual([]);
    expect(await quotes('Для гостей из-за рубежа: a 10% discount on Mondays.')).toEqual([]);
  });

  it('mends the word after a clipped part of a compound, and leaves compounds of known words alone', async () => {
    expect(await typos('Оформим всё через госуслугги.')).toEqual([['госуслугги', 'госуслуги']]);
    expect(await typos('Работаем с госструктурамми района.')).toEqual([['госструктурамми', 'госструктурами']]);
    expect(await typos('Средства для дезслужб и хозмагов, медклиники и эколайфы.')).toEqual([]);
  });

  it('reads a word hyphened to a capitalised name no list knows as part of the name', async () => {
    expect(await typos('Гель Витафлор - дента для дёсен.')).toEqual([]);
    expect(await typos('Гель Витафлор-дента для дёсен.')).toEqual([]);
    expect(await typos('Москва - столца России.')).toEqual([['столца', 'столица']]);
    // A name the glossary knows is still one the dictionaries lack.
    expect((await findingsOf('spelling', { ...profile, glossary: { words: ['Витафлор'] } }, 'Гель Витафлор - дента для дёсен.', checker)).map((f) => f.quote)).toEqual([]);
  });

  it('stays silent on an unknown word with no close correction', async () => {
    expect(await typos('Процедура флюорокластизации эмали')).toEqual([]);
  });

  it('prefers the spelling the same text uses', async () => {
    expect(await typos('Удаление ретенированного зуба. Иссечение капюшона ретинированного зуба.')).toEqual([['ретинированного', 'ретенированного']]);
  });

  it('makes one finding of a repeated typo, with the other places related', async () => {
    const text = 'Наименвание работ: штукатурка. Наименвание работ: покраска.';
    const findings = await findingsOf('spelling', profile, text, checker);
    expect(findings).toHaveLength(1);
    const second = text.lastIndexOf('Наименвание');
    expect(findings[0]!.related).toEqual([{ source: 's1', quote: 'Наименвание', location: { block: 0, start: second, end: second + 11 } }]);
  });

  it('accepts the user’s own words', async () => {
    const findings = await findingsOf('spelling', profile, 'Занятие по растяжкке', checker);
    expect(findings).toHaveLength(1);
    const report = await import('../../../../engine/engine').then(({ checkMaterials }) =>
      import('../../../../engine/material/from-text').then(({ materialFromText }) =>
        checkMaterials([materialFromText('Занятие по растяжкке', { id: 's1', kind: 'text', location: 't' }, 'ru')], profile, { only: ['spelling'], spellChecker: checker, userWords: ['растяжкке'] }),
      ),
    );
    expect(report.findings).toEqual([]);
  });

  it('mends a dropped letter in a title-case English heading, and leaves its names and jargon alone', async () => {
    const en: Profile = { format: 'sverka.profile/1', name: 'Bakery', languages: ['en'] };
    const quotes = async (html: string) =>
      (await checkMaterials([materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'en')], en, { only: ['spelling'], spellChecker: checker })).findings.map((f) => [
        f.quote,
        f.suggestion,
      ]);
    expect(await quotes('<h2>Bakery Poicies</h2><p>Read them before you order.</p>')).toEqual([['Poicies', 'Policies']]);
    expect(await quotes('<h2>Meet Jane Sumners</h2><h2>Server Prerender Support</h2><p>Read on.</p>')).toEqual([]);
  });
});

describe('payment brands one slip away', () => {
  const en: Profile = { format: 'sverka.profile/1', name: 'Bakery', languages: ['en'] };
  const brandSlips = async (text: string) => (await findingsOf('spelling', en, text, checker)).map((f) => [f.quote, f.suggestion]);

  it.each([
    ['Pay online by credit card or Payal.', 'Payal', 'PayPal'],
    ['We take cash, Venom and cards.', 'Venom', 'Venmo'],
    ['Deposits can be paid via Zele within a day.', 'Zele', 'Zelle'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await brandSlips(text)).toContainEqual([quote, suggestion]);
  });

  it.each(['Our baker Payal Shah made the cake. Pay by card or PayPal, or by Paypal on the app.', 'The Venom cake is our darkest. Ask Paul or Mark at the till. We pay Zelda on Fridays by cheque.'])(
    'leaves "%s" alone',
    async (text) => {
      expect((await brandSlips(text)).filter(([, suggestion]) => ['PayPal', 'Venmo', 'Zelle'].includes(suggestion!))).toEqual([]);
    },
  );
});

describe('two words run together that the page writes apart', () => {
  const en: Profile = { format: 'sverka.profile/1', name: 'Bakery', languages: ['en'] };
  const joined = async (text: string) => (await findingsOf('spelling', en, text, checker)).map((f) => [f.quote, f.suggestion]);

  it('flags "cakestand" where the page writes "cake stand"', async () => {
    expect(await joined('Hire a cake stand for the party. Every cakestand is washed after use.')).toContainEqual(['cakestand', 'cake stand']);
  });

  it.each([
    'Hire a cakestand for the party. Every stand is washed after use.',
    'Visit our web site or the website. A make up artist does your makeup. Check out at the checkout.',
    // an address writes its owner's name joined
    'Cakes by Anna Belford: order at https://shop.example.com/annabelford/cakes today.',
    // a name's halves are no words of the language: joined, it is a handle
    'Cakes by Anna Belford. Follow annabelford for new flavours.',
  ])('leaves "%s" alone', async (text) => {
    expect((await joined(text)).filter(([, suggestion]) => suggestion?.includes(' '))).toEqual([]);
  });
});

describe('ranked suggestions', () => {
  it('offers the likeliest slip of a common word, not the first one found', async () => {
    expect(await typos('Кстате, мы открыты до девяти.')).toEqual([['Кстате', 'Кстати']]);
    expect(await typos('Обсудим следущий шаг завтра.')).toEqual([['следущий', 'следующий']]);
  });

  it('splits a word run together into two frequent words, or a word and its particle', async () => {
    expect(await typos('Я незнаю, когда привезут.')).toEqual([['незнаю', 'не знаю']]);
    expect(await typos('Онибыли у нас вчера.')).toEqual([['Онибыли', 'Они были']]);
    expect(await typos('Кто-то звонил, ктото писал.')).toEqual([['ктото', 'кто-то']]);
  });

  it('leaves a known word alone though it splits into two ("насчёт", "потому")', async () => {
    expect(await typos('Позвоните насчёт заказа, потому что завтра выходной.')).toEqual([]);
  });
});
