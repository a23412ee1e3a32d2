/**
 * Builds the command line into plain JavaScript (dist/cli/), so a run starts without transpiling
 * TypeScript: `npm run build:cli`, and after every install. Libraries stay in node_modules and load
 * from there at run time; the readers' ones (pdf.js, Tesseract, mammoth, linkedom) only when a
 * material of their kind arrives.
 */
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

/** Where to build: dist/cli, or a folder the caller names (the tests build their own copy). */
const outdir = process.argv[2] ?? 'dist/cli';

rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { sverka: 'cli/sverka.ts', demo: 'cli/demo.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
// The `sverka` bin runs the file itself.
chmodSync(`${outdir}/sverka.mjs`, 0o755);
