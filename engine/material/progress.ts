/**
 * The stage a batch of materials is at, for a progress bar to name it: a material being read
 * (a PDF page by page, an image through OCR), then the checks over all of them.
 */
export type ReadingStage = { stage: 'reading' } | { stage: 'pdf-page'; page: number; pages: number } | { stage: 'ocr'; percent: number } | { stage: 'checking' };

/** OCR's fraction done as the stage it names: whole per cents, never past 100. */
export const ocrStage = (fraction: number): ReadingStage => ({ stage: 'ocr', percent: Math.min(100, Math.max(0, Math.round(fraction * 100))) });
