/**
 * Dates as the site writes and reads them: ISO days, the reader-facing forms, and the dates a
 * fact's value states. No imports, so the copy control can use it without the fact formatting.
 */

/** ISO calendar date (YYYY-MM-DD) of a Date, in UTC so builds agree across time zones. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date as readers see it ("21 Dec 2025"; with `month: 'long'`, "21 December 2025"). */
export function displayDate(date: Date, month: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A month and year as readers see it ("Dec 2025"), for the date printed after a fact. */
export function displayMonth(date: Date): string {
  return displayDate(date).replace(/^\d+ /, '');
}

/** Month names in lower case, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** "2026-04-30", or "2026-04" for the first of the month, as a UTC date; else undefined. */
export function parseIsoDate(value: string): Date | undefined {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  return iso
    ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3] ?? 1)))
    : undefined;
}

/**
 * The date a fact's value states: "30 April 2026", "October 2028" (the first of the month) or
 * "2026-04-30"; undefined when the value is not a date.
 */
export function parseFactDate(value: number | string): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const iso = parseIsoDate(value);
  if (iso) return iso;
  const words = /^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$/.exec(value.trim());
  const month = MONTHS.findIndex((m) => m === words?.[2]?.toLowerCase());
  if (!words || month < 0) return undefined;
  return new Date(Date.UTC(Number(words[3]), month, Number(words[1] ?? 1)));
}
