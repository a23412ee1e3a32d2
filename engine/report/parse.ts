import { REPORT_FORMAT, type Report } from './types';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What makes a parsed value no whole report, in words that follow the file's name; nothing when it is one. */
export function whyNotAReport(value: unknown): string | undefined {
  if (!isObject(value)) return `is not a Sverka report (a JSON object with "format": "${REPORT_FORMAT}")`;
  if (value.format !== REPORT_FORMAT) return `is not a ${REPORT_FORMAT} report${typeof value.format === 'string' ? ` (its format is "${value.format}")` : ''}`;
  const missing = ['sources', 'promises', 'findings'].find((key) => !Array.isArray(value[key]));
  if (missing) return `is not a whole ${REPORT_FORMAT} report (no "${missing}" list)`;
  return undefined;
}

/** Why a file is no report: one line that starts with the file's name. */
export class ReportRefusal extends Error {}

/**
 * A file's text as a report, or a refusal that names the file and what is wrong; `whyNot` says
 * what else a report must be here (a crawl's, for merge).
 */
export function parseReport(text: string, file: string, whyNot: (value: unknown) => string | undefined = whyNotAReport): Report {
  if (text.trim() === '') throw new ReportRefusal(`${file}: is empty`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReportRefusal(`${file}: is not JSON (${(error as Error).message})`);
  }
  const why = whyNot(value);
  if (why) throw new ReportRefusal(`${file}: ${why}`);
  return value as Report;
}
