import { DEFAULT_LIMITS } from './material/limits';
import type { Material } from './material/types';
import { capWords } from './material/word-limit';
import type { PageText } from '../browser/messages';

/**
 * The page's text as the extension pages receive it: blocks without DOM origins (the content
 * script keeps those), its first `maxWords` words as a file's are.
 */
export function materialFromPageText(page: PageText, maxWords = DEFAULT_LIMITS.maxWords): Material {
  return capWords({
    source: { id: 's1', kind: 'page', location: page.url, title: page.title, ...(page.notes ? { notes: page.notes, noteProblems: page.noteProblems } : {}) },
    language: page.language,
    blocks: page.blocks.map((block, index) => ({ index, text: block.text, segments: [], ...(block.tag ? { tag: block.tag } : {}) })),
  }, maxWords);
}
