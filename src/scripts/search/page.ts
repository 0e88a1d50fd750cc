/**
 * The full search page: query and filters live in the URL (`?q=…&type=…&category=…`), so a
 * search can be linked, and each filter value shows how many pages match the query.
 */
import {
  pagefindFilters,
  parseState,
  toQueryString,
  type SearchState,
} from '../../lib/search/params';
import { paths } from '../../lib/urls';
import { search } from './engine';

/** Pages listed on the results page; the status gives the full count. */
const PAGES = 30;
import { entryMeta, summary, type Messages } from '../../lib/search/messages';
import { el, excerpt, messages } from './render';

class PvnSearchPage extends HTMLElement {
  #form: HTMLFormElement | null = null;
  #input: HTMLInputElement | null = null;
  #status: HTMLElement | null = null;
  #list: HTMLElement | null = null;
  #m: Messages = {};
  #timer: ReturnType<typeof setTimeout> | undefined;
  #sequence = 0;

  connectedCallback() {
    this.#form = this.querySelector('form');
    this.#input = this.querySelector('input[type="search"]');
    this.#status = this.querySelector('.search-status');
    this.#list = this.querySelector('.search-page-results');
    this.#m = messages(this);
    this.#form?.addEventListener('submit', this.#submit);
    this.#form?.addEventListener('input', this.#schedule);
    window.addEventListener('popstate', this.#restore);
    this.#restore();
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#restore);
  }

  /** The state the form shows. */
  #state(): SearchState {
    const data = new FormData(this.#form ?? undefined);
    return {
      q: String(data.get('q') ?? ''),
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

  #schedule = () => {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#update(), 150);
  };

  #update() {
    const state = this.#state();
    const url = `${paths.search()}${toQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    void this.#run(state);
  }

  async #run(state: SearchState) {
    const mine = ++this.#sequence;
    try {
      const outcome = await search(state.q, { filters: pagefindFilters(state), limit: PAGES });
      if (mine !== this.#sequence) return;
      for (const count of this.querySelectorAll<HTMLElement>('[data-facet]')) {
        const [name = '', value = ''] = (count.dataset['facet'] ?? '').split(':');
        count.textContent = `(${outcome.counts[name]?.[value] ?? 0})`;
      }
      this.#list?.replaceChildren(...outcome.entries.map((e) => this.#item(e)));
      if (this.#status)
        this.#status.textContent =
          state.q || state.types.length || state.categories.length
            ? summary(this.#m, outcome.pages, outcome.correctedTo, Math.min(outcome.pages, PAGES))
            : '';
    } catch {
      if (mine === this.#sequence && this.#status)
        this.#status.textContent = this.#m['failed'] ?? '';
    }
  }

  #item(entry: Awaited<ReturnType<typeof search>>['entries'][number]) {
    const li = el('li', 'search-page-result');
    const link = el('a', '', entry.title) as HTMLAnchorElement;
    link.href = entry.url;
    const heading = el('h2', 'search-page-title');
    heading.append(link);
    const text = el('p', 'search-option-excerpt');
    text.append(excerpt(entry.excerpt));
    li.append(heading, el('p', 'meta', entryMeta(this.#m, entry)), text);
    return li;
  }
}

customElements.define('pvn-search-page', PvnSearchPage);
