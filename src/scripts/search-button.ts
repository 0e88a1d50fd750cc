import type { MessageKey } from '../lib/search/messages';
import { PvnElement } from './element';

/**
 * The header's search button, on every page. Without JavaScript it is a link to /search/;
 * this upgrades it into a button that opens the search dialog (also on Ctrl/Cmd+K, and on "/"
 * outside text fields). The dialog's behaviour and Pagefind load on first use only.
 */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class PvnSearch extends PvnElement<MessageKey> {
  #trigger: HTMLElement | null = null;
  #dialog: HTMLDialogElement | null = null;
  #started = false;
  /** What had focus before the dialog opened, to return to on close. */
  #returnTo: HTMLElement | null = null;

  protected setUp() {
    this.#trigger = this.querySelector('.search-trigger');
    this.#dialog = this.querySelector('dialog');
    if (!this.#trigger || !this.#dialog) return false;
    this.#trigger.setAttribute('role', 'button');
    this.#trigger.setAttribute('aria-haspopup', 'dialog');
    // Only now do the shortcuts work, so only now are they announced (and shown, see the CSS).
    this.#trigger.setAttribute('aria-keyshortcuts', 'Control+K Meta+K /');
    this.#trigger.addEventListener('click', this.#click);
    this.#trigger.addEventListener('keydown', this.#space);
    this.#dialog.addEventListener('close', this.#closed);
    this.#dialog.addEventListener('click', this.#backdrop);
    return true;
  }

  protected override connect() {
    document.addEventListener('keydown', this.#shortcut);
  }

  protected override disconnect() {
    document.removeEventListener('keydown', this.#shortcut);
  }

  #open = () => {
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    this.#returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector('input')?.select();
    if (this.#started) return;
    this.#started = true;
    import('./search/dialog').then(
      (m) => m.start(this, this.strings),
      () => (this.#started = false),
    );
  };

  #click = (event: MouseEvent) => {
    // A modified click still opens the search page in a new tab, as a link would.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button) return;
    event.preventDefault();
    this.#open();
  };

  // A link does not react to Space; a button must.
  #space = (event: KeyboardEvent) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    this.#open();
  };

  #shortcut = (event: KeyboardEvent) => {
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const slash =
      event.key === '/' &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      !typing(event.target);
    if (!k && !slash) return;
    event.preventDefault();
    this.#open();
  };

  // Back to where the reader was (a field, say, for Ctrl+K); the button when that was nothing.
  #closed = () => {
    const back = this.#returnTo?.isConnected && this.#returnTo !== document.body;
    (back ? this.#returnTo : this.#trigger)?.focus({ preventScroll: true });
  };

  // A click on the backdrop lands on the dialog itself, outside its inner panel.
  #backdrop = (event: MouseEvent) => {
    const dialog = this.#dialog;
    if (dialog && event.target === dialog) dialog.close();
  };
}

customElements.define('pvn-search', PvnSearch);
