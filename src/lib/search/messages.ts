/**
 * The search widgets' status and result lines, from the UI strings the server hands them
 * (`searchMessages()` in src/i18n/en.ts). Pure, so the wording logic is unit-tested.
 */
import { fill } from '../text';
import type { Entry } from './results';

/** UI strings handed to the scripts by the server-rendered `data-messages` attribute. */
export type Messages = Record<string, string>;

/**
 * "12 results" / "1 result" / "No results", with a correction note before it and, when only the
 * best `listed` of `count` are shown, a note saying so.
 */
export function summary(m: Messages, count: number, correctedTo?: string, listed = count): string {
  const n = count === 0 ? m['none'] : count === 1 ? m['countOne'] : fill(m['count'], { n: count });
  const more = listed < count ? `; ${fill(m['showing'], { shown: listed })}` : '';
  return `${correctedTo ? `${fill(m['correctedTo'], { q: correctedTo })}. ` : ''}${n ?? ''}${more}`;
}

/** The line under a result's title: its type, the page it sits in, and a verdict if any. */
export function entryMeta(m: Messages, entry: Entry): string {
  const parts = [
    m[`type.${entry.type}`],
    entry.within,
    entry.verdict && `${m['verdict']}: ${entry.verdict}`,
  ];
  return parts.filter(Boolean).join(' · ');
}
