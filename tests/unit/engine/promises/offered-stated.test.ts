import { describe, expect, it } from 'vitest';
import { checkMaterials, extractPromises } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';
import { offeredExtractor } from '../../../../engine/promises/offered';

const page = (html: string, language: 'ru' | 'en' = 'ru') => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' }, language);
const services = (html: string, language: 'ru' | 'en' = 'ru') => extractPromises(page(html, language), undefined, [offeredExtractor]).map((p) => p.quote);

describe('services a page states', () => {
  it('reads the items of a list under a heading that names services', () => {
    expect(services('<h2>Наши услуги</h2><ul><li>Чистка кофемашин</li><li>Замена жерновов</li></ul><p>Звоните: 8 800 000-00-00</p>')).toEqual(['Чистка кофемашин', 'Замена жерновов']);
  });

  it('reads the items under a heading that says what the business will do, an icon before each', () => {
    const item = (text: string) => `<li><div><i class="icon"></i></div> ${text}</li>`;
    const html = `<h3>Что нужно от вас?</h3><ul>${item('Принести паспорт')}</ul><h3>Что мы сделаем?</h3><ul>${item('Переведём документы')}${item('Заверим копии у нотариуса')}</ul>`;
    expect(services(html)).toEqual(['Переведём документы', 'Заверим копии у нотариуса']);
  });

  it("reads the items of a list under a heading of what the price includes, each item's text in a paragraph", () => {
    const item = (text: string) => `<li><img src="tick.png" alt=""><p> ${text}</p></li>`;
    const html = `<h2>Что входит в стоимость абонемента</h2><div><ul>${item('Разминка с тренером')}${item('Полотенце и шкафчик')}</ul></div><h2>Отзывы</h2><p>Нам очень понравилось.</p>`;
    expect(services(html)).toEqual(['Разминка с тренером', 'Полотенце и шкафчик']);
  });

  it('reads no paragraphs under such a heading as items when they stand in no list', () => {
    expect(services('<h2>Что входит в стоимость абонемента</h2><div><p>Подробности уточняйте у администратора по телефону.</p></div>')).toEqual([]);
  });

  it('reads the list under a heading that leads into it with a colon or names a service, not a list of requirements, contacts or partners', () => {
    expect(services('<h3>Facilities:</h3><ul><li>Heated indoor pool</li><li>Free parking for guests</li></ul>', 'en')).toEqual(['Heated indoor pool', 'Free parking for guests']);
    expect(services('<h3>Full Service Detailing</h3><ul><li>Hand wash</li><li>Interior vacuum</li></ul>', 'en')).toEqual(['Full Service Detailing', 'Hand wash', 'Interior vacuum']);
    expect(services('<h3>Что нужно взять с собой:</h3><ul><li>Сменная обувь</li><li>Полотенце</li></ul>')).toEqual([]);
    expect(services('<h3>Наши партнёры:</h3><ul><li>Школа танцев «Ритм»</li><li>Клуб «Старт»</li></ul>')).toEqual([]);
    expect(services('<h3>Our Friends</h3><ul><li>City Youth Orchestra</li></ul><h3>Latest news</h3><ul><li>Summer camp photos</li></ul>', 'en')).toEqual([]);
  });

  it('reads a grid of service tiles, a label broken over two lines read whole', () => {
    const tile = (label: string) => `<div class="tile"><div class="icon"></div><span>${label}</span></div>`;
    const html = ['Чистка ковров', 'Химчистка мебели', 'Мойка окон<br>на высоте', 'Озонирование', 'Уборка после ремонта', 'Вывоз мусора'].map(tile).join('');
    expect(services(html)).toEqual(['Чистка ковров', 'Химчистка мебели', 'Мойка окон на высоте', 'Озонирование', 'Уборка после ремонта', 'Вывоз мусора']);
  });

  it('takes no short lines for tiles when few name work or a menu word stands among them', () => {
    const lines = (items: string[]) => items.map((item) => `<div>${item}</div>`).join('');
    expect(services(lines(['Иван Петров', 'Мария Сидорова', 'Олег Смирнов', 'Анна Козлова', 'Шумоизоляция', 'Павел Орлов']))).toEqual([]);
    expect(services(lines(['Главная', 'Тонирование', 'Полировка', 'Бронирование', 'Шумоизоляция', 'Контакты']))).toEqual([]);
  });

  it('reads short lines after a lead-in that ends with a colon', () => {
    const html = '<p>Services offered at the counter:</p><p>Key cutting</p><p>Shoe repairs while you wait</p><p>Open until 5 pm today.</p>';
    expect(services(html, 'en')).toEqual(['Key cutting', 'Shoe repairs while you wait']);
  });

  it('reads the titles of sections that name a kind of work', () => {
    const html = '<h2>Ремонт обуви</h2><p>Меняем набойки и молнии, подшиваем голенища.</p><h2>Прейскурант на ремонт обуви</h2><p>Набойки — 400 ₽</p><h2>Отзывы</h2><p>Всё сделали быстро.</p>';
    // The title names the service; the sentence under it, "мы" left out, says what the business does.
    expect(services(html)).toEqual(['Ремонт обуви', 'Меняем набойки и молнии, подшиваем голенища.']);
    expect(services('<h3>Beginner Guitar Lessons</h3><p>We start with chords and simple songs.</p>', 'en')).toEqual(['Beginner Guitar Lessons', 'We start with chords and simple songs.']);
  });

  it('reads the short lines under a heading that asks how the business can help', () => {
    expect(services('<h2>Как мы можем помочь?</h2><p>Оценка ущерба</p><p>Фотофиксация<br>с места аварии</p><h2>Отзывы</h2><p>Спасибо за помощь</p>')).toEqual(['Оценка ущерба', 'Фотофиксация с места аварии']);
  });

  it('reads the short numbered lines under a heading that names a package, past their numbers', () => {
    const lines = (items: string[]) => items.map((item, i) => `<div>${i + 1}. ${item}</div>`).join('');
    const html = `<h2>Silver Package "Weekly Care"</h2><p>All you do is enjoy the garden.</p>${lines(['Mow the lawn', 'Trim the hedges along the drive and around the patio, then clear every cutting away before we leave', 'Weed the beds'])}`;
    expect(services(html, 'en')).toEqual(['Mow the lawn', 'Weed the beds']);
    expect(services(`<h2>How to book</h2>${lines(['Call the office', 'Pick a day', 'Meet the gardener'])}`, 'en')).toEqual([]);
    expect(services(`<h2>Silver Package</h2>${lines(['Mow the lawn', 'Weed the beds'])}`, 'en')).toEqual([]);
  });

  it('reads any short title under a heading that introduces kinds', () => {
    const card = (title: string, text: string) => `<div class="card"><p><b>${title}</b></p><p>${text}</p></div>`;
    const html = `<h3>Виды чистки</h3>${card('Сухая', 'Подходит для шерсти и шёлка.')}${card('Влажная', 'Для хлопка и льна.')}`;
    expect(services(html)).toEqual(['Сухая', 'Влажная']);
  });

  it('reads the items of a list after a lead-in that names programmes', () => {
    const html = '<p>У нас можно записаться на следующие программы:</p><ul><li>Разговорный клуб для взрослых</li><li>Подготовка к школьным олимпиадам</li></ul>';
    expect(services(html)).toEqual(['Разговорный клуб для взрослых', 'Подготовка к школьным олимпиадам']);
  });

  it('reads a sentence that offers a service', () => {
    expect(services('<p>Мы предлагаем выездную чистку ковров по всему району.</p>')).toEqual(['Мы предлагаем выездную чистку ковров по всему району.']);
    expect(services('<p>We specialise in sash window repairs for period homes.</p>', 'en')).toEqual(['We specialise in sash window repairs for period homes.']);
  });

  it.each([
    ['a menu that holds navigation words', '<div>Услуги</div><ul><li>Главная</li><li>Ремонт обуви</li><li>Контакты</li></ul>'],
    ['an English site menu', '<h3>Services</h3><ul><li>Home</li><li>Boiler servicing</li><li>About us</li></ul>'],
    ['a question', '<p>Предлагаем ли мы выезд на дом?</p>'],
    ['an invitation to the reader', '<p>Предлагаем ознакомиться с разделами сайта.</p>'],
    ['a word that only starts like a cue', '<p>Список работ, предоставляемых мастерской.</p>'],
    ['a list with no lead-in about services', '<h2>Наша команда</h2><ul><li>Анна</li><li>Борис</li></ul>'],
    ['short paragraphs under a services heading', '<h2>Услуги</h2><p>Звоните нам заранее</p><p>Ждём вас</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(services(html)).toEqual([]);
  });

  it('does not take a question naming a service the profile rules out for an offer of it', async () => {
    const profile: Profile = {
      format: 'sverka.profile/1',
      name: 'Прокат «Колесо»',
      languages: ['ru'],
      facts: [{ id: 'chauffeur', kind: 'offered', label: 'Прокат с шофёром', topics: ['с шофером'], value: false }],
    };
    const material = page('<div>Можно взять машину с шофёром?</div><p>Нет, мы сдаём машины только без шофёра.</p>');
    const report = await checkMaterials([material], profile, { only: ['contradiction'] });
    expect(report.findings).toEqual([]);
  });

  it('leaves a listed service that names no fact of the profile unjudged', async () => {
    const profile: Profile = {
      format: 'sverka.profile/1',
      name: 'Мастерская «Шило»',
      languages: ['ru'],
      facts: [{ id: 'keys', kind: 'offered', label: 'Изготовление ключей', topics: ['изготовление ключей'], value: false }],
    };
    const material = page('<h2>Услуги</h2><ul><li>Ремонт обуви</li><li>Заточка ножей</li></ul>');
    const report = await checkMaterials([material], profile, { only: ['contradiction'] });
    expect(report.findings).toEqual([]);
    expect(report.promises.map((p) => p.status)).toEqual(['unknown', 'unknown']);
  });
});

describe('services a plan covers and things provided', () => {
  it('reads items that open with a count under a lead-in that says what a plan covers', () => {
    const html = '<p>The Smile Club plan costs £9 a month and covers:</p><ul><li>2 check-ups a year</li><li>gum health screening</li><li>Open 9 to 5 daily</li></ul>';
    expect(services(html, 'en')).toEqual(['2 check-ups a year', 'gum health screening']);
  });

  it('reads a sentence that says a thing is provided, not one that denies it', () => {
    expect(services('<p>Paddles and life jackets are provided for every rower.</p>', 'en')).toEqual(['Paddles and life jackets are provided for every rower.']);
    expect(services('<p>Towels are not provided, please bring your own.</p>', 'en')).toEqual([]);
    expect(services('<p>Постельное бельё не предоставляется.</p>')).toEqual([]);
    expect(services('<p>Гостям предоставляется парковка у входа.</p>')).toEqual(['Гостям предоставляется парковка у входа.']);
  });
});

describe('what a room includes, what a business helps with', () => {
  it('reads a sentence that says what a unit includes or features', () => {
    expect(services('<p>Every cabin includes a wood stove and a reading nook.</p>', 'en')).toEqual(['Every cabin includes a wood stove and a reading nook.']);
  });

  it.each([
    'Мы бережно упакуем посуду и книги.',
    'Поможем со сборкой шкафа на новом месте.',
    'Доставим диван к подъезду в день покупки.',
    'Для переезда мы предоставим бригаду и фургон.',
    'Наши мастера помогут подобрать ткань для штор.',
    'Мы возьмём на себя вывоз старой мебели.',
    'Каждому гостю обеспечен трансфер от вокзала.',
  ])('reads the business\'s "we will" of a service: "%s"', (text) => {
    expect(services(`<p>${text}</p>`)).toEqual([text]);
  });

  it.each(['Эти советы помогут вам выбрать ткань.', 'Мы не доставим заказ в выходные.', 'Поможем ли мы с выбором?'])('stays silent on help that is not a service of the business: "%s"', (text) => {
    expect(services(`<p>${text}</p>`)).toEqual([]);
  });

  it('reads the lines under a heading that says what it helps with', () => {
    const html = '<h2>Поможем с любыми вещами:</h2><p>Пуховики</p><p>Шторы и тюль</p><h2>Контакты</h2>';
    expect(services(html)).toEqual(['Пуховики', 'Шторы и тюль']);
  });
});

describe('a service list with figured items among its lines', () => {
  it('passes over items with figures and reads the rest', () => {
    const html = '<h3>Услуги мастерской для часов</h3><ul><li>Модель Ракета 2609</li><li>Модель Полёт 3133</li></ul><ol><li>Замена ремешка</li><li>Полировка стекла</li></ol><p>Работаем без выходных.</p>';
    expect(services(html)).toEqual(['Замена ремешка', 'Полировка стекла']);
  });

  it('still reads a run that holds a menu word as a menu', () => {
    const html = '<h3>Услуги</h3><ul><li>Модель 2609</li><li>Главная</li><li>Замена ремешка</li></ul>';
    expect(services(html)).toEqual([]);
  });
});

describe('what a tariff card includes', () => {
  it('reads the list under a heading whose section states a price', () => {
    const html = '<h2>Climbing pass</h2><ul><li>Entry to both bouldering walls</li><li>Shoe hire on weekdays</li></ul><p>£45 a month</p><h2>Find us</h2>';
    expect(services(html, 'en')).toEqual(['Entry to both bouldering walls', 'Shoe hire on weekdays']);
  });

  it('does not read a list under a heading with no price in its section', () => {
    const html = '<h2>Our story</h2><ul><li>Founded by two friends</li><li>Moved to the quay later</li></ul><h2>Prices</h2><p>£45 a month</p>';
    expect(services(html, 'en')).toEqual([]);
  });
});

describe('what a priced card includes, and lines a heading leads into', () => {
  it('reads the list right under a priced line, not its clauses or denials', () => {
    const html = '<p>Portrait session $150</p><ul><li>20 edited photos</li><li>Private online gallery</li><li>Guests are welcome to watch</li><li>(Prints not included)</li></ul>';
    expect(services(html, 'en')).toEqual(['20 edited photos', 'Private online gallery']);
  });

  it('reads the title-like lines under a heading that leads into them', () => {
    expect(services('<h4>Areas we serve</h4><p>Harbourside</p><p>Old Town</p><h4>Follow us</h4>', 'en')).toEqual(['Harbourside', 'Old Town']);
    expect(services('<h3>We can help you with</h3><p>Repainting shopfronts</p><p>Call us for a quote today.</p>', 'en')).toEqual(['Repainting shopfronts']);
  });

  it('stays silent on short lines under a bare services heading', () => {
    expect(services('<h3>Services</h3><p>Call us first</p><p>See you soon</p>', 'en')).toEqual([]);
  });

  it('reads a title built on a noun of work, but not the business name built on one', () => {
    const profile: Profile = { format: 'sverka.profile/1', name: 'Quayside Painting', languages: ['en'] };
    const html = '<h1>Quayside Painting</h1><p>Family run since 1990.</p><h3>Interior Painting</h3><p>Walls, ceilings and trims.</p>';
    expect(extractPromises(page(html, 'en'), profile, [offeredExtractor]).map((p) => p.quote)).toEqual(['Interior Painting']);
  });
});

describe('sentences that offer with a modal or say a thing is available', () => {
  it.each(["<p>For birthdays we'll arrange a cake and candles.</p>", '<p>We can also provide a projector for talks.</p>', '<p>Bike storage is available for every guest.</p>'])('reads %s', (html) => {
    expect(services(html, 'en')).toHaveLength(1);
  });

  it.each([
    ['someone else available to do something', '<p>Make sure an adult is available to sign for the parcel.</p>'],
    ['another party supplying it', '<p>Fishing permits are available from the tackle shop in town.</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(services(html, 'en')).toEqual([]);
  });
});

describe('bulleted lines and counted items under a lead-in of what is included', () => {
  it('reads lines set with a bullet as list items, past the bullet, counts and all', () => {
    const html = '<h3>Included with every booking:</h3><div>• Use of the orchard for photos</div><div>• Benches for up to 60 guests</div><div>• A 3-tier cake stand</div>';
    expect(services(html, 'en')).toEqual(['Use of the orchard for photos', 'Benches for up to 60 guests', 'A 3-tier cake stand']);
  });

  it('passes over items whose figures are a price, an hour or a phone', () => {
    const html = '<h3>Included:</h3><div>• Garden access</div><div>• Open 9-17 daily</div><div>• Breakfast at 8:30</div><div>• Extra chairs $5 each</div><div>• Call 0161 496 0000</div>';
    expect(services(html, 'en')).toEqual(['Garden access']);
  });

  it('reads nothing under a lead-in that sets its items aside', () => {
    expect(services('<p>В стоимость не входит:</p><ul><li>Обед в кафе</li><li>Трансфер из аэропорта</li></ul>')).toEqual([]);
    expect(services('<h3>Not included:</h3><div>• Table linen</div><div>• Catering</div>', 'en')).toEqual([]);
  });

  it('reads no bullet-less paragraph with a figure inside under such a lead-in', () => {
    expect(services('<p>В стоимость входит:</p><p>Завтрак в отеле</p><p>Ужин на 20 гостей</p>')).toEqual(['Завтрак в отеле']);
  });
});

describe('a list of services split by short titles', () => {
  it('reads the items on past a title line that groups them under one lead-in', () => {
    const html = '<p>Наши услуги</p><ul><li>Стрижка газона</li><li>Обрезка кустов</li></ul><p>ОБЪЕКТЫ</p><ul><li>Частные дома</li><li>Дачные участки</li></ul><p>Как нас найти</p>';
    expect(services(html)).toEqual(['Стрижка газона', 'Обрезка кустов', 'Частные дома', 'Дачные участки']);
  });

  it('stops at a title of contacts, of exclusions or at a heading tag', () => {
    expect(services('<p>Наши услуги</p><ul><li>Стрижка газона</li></ul><p>Контакты</p><ul><li>Садовая улица, 5</li></ul>')).toEqual(['Стрижка газона']);
    expect(services('<p>Наши услуги</p><ul><li>Стрижка газона</li></ul><p>Не входит в стоимость</p><ul><li>Вывоз веток</li></ul>')).toEqual(['Стрижка газона']);
    expect(services('<p>Our services</p><ul><li>Lawn mowing</li></ul><h3>Our friends</h3><ul><li>Green Club</li></ul>', 'en')).toEqual(['Lawn mowing']);
  });
});

describe('services said in the third person, a service area, amenities', () => {
  it('reads the business named in the third person offering a service, and future verbs of work', () => {
    expect(services('<p>Ателье оказывает услуги по ремонту кожаных курток.</p>')).toEqual(['Ателье оказывает услуги по ремонту кожаных курток.']);
    expect(services('<p>Готовый заказ мы отправим курьерской службой.</p>')).toEqual(['Готовый заказ мы отправим курьерской службой.']);
    expect(services('<p>Подсветка салона - дополнительная услуга.</p>')).toEqual(['Подсветка салона - дополнительная услуга.']);
  });

  it('reads a service area, what a place provides and how the work will be done', () => {
    expect(services('<p>Now serving Riverton and the nearby villages.</p>', 'en')).toEqual(['Now serving Riverton and the nearby villages.']);
    expect(services('<p>The orchard provides a quiet setting for small parties.</p>', 'en')).toEqual(['The orchard provides a quiet setting for small parties.']);
    expect(services('<p>For itchy skin we will use a mild oatmeal shampoo.</p>', 'en')).toEqual(['For itchy skin we will use a mild oatmeal shampoo.']);
  });

  it("reads a list under a heading of amenities, an initial's dot no sentence end", () => {
    expect(services('<h3>Amenities</h3><ul><li>Full use of the A.B. Carter Hall</li><li>Modern kitchen: an oven and a fridge</li></ul>', 'en')).toEqual([
      'Full use of the A.B. Carter Hall',
      'Modern kitchen: an oven and a fridge',
    ]);
  });

  it('stays silent on a third person verb in a question or a denial', () => {
    expect(services('<p>Оказывает ли салон услуги на дому?</p>')).toEqual([]);
    expect(services('<p>Салон не оказывает услуги на дому.</p>')).toEqual([]);
  });
});

describe('an offer put as a noun or as what is possible', () => {
  it('reads "Предоставление …", "…осуществляется…", "Возможна …", "Допустимо …"', () => {
    expect(services('<p>Предоставление подменного автомобиля на время ремонта.</p>')).toEqual(['Предоставление подменного автомобиля на время ремонта.']);
    expect(services('<p>Доставка осуществляется в пределах кольцевой дороги.</p>')).toEqual(['Доставка осуществляется в пределах кольцевой дороги.']);
    expect(services('<p>Возможна оплата частями.</p>')).toEqual(['Возможна оплата частями.']);
    expect(services('<p>Допустимо изготовление ключей по фото.</p>')).toEqual(['Допустимо изготовление ключей по фото.']);
  });

  it('stays silent on a hedge ("Возможно, …") and on what is not possible', () => {
    expect(services('<p>Возможно, вам понравится наш новый зал.</p>')).toEqual([]);
    expect(services('<p>Это не возможно сделать за день.</p>')).toEqual([]);
  });
});

describe('what the place has', () => {
  it('reads "Имеется …", "Рядом есть …", "У нас есть …"', () => {
    expect(services('<p>Во дворе имеется охраняемая стоянка.</p><p>Рядом есть детская площадка.</p><p>У нас есть игровая комната.</p>')).toEqual([
      'Во дворе имеется охраняемая стоянка.',
      'Рядом есть детская площадка.',
      'У нас есть игровая комната.',
    ]);
  });

  it('reads what the reader may have done here, not a question of it', () => {
    expect(services('<p>У нас проходят вечерние занятия йогой.</p><p>Можно заказать выезд мастера.</p>')).toEqual(['У нас проходят вечерние занятия йогой.', 'Можно заказать выезд мастера.']);
    expect(services('<p>Можно ли заказать выезд мастера?</p>')).toEqual([]);
  });

  it('stays silent on "есть" of another subject', () => {
    expect(services('<p>Вопросы есть всегда.</p>')).toEqual([]);
  });
});

describe('what a price includes, and lists of the following programmes', () => {
  it('reads what a price or a package includes, not a request of the reader', () => {
    expect(services('<p>Rates include two paddles and life jackets.</p>', 'en')).toEqual(['Rates include two paddles and life jackets.']);
    expect(services('<p>Please include your booking number in the email.</p>', 'en')).toEqual([]);
    expect(services('<p>The studio has a small kitchen for guests.</p>', 'en')).toEqual(['The studio has a small kitchen for guests.']);
    expect(services('<p>Every pupil will receive a practice book.</p>', 'en')).toEqual(['Every pupil will receive a practice book.']);
  });

  it('reads the items under a lead-in "по следующим …"', () => {
    expect(services('<h3>Школа ведёт обучение по следующим программам:</h3><ul><li>Рисунок для начинающих</li><li>Акварельная живопись</li></ul>')).toEqual(['Рисунок для начинающих', 'Акварельная живопись']);
  });
});

describe('labelled items of a list of amenities', () => {
  it('reads an item whose value past its label names a service, passing over long labelled items', () => {
    const html =
      '<h3>Amenities</h3><ul><li>Event Help: we set up the chairs and tables, we clear them away after and we sweep the floor for you.</li><li>Kitchen: a full kitchen with two ovens and a large fridge.</li><li>Parking: free lighted parking for all guests.</li></ul>';
    expect(services(html, 'en')).toEqual(['Kitchen: a full kitchen with two ovens and a large fridge.', 'Parking: free lighted parking for all guests.']);
  });

  it('still ends the list at a long item with no label', () => {
    const html = '<h3>Amenities</h3><ul><li>Quiet garden</li><li>A garden path that winds past the old orchard and the pond down to the river bank and the boat house.</li><li>Free parking</li></ul>';
    expect(services(html, 'en')).toEqual(['Quiet garden']);
  });
});

describe('classes titled under a short heading of classes, and the cards of a tariff grid', () => {
  it('reads each class title under a short heading of classes, its bracketed ages no figures of a price', () => {
    const html = '<h1>Dance Studio – Class Descriptions</h1><h2>Sparklers (3-4 years)</h2><p>A gentle first class with music and games.</p><h2>Jazz Juniors</h2><p>Turns and leaps for confident movers.</p>';
    expect(services(html, 'en')).toEqual(['Sparklers (3-4 years)', 'Jazz Juniors']);
  });

  it('reads no subtitles under a long title that only begins with a word of courses', () => {
    const html = '<h1>Курсы подготовки к олимпиадам по физике для учеников 9 классов</h1><h2>Спокойствие</h2><p>Занимаемся без спешки.</p><h2>Дисциплина</h2><p>Следим за посещаемостью.</p>';
    expect(services(html)).toEqual([]);
  });

  it('reads the title of each card with a description and a price line as a tariff', () => {
    const html =
      '<div>Тарифы</div><div>Занятия вдвоём</div><div>Для тех, кто хочет учиться с подругой.</div><div>4 урока</div><div>3 200 ₽</div>' +
      '<div>Мини-группа</div><div>Весело и недорого.</div><div>8 уроков</div><div>4 800 ₽</div>';
    expect(services(html)).toEqual(['Занятия вдвоём', 'Мини-группа']);
  });

  it('reads no card title where the price is named in a sentence of a rule or stands under the next heading', () => {
    const rules = '<h1>House rules</h1><h3>Arriving late</h3><p>Guests who come very late may lose their slot.</p><h3>Extra towel ($3)</h3><p>Ask at the desk.</p>';
    const fee = '<div>Missed sessions</div><div>Let us know a day ahead, please.</div><div>A missed session costs $20 in full.</div>';
    expect(services(rules, 'en')).toEqual([]);
    expect(services(fee, 'en')).toEqual([]);
  });
});
