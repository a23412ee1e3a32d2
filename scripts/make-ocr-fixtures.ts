/**
 * Photographs tests/fixtures/ocr/*.html with Debian's Chromium into a compressed JPEG each, the
 * OCR tests' images (made here, never downloaded; the demo flyer covers PNG). Run: npx tsx scripts/make-ocr-fixtures.ts
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';

const FOLDER = 'tests/fixtures/ocr';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 820, height: 400 } });
for (const name of readdirSync(FOLDER).filter((file) => file.endsWith('.html'))) {
  await page.goto(`file://${resolve(FOLDER, name)}`);
  const base = resolve(FOLDER, name.replace(/\.html$/, ''));
  await page.screenshot({ path: `${base}.jpg`, fullPage: true, type: 'jpeg', quality: 60 });
}
await browser.close();
