/**
 * The search page's filters, applied to the results already found: a filter only ever
 * narrows the list, and the count beside each value is what ticking it would list.
 */
import type { SearchState } from './params';
import type { Entry } from './results';

/** Whether an entry passes the chosen filters, leaving out one facet's when `except` names it. */
function passes(entry: Entry, state: SearchState, except?: 'types' | 'categories'): boolean {
  const type = except === 'types' || !state.types.length || state.types.includes(entry.type);
  const category =
    except === 'categories' ||
    !state.categories.length ||
    (entry.category !== undefined && state.categories.includes(entry.category));
  return type && category;
}

/** The entries that pass every chosen filter: a filter only ever narrows the list. */
export function narrow(entries: readonly Entry[], state: SearchState): Entry[] {
  return entries.filter((e) => passes(e, state));
}

/**
 * The count beside each filter value: how many entries of the found list would be listed with
 * that value ticked, given the other facet's choices. For a ticked value it is exactly the
 * number of listed entries of that value.
 */
export function facetCounts(
  entries: readonly Entry[],
  state: SearchState,
): { type: Record<string, number>; category: Record<string, number> } {
  const type: Record<string, number> = {};
  const category: Record<string, number> = {};
  for (const e of entries) {
    if (passes(e, state, 'types')) type[e.type] = (type[e.type] ?? 0) + 1;
    if (e.category && passes(e, state, 'categories'))
      category[e.category] = (category[e.category] ?? 0) + 1;
  }
  return { type, category };
}
