import { conceptCheck } from './concept';
import { consistencyCheck } from './consistency';
import { contradictionCheck } from './contradiction';
import { grammarCheck } from './grammar';
import { namesCheck } from './names';
import { riskyClaimsCheck } from './risky-claims';
import { spellingCheck } from './spelling';
import { typographyCheck } from './typography';
import type { Check } from './types';

/** Every check; adding a check is adding its file and one line here. */
export const CHECKS: Check[] = [contradictionCheck, consistencyCheck, conceptCheck, riskyClaimsCheck, namesCheck, spellingCheck, grammarCheck, typographyCheck];
