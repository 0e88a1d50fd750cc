/**
 * <pvn-table>: sortable headers and, when the server rendered a filter panel, filtering of the
 * comparison table. The view logic and its address format live in src/lib/table-view.ts; this
 * element only reads the server-rendered rows, applies views to them and keeps history in step.
 */
import {
  EMPTY_VIEW,
  filter,
  isEmptyView,
  parse,
  revealing,
  searchText,
  serialise,
  sort,
  type SortKey,
  type TableRow,
  type TableView,
} from '../lib/table-view';
import { fill } from '../lib/text';
import type { Category, Grade, Verdict } from '../lib/vocab';
import { PvnElement } from './element';

interface Row extends TableRow {
  el: HTMLTableRowElement;
}

/** Query parameters this element owns; any others in the address are left alone. */
const PARAMS = ['category', 'verdict', 'q', 'sort'];

class PvnTable extends PvnElement<'status'> {
  #rows: Row[] = [];
  #view: TableView = EMPTY_VIEW;
  #form: HTMLFormElement | null = null;
  #status: HTMLElement | null = null;
  #empty: HTMLElement | null = null;
  #search: HTMLInputElement | null = null;
  // True between the first keystroke of a search and its end, so one search is one history entry.
  #typing = false;

  protected override connect() {
    if (this.#urlState) {
      window.addEventListener('popstate', this.#onPopState);
      window.addEventListener('hashchange', this.#reveal);
    }
  }

  protected override disconnect() {
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('hashchange', this.#reveal);
  }

  get #urlState() {
    return this.hasAttribute('data-url-state');
  }

  protected setUp() {
    const body = this.querySelector('tbody');
    if (!body) return false;
    this.#rows = [...body.rows].map((el, index) => {
      const title = el.querySelector('th > a')?.textContent?.trim() ?? '';
      // What a reader sees in the row: both sides and the scope (without its "Scope" toggle).
      const shown = [...el.querySelectorAll('.table-side, .table-scope > :not(summary)')].map(
        (cell) => cell.textContent ?? '',
      );
      return {
        el,
        id: el.id,
        index,
        title,
        category: el.dataset['category'] as Category,
        verdict: el.dataset['verdict'] as Verdict,
        grade: el.dataset['grade'] as Grade,
        // Title, summaries and scope are on screen already; data-search adds the rest.
        text: searchText([title, ...shown, el.dataset['search'] ?? '']),
      };
    });

    for (const th of this.querySelectorAll<HTMLElement>('thead th[data-sort]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      const icon = document.createElement('span');
      icon.className = 'sort-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.append(...th.childNodes, icon);
      button.addEventListener('click', () => this.#toggleSort(th.dataset['sort'] as SortKey));
      th.append(button);
    }

    this.#form = this.querySelector('form');
    this.#status = this.querySelector('[role="status"]');
    this.#empty = this.querySelector('.table-empty');
    this.#search = this.querySelector('input[type="search"]');
    this.#form?.addEventListener('change', (event) => {
      if (event.target === this.#search) this.#typing = false;
      else this.#commit(this.#fromForm(), 'push');
    });
    this.#search?.addEventListener('input', () => {
      if (this.#commit(this.#fromForm(), this.#typing ? 'replace' : 'push')) this.#typing = true;
    });
    this.#form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#typing = false;
    });
    for (const button of this.querySelectorAll('.table-clear')) {
      button.addEventListener('click', this.#clear);
    }

    if (this.#urlState) {
      const view = parse(new URLSearchParams(location.search));
      if (!isEmptyView(view)) {
        this.#apply(view);
        this.#sync();
      }
      this.#reveal();
    }
    return true;
  }

  /** Clears the filters when they hide the row the address's #fragment names, and shows it. */
  #reveal = () => {
    // Row ids are slugs ([a-z0-9-]), so the fragment needs no decoding.
    const id = location.hash.slice(1);
    const view = revealing(this.#rows, this.#view, id);
    if (view === this.#view) return;
    this.#commit(view, 'replace');
    this.#sync();
    this.#rows.find((row) => row.id === id)?.el.scrollIntoView();
  };

  #fromForm(): TableView {
    const checked = (name: string) =>
      [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)]
        .map((input) => input.value)
        .join(',');
    const facets = parse(
      new URLSearchParams({ category: checked('category'), verdict: checked('verdict') }),
    );
    return { ...facets, q: this.#search?.value ?? '', sort: this.#view.sort };
  }

  #toggleSort(key: SortKey) {
    const current = this.#view.sort;
    // Ascending, then descending, then back to the content order.
    const next =
      current?.key !== key
        ? { key, descending: false }
        : current.descending
          ? null
          : { key, descending: true };
    this.#typing = false;
    this.#commit({ ...this.#view, sort: next }, 'push');
  }

  #clear = (event: Event) => {
    const fromEmptyState = this.#empty?.contains(event.currentTarget as Node);
    this.#typing = false;
    this.#commit(EMPTY_VIEW, 'push');
    this.#sync();
    // The button just pressed in the empty state disappears; land on the table it brought back.
    if (fromEmptyState) this.querySelector<HTMLElement>('.table-wrap')?.focus();
  };

  #onPopState = () => {
    this.#typing = false;
    this.#apply(parse(new URLSearchParams(location.search)));
    this.#sync();
  };

  /**
   * Changes the view and records it in the address (a new entry, or replacing the current one);
   * says whether the address changed.
   */
  #commit(view: TableView, mode: 'push' | 'replace'): boolean {
    this.#apply(view);
    if (!this.#urlState) return false;
    const others = new URLSearchParams(location.search);
    for (const name of PARAMS) others.delete(name);
    const query = [serialise(view), others.toString()].filter(Boolean).join('&');
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return false;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    return true;
  }

  /** Shows, hides and orders the rows, and updates headers and the count to match a view. */
  #apply(view: TableView) {
    this.#view = view;
    const shown = new Set(filter(this.#rows, view));
    const ordered = sort(this.#rows, view);
    const body = this.querySelector('tbody');
    // Moving rows only when the order changed keeps focus inside an unmoved row.
    if (body && ordered.some((row, i) => body.rows[i] !== row.el)) {
      body.append(...ordered.map((row) => row.el));
    }
    for (const row of this.#rows) row.el.hidden = !shown.has(row);

    const { sort: by } = view;
    for (const th of this.querySelectorAll<HTMLElement>('thead th[data-sort]')) {
      if (by && by.key === th.dataset['sort']) {
        th.setAttribute('aria-sort', by.descending ? 'descending' : 'ascending');
      } else th.removeAttribute('aria-sort');
    }

    const message = fill(this.text('status'), { shown: shown.size, total: this.#rows.length });
    if (this.#status && this.#status.textContent?.trim() !== message) {
      this.#status.textContent = message;
    }
    if (this.#empty) this.#empty.hidden = shown.size > 0;
  }

  /** Sets the form controls to the current view (after a reload, back/forward or clearing). */
  #sync() {
    for (const input of this.#form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ??
      []) {
      const chosen: readonly string[] =
        input.name === 'category' ? this.#view.categories : this.#view.verdicts;
      input.checked = chosen.includes(input.value);
    }
    if (this.#search && this.#search.value.trim() !== this.#view.q) {
      this.#search.value = this.#view.q;
    }
  }
}

customElements.define('pvn-table', PvnTable);
