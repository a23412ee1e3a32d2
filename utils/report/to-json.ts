import type { Report } from './types';

/** The contract's JSON, indented for people and diffs. */
export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
