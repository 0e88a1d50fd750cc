/** Formatting for the dated facts that live in dimension files and are rendered everywhere else. */
import { displayDate, displayMonth, isoDate, MONTHS, parseFactDate } from './dates';
import { escapeHtml } from './text';

export { displayDate, displayMonth, isoDate, MONTHS, parseFactDate };

/** The parts of a fact needed to print it. */
export interface FactValue {
  value: number | string;
  to?: number | undefined;
  unit?: string | undefined;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function formatNumber(value: number | string): string {
  // A true minus sign, so a negative figure reads as one in every font.
  return typeof value === 'number' ? numberFormat.format(value).replace(/^-/, '\u2212') : value;
}

/**
 * Prints a fact as a reader sees it: grouped digits, an en dash for ranges, and the unit after
 * a no-break space so a number never wraps away from it (percent and multiplication signs
 * attach directly: "57.9%", "1.25×").
 */
export function formatFact({ value, to, unit }: FactValue): string {
  const amount =
    to === undefined ? formatNumber(value) : `${formatNumber(value)}–${formatNumber(to)}`;
  if (!unit) return amount;
  return /^[%×]/.test(unit) ? `${amount}${unit}` : `${amount}\u00a0${unit}`;
}

/**
 * Whether a fact's value is itself a date ("30 April 2026", "October 2028"): a date needs no
 * as-of month after it, which would only repeat or contradict it.
 */
export function isDateValue(value: number | string): boolean {
  return parseFactDate(value) !== undefined;
}

/**
 * The markup of a fact printed in prose, for `<Fact>` in MDX and in YAML Markdown fields alike:
 * the figure linking to its row (`href`), its label and full as-of date as a tooltip, then its
 * as-of month and year, except for a value that is a date itself.
 */
export function factHtml(fact: FactValue & { label: string; asOf: Date }, href: string): string {
  const title = `${fact.label} (as of ${displayDate(fact.asOf)})`;
  const link =
    `<a class="fact" href="${escapeHtml(href)}" title="${escapeHtml(title)}">` +
    `${escapeHtml(formatFact(fact))}</a>`;
  if (isDateValue(fact.value)) return link;
  const month = isoDate(fact.asOf).slice(0, 7);
  return `${link}<span class="fact-date"> (<time datetime="${month}">${displayMonth(fact.asOf)}</time>)</span>`;
}

/** Whole months between two dates, for "needs review" checks. */
export function monthsBetween(from: Date, to: Date): number {
  return (
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 +
    (to.getUTCMonth() - from.getUTCMonth()) -
    (to.getUTCDate() < from.getUTCDate() ? 1 : 0)
  );
}
