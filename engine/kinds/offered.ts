import { offeredExtractor, type OfferedClaim, type StatedServiceClaim } from '../promises/offered';
import { broken, KEPT, type Judge, type KindModule } from './types';

const T = {
  ru: { notOffered: 'эта услуга не оказывается' },
  en: { notOffered: 'this service is not provided' },
};

/** A service a fact names, or one the material only states (an inventory row no fact judges). */
type OfferedPromise = OfferedClaim | StatedServiceClaim;

const judgeOffered: Judge<OfferedPromise> = (claim, fact, language) => {
  if (fact.kind !== 'offered') return null;
  if (fact.value) return KEPT;
  // A service operations do not offer, only named ("send a packed lunch"), promises nothing.
  return 'asserted' in claim && claim.asserted ? broken(T[language].notOffered) : null;
};

export const offeredKind: KindModule<'offered', OfferedPromise, { value: boolean }> = {
  kind: 'offered',
  name: { ru: 'Услуги', en: 'Services offered' },
  item: { ru: 'Услуга', en: 'Service' },
  describe: (claim) => claim.service,
  // A service the page offers is one the business provides.
  draft: () => ({ value: true }),
  extractor: offeredExtractor,
  fact: {
    create: (base) => ({ ...base, kind: 'offered', value: true }),
    validate(fact, path, problems) {
      if (typeof fact.value !== 'boolean') problems.add(`${path}.value`, 'expected true or false');
    },
    editor: [{ type: 'flag', at: 'value', label: { ru: 'Оказывается', en: 'Provided' }, cleared: false }],
  },
  judge: judgeOffered,
};
