import { isWebAddress } from '../site/canonical';
import { toLatin } from '../text/transliterate';
import type { Report } from './types';

/** Names longer than this are cut: a file name has to fit a download bar and every file system. */
const MAX_SUBJECT = 60;

/** "Прайс «Лето» 2026" → "prais-leto-2026": Latin letters, digits and single hyphens only. */
export function fileNamePart(text: string): string {
  return toLatin(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SUBJECT)
    .replace(/^-+|-+$/g, '');
}

/** "2026-12-02": the day of `when` where the reader is. */
function localDay(when: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())}`;
}

/** "sverka-<subject>-<YYYY-MM-DD>.<extension>", the subject made safe for any file system; "report" when nothing of it is left. */
export function exportName(subject: string, when: Date, extension: string): string {
  return `sverka-${fileNamePart(subject) || 'report'}-${localDay(when)}.${extension}`;
}

/** What a report is about, for its file name: the site of its first page, else the name of its first material without the extension. */
export function reportSubject(report: Pick<Report, 'sources'>): string {
  const first = report.sources[0]?.location ?? '';
  if (isWebAddress(first)) {
    try {
      return new URL(first).hostname.replace(/^www\./, '');
    } catch {
      return first;
    }
  }
  const name = first.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.[a-z0-9]{1,8}$/i, '');
}

/** The file a report is exported to: named after its site or material and the day it was made. */
export function reportFileName(report: Pick<Report, 'sources' | 'createdAt'>, extension: string): string {
  const made = new Date(report.createdAt);
  return exportName(reportSubject(report), Number.isNaN(made.getTime()) ? new Date() : made, extension);
}
