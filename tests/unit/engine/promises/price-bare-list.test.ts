import { describe, expect, it } from 'vitest';
import { extractPromises } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';
import { priceExtractor } from '../../../../engine/promises/price';

const page = (html: string, language: 'ru' | 'en') => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' }, language);
const prices = (html: string, language: 'ru' | 'en' = 'en', profile?: Profile) => extractPromises(page(html, language), profile, [priceExtractor]);

const rows = (pairs: [string, string][]) => `<table>${pairs.map(([label, figure]) => `<tr><td>${label}</td><td>${figure}</td></tr>`).join('')}</table>`;

/** A made-up garden centre's list: no price word, no sign in the table, the sign said once above. */
const PLANTERS = `<h2>Planters</h2><p>Delivery from $15.</p>${rows([
  ['Terracotta pot, small', '12.00'],
  ['Glazed bowl', '34.50'],
  ['Oak half barrel', '120.00'],
])}`;

describe('a table of labels and bare figures, priced in the page currency', () => {
  it('reads each figure as the price of its row, in the currency written elsewhere on the page', () => {
    const found = prices(PLANTERS).filter((p) => p.label);
    expect(found.map((p) => [p.quote, p.topics.join(' '), p.value])).toEqual([
      ['12.00', expect.stringContaining('terracotta'), { amount: 12, currency: 'USD', from: false }],
      ['34.50', expect.stringContaining('glaz'), { amount: 34.5, currency: 'USD', from: false }],
      ['120.00', expect.stringContaining('oak'), { amount: 120, currency: 'USD', from: false }],
    ]);
  });

  it('takes the currency from the profile when the page writes none', () => {
    const profile = { facts: [{ id: 'p', kind: 'price', label: 'Lessons', value: { amount: 40, currency: 'GBP' }, topics: ['lessons'] }] } as unknown as Profile;
    const found = prices(
      rows([
        ['Beginner lesson', '40'],
        ['Group lesson', '25'],
        ['Private hour', '65'],
      ]),
      'en',
      profile,
    );
    expect(found.map((p) => p.value)).toEqual([40, 25, 65].map((amount) => ({ amount, currency: 'GBP', from: false })));
  });

  it('reads a Russian list whose totals row is one of its lines', () => {
    const html = `<p>Оплата в ₽ картой.</p>${rows([
      ['Замена вентиля', '150'],
      ['Балансировка', '250'],
      ['Итого за колесо:', '400'],
    ])}`;
    expect(
      prices(html, 'ru')
        .filter((p) => p.label)
        .map((p) => p.value),
    ).toEqual([150, 250, 400].map((amount) => ({ amount, currency: 'RUB', from: false })));
  });

  it('reads a lowest price ("от 300") among the bare figures of the column', () => {
    const html = `<p>Оплата в ₽ картой.</p>${rows([
      ['Настройка тормоза', '200'],
      ['Прокачка тормоза', 'от 300'],
      ['Замена колодок', '250'],
      ['Ремонт рамы', 'от 900'],
    ])}`;
    expect(
      prices(html, 'ru')
        .filter((p) => p.label)
        .map((p) => [p.quote, p.value]),
    ).toEqual([
      ['200', { amount: 200, currency: 'RUB', from: false }],
      ['от 300', { amount: 300, currency: 'RUB', from: true }],
      ['250', { amount: 250, currency: 'RUB', from: false }],
      ['от 900', { amount: 900, currency: 'RUB', from: true }],
    ]);
  });

  it('reads a grid of short columns, lone digits too, under headers of quantities', () => {
    const html = `<p>Оплата в ₽.</p><table><tr><td>Формат</td><td>1-10</td><td>11-100</td><td>101-500</td><td>500</td></tr>
      <tr><td>Листовка</td><td>30</td><td>15</td><td>9</td><td>7</td></tr><tr><td>Плакат</td><td>60</td><td>40</td><td>25</td><td>18</td></tr></table>`;
    expect(
      prices(html, 'ru')
        .filter((p) => p.label)
        .map((p) => p.quote),
    ).toEqual(['30', '15', '9', '7', '60', '40', '25', '18']);
  });

  it.each([
    ['a grid of two columns', `<p>Fee $30.</p><table><tr><th>Room</th><th>Beds</th><th>Windows</th></tr><tr><td>Blue</td><td>12</td><td>20</td></tr><tr><td>Green</td><td>14</td><td>22</td></tr></table>`],
    [
      'a grid of lone digits',
      `<p>Fee $30.</p><table><tr><th>Room</th><th>Beds</th><th>Desks</th><th>Windows</th></tr><tr><td>Blue</td><td>2</td><td>3</td><td>4</td></tr><tr><td>Green</td><td>1</td><td>2</td><td>12</td></tr></table>`,
    ],
    [
      'a lone digit beside two sums',
      `<p>Fee $30.</p>${rows([
        ['Small room', '12.00'],
        ['Box room', '4'],
        ['Large room', '40.00'],
      ])}`,
    ],
    [
      'no currency anywhere',
      rows([
        ['Small room', '12'],
        ['Large room', '40'],
        ['Hall', '90'],
      ]),
    ],
    [
      'only two rows',
      `<p>Prices in $.</p>${rows([
        ['Small room', '12.00'],
        ['Large room', '40.00'],
      ])}`,
    ],
    [
      'lowest figures of only two rows',
      `<p>Prices in $.</p>${rows([
        ['Small room', 'from 12'],
        ['Large room', 'from 40'],
      ])}`,
    ],
    [
      'ages from',
      `<p>Fee $300.</p>${rows([
        ['Tots', 'from 3'],
        ['Juniors', 'from 10'],
        ['Seniors', 'from 16'],
      ])}`,
    ],
    [
      'years',
      `<p>Tickets $5.</p>${rows([
        ['Founded', '1994'],
        ['Moved', '2003'],
        ['Renovated', '2019'],
      ])}`,
    ],
    ['ages of groups', `<p>Fee $300.</p><table><tr><th>Group</th><th>Age</th></tr><tr><td>Tots</td><td>3</td></tr><tr><td>Juniors</td><td>5</td></tr><tr><td>Seniors</td><td>7</td></tr></table>`],
    ['a quantity column', `<p>Fee $300.</p><table><tr><th>Item</th><th>Qty</th></tr><tr><td>Lanes</td><td>28</td></tr><tr><td>Beers on tap</td><td>30</td></tr><tr><td>Tables</td><td>12</td></tr></table>`],
    [
      'phone numbers',
      `<p>Fee $30.</p>${rows([
        ['Office', '555 123 4567'],
        ['Fax', '555 123 4568'],
        ['Mobile', '555 987 6543'],
      ])}`,
    ],
    [
      'opening hours',
      `<p>Entry $8.</p>${rows([
        ['Monday', '9:00–18:00'],
        ['Tuesday', '9:00–18:00'],
        ['Friday', '9:00–17:00'],
      ])}`,
    ],
    ['numbered steps', `<p>Fee $30.</p><table><tr><td>1</td><td>Call us</td></tr><tr><td>2</td><td>Get a quote</td></tr><tr><td>3</td><td>Book</td></tr></table>`],
  ])('stays silent on %s', (_, html) => {
    expect(prices(html).filter((p) => p.label)).toEqual([]);
  });

  it('stays silent on a single row with a number', () => {
    expect(prices(`<p>From $9.</p>${rows([['Parking spaces', '40']])}`).filter((p) => p.label)).toEqual([]);
  });
});

describe('a price list cut into small tables, a title over each', () => {
  const list = `<p>Оплата в ₽ картой.</p><h4>ТОРМОЗА</h4>${rows([
    ['Настройка тормоза', '150'],
    ['Замена колодок', '250'],
    ['Прокачка', 'от 400'],
  ])}`;

  it('reads a table too short alone right under or above a table of the list', () => {
    const after = `${list}<p>ЦЕПЬ</p>${rows([
      ['Смазка цепи', '80'],
      ['Замена цепи', '200'],
    ])}`;
    expect(
      prices(after, 'ru')
        .filter((p) => p.label)
        .map((p) => p.quote),
    ).toEqual(['150', '250', 'от 400', '80', '200']);
    const before = `<p>Оплата в ₽ картой.</p><h4>ЦЕПЬ</h4>${rows([
      ['Смазка цепи', '80'],
      ['Замена цепи', '200'],
    ])}<h4>ТОРМОЗА</h4>${rows([
      ['Настройка тормоза', '150'],
      ['Замена колодок', '250'],
      ['Прокачка', 'от 400'],
    ])}`;
    expect(
      prices(before, 'ru')
        .filter((p) => p.label)
        .map((p) => p.quote),
    ).toEqual(['80', '200', '150', '250', 'от 400']);
  });

  it('stays silent on a short table far from the list, or with no list on the page', () => {
    const far = `${list}<h2>О нас</h2><p>Работаем с 2010 года.</p><p>Мастера с опытом.</p>${rows([
      ['Мастеров', '12'],
      ['Точек приёма', '2'],
    ])}`;
    expect(
      prices(far, 'ru')
        .filter((p) => p.label)
        .map((p) => p.quote),
    ).toEqual(['150', '250', 'от 400']);
    expect(
      prices(
        `<p>Оплата в ₽.</p>${rows([
          ['Смазка цепи', '80'],
          ['Замена цепи', '200'],
        ])}`,
        'ru',
      ).filter((p) => p.label),
    ).toEqual([]);
  });
});

describe('a bare column beside prices the table writes with a sign', () => {
  it('is not read as prices: it counts something else', () => {
    const html = `<table><tr><th>Course</th><th>Sessions</th><th>Total</th></tr>
      <tr><td>Evening group</td><td>12</td><td>$90</td></tr><tr><td>Weekend group</td><td>16</td><td>$120</td></tr>
      <tr><td>Intensive</td><td>24</td><td>$200</td></tr></table>`;
    expect(prices(html).map((p) => p.quote)).toEqual(['$90', '$120', '$200']);
  });
});

describe('lines of a list, each a label and a bare sum', () => {
  it('reads sums with cents under any heading once the page names its currency', () => {
    const html = '<h2>Frames</h2><p>All prices in £.</p><ul><li>Wire rimless 49.00</li><li>Acetate classic 65.00</li><li>Titanium light 120.00</li></ul>';
    expect(prices(html).map((p) => [p.quote, p.value])).toEqual([
      ['Wire rimless 49.00', { amount: 49, currency: 'GBP', from: false }],
      ['Acetate classic 65.00', { amount: 65, currency: 'GBP', from: false }],
      ['Titanium light 120.00', { amount: 120, currency: 'GBP', from: false }],
    ]);
  });

  it('reads whole sums under a heading that names prices and the currency', () => {
    const html = '<h3>Цены, руб.</h3><ul><li>Заточка ножа 150</li><li>Заточка ножниц 200</li><li>Правка топора 350</li></ul>';
    expect(prices(html, 'ru').map((p) => p.value)).toEqual([150, 200, 350].map((amount) => ({ amount, currency: 'RUB', from: false })));
  });

  it.each([
    ['house numbers', '<h2>Our branches</h2><p>Call $5.</p><ul><li>Oak Street 15</li><li>Mill Road 204</li><li>King Avenue 31</li></ul>'],
    ['counts', '<h2>Venue</h2><p>Entry $5.</p><ul><li>Beers on tap 30</li><li>Bowling lanes 28</li><li>Seats up to 350</li></ul>'],
    ['years', '<h2>History</h2><p>Tickets $5.</p><ul><li>Founded 1994</li><li>New hall 2003</li><li>Renovated 2019</li></ul>'],
    ['two lines only', '<h2>Frames</h2><p>Prices in $.</p><ul><li>Wire rimless 49.00</li><li>Acetate classic 65.00</li></ul>'],
    ['sums with cents and no currency anywhere', '<h2>Scores</h2><ul><li>Team red 49.00</li><li>Team blue 65.00</li><li>Team green 12.50</li></ul>'],
  ])('stays silent on %s', (_, html) => {
    expect(prices(html).filter((p) => p.label)).toEqual([]);
  });
});

describe('price cards: a short title and a bare figure, each its own element', () => {
  const card = (title: string, figure: string, about: string) => `<div class="card"><div><strong>${title}</strong><strong>${figure}</strong></div><p>${about}</p></div>`;
  const cards = (pairs: [string, string][], head = '<p>Все цены указаны в ₽.</p>') => `${head}${pairs.map(([title, figure]) => card(title, figure, 'Что входит: час работы и подборка кадров.')).join('')}`;

  it('reads each figure as its title’s price in the one currency the page writes', () => {
    const found = prices(
      cards([
        ['Мини-сессия', '2500'],
        ['Семейная съёмка', '4800'],
        ['Съёмка в студии', '12 000'],
      ]),
      'ru',
    ).filter((p) => p.label);
    expect(found.map((p) => [p.quote, p.topics.join(' '), p.value])).toEqual([
      ['Мини-сессия 2500', expect.stringContaining('мини'), { amount: 2500, currency: 'RUB', from: false }],
      ['Семейная съёмка 4800', expect.stringContaining('семейная'), { amount: 4800, currency: 'RUB', from: false }],
      ['Съёмка в студии 12 000', expect.stringContaining('студии'), { amount: 12000, currency: 'RUB', from: false }],
    ]);
  });

  it.each([
    [
      'counters',
      cards([
        ['Довольных клиентов', '3000'],
        ['Готовых проектов', '450'],
      ]),
    ],
    [
      'years',
      cards([
        ['Открытие студии', '2012'],
        ['Новый зал', '2019'],
      ]),
    ],
    [
      'model numbers in the title',
      cards([
        ['Canon EOS 5', '600'],
        ['Nikon D 7', '500'],
      ]),
    ],
    ['a lone card', cards([['Мини-сессия', '2500']])],
    [
      'lone digits and pairs of digits',
      cards([
        ['Залов', '3'],
        ['Фонов', '12'],
      ]),
    ],
    [
      'a page with no currency',
      cards(
        [
          ['Мини-сессия', '2500'],
          ['Семейная съёмка', '4800'],
        ],
        '<p>Запись по телефону.</p>',
      ),
    ],
    [
      'a page that writes two currencies',
      cards(
        [
          ['Мини-сессия', '2500'],
          ['Семейная съёмка', '4800'],
        ],
        '<p>Цены в ₽, для гостей из Европы в €.</p>',
      ),
    ],
    [
      'a long text before the figure',
      cards([
        ['Мы работаем для вас каждый день уже', '3650'],
        ['Мы сняли для наших друзей', '1200'],
      ]),
    ],
  ])('stays silent on %s', (_, html) => {
    expect(prices(html, 'ru').filter((p) => p.label)).toEqual([]);
  });
});
