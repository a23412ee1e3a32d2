/**
 * Builds the command line into plain JavaScript (dist/cli/), so a run starts without transpiling
 * TypeScript: `npm run build:cli`, and after every install. Libraries, but for the few built in,
 * stay in node_modules and load from there at run time; the readers' ones (pdf.js, Tesseract,
 * mammoth, linkedom) only when a material of their kind arrives.
 */
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { nodeBuildOptions, PDFJS } from './cli-libraries.mjs';

/** Where to build: dist/cli, or a folder the caller names (the tests build their own copy). */
const outdir = process.argv[2] ?? 'dist/cli';

rmSync(outdir, { recursive: true, force: true });

/**
 * Libraries are loaded from node_modules at run time, except those built in: snowball-stemmers is
 * CommonJS, and Node parses all 0.9 MB of it for its export names when an ES module imports it
 * (measured: ~140 ms of CPU at every start, ~35 ms bundled); pdf.js, for the reason in
 * scripts/cli-libraries.mjs.
 */
const BUILT_IN = new Set(['snowball-stemmers', ...PDFJS]);

await build({
  ...nodeBuildOptions(BUILT_IN),
  entryPoints: { sverka: 'cli/sverka.ts', demo: 'cli/demo.ts' },
  outdir,
  banner: { js: '#!/usr/bin/env node' },
});
// The `sverka` bin runs the file itself.
chmodSync(`${outdir}/sverka.mjs`, 0o755);
