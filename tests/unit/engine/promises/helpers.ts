import { extractPromises } from '../../../../engine/engine';
import { materialFromText } from '../../../../engine/material/from-text';
import type { Profile } from '../../../../engine/profile/types';
import type { Extractor } from '../../../../engine/promises/types';

/** The promises one extractor finds in a one-paragraph text. */
export function extract(extractor: Extractor, text: string, profile?: Profile) {
  const language = /[\u0400-\u04ff]/.test(text) ? 'ru' : 'en';
  const material = materialFromText(text, { id: 's1', kind: 'text', location: 't.txt' }, language);
  return extractPromises(material, profile, [extractor]);
}

export const values = (extractor: Extractor, text: string, profile?: Profile) => extract(extractor, text, profile).map((p) => p.value);
