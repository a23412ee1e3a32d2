import { escapeJsonControls } from './escape';
import type { Report } from './types';

/** The contract's JSON, indented for people and diffs; control and bidi characters as \u escapes. */
export function toJson(report: Report): string {
  return `${escapeJsonControls(JSON.stringify(report, null, 2))}\n`;
}
