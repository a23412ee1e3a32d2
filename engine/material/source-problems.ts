import type { Language } from '../profile/types';
import type { MaterialProblem } from './errors';
import { describeProblem, explainProblem, type ProblemExplanation } from './problem-words';

/**
 * What a source says about its reading. `error` and `notes` hold the English words (the report
 * contract's `sources[].error`), `problem` and `noteProblems` their codes, one for each, so the
 * edge can say them in its own language. Reports stored before the codes have the words alone.
 */
export interface SourceProblems {
  error?: string;
  problem?: MaterialProblem;
  notes?: string[];
  noteProblems?: MaterialProblem[];
}

/** The source with `problem` noted once (a note says what was left out, or how surely it was read). */
export function withNote<S extends object>(source: S & SourceProblems, problem: MaterialProblem): S & SourceProblems {
  const note = describeProblem(problem, 'en');
  if (source.notes?.includes(note)) return source;
  return { ...source, notes: [...(source.notes ?? []), note], noteProblems: [...(source.noteProblems ?? []), problem] };
}

/** The source without the note `problem`. */
export function withoutNote<S extends object>(source: S & SourceProblems, problem: MaterialProblem): S & SourceProblems {
  const { notes = [], noteProblems, ...rest } = source;
  const unwanted = describeProblem(problem, 'en');
  const kept = notes.flatMap((note, i) => (note === unwanted ? [] : [{ note, problem: noteProblems?.[i] }]));
  if (kept.length === 0) return rest as S;
  return { ...rest, notes: kept.map(({ note }) => note), ...(noteProblems ? { noteProblems: kept.map(({ problem }) => problem!) } : {}) } as S & SourceProblems;
}

/** The source that could not be read, saying why. */
export function withError<S extends object>(source: S, problem: MaterialProblem): S & SourceProblems {
  return { ...source, error: describeProblem(problem, 'en'), problem };
}

/** Why the source could not be read, in `language`; a report stored before the codes says it as it was stored. */
export function sourceError(source: SourceProblems, language: Language): string | undefined {
  return source.problem ? describeProblem(source.problem, language) : source.error;
}

/**
 * Why the source could not be read, told to the reader: its file, what is wrong, what to do and
 * the library's words apart. A report stored before the codes has its words told as they were
 * stored, with the next step of a material that could not be read.
 */
export function explainSourceError(source: SourceProblems & { location: string }, language: Language): ProblemExplanation | undefined {
  if (source.problem) return explainProblem(source.problem, language, source.location);
  if (!source.error) return undefined;
  return { ...explainProblem({ code: 'unreadable' }, language, source.location), text: `${source.location}: ${source.error}` };
}

/** The source's notes told to the reader, each with what to do; notes stored without their codes are told as stored, with no step. */
export function explainSourceNotes(source: SourceProblems & { location: string }, language: Language): ProblemExplanation[] {
  const { notes = [], noteProblems } = source;
  if (noteProblems?.length !== notes.length) return notes.map((note) => ({ text: `${source.location}: ${note}`, next: '' }));
  return noteProblems.map((problem) => explainProblem(problem, language, source.location));
}

/** The source's notes in `language`; notes stored without their codes are said as they were stored. */
export function sourceNotes(source: SourceProblems, language: Language): string[] {
  const { notes = [], noteProblems } = source;
  if (noteProblems?.length !== notes.length) return notes;
  return noteProblems.map((problem) => describeProblem(problem, language));
}
