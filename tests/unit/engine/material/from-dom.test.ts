import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { describe, expect, it } from 'vitest';
import { sourceNotes } from '../../../../engine/material/source-problems';
import { materialFromDocument, materialFromDocumentInSlices, SLICE_ELEMENTS } from '../../../../engine/material/from-dom';
import type { Block } from '../../../../engine/material/types';

const source = { id: 's1', kind: 'page' as const, location: 'page.html' };
const read = (html: string) => materialFromDocument(parseHtmlDocument(html), source);
const texts = (html: string) => read(html).blocks.map((block) => block.text);

/** Reassembles a block's text from the DOM nodes its segments point at. */
function fromOrigins(block: Block): string {
  return block.segments
    .map((segment) => {
      if (segment.origin.kind !== 'dom') throw new Error('expected DOM origins');
      const value = segment.origin.node.nodeValue ?? '';
      const raw = value.slice(segment.origin.offset, segment.origin.offset + (segment.end - segment.start));
      return raw.replace(/\s/g, ' ');
    })
    .join('');
}

describe('materialFromDocument', () => {
  it('keeps paragraphs apart and joins inline elements', () => {
    expect(texts('<body><h1>Crumb &amp; <b>Co.</b></h1><p>Open <i>every</i> day.</p><p>Call us</p></body>')).toEqual(['Crumb & Co.', 'Open every day.', 'Call us']);
  });

  it('skips what a reader never sees', () => {
    const html = `<body><p>Видно</p><script>var x = "скрипт";</script><style>p{}</style>
      <template><p>шаблон</p></template><noscript>нет js</noscript><p hidden>hidden</p>
      <p aria-hidden="true">aria</p><p style="display: none">none</p><p style="visibility:hidden">vis</p>
      <p>Тоже видно</p></body>`;
    expect(texts(html)).toEqual(['Видно', 'Тоже видно']);
  });

  it('breaks blocks at <br> and collapses white space like a browser', () => {
    expect(texts('<body><p>  Пн–пт\n   9:00–21:00<br>Сб   10:00–18:00 </p></body>')).toEqual(['Пн–пт 9:00–21:00', 'Сб 10:00–18:00']);
  });

  it('reads a line that starts small after a letter or a comma as the same phrase, a line after a figure as its own', () => {
    expect(texts('<body><p>Фотофиксация<br>с места аварии</p><p>Оценка ущерба и<br>помощь с документами,<br>представительство в суде</p><p>Переговоры с<br>ГИБДД</p></body>')).toEqual([
      'Фотофиксация с места аварии',
      'Оценка ущерба и помощь с документами, представительство в суде',
      'Переговоры с ГИБДД',
    ]);
    expect(texts('<body><p>пн–пт: 9–18<br>сб: 10–16</p><p>Стрижка — 900 ₽<br>укладка — 500 ₽</p><p>Мы открыты.<br>ждём вас</p></body>')).toEqual([
      'пн–пт: 9–18',
      'сб: 10–16',
      'Стрижка — 900 ₽',
      'укладка — 500 ₽',
      'Мы открыты.',
      'ждём вас',
    ]);
  });

  it('sets apart elements laid side by side with no space where a letter meets a figure or a capital, never a mark inside a word', () => {
    const html =
      '<body><div><span>Monday</span><span>8am - 5pm</span></div><div><span>Sunday</span><span>Closed</span></div>' +
      '<p>Ремонт iPhone XR<span>1900 руб.</span></p><p>Площадь 20 м<sup>2</sup>, <b>Д</b>оставка по го<i>роду</i></p></body>';
    expect(texts(html)).toEqual(['Monday 8am - 5pm', 'Sunday Closed', 'Ремонт iPhone XR 1900 руб.', 'Площадь 20 м2, Доставка по городу']);
    const monday = read(html).blocks[0]!;
    // The space stands for no character of the page: highlights still map to the two texts.
    expect(monday.segments.map((s) => monday.text.slice(s.start, s.end))).toEqual(['Monday', '8am - 5pm']);
  });
  it('keeps a page or section title broken by <br> one block, a smaller heading two lines', () => {
    const read1 = read('<h1>Курсы вождения<br>от <b>15000 ₽</b></h1><p>Запись</p><h4>ул. Лесная, 5<br>Тверь 170000</h4>');
    expect(read1.blocks.map((b) => [b.text, b.tag ?? null])).toEqual([
      ['Курсы вождения от 15000 ₽', 'h1'],
      ['Запись', 'p'],
      ['ул. Лесная, 5', 'h4'],
      ['Тверь 170000', null],
    ]);
    // The space the <br> stands for is no character of the page: no segment maps it.
    expect(fromOrigins(read1.blocks[0]!)).toBe('Курсы вожденияот 15000 ₽');
  });

  it('keeps the text after a block inside a list item that item', () => {
    expect(read('<ul><li><div><i></i></div> Проконсультируем</li></ul>').blocks.map((b) => [b.text, b.tag ?? null])).toEqual([['Проконсультируем', 'li']]);
  });

  it("reads a paragraph that holds a list item's text as the item, and a paragraph outside a list as a paragraph", () => {
    const html = '<ul><li><img src="dot.png" alt=""><p> Учебники и тетради</p></li></ul><div><p>Звоните нам в любое время.</p></div>';
    expect(read(html).blocks.map((b) => [b.text, b.tag ?? null])).toEqual([
      ['Учебники и тетради', 'li'],
      ['Звоните нам в любое время.', 'p'],
    ]);
  });

  it('never lets a sentence run across two list items or table cells', () => {
    expect(texts('<ul><li>Кофе</li><li>Чай</li></ul><table><tr><td>А</td><td>Б</td></tr></table>')).toEqual(['Кофе', 'Чай', 'А', 'Б']);
  });

  it('maps every character back to its text node', () => {
    const material = read('<body><p>  Профессиональная <b>гигиена</b>\n всего за&nbsp;2900 ₽.</p></body>');
    const block = material.blocks[0]!;
    expect(block.text).toBe('Профессиональная гигиена всего за\u00a02900 ₽.');
    expect(fromOrigins(block)).toBe(block.text.replace(/\s/g, ' '));
  });

  it('takes the language from <html lang> unless two thirds of the letters say otherwise, and else from the script', () => {
    expect(read('<html lang="en"><body><p>Our menu: борщ and blini</p></body></html>').language).toBe('en');
    expect(read('<html lang="en"><body><p>Привет</p></body></html>').language).toBe('ru');
    expect(read('<html><body><p>Open every day</p></body></html>').language).toBe('en');
    expect(read('<html><body><p>Открыто каждый день</p></body></html>').language).toBe('ru');
  });

  it('names the block by its element and keeps the title', () => {
    const material = read('<html><head><title>Клиника</title></head><body><h2>Цены</h2></body></html>');
    expect(material.blocks[0]!.tag).toBe('h2');
    expect(material.source.title).toBe('Клиника');
  });

  it('reads a button label as a block of its own, and no form field', () => {
    const material = read('<html><body><p>Цены на сайте<button>Открыть полный прайс-лист</button></p><input value="Ваше имя"><select><option>Пн</option></select></body></html>');
    expect(material.blocks.map((b) => b.text)).toEqual(['Цены на сайте', 'Открыть полный прайс-лист']);
  });

  it('reads text after "</body></html>" as a browser does: in the body', () => {
    const material = read('<html><body><p>Тонировка авто</p></body></html>\n<div><p>Полировка кузова</p></div></body></html>');
    expect(material.blocks.map((b) => b.text)).toEqual(['Тонировка авто', 'Полировка кузова']);
  });

  it('lets the browser add its own visibility test', () => {
    const document = parseHtmlDocument('<body><p class="off">Скрыто классом</p><p>Видно</p></body>');
    const material = materialFromDocument(document, source, 'ru', { isHidden: (el) => el.classList.contains('off') });
    expect(material.blocks.map((b) => b.text)).toEqual(['Видно']);
  });

  it('reads a collapsed answer or tab a control on the page opens, not other hidden copy nor a hidden menu', () => {
    const html =
      '<body><a href="javascript:toggle(\'a1\')">Как записаться?</a><div id="a1" style="display:none"><p>По телефону или на сайте.</p></div>' +
      '<button aria-controls="a2">Цены</button><div id="a2" hidden><p>Стрижка — 900 ₽</p></div>' +
      '<a href="#a3">Оплата</a><div id="a3" class="off"><p>Наличными и картой</p></div>' +
      '<div id="a4" style="display:none"><p>Спасибо за подписку!</p></div>' +
      '<button aria-controls="menu">☰</button><nav id="menu" hidden><a href="/">Главная</a></nav></body>';
    const material = materialFromDocument(parseHtmlDocument(html), source, 'ru', { isHidden: (el) => el.classList.contains('off') });
    expect(material.blocks.map((b) => b.text)).toEqual(['Как записаться?', 'По телефону или на сайте.', 'Цены', 'Стрижка — 900 ₽', 'Оплата', 'Наличными и картой', '☰']);
  });
});

describe('materialFromDocument on very large pages', () => {
  /** A body whose one paragraph sits `depth` divs deep, built node by node (parsing such markup is the slow part, not reading). */
  function nested(depth: number): Document {
    const document = parseHtmlDocument('<body></body>');
    let at: Element = document.body;
    for (let i = 0; i < depth; i++) at = at.appendChild(document.createElement('div'));
    at.appendChild(document.createElement('p')).textContent = 'Глубоко внутри';
    document.body.appendChild(document.createElement('p')).textContent = 'После';
    return document;
  }

  it('reads a page nested 100,000 elements deep without running out of stack', () => {
    const material = materialFromDocument(nested(100_000), source, 'ru', { maxNodes: 200_000 });
    expect(material.blocks.map((b) => b.text)).toEqual(['Глубоко внутри', 'После']);
    expect(material.source.notes).toBeUndefined();
  });

  it('reads the first maxNodes elements and says the rest was left out', () => {
    const html = `<html><body><h1>Прайс</h1>${Array.from({ length: 50 }, (_, i) => `<p>Строка ${i}</p>`).join('')}</body></html>`;
    const material = materialFromDocument(parseHtmlDocument(html), source, 'ru', { maxNodes: 11 });
    // body, h1 and nine paragraphs make eleven elements.
    expect(material.blocks.map((b) => b.text)).toEqual(['Прайс', ...Array.from({ length: 9 }, (_, i) => `Строка ${i}`)]);
    expect(material.source.notes).toEqual(['checked the first 11 elements of the page; the rest was left out']);
    expect(sourceNotes(material.source, 'ru')[0]).toBe('проверены первые 11 элементов страницы, остальное не проверялось');
  });

  it('leaves a page within the limit whole and unmarked', () => {
    const material = materialFromDocument(parseHtmlDocument('<html><body><p>Одна</p><p>Две</p></body></html>'), source, 'ru', { maxNodes: 3 });
    expect(material.blocks.map((b) => b.text)).toEqual(['Одна', 'Две']);
    expect(material.source.notes).toBeUndefined();
  });

  it('reads in slices, pausing between them, to the same blocks as in one go', async () => {
    const html = `<body>${Array.from({ length: 3 * SLICE_ELEMENTS }, (_, i) => `<p>Абзац <b>${i}</b></p>`).join('')}</body>`;
    let pauses = 0;
    const sliced = await materialFromDocumentInSlices(parseHtmlDocument(html), source, async () => void pauses++, 'ru');
    const whole = materialFromDocument(parseHtmlDocument(html), source, 'ru');
    expect(sliced.blocks.map((b) => b.text)).toEqual(whole.blocks.map((b) => b.text));
    expect(pauses).toBeGreaterThanOrEqual(5);
  });
});
