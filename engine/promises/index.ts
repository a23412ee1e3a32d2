import { KINDS } from '../kinds';
import type { Extractor } from './types';

/** Every promise extractor, one per kind that is found in materials (engine/kinds). */
export const EXTRACTORS: Extractor[] = KINDS.flatMap((module) => (module.extractor ? [module.extractor] : []));
