/**
 * The full search page: query and filters live in the URL (`?q=…&type=…&category=…`), so a
 * search can be linked. The query is searched once, unfiltered; the filters then narrow that
 * list, and each filter value counts the results it would list, so a count always matches
 * what ticking it shows and ticking a filter never adds results.
 */
import { entryMeta, summary, type MessageKey } from '../../lib/search/messages';
import { parseState, toQueryString, type SearchState } from '../../lib/search/params';
import { facetCounts, narrow } from '../../lib/search/facets';
import type { Entry } from '../../lib/search/results';
import { paths } from '../../lib/urls';
import { search, type Outcome } from './engine';
import { el, PvnElement } from '../element';
import { excerpt } from './render';

/** Results found per query, before the filters narrow them. */
const LIMIT = 40;

class PvnSearchPage extends PvnElement<MessageKey> {
  #form: HTMLFormElement | null = null;
  #input: HTMLInputElement | null = null;
  #status: HTMLElement | null = null;
  #empty: HTMLElement | null = null;
  #list: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sequence = 0;
  /** The last search, so ticking a filter narrows it without searching again. */
  #found: { q: string; outcome: Outcome } | undefined;

  protected setUp() {
    this.#form = this.querySelector('form');
    this.#input = this.querySelector('input[type="search"]');
    this.#status = this.querySelector('.search-status');
    this.#empty = this.querySelector('.search-empty');
    this.#list = this.querySelector('.search-page-results');
    this.#form?.addEventListener('submit', this.#submit);
    this.#form?.addEventListener('input', this.#schedule);
    this.#restore();
  }

  protected override connect() {
    window.addEventListener('popstate', this.#restore);
  }

  protected override disconnect() {
    window.removeEventListener('popstate', this.#restore);
  }

  /** The state the form shows. */
  #state(): SearchState {
    const data = new FormData(this.#form ?? undefined);
    const q = data.get('q');
    return {
      q: typeof q === 'string' ? q : '',
      types: data.getAll('type').map(String),
      categories: data.getAll('category').map(String),
    };
  }

  /** Puts the URL's state into the form and searches. */
  #restore = () => {
    const state = parseState(location.search);
    if (this.#input) this.#input.value = state.q;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = (box.name === 'type' ? state.types : state.categories).includes(box.value);
    void this.#run(state);
  };

  #submit = (event: Event) => {
    event.preventDefault();
    clearTimeout(this.#timer);
    this.#update();
  };

  #schedule = (event: Event) => {
    clearTimeout(this.#timer);
    // A ticked filter narrows the list already found at once; typing waits for a pause.
    const typed = event.target === this.#input;
    this.#timer = setTimeout(() => this.#update(), typed ? 120 : 0);
  };

  #update() {
    const state = this.#state();
    const url = `${paths.search()}${toQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    void this.#run(state);
  }

  async #run(state: SearchState) {
    const mine = ++this.#sequence;
    const q = state.q.trim();
    try {
      const found =
        this.#found?.q === q
          ? this.#found.outcome
          : q
            ? await search(q, { limit: LIMIT })
            : undefined;
      if (mine !== this.#sequence) return;
      this.#found = found && { q, outcome: found };
      this.#show(state, found);
    } catch {
      if (mine === this.#sequence && this.#status) this.#status.textContent = this.text('failed');
    }
  }

  /** Lists what passes the filters, and counts per filter value within the found list. */
  #show(state: SearchState, found: Outcome | undefined) {
    const all = found?.entries ?? [];
    const listed = narrow(all, state);
    const counts = facetCounts(all, state);
    for (const count of this.querySelectorAll<HTMLElement>('[data-facet]')) {
      const [name = '', value = ''] = (count.dataset['facet'] ?? '').split(':');
      const n = (name === 'type' ? counts.type : counts.category)[value] ?? 0;
      count.textContent = found ? `(${n})` : '';
    }
    this.#list?.replaceChildren(...listed.map((e) => this.#item(e)));
    if (this.#status)
      this.#status.textContent = found
        ? summary(this.strings, {
            query: state.q,
            count: listed.length,
            correctedTo: found.analysis.correctedTo,
            level: found.level,
          })
        : '';
    if (this.#empty) this.#empty.hidden = !found || listed.length > 0;
  }

  #item(entry: Entry) {
    const li = el('li', 'search-page-result');
    const link = el('a', '', entry.title);
    link.href = entry.url;
    const heading = el('h2', 'search-page-title');
    heading.append(link);
    const text = el('p', 'search-option-excerpt');
    text.append(excerpt(entry.excerpt));
    li.append(heading, el('p', 'meta', entryMeta(this.strings, entry)), text);
    return li;
  }
}

customElements.define('pvn-search-page', PvnSearchPage);
