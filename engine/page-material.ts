import type { MaterialProblem } from './material/errors';
import { DEFAULT_LIMITS } from './material/limits';
import type { Block, Material } from './material/types';
import { capWords } from './material/word-limit';
import type { Language } from './profile/types';

/**
 * A block as it crosses from the page to the extension: text only, never DOM nodes or markup. Its
 * heading and table cell go with it: «от 1 900 ₽» in a price list is a price of its row's service.
 */
type PageBlock = Pick<Block, 'index' | 'text' | 'tag' | 'heading' | 'cell'>;

export interface PageText {
  url: string;
  title: string;
  language: Language;
  blocks: PageBlock[];
  /** What the reader left out ("checked the first 100000 elements…"): the blocks are the page's first part. */
  notes?: string[];
  /** The codes of `notes`, one for each. */
  noteProblems?: MaterialProblem[];
}

/**
 * The page's text as the extension pages receive it: blocks without DOM origins (the content
 * script keeps those), its first `maxWords` words as a file's are.
 */
export function materialFromPageText(page: PageText, maxWords = DEFAULT_LIMITS.maxWords): Material {
  return capWords(
    {
      source: { id: 's1', kind: 'page', location: page.url, title: page.title, ...(page.notes ? { notes: page.notes, noteProblems: page.noteProblems } : {}) },
      language: page.language,
      blocks: page.blocks.map(({ text, tag, heading, cell }, index) => ({ index, text, segments: [], ...(tag ? { tag } : {}), ...(heading ? { heading } : {}), ...(cell ? { cell } : {}) })),
    },
    maxWords,
  );
}
