/**
 * `site-server.ts PAGES SEED`: serves the bench's generated site (bench/site.ts) from 127.0.0.1 and
 * prints its origin on one line; it serves until it is killed. A process of its own, so the crawl
 * measured elsewhere pays nothing for serving, and a command run synchronously can crawl it.
 */
import { serveSite } from './site';

const [pages, seed] = process.argv.slice(2).map(Number);
if (!Number.isSafeInteger(pages) || !Number.isSafeInteger(seed)) throw new Error('site-server: expected PAGES SEED');
const { origin } = await serveSite(pages!, seed!);
process.stdout.write(`${origin}\n`);
