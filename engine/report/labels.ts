import { checkLabel, isCheckId } from '../checks/index';
import type { Language } from '../profile/types';
import type { CheckId, PromiseStatus, Report, Severity } from './types';

const WORDS = {
  ru: {
    error: 'ошибка',
    warning: 'предупреждение',
    info: 'заметка',
    errors: 'ошибки',
    warnings: 'предупреждения',
    infos: 'заметки',
    kept: 'выполняется',
    broken: 'нарушено',
    unknown: 'не с чем сверить',
    report: 'Отчёт Сверки',
    profile: 'Профиль',
    created: 'Создан',
    sources: 'Материалы',
    findings: 'Находки',
    promises: 'Обещания',
    quote: 'Цитата',
    message: 'Что не так',
    suggestion: 'Как исправить',
    kind: 'Вид',
    value: 'Значение',
    status: 'Статус',
    check: 'Проверка',
    severity: 'Важность',
    source: 'Материал',
    noFindings: 'Находок нет.',
    unreadable: 'не прочитан',
    profileLevel: 'Профиль в целом',
    alsoAt: 'то же ещё в местах',
    otherPlaces: 'Другие места',
    next: 'Что сделать',
    details: 'Подробности',
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    errors: 'errors',
    warnings: 'warnings',
    infos: 'notes',
    kept: 'kept',
    broken: 'broken',
    unknown: 'nothing to check against',
    report: 'Sverka report',
    profile: 'Profile',
    created: 'Created',
    sources: 'Materials',
    findings: 'Findings',
    promises: 'Promises',
    quote: 'Quote',
    message: 'What is wrong',
    suggestion: 'Fix',
    kind: 'Kind',
    value: 'Value',
    status: 'Status',
    check: 'Check',
    severity: 'Severity',
    source: 'Material',
    noFindings: 'No findings.',
    unreadable: 'not read',
    profileLevel: 'The profile as a whole',
    alsoAt: 'the same at more places',
    otherPlaces: 'Other places',
    next: 'What to do',
    details: 'Details',
  },
} as const;

export type LabelKey = keyof (typeof WORDS)['en'];

/** A word of the reports, or a check's name (its label in CHECKS). */
export function label(language: Language, key: LabelKey | CheckId | Severity | PromiseStatus): string {
  return isCheckId(key) ? checkLabel(key, language) : WORDS[language][key as LabelKey];
}

/**
 * The language the report's messages are written in, so renderers speak as the findings do. A
 * report stored before it recorded its language has it guessed from the letters of its messages.
 */
export function languageOf(report: Pick<Report, 'language' | 'profile' | 'findings'>): Language {
  if (report.language) return report.language;
  const sample = `${report.profile} ${report.findings
    .slice(0, 5)
    .map((f) => f.message)
    .join(' ')}`;
  return (sample.match(/[\u0400-\u04ff]/g)?.length ?? 0) >= (sample.match(/[a-z]/gi)?.length ?? 0) ? 'ru' : 'en';
}

/** "ошибки: 2", "errors: 2": a count that needs no plural forms. */
export function counted(language: Language, key: 'errors' | 'warnings' | 'infos', count: number): string {
  return `${label(language, key)}: ${count}`;
}

/** " (то же ещё в местах: 2)": a finding said once for all its places. */
export function morePlaces(language: Language, related: readonly unknown[] | undefined): string {
  return related?.length ? ` (${label(language, 'alsoAt')}: ${related.length})` : '';
}

/** What a report is about: its profile, and the location its materials were checked against when there is one. */
export function reportSubject(report: Pick<Report, 'profile' | 'location'>): string {
  return report.location ? `${report.profile} — ${report.location.name}` : report.profile;
}
