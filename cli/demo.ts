/** `npm run demo`: the bundled clinic materials checked against the demo profile, as a reader first meets Sverka. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkMaterials } from '../engine/engine';
import { parseProfileJson } from '../engine/profile/validate';
import { toHtml } from '../engine/report/to-html';
import { toText } from '../engine/report/to-text';
import { createHunspellChecker } from '../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from './spelling/node-dictionaries';
import demoProfile from '../engine/profile/templates/demo.json' with { type: 'json' };
import { readMaterial } from './load-material';
import { closeOcr } from './node-environment';

const parsed = parseProfileJson(JSON.stringify(demoProfile));
if (!parsed.ok) throw new Error('the demo profile does not validate');
const materials = await Promise.all(['demo/landing.html', 'demo/flyer.pdf', 'demo/flyer.png'].map((path, i) => readMaterial(path, `s${i + 1}`)));
await closeOcr();
const report = await checkMaterials(materials, parsed.profile, { spellChecker: createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology) });
process.stdout.write(toText(report, { colour: process.stdout.isTTY === true, materials }));
mkdirSync('.output', { recursive: true });
const htmlPath = resolve('.output/demo-report.html');
writeFileSync(htmlPath, toHtml(report, materials));
process.stdout.write(`
The same report as a printable page: ${htmlPath}
The profile it was checked against: engine/profile/templates/demo.json

To see it in the browser: npm run build, then open chrome://extensions, turn on Developer mode,
"Load unpacked" → .output/chrome-mv3, import the demo profile on the options page, open a page
and click the Sverka button to check it in the side panel; its Materials mode takes the
flyer's PDF and photo (demo/flyer.pdf, demo/flyer.png) by drag-and-drop.
`);
