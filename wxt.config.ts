import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { ANY_PAGE } from './browser/browser-shell';

/**
 * hunspell-asm's ES build imports two CommonJS modules as namespaces and calls them (the
 * emscripten runtime, nanoid), which works in Node but not in a bundle: import their defaults.
 */
const hunspellAsmInterop = {
  name: 'sverka-hunspell-asm-interop',
  transform(code: string, id: string) {
    if (!id.includes('/hunspell-asm/dist/esm/')) return null;
    return code.replace("import * as runtime from './lib/node/hunspell';", "import runtime from './lib/node/hunspell';").replace("import * as nanoid from 'nanoid';", "import nanoid from 'nanoid';");
  },
};

/**
 * addons.mozilla.org knows Sverka by this id: it must never change, or the store sees another
 * add-on. Firefox 140 (the ESR) is the first to read `data_collection_permissions`, Firefox for
 * Android 142.
 */
const gecko = { id: 'sverka@sverka.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } };
const geckoAndroid = { strict_min_version: '142.0' };

/** End-to-end tests build with host access to 127.0.0.1 only, so no permission prompt is needed; the shipped build has none. */
const e2e = process.env.SVERKA_E2E === '1';

export default defineConfig({
  outDir: e2e ? '.output/e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The side panel's check worker bundles the engine and Hunspell too.
  vite: () => ({ plugins: [preact(), hunspellAsmInterop], worker: { format: 'es', plugins: () => [hunspellAsmInterop] } }),
  manifest: ({ manifestVersion, browser }) => {
    // Host access is asked for at run time: one origin (a bound site, a PDF to fetch), or every page
    // when Firefox hides the tab from a sidebar opened from its menu;
    // Manifest V2 (Firefox) lists such hosts among the optional permissions. Firefox, in either
    // version, has a sidebar instead of the side panel API (its linter rejects the permission).
    const optionalHosts = ANY_PAGE;
    const mv3 = manifestVersion === 3;
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(mv3 && browser !== 'firefox' ? ['sidePanel'] : [])],
      ...(mv3 ? { optional_host_permissions: optionalHosts } : { optional_permissions: optionalHosts }),
      ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
      action: { default_title: 'Sverka' },
      ...(browser === 'firefox' ? { browser_specific_settings: { gecko, gecko_android: geckoAndroid } } : {}),
      // The on-page card is this extension page in a frame, so the page cannot read or change it (browser/overlay/card-frame.ts).
      web_accessible_resources: [{ resources: ['overlay-card.html'], matches: ['<all_urls>'] }],
      content_security_policy: {
        extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
      },
    };
  },
  hooks: {
    // pdf.js's and Tesseract's workers and data and the Hunspell dictionaries ship inside the extension: no network, ever.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs'), relativeDest: 'pdfjs/pdf.worker.min.mjs' });
      for (const folder of ['standard_fonts', 'wasm']) {
        for (const name of readdirSync(resolve('node_modules/pdfjs-dist', folder))) {
          files.push({ absoluteSrc: resolve('node_modules/pdfjs-dist', folder, name), relativeDest: `pdfjs/${folder}/${name}` });
        }
      }
      files.push({ absoluteSrc: resolve('node_modules/tesseract.js/dist/worker.min.js'), relativeDest: 'tesseract/worker.min.js' });
      files.push({ absoluteSrc: resolve('node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js'), relativeDest: 'tesseract/tesseract-core-simd-lstm.wasm.js' });
      for (const language of ['ru', 'en']) {
        for (const extension of ['aff', 'dic']) {
          files.push({ absoluteSrc: resolve(`node_modules/dictionary-${language}/index.${extension}`), relativeDest: `dictionaries/${language}.${extension}` });
        }
      }
    },
  },
});
