import { loadModule } from 'hunspell-asm';
import type { HunspellFactory } from '../../engine/spelling/hunspell';

/** In the extension: the same package, made loadable in a bundle by the vite plugin in wxt.config.ts. */
export const loadBrowserHunspell = (): Promise<HunspellFactory> => loadModule();
