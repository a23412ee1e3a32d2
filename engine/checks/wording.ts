import type { SourceKind } from '../material/types';
import type { Language } from '../profile/types';

/** How a finding names where its words stand: a web page is a page; a flyer, memo or photo is a material. */
export function saysWhere(kind: SourceKind, language: Language): string {
  if (language === 'ru') return kind === 'page' ? 'На странице' : 'В материале';
  return kind === 'page' ? 'The page says' : 'The material says';
}
