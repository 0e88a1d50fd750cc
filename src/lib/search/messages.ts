/**
 * The search widgets' status and result lines, from the UI strings the server hands them
 * (`searchMessages()` below). Pure, so the wording logic is unit-tested.
 */
import { t } from '../../i18n/en';
import { fill } from '../text';
import { SEARCH_TYPES, type SearchType } from '../vocab';
import type { Level } from './query';
import type { Entry } from './results';

/** The search strings every search widget needs, each `search.<key>` in src/i18n/. */
export const MESSAGE_KEYS = [
  'count',
  'countOne',
  'noneFor',
  'correctedTo',
  'relaxedMost',
  'relaxedAny',
  'loading',
  'failed',
  'verdict',
] as const;

/** A search string's key: one of the above, or a result type's name (`kind.faq`). */
export type MessageKey = (typeof MESSAGE_KEYS)[number] | `kind.${SearchType}`;

/** UI strings handed to the search widgets in their `data-strings` attribute. */
export type Messages = Partial<Record<MessageKey, string>>;

/** The search widgets' strings from src/i18n/, for a component to hand to its script. */
export function searchMessages(): Messages {
  return Object.fromEntries([
    ...MESSAGE_KEYS.map((k) => [k, t(`search.${k}`)]),
    ...SEARCH_TYPES.map((type) => [`kind.${type}`, t(`search.kind.${type}`)]),
  ]) as Messages;
}

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
  // Any type from the index is looked up; one without a string is left out.
  const kinds: Partial<Record<string, string>> = m;
  const parts = [kinds[`kind.${entry.type}`], entry.verdict && `${m['verdict']}: ${entry.verdict}`];
  return parts.filter(Boolean).join(' · ');
}
