/**
 * The comparison table's view: which rows are shown and in what order, and how that view is
 * written in the page address so a filtered table can be shared, reloaded and navigated with
 * back and forward. Pure logic: the <pvn-table> element owns the DOM and history.
 *
 * Address format (every parameter optional, unknown ones ignored):
 *   ?category=performance,concurrency   categories, comma-separated (repeats are merged)
 *   &verdict=node,tie                   verdicts, comma-separated (repeats are merged)
 *   &q=cold+start                       free text over titles and summaries
 *   &sort=-grade                        column to sort by; a leading "-" means descending
 */
import { facet, queryText } from './query-params';
import { words } from './text';
import { CATEGORIES, GRADES, VERDICTS, type Category, type Grade, type Verdict } from './vocab';

/** Columns the table can be sorted by. */
export const SORT_KEYS = ['title', 'category', 'verdict', 'grade'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** A sort order; absent means the content order. */
export interface TableSort {
  key: SortKey;
  descending: boolean;
}

/** What the reader asked to see. Lists are deduplicated and in vocabulary order. */
export interface TableView {
  categories: readonly Category[];
  verdicts: readonly Verdict[];
  /** Free text, trimmed; empty matches everything. */
  q: string;
  sort: TableSort | null;
}

/** One table row as the view logic sees it. */
export interface TableRow {
  /** The row's anchor (its slug), which a link's #fragment names. */
  id: string;
  /** Position in the content order; the default order and the tie-breaker for every sort. */
  index: number;
  title: string;
  category: Category;
  verdict: Verdict;
  grade: Grade;
  /** Normalised words to search, as made by `searchText`. */
  text: string;
}

/** The unfiltered table in content order. */
export const EMPTY_VIEW: TableView = { categories: [], verdicts: [], q: '', sort: null };

/** Reads a view from an address's query; anything unknown or malformed is ignored. */
export function parse(params: URLSearchParams): TableView {
  let sort: TableSort | null = null;
  // The last valid sort wins, as a later parameter usually reflects a later edit of the address.
  for (const raw of params.getAll('sort')) {
    const value = raw.trim().toLowerCase();
    const descending = value.startsWith('-');
    const key = SORT_KEYS.find((k) => k === (descending ? value.slice(1) : value));
    if (key) sort = { key, descending };
  }
  return {
    categories: facet(params, 'category', CATEGORIES),
    verdicts: facet(params, 'verdict', VERDICTS),
    q: queryText(params),
    sort,
  };
}

/** Writes a view as a query string without the "?"; the empty view gives "". */
export function serialise(view: TableView): string {
  const parts: string[] = [];
  // Vocabulary values are [a-z-] only, so commas can stay readable instead of becoming %2C.
  const categories = CATEGORIES.filter((c) => view.categories.includes(c));
  const verdicts = VERDICTS.filter((v) => view.verdicts.includes(v));
  if (categories.length) parts.push(`category=${categories.join(',')}`);
  if (verdicts.length) parts.push(`verdict=${verdicts.join(',')}`);
  const q = view.q.trim();
  // URLSearchParams encodes any string, lone surrogates included, without throwing.
  if (q) parts.push(new URLSearchParams({ q }).toString());
  if (view.sort) parts.push(`sort=${view.sort.descending ? '-' : ''}${view.sort.key}`);
  return parts.join('&');
}

/** Whether a view shows every row in content order. */
export function isEmptyView(view: TableView): boolean {
  return serialise(view) === '';
}

/**
 * The searchable text of a row from its fields (Markdown allowed): each distinct word once,
 * lowercased, so it stays small enough to ship in a data attribute. Link targets and tags
 * (`<Fact id="…" />`) are not words of the text.
 */
export function searchText(fields: readonly string[]): string {
  // Not mdxToPlainText (text.ts): it joins the words either side of a tag or `_`; search keeps them apart.
  const prose = fields.map((f) => f.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]+>/g, ' '));
  return [...new Set(words(prose.join(' ')))].join(' ');
}

/**
 * Rows the view lets through, in their given order. Values within a facet are alternatives;
 * facets all have to match, and every word of the text has to start a word of the row
 * ("start" finds "starts", "sync" does not find "async").
 */
export function filter<T extends TableRow>(rows: readonly T[], view: TableView): T[] {
  const terms = words(view.q);
  return rows.filter(
    (row) =>
      (view.categories.length === 0 || view.categories.includes(row.category)) &&
      (view.verdicts.length === 0 || view.verdicts.includes(row.verdict)) &&
      terms.every((term) => ` ${row.text}`.includes(` ${term}`)),
  );
}

const rank =
  <T extends string>(vocab: readonly T[]) =>
  (a: T, b: T) =>
    vocab.indexOf(a) - vocab.indexOf(b);

// Enumerated columns sort in vocabulary order (as the filters list them; grades strongest first).
const compare: Record<SortKey, (a: TableRow, b: TableRow) => number> = {
  title: (a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true }),
  category: (a, b) => rank(CATEGORIES)(a.category, b.category),
  verdict: (a, b) => rank(VERDICTS)(a.verdict, b.verdict),
  grade: (a, b) => rank(GRADES)(a.grade, b.grade),
};

/**
 * Rows in the view's order: content order when unsorted; otherwise by the column, with ties
 * kept in content order in both directions.
 */
export function sort<T extends TableRow>(rows: readonly T[], view: TableView): T[] {
  const by = view.sort;
  return [...rows].sort((a, b) => {
    const primary = by ? compare[by.key](a, b) * (by.descending ? -1 : 1) : 0;
    return primary || a.index - b.index;
  });
}

/**
 * The view to show when the address names a row by its #fragment: unchanged when that row is
 * shown (or no row has that id), else the same sort without filters, so a link such as
 * `?verdict=python#raw-throughput` never hides the very row it points to.
 */
export function revealing<T extends TableRow>(
  rows: readonly T[],
  view: TableView,
  id: string,
): TableView {
  const row = rows.find((r) => r.id === id);
  if (!row || filter([row], view).length > 0) return view;
  return { ...EMPTY_VIEW, sort: view.sort };
}
