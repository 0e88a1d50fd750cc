/**
 * The search page keeps its query and filters in the URL (`/search/?q=gil&type=faq`), so a
 * search can be linked and the back button restores it.
 */
import { facet, queryText } from '../query-params';
import { CATEGORIES, SEARCH_TYPES } from '../vocab';

/** What the search page is showing. */
export interface SearchState {
  q: string;
  types: string[];
  categories: string[];
}

/**
 * Reads the state from a query string; unknown filter values are dropped. Filters may repeat or
 * be comma lists, in any case, as on the comparison table.
 */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    q: queryText(params),
    types: facet(params, 'type', SEARCH_TYPES),
    categories: facet(params, 'category', CATEGORIES),
  };
}

/** The query string for a state, '' when it is empty; filters in vocabulary order. */
export function toQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const type of SEARCH_TYPES) if (state.types.includes(type)) params.append('type', type);
  for (const c of CATEGORIES) if (state.categories.includes(c)) params.append('category', c);
  const query = params.toString();
  return query ? `?${query}` : '';
}
