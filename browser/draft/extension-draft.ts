import { browser } from 'wxt/browser';
import { checkMaterials } from '@/engine/engine';
import { lazyRecogniser } from '@/engine/material/from-image';
import type { Material } from '@/engine/material/types';
import type { Profile } from '@/engine/profile/types';
import { draftProfile } from '@/engine/site/draft';
import type { SverkaDb } from '../db/database';
import { readLimits } from '../db/limits';
import { browserEnvironment } from '../materials/browser-environment';
import { browserOcr } from '../materials/browser-ocr';
import { checkSiteInBrowser } from '../site/site-check';
import type { ReadDraft } from './draft-session';
import { draftReader } from './read-draft';

const assetUrl = (path: string) => browser.runtime.getURL(path as never);

/** The options page's way to read a draft's source: the extension's crawl and readers, the engine run in the page itself. */
export function extensionDraftReader(db: SverkaDb): ReadDraft {
  const environment = browserEnvironment(assetUrl, lazyRecogniser(() => browserOcr(assetUrl)).recognise);
  // A draft reads only the promises: no check runs (as `sverka draft`).
  const check = (material: Material, profile: Profile) => checkMaterials([material], profile, { checks: [] });
  return draftReader({
    readSite: async (url, profile, signal, onProgress) => checkSiteInBrowser({ url, profile, limits: await readLimits(db), environment, check: (material) => check(material, profile), signal, onProgress }),
    environment,
    limits: () => readLimits(db),
    check,
    draft: draftProfile,
  });
}
