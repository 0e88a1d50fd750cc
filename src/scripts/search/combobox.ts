/**
 * An input with a listbox of results (the ARIA 1.2 combobox pattern): results appear as the
 * reader types, arrow keys move the active option, Enter opens it, and a status region
 * announces the count. Focus stays in the input throughout.
 */
import type { Entry } from '../../lib/search/results';
import type { Outcome } from './engine';
import { entryMeta, summary, type Messages } from '../../lib/search/messages';
import { el } from '../element';
import { excerpt } from './render';

/** What a combobox needs from the widget that owns it. */
export interface ComboboxOptions {
  input: HTMLInputElement;
  listbox: HTMLElement;
  status: HTMLElement;
  /** Suggestions shown when a search finds nothing. */
  empty?: HTMLElement | null;
  messages: Messages;
  /** Runs the search for a query; `stale` turns true once a newer query waits. */
  query: (q: string, stale: () => boolean) => Promise<Outcome>;
  /** Where an entry leads. */
  href?: (entry: Entry) => string;
  /** Opens an entry; the default follows its link. */
  choose?: (entry: Entry, url: string, terms: string[]) => void;
}

export class Combobox {
  #o: ComboboxOptions;
  #entries: Entry[] = [];
  #terms: string[] = [];
  #active = -1;
  /** The search under way, and whether the input changed while it ran. */
  #running: Promise<void> | undefined;
  #stale = false;
  #sequence = 0;
  /** The query the listed results belong to. */
  #shownFor = '';

  constructor(options: ComboboxOptions) {
    this.#o = options;
    const { input, listbox } = options;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('aria-expanded', 'false');
    input.addEventListener('input', this.#schedule);
    input.addEventListener('keydown', this.#key);
    listbox.addEventListener('click', this.#click);
    if (input.value.trim()) this.#schedule();
  }

  /** Clears the results and the announcement. */
  clear() {
    this.#sequence += 1;
    this.#entries = [];
    this.#render();
    this.#o.status.textContent = '';
    if (this.#o.empty) this.#o.empty.hidden = true;
  }

  /**
   * Searches at once when idle; while a search runs, only the newest input is searched after
   * it, so results follow the keyboard without a fixed delay and without a queue of searches.
   */
  #schedule = () => {
    if (this.#running) {
      this.#stale = true;
      return;
    }
    this.#running = this.#search().finally(() => {
      this.#running = undefined;
      if (!this.#stale) return;
      this.#stale = false;
      this.#schedule();
    });
  };

  #search = async () => {
    const q = this.#o.input.value;
    if (!q.trim()) return this.clear();
    const mine = ++this.#sequence;
    try {
      const outcome = await this.#o.query(q, () => this.#stale);
      // A newer query waits: it will draw its own results, so these are not drawn at all.
      if (mine !== this.#sequence || this.#stale) return;
      // One or two letters typed so far: wait for more rather than say "No results".
      if (!outcome.terms.length && outcome.analysis.typing) return;
      this.#entries = outcome.entries;
      this.#terms = outcome.terms;
      this.#shownFor = q;
      this.#render();
      this.#o.status.textContent = summary(this.#o.messages, {
        query: q,
        count: outcome.entries.length,
        correctedTo: outcome.analysis.correctedTo,
        level: outcome.level,
      });
      if (this.#o.empty) this.#o.empty.hidden = outcome.entries.length > 0;
    } catch {
      if (mine === this.#sequence) this.#o.status.textContent = this.#o.messages['failed'] ?? '';
    }
  };

  #render() {
    const { listbox, input, messages } = this.#o;
    this.#active = -1;
    input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-expanded', String(this.#entries.length > 0));
    listbox.replaceChildren(
      ...this.#entries.map((entry, i) => {
        const option = el('li', 'search-option');
        option.id = `${listbox.id}-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset['href'] = this.#o.href?.(entry) ?? entry.url;
        option.append(
          el('span', 'search-option-title', entry.title),
          el('span', 'search-option-meta', entryMeta(messages, entry)),
        );
        const text = el('span', 'search-option-excerpt');
        text.append(excerpt(entry.excerpt));
        option.append(text);
        return option;
      }),
    );
  }

  #move(to: number) {
    const options = [...this.#o.listbox.querySelectorAll<HTMLElement>('[role="option"]')];
    if (!options.length) return;
    this.#active = (to + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.#active)));
    const current = options[this.#active];
    if (!current) return;
    this.#o.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  #open(index: number) {
    const entry = this.#entries[index];
    if (!entry) return;
    const url = this.#o.href?.(entry) ?? entry.url;
    if (this.#o.choose) this.#o.choose(entry, url, this.#terms);
    else location.assign(url);
  }

  #key = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#move(this.#active === -1 && step < 0 ? -1 : this.#active + step);
    } else if (event.key === 'Enter') {
      const q = this.#o.input.value;
      if (!q.trim()) return;
      event.preventDefault();
      if (q === this.#shownFor && this.#entries.length)
        return this.#open(Math.max(this.#active, 0));
      // The listed results are for an older query: search now and open the first fresh result,
      // or let the form show the full results page when there is none.
      void (this.#running ?? Promise.resolve()).then(this.#search).then(() => {
        if (this.#o.input.value !== q) return;
        if (this.#shownFor === q && this.#entries.length) this.#open(0);
        else this.#o.input.form?.requestSubmit();
      });
    }
  };

  #click = (event: Event) => {
    const option = (event.target as Element).closest('[role="option"]');
    if (option) this.#open(Number(option.id.slice(this.#o.listbox.id.length + 1)));
  };
}
