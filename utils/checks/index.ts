import { contradictionCheck } from './contradiction';
import type { Check } from './types';

/** Every check; adding a check is adding its file and one line here. */
export const CHECKS: Check[] = [contradictionCheck];
