/**
 * The search widgets' status and result lines, from the UI strings the server hands them
 * (`searchMessages()` in src/i18n/en.ts). Pure, so the wording logic is unit-tested.
 */
import { fill } from '../text';
import type { Level } from './query';
import type { Entry } from './results';

/** UI strings handed to the scripts by the server-rendered `data-messages` attribute. */
export type Messages = Record<string, string>;

/** What the status line reports about a search. */
export interface Report {
  /** The query as the reader typed it. */
  query: string;
  /** How many results are listed. */
  count: number;
  /** The corrected query, when a word was misspelt. */
  correctedTo?: string | undefined;
  /** How far the words had to be loosened to find anything. */
  level?: Level | undefined;
}

/**
 * "12 results" / "1 result" / "No results for “xyzzy”", counting exactly what is listed, with
 * a correction note and, when no page had all the words, a note saying the search was loosened.
 */
export function summary(m: Messages, report: Report): string {
  const { count, correctedTo, level = 'all' } = report;
  if (count === 0) return fill(m['noneFor'] ?? '', { q: report.query.trim() });
  const n = count === 1 ? m['countOne'] : fill(m['count'] ?? '', { n: count });
  const notes = [
    correctedTo && fill(m['correctedTo'] ?? '', { q: correctedTo }),
    level !== 'all' && m[level === 'most' ? 'relaxedMost' : 'relaxedAny'],
  ].filter(Boolean);
  return [...notes, n].join('. ');
}

/**
 * The line under a result's title: its type, said once ("Claim", not "Claims · Claims check"),
 * and a comparison row's verdict.
 */
export function entryMeta(m: Messages, entry: Entry): string {
  const parts = [m[`kind.${entry.type}`], entry.verdict && `${m['verdict']}: ${entry.verdict}`];
  return parts.filter(Boolean).join(' · ');
}
