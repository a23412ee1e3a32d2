import type { PromiseKind } from '../kinds';
import type { Source, Span } from '../material/types';
import type { Language } from '../profile/types';

export const REPORT_FORMAT = 'sverka.report/1';

/** One per module of engine/kinds. */
export type { PromiseKind };

export type PromiseStatus = 'kept' | 'broken' | 'unknown';

/** The id of a check registered in CHECKS (engine/checks/index.ts). */
export type { CheckId } from '../checks/index';
import type { CheckId } from '../checks/index';

export type Severity = 'error' | 'warning' | 'info';

/** Enough to find a quote again: its block and offsets, and the PDF page when there is one. */
export interface FindingLocation extends Span {
  page?: number;
}

/** Another place a finding is about: a repeat of the same typo, the other side of a contradiction. */
export interface RelatedPlace {
  source: string;
  quote: string;
  location: FindingLocation;
}

export interface ReportPromise {
  id: string;
  kind: PromiseKind;
  quote: string;
  source: string;
  location?: FindingLocation;
  value: unknown;
  status: PromiseStatus;
  factId?: string;
  /** What the promise is about when its quote does not say it: the row label of a table cell ("Приём терапевта" beside "от 1 900 ₽"). */
  about?: string;
}

export interface Finding {
  id: string;
  check: CheckId;
  /** The check's rule that found it, for a check with several: "typography/quotes". */
  rule?: string;
  severity: Severity;
  quote: string;
  /** Source id; absent for profile-level findings (a pillar the checklist cannot deliver). */
  source?: string;
  location?: FindingLocation;
  message: string;
  suggestion?: string;
  factId?: string;
  promiseId?: string;
  nameId?: string;
  /** The finding's other places, each of which the same message is about. */
  related?: RelatedPlace[];
  /** Stable across runs and edits elsewhere on the page: used to ignore and to diff. */
  fingerprint: string;
}

export interface Report {
  format: typeof REPORT_FORMAT;
  profile: string;
  /** The language the messages are written in (the profile's first). Absent in reports made before it was recorded. */
  language?: Language;
  createdAt: string;
  /** The profile's location the materials were checked against, and how it was chosen; absent: the brand's. */
  location?: { id: string; name: string; by: 'choice' | 'site' | 'contacts' };
  sources: Source[];
  promises: ReportPromise[];
  findings: Finding[];
  summary: Record<Severity, number>;
}
