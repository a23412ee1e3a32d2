import { centreOf, holds } from '../boxes';
import type { OcrBox } from '../types';
import type { Component } from './ink';

/** A word OCR read, with its box in the prepared image's pixels. */
export interface ReadWord {
  text: string;
  confidence: number;
  box: OcrBox;
}

/** A word Tesseract is less sure of than this (0–100) is a guess, not a reading. */
const SURE_WORD = 50;

const isRead = (word: ReadWord) => word.confidence >= SURE_WORD && /[\p{L}\p{N}]/u.test(word.text);

/**
 * The share of the letter-like ink that lies in words read with confidence: 1 when every letter
 * on the sheet is inside a word OCR is sure of, low when only the headline was read. A letter
 * counts by its ink, so a headline's few big letters do not outweigh the small print; its centre
 * decides, with a margin for a box drawn tight around a blurred word.
 */
export function inkRead(letters: readonly Component[], words: readonly ReadWord[], textHeight: number): number {
  const sure = words.filter(isRead);
  const margin = textHeight / 2;
  let total = 0;
  let read = 0;
  for (const letter of letters) {
    total += letter.area;
    if (sure.some(({ box }) => holds(box, centreOf(letter), margin))) read += letter.area;
  }
  return total === 0 ? 1 : read / total;
}

/** The letter-like ink no word covers at all: glyphs OCR dropped, a rouble sign among them. */
export function unreadInk(letters: readonly Component[], words: readonly ReadWord[]): Component[] {
  return letters.filter((letter) => !words.some(({ box }) => holds(box, centreOf(letter))));
}
