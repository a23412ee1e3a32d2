/**
 * Measures how tesseract.js reads prices: renders lines of prices and of numbers that are not
 * prices in several fonts, sizes and weights with Debian's Chromium, reads each page with the
 * flyer settings, keeps the words and symbols Tesseract returned in /tmp/ocrprobe/*.json, and counts
 * the prices read with the right amount and currency, from Tesseract's line text and from Sverka's
 * (repaired) OCR result, and the lines with no price that gained one.
 * Run: npx tsx scripts/probe-ocr-prices.ts (add --score to count again without reading the pages again)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createWorker, OEM } from 'tesseract.js';
import { tmpdir } from 'node:os';
import { chromiumPath } from '../tests/e2e/harness';
import { FLYER_PARAMETERS, ocrResultOf } from '../engine/material/tesseract-ocr';
import { findMoney } from '../engine/promises/common';
import { publicDirectory } from '../cli/node-public';

/** Each probe line and the price it states ([amount, currency]) or null when it states none. */
const PROBE_LINES: [string, [number, string] | null][] = [
  ['1 900 ₽', [1900, 'RUB']],
  ['от 190 ₽', [190, 'RUB']],
  ['190₽', [190, 'RUB']],
  ['2 500 ₽/час', [2500, 'RUB']],
  ['Цена: 450 руб.', [450, 'RUB']],
  ['Доставка 350 р.', [350, 'RUB']],
  ['<span class="box">Стрижка 1 200 ₽</span>', [1200, 'RUB']],
  ['Консультация 1&thinsp;900 ₽', [1900, 'RUB']],
  ['Замена масла — всего 990 ₽', [990, 'RUB']],
  ['iPhone 12 — 7900 ₽', [7900, 'RUB']],
  ['Мойка 250 ₽ за 2 раза', [250, 'RUB']],
  ['£15 per person', [15, 'GBP']],
  ['Tickets $25 each', [25, 'USD']],
  ['+7 (495) 123-45-67', null],
  ['Открытие 12.03.2025', null],
  ['Приходите 2 раза', null],
  ['Работаем 24/7', null],
  ['P.S. Ждём вас', null],
  ['42 размер', null],
  ['Зал 2 Рядом с метро', null],
  ['Buy 2 pcs', null],
  ['Тариф 3 Pro', null],
  ['Вы всё ещё платите 1500?', null],
  ['Где вы были в 2024?', null],
  ['Тел. 8 800 555 35 35', null],
  ['Размеры 40 42 44', null],
  ['ул. Ленина, 12/2, корпус 3', null],
  ['Гарантия 12 месяцев, заезд в 14:00', null],
  ['Скидка 10% на 2 услуги', null],
];

const FONTS = ['"DejaVu Sans"', '"DejaVu Serif"', '"DejaVu Sans Mono"'];
const SIZES = [18, 26, 40];
const WEIGHTS = ['normal', 'bold'];

const pageHtml = (font: string, size: number, weight: string) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>
body{margin:0;padding:20px;width:900px;background:#fff;font-family:${font};font-size:${size}px;font-weight:${weight}}
p{margin:0 0 ${Math.round(size * 0.8)}px}.box{background:#c0392b;color:#fff;padding:4px 10px;border-radius:6px}
</style></head><body>${PROBE_LINES.map(([html]) => `<p>${html}</p>`).join('')}</body></html>`;

const out = '/tmp/ocrprobe';

async function readPages() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 940, height: 400 } });
  const worker = await createWorker(['rus', 'eng'], OEM.LSTM_ONLY, { langPath: join(publicDirectory(), 'tessdata'), gzip: true, cacheMethod: 'none', cachePath: tmpdir() });
  await worker.setParameters(FLYER_PARAMETERS as never);
  for (const font of FONTS) {
    for (const size of SIZES) {
      for (const weight of WEIGHTS) {
        await page.setContent(pageHtml(font, size, weight));
        const boxes = await page.evaluate(() =>
          [...document.querySelectorAll('p')].map((p) => {
            const r = p.getBoundingClientRect();
            return { y0: r.top, y1: r.bottom };
          }),
        );
        const image = await page.screenshot({ fullPage: true, type: 'jpeg', quality: 80 });
        const { data } = await worker.recognize(image, {}, { blocks: true, text: false } as never);
        const name = `${font.replace(/\W/g, '')}-${size}-${weight}`;
        writeFileSync(join(out, `${name}.json`), JSON.stringify({ name, boxes, blocks: data.blocks }));
        writeFileSync(join(out, `${name}.jpg`), image);
        console.log(name);
      }
    }
  }
  await worker.terminate();
  await browser.close();
}

interface Probe {
  name: string;
  boxes: { y0: number; y1: number }[];
  blocks: Parameters<typeof ocrResultOf>[0] & { paragraphs: { lines: { text: string; bbox: { y0: number; y1: number } }[] }[] }[];
}

/** The text read within each probe line's band, from Tesseract's lines and from Sverka's. */
function textsOf(probe: Probe) {
  const within = (box: { y0: number; y1: number }, band: { y0: number; y1: number }) => (box.y0 + box.y1) / 2 >= band.y0 && (box.y0 + box.y1) / 2 < band.y1;
  const raw = probe.blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((l) => ({ text: l.text.trim(), box: l.bbox }))));
  const repaired = ocrResultOf(probe.blocks).paragraphs.flatMap((p) => p.lines);
  return probe.boxes.map((band) => ({
    before: raw
      .filter((l) => within(l.box, band))
      .map((l) => l.text)
      .join(' '),
    after: repaired
      .filter((l) => within(l.box, band))
      .map((l) => l.text)
      .join(' '),
  }));
}

function score() {
  const right = { before: 0, after: 0 };
  const wrong = { before: 0, after: 0 };
  let prices = 0;
  let changed = 0;
  const perLine = PROBE_LINES.map(() => ({ before: 0, after: 0 }));
  for (const file of readdirSync(out).filter((f) => f.endsWith('.json'))) {
    const probe: Probe = JSON.parse(readFileSync(join(out, file), 'utf8'));
    textsOf(probe).forEach((texts, i) => {
      const expected = PROBE_LINES[i]![1];
      if (expected) prices++;
      for (const when of ['before', 'after'] as const) {
        const found = findMoney(texts[when]);
        const ok = expected ? found.some((m) => m.amount === expected[0] && m.currency === expected[1]) : found.length === 0;
        if (expected && ok) right[when]++;
        if (expected && ok) perLine[i]![when]++;
        if (!expected && !ok) wrong[when]++;
      }
      if (!expected && texts.before !== texts.after) changed++;
      const missed = expected && !findMoney(texts.after).some((m) => m.amount === expected[0] && m.currency === expected[1]);
      if (texts.before !== texts.after || (missed && process.argv.includes('--missed'))) console.log(`${probe.name}\t${JSON.stringify(texts.before)} → ${JSON.stringify(texts.after)}`);
    });
  }
  PROBE_LINES.forEach(([html, expected], i) => expected && console.log(`${perLine[i]!.before}\t${perLine[i]!.after}\t${html}`));
  console.log(
    `prices read right: ${right.before}/${prices} before, ${right.after}/${prices} after; lines with no price that gained one: ${wrong.before} before, ${wrong.after} after; lines with no price changed: ${changed}`,
  );
}

if (!process.argv.includes('--score')) await readPages();
score();
