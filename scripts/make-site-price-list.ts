/**
 * Prints the test clinic site's PDF price list (tests/fixtures/site/files/price-list.pdf) with
 * Debian's Chromium, so the PDF has a text layer pdf.js reads and stays reproducible.
 * Run: npx tsx scripts/make-site-price-list.ts
 */
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';

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

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.setContent(PRICE_LIST);
await page.pdf({ path: 'tests/fixtures/site/files/price-list.pdf', format: 'A5' });
await browser.close();
