/**
 * How the command line's build treats libraries: loaded from node_modules at run time, except
 * the few it carries inside. Shared by scripts/build-cli.mjs and the benchmark's probe, so the
 * probe reads a PDF with the pdf.js the CLI runs.
 */
import { readFile } from 'node:fs/promises';

/**
 * pdf.js as cli/node-pdf.ts imports it, built in so its worker can be given no
 * DecompressionStream: with Node's, every content stream and font file is inflated through web
 * streams (measured: ~25% of a warm 24-page read, more of the first); without one pdf.js uses its
 * own inflate, the fallback it takes whenever the native one fails, so the bytes are the same.
 */
export const PDFJS = ['pdfjs-dist/legacy/build/pdf.min.mjs', 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'];
const PDFJS_WORKER_FILE = /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.min\.mjs$/;

/** Every library external but those named in `builtIn`; pdf.js's worker, when built in, without DecompressionStream. */
export function librariesFromNodeModules(builtIn) {
  return {
    name: 'libraries-from-node-modules',
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, (args) => (builtIn.has(args.path) ? undefined : { external: true }));
      builder.onLoad({ filter: PDFJS_WORKER_FILE }, async (args) => ({
        contents: `const DecompressionStream = undefined;\n${await readFile(args.path, 'utf8')}`,
        loader: 'js',
      }));
    },
  };
}
