/**
 * How the command line's build treats libraries: loaded from node_modules at run time, except
 * the few it carries inside. Shared by scripts/build-cli.mjs and the benchmark's probe, so the
 * probe reads a PDF with the pdf.js the CLI runs.
 */
import { readFile } from 'node:fs/promises';

/**
 * pdf.js as cli/node-pdf.ts imports it, built in so that, reading and never writing, it can go
 * without two things of Node's that cost more than they give:
 * - DecompressionStream: with it, every content stream and font file is inflated through web
 *   streams (measured: ~25% of a warm 24-page read, more of the first); without it pdf.js uses its
 *   own inflate, the fallback it takes whenever the native one fails, so the bytes are the same.
 * - Response: both modules polyfill Response.prototype.bytes (missing in Node 20) as they load,
 *   for saving a PDF; touching Response makes Node load its fetch library, undici (~55 ms of CPU),
 *   in a run that may fetch nothing. Reading never calls it, so the polyfill is left out.
 */
export const PDFJS = ['pdfjs-dist/legacy/build/pdf.min.mjs', 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'];
const PDFJS_FILE = /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.min\.mjs$/;
const RESPONSE_BYTES_POLYFILL = '"function"!=typeof Response.prototype.bytes&&(Response.prototype.bytes=async function(){return new Uint8Array(await this.arrayBuffer())});';

/** A pdf.js module as the CLI carries it; a pdf.js whose polyfill moved stops the build rather than load undici unseen. */
async function pdfjsForReading(path) {
  const source = await readFile(path, 'utf8');
  const [before, after, ...more] = source.split(RESPONSE_BYTES_POLYFILL);
  if (after === undefined || more.length > 0) throw new Error(`${path}: pdf.js's Response.prototype.bytes polyfill is not where scripts/cli-libraries.mjs expects it once; check what this pdf.js needs`);
  const rest = before + after;
  const isWorker = PDFJS_FILE.exec(path)?.[1] !== undefined;
  return isWorker ? `const DecompressionStream = undefined;\n${rest}` : rest;
}

/** Every library external but those named in `builtIn`; pdf.js, when built in, for reading. */
export function librariesFromNodeModules(builtIn) {
  return {
    name: 'libraries-from-node-modules',
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, (args) => (builtIn.has(args.path) ? undefined : { external: true }));
      builder.onLoad({ filter: PDFJS_FILE }, async (args) => ({ contents: await pdfjsForReading(args.path), loader: 'js' }));
    },
  };
}

/** How the CLI and the bench's probe are built: plain JavaScript in chunks, libraries as `builtIn` says. */
export function nodeBuildOptions(builtIn) {
  return {
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [librariesFromNodeModules(builtIn)],
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  };
}
