/**
 * Writes the test clinic site of #18 (tests/fixtures/site, served by tests/support/clinic-site.ts):
 * its pages, each with the same header and footer, as a real site's template repeats them, and its
 * PDF price list, printed by Debian's Chromium so it has a text layer pdf.js reads.
 * What is planted where is listed in CLINIC_SITE; change both together.
 * Run: npx tsx scripts/make-clinic-site.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';

const ROOT = 'tests/fixtures/site';

/** The header and footer every page repeats: the site check counts a template block once. */
const nav = `<header class="site-header">
  <a class="logo" href="/">Семейная клиника «Ладья»</a>
  <nav>
    <a href="/">Главная</a>
    <a href="/about.html">О клинике</a>
    <a href="/services/">Услуги</a>
    <a href="/prices.html">Цены</a>
    <a href="/doctors.html">Врачи</a>
    <a href="/news/">Новости</a>
    <a href="/contacts.html">Контакты</a>
  </nav>
</header>`;
const footer = `<footer class="site-footer">
  <p>Семейная клиника «Ладья»</p>
  <p>Адрес: г. Тверь, ул. Берёзовая, д. 14</p>
  <p>Телефон: <a href="tel:+74822554040">+7 4822 55-40-40</a></p>
  <h2>Часы работы</h2>
  <p>Пн–пт: 8:00–21:00, сб: 9:00–15:00, вс — выходной</p>
  <p>Принимаем взрослых и детей строго по записи, без очередей.</p>
  <p>
    <a href="/reviews.html">Отзывы</a>
    <a href="/faq.html">Вопросы и ответы</a>
    <a href="/insurance.html">ДМС</a>
    <a href="/vacancies.html">Вакансии</a>
    <a href="/privacy.html">Политика конфиденциальности</a>
  </p>
</footer>`;
const pageHtml = (title: string, main: string) => `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>${title} — Семейная клиника «Ладья»</title>
</head>
<body>
${nav}
<main>
<h1>${title}</h1>
${main.trim()}
</main>
${footer}
</body>
</html>
`;
const PAGES: Record<string, [title: string, main: string]> = {
  'index.html': [
    'Семейная клиника в Твери',
    `
<p>Принимаем взрослых и детей в одном месте: терапевт, педиатр, кардиолог, невролог, УЗИ и анализы.</p>
<p>Запись по телефону или на сайте, без очередей.</p>
<ul>
  <li><a href="/services/therapy.html">Терапевт</a></li>
  <li><a href="/services/pediatrics.html">Педиатр</a></li>
  <li><a href="/services/ultrasound.html">УЗИ</a></li>
  <li><a href="/services/lab.html">Анализы</a></li>
</ul>`,
  ],
  'about.html': [
    'О клинике',
    `
<p>Клиника «Ладья» открылась в 2015 году как небольшой кабинет семейного врача.</p>
<p>Сегодня у нас двенадцать врачей, собственная лаборатория и кабинет ультразвуковой диагностики.</p>
<p>Мы ценим время пациентов: приём идёт строго по записи.</p>`,
  ],
  'doctors.html': [
    'Врачи',
    `
<ul>
  <li>Ольга Петровна Синицына — терапевт, стаж 18 лет.</li>
  <li>Игорь Валентинович Зуев — кардиолог.</li>
  <li>Марина Андреевна Клёнова — педиатр.</li>
  <li>Денис Олегович Рябов — невролог.</li>
</ul>
<p><a href="/private/schedule.html">График дежурств</a></p>`,
  ],
  'contacts.html': [
    'Контакты',
    `
<p>Мы находимся в пяти минутах пешком от остановки «Площадь Мира».</p>
<p>Пишите нам: <a href="mailto:info@ladya-clinic.example">info@ladya-clinic.example</a></p>
<p>Парковка для пациентов во дворе.</p>`,
  ],
  // Planted: the therapist's visit at 1 900 ₽ here, 2 400 ₽ on services/therapy.html; the profile has no such price.
  'prices.html': [
    'Цены',
    `
<p>Цены указаны за один приём.</p>
<ul>
  <li>Приём терапевта — 1 900 ₽</li>
  <li>УЗИ брюшной полости — 2 200 ₽</li>
</ul>
<p><a href="/files/price-list.pdf">Полный прайс-лист (PDF)</a></p>`,
  ],
  'services/index.html': [
    'Услуги',
    `
<ul>
  <li><a href="/services/therapy.html">Терапия</a></li>
  <li><a href="/services/cardiology.html">Кардиология</a></li>
  <li><a href="/services/neurology.html">Неврология</a></li>
  <li><a href="/services/pediatrics.html">Педиатрия</a></li>
  <li><a href="/services/ultrasound.html">УЗИ</a></li>
  <li><a href="/services/lab.html">Анализы</a></li>
  <li><a href="/services/checkup.html">Чек-ап</a></li>
  <li><a href="/services/vaccination.html">Прививки</a></li>
</ul>`,
  ],
  'services/therapy.html': [
    'Терапия',
    `
<p>Терапевт разберётся с простудой, давлением, результатами анализов и при необходимости направит к узкому специалисту.</p>
<p>Приём терапевта — 2 400 ₽</p>`,
  ],
  'services/cardiology.html': [
    'Кардиология',
    `
<p>Кардиолог проверит сердце и подберёт лечение при повышенном давлении.</p>
<p>На приём возьмите результаты прежних обследований.</p>`,
  ],
  'services/neurology.html': [
    'Неврология',
    `
<p>Невролог поможет при головной боли, боли в спине и нарушениях сна.</p>`,
  ],
  'services/pediatrics.html': [
    'Педиатрия',
    `
<p>Педиатр наблюдает детей с первого месяца жизни.</p>
<p>Для малышей есть отдельный вход и игровой уголок.</p>`,
  ],
  'services/ultrasound.html': [
    'УЗИ',
    `
<p>Исследования проводит врач ультразвуковой диагностики на аппарате экспертного класса.</p>
<p>УЗИ брюшной полости — 2 200 ₽</p>
<p>Перед исследованием не ешьте шесть часов.</p>`,
  ],
  'services/lab.html': [
    'Анализы',
    `
<p>Кровь сдают натощак, с утра.</p>
<p>Результаты большинства анализов готовы на следующий день и приходят на почту.</p>`,
  ],
  // Planted: hours unlike the profile's and the footer's.
  'services/checkup.html': [
    'Чек-ап',
    `
<p>Чек-ап — осмотр терапевта, анализы и УЗИ за одно утро.</p>
<p>Клиника работает ежедневно с 7:00 до 23:00.</p>`,
  ],
  'services/vaccination.html': [
    'Прививки',
    `
<p>Ставим прививки взрослым и детям по национальному календарю.</p>
<p>Перед прививкой врач обязательно осмотрит пациента.</p>`,
  ],
  // Planted: news/spring-promo.html is a broken link (404).
  'news/index.html': [
    'Новости',
    `
<ul>
  <li><a href="/news/flu-season.html">Готовимся к сезону гриппа</a></li>
  <li><a href="/news/new-doctor.html">К нам пришёл новый невролог</a></li>
  <li><a href="/news/spring-promo.html">Весенняя акция</a></li>
</ul>`,
  ],
  'news/flu-season.html': [
    'Готовимся к сезону гриппа',
    `
<p>Вакцина от гриппа уже в клинике. Прививку можно поставить в день обращения.</p>`,
  ],
  'news/new-doctor.html': [
    'К нам пришёл новый невролог',
    `
<p>Денис Олегович Рябов ведёт приём по вторникам и четвергам.</p>`,
  ],
  'reviews.html': [
    'Отзывы',
    `
<blockquote>Врач внимательно выслушал и всё объяснил. Спасибо!</blockquote>
<blockquote>Удобно, что анализы и УЗИ можно сделать в один день.</blockquote>`,
  ],
  'faq.html': [
    'Вопросы и ответы',
    `
<h2>Нужно ли направление?</h2>
<p>Нет, записаться можно к любому врачу без направления.</p>
<h2>Можно ли прийти с ребёнком?</h2>
<p>Да, у нас есть педиатр и игровой уголок.</p>`,
  ],
  'insurance.html': [
    'ДМС',
    `
<p>Принимаем пациентов по полисам добровольного медицинского страхования.</p>
<p>Список страховых компаний уточняйте у администратора.</p>`,
  ],
  'vacancies.html': [
    'Вакансии',
    `
<p>Ищем медицинскую сестру в процедурный кабинет.</p>
<p><a href="/private/staff.html">Вход для сотрудников</a></p>`,
  ],
  'privacy.html': [
    'Политика конфиденциальности',
    `
<p>Мы храним персональные данные пациентов только для записи и ведения медицинской карты.</p>`,
  ],
  // Planted: linked from no page, listed in sitemap.xml.
  'offers/autumn-checkup.html': [
    'Осенний чек-ап',
    `
<p>Осенью проверьте здоровье всей семьёй: осмотр терапевта, анализы и УЗИ за одно утро.</p>`,
  ],
  // Linked from vacancies.html and doctors.html; robots.txt disallows /private/.
  'private/staff.html': ['Для сотрудников', `<p>Внутренний раздел.</p>`],
  'private/schedule.html': ['График дежурств', `<p>Внутренний график.</p>`],
};

// Prices the site's pages agree on; the therapist's visit, which two pages price differently, is not listed.
const PRICE_LIST = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><style>
  body { font-family: 'DejaVu Sans', sans-serif; font-size: 14px; margin: 40px; }
  li { margin: 6px 0; }
</style></head><body>
<h1>Семейная клиника «Ладья»</h1>
<h2>Прайс-лист</h2>
<p>Принимаем взрослых и детей строго по записи, без очередей.</p>
<ul>
  <li>УЗИ брюшной полости — 2 200 ₽</li>
  <li>Общий анализ крови — 450 ₽</li>
  <li>Приём педиатра — 1 700 ₽</li>
</ul>
</body></html>`;

for (const [path, [title, main]] of Object.entries(PAGES)) {
  const file = join(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, pageHtml(title, main));
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const tab = await browser.newPage();
await tab.setContent(PRICE_LIST);
await tab.pdf({ path: join(ROOT, 'files/price-list.pdf'), format: 'A5' });
await browser.close();
