/**
 * Prints demo/flyer.html to demo/flyer.pdf and photographs it to demo/flyer.png with Debian's
 * Chromium, so the demo's PDF and image flyers are reproducible. Run: npx tsx scripts/make-demo-flyer.ts
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 900, height: 700 }, deviceScaleFactor: 1 });
await page.goto(`file://${resolve('demo/flyer.html')}`);
await page.pdf({ path: 'demo/flyer.pdf', format: 'A5', printBackground: true });
await page.screenshot({ path: 'demo/flyer.png', fullPage: true });
await browser.close();
