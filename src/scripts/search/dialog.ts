/** Behaviour of the site-wide search dialog, loaded when the reader first opens it. */
import type { Messages } from '../../lib/search/messages';
import { toQueryString } from '../../lib/search/params';
import { paths } from '../../lib/urls';
import { Combobox } from './combobox';
import { load, search } from './engine';

/** Wires the dialog inside `root` (a `<pvn-search>`) to the search pipeline. */
export function start(root: HTMLElement, m: Messages) {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const listbox = root.querySelector<HTMLElement>('.search-results');
  const status = root.querySelector<HTMLElement>('.search-status');
  const all = root.querySelector<HTMLAnchorElement>('.search-all');
  if (!input || !listbox || !status) return;
  // Keyboard hints only help where a keyboard is likely; a touch screen gets none.
  if (matchMedia('(pointer: coarse)').matches) input.removeAttribute('aria-describedby');
  if (!input.value) status.textContent = m['loading'] ?? '';
  load().then(
    () => {
      if (status.textContent === m['loading']) status.textContent = '';
    },
    () => (status.textContent = m['failed'] ?? ''),
  );
  input.addEventListener('input', () => {
    if (all)
      all.href = `${paths.search()}${toQueryString({ q: input.value, types: [], categories: [] })}`;
  });
  // A search field clears itself on Escape; in the dialog, Escape closes instead.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    input.closest('dialog')?.close();
  });
  new Combobox({
    input,
    listbox,
    status,
    empty: root.querySelector<HTMLElement>('.search-empty'),
    messages: m,
    query: (q, stale) => search(q, { limit: 8, stale }),
    // Close first: a result on the current page only scrolls, and must not stay behind the modal.
    choose: (_, url) => {
      input.closest('dialog')?.close();
      location.assign(url);
    },
  });
}
