/**
 * Search restricted to the FAQ, on the FAQ page: a result jumps to the question's answer below
 * (answers are shown expanded), marks the matched words in it and highlights the entry.
 */
import type { MessageKey } from '../../lib/search/messages';
import { Combobox } from './combobox';
import { load, search } from './engine';
import { PvnElement } from '../element';

/** Wraps words starting with one of `terms` in `<mark>` inside `root`, skipping its controls. */
function mark(root: HTMLElement, terms: readonly string[]) {
  const escaped = terms.filter((t) => t.length > 1).map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''));
  if (!escaped.length) return;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('pvn-share, mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    const parts: (string | HTMLElement)[] = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      parts.push(text.slice(last, m.index));
      const hit = document.createElement('mark');
      hit.className = 'search-mark';
      hit.textContent = m[0];
      parts.push(hit);
      last = m.index + m[0].length;
    }
    if (last === 0) continue;
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
}

/** Removes the marks and the highlight left by the previous jump. */
function unmark(scope: Document) {
  for (const hit of scope.querySelectorAll('mark.search-mark')) {
    const parent = hit.parentNode;
    hit.replaceWith(hit.textContent ?? '');
    parent?.normalize();
  }
  for (const entry of scope.querySelectorAll('.search-hit')) entry.classList.remove('search-hit');
}

class PvnFaqSearch extends PvnElement<MessageKey> {
  protected setUp() {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const listbox = this.querySelector<HTMLElement>('.search-results');
    const status = this.querySelector<HTMLElement>('.search-status');
    if (!input || !listbox || !status) return false;
    // Pagefind loads when the reader shows an intent to search, not with the page.
    input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
    const combobox: Combobox = new Combobox({
      input,
      listbox,
      status,
      empty: this.querySelector<HTMLElement>('.search-empty'),
      messages: this.strings,
      query: (q, stale) => search(q, { filters: { type: 'faq' }, limit: 10, stale }),
      // The answer on this page when it is printed here, else the answer's own page.
      href: (entry) => {
        const slug = /^\/faq\/([^/]+)\/$/.exec(entry.url)?.[1] ?? '';
        return slug && document.getElementById(slug)?.closest('.faq-entry')
          ? `#${slug}`
          : entry.url;
      },
      choose: (_, url, terms) => {
        const id = url.split('#')[1] ?? '';
        const heading = document.getElementById(id);
        const entry = heading?.closest<HTMLElement>('.faq-entry');
        if (!heading || !entry) return location.assign(url);
        unmark(document);
        entry.classList.add('search-hit');
        mark(entry, terms);
        history.pushState(null, '', `#${id}`);
        // Focus leaves the box: collapse the list first, as a combobox does when it closes, so
        // the shorter page does not shift the answer after it has been scrolled into view.
        combobox.clear();
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
        heading.scrollIntoView({ block: 'start' });
      },
    });
    return true;
  }
}

customElements.define('pvn-faq-search', PvnFaqSearch);
