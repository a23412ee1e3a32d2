import type { Extractor } from './types';

/** Every promise extractor; adding a kind is adding its file and one line here. */
export const EXTRACTORS: Extractor[] = [];
