import type { Language } from '../profile/types';
import type { ReadingQuality } from './types';

/**
 * Below these an image was not read well enough to judge: its findings cover only what was read.
 * Chosen on flyers rendered by Chromium and read by tesseract.js (the same text, 369 characters):
 * - confidence (characters' average, 0–1): clean 0.95, blur 1 px 0.94, rotated 3° 0.95, 9 px text
 *   0.80 (every line read, a few letters wrong), 8 px text 0.55 (every line read, a third of it
 *   garbage). 0.7 parts the last two.
 * - confidence never catches text that was not read at all: rotated 5° read half the lines at 0.90,
 *   blur 2 px and 7 px text read the headline alone at 0.95 and 0.88. The share of the inked area
 *   read does: a missed quarter of a flyer is likely a price or a phone line, so 0.75. On the photo
 *   benchmark (`npm run bench:ocr`, 45 photos all read with ≤ 3.3 % character errors) every
 *   reading covered 0.89–1.0 of the ink; photos that cannot be read (5 px blur, text turned 30°
 *   or upside down) covered 0.04–0.24.
 */
export const MIN_INK_READ = 0.75;
export const MIN_CONFIDENCE = 0.7;

const hundredths = (share: number) => Math.round(share * 100) / 100;
const inkMissing = (reading: { inkRead?: number }) => reading.inkRead !== undefined && reading.inkRead < MIN_INK_READ;

/** A reading's quality from the share of the ink read (unknown when the image could not be analysed) and OCR's confidence, both 0–1. */
export function judgeReading(inkRead: number | undefined, confidence: number): ReadingQuality {
  const shown = { ...(inkRead === undefined ? {} : { inkRead: hundredths(inkRead) }), confidence: hundredths(confidence) };
  return { ...shown, poor: inkMissing(shown) || shown.confidence < MIN_CONFIDENCE };
}

/** `tens`: the share read in per cent, rounded to ten; 0 when under 5 %. */
const WARNINGS: Record<Language, { inkRead: (tens: number) => string; confidence: (percent: number) => string; partial: string }> = {
  ru: {
    inkRead: (tens) => `прочитано ${tens === 0 ? 'меньше 10' : `около ${tens}`} % текста: переснимите ровнее и ближе`,
    confidence: (percent) => `текст прочитан неуверенно (уверенность ${percent} %): переснимите ровнее и ближе`,
    partial: 'находки неполные',
  },
  en: {
    inkRead: (tens) => `${tens === 0 ? 'less than 10' : `about ${tens}`} % of the text was read: photograph it again, straighter and closer`,
    confidence: (percent) => `the text was read with little certainty (confidence ${percent} %): photograph it again, straighter and closer`,
    partial: 'findings are partial',
  },
};

/**
 * What the reader is told about a poor reading, in `language`; undefined for a good one. The
 * unread share comes first: rereading a sharper photo helps either way, but it says how much is missing.
 */
export function readingWarning(reading: ReadingQuality | undefined, language: Language): string | undefined {
  if (!reading?.poor) return undefined;
  const words = WARNINGS[language];
  if (inkMissing(reading)) return words.inkRead(Math.round(reading.inkRead! * 10) * 10);
  return words.confidence(Math.round(reading.confidence * 100));
}

/** "findings are partial": said beside a poorly read material's findings. */
export function partialFindings(language: Language): string {
  return WARNINGS[language].partial;
}

/** The warning and that the findings are partial, as the reports and the materials view show a poor reading. */
export function readingNotice(reading: ReadingQuality | undefined, language: Language): string | undefined {
  const warning = readingWarning(reading, language);
  return warning && `${warning} (${partialFindings(language)})`;
}
