import { PvnElement } from './element';

/**
 * <pvn-link>: a permalink that copies. A plain click copies the item's full address and says
 * so in a live region; modified clicks (new tab, new window) and readers without a clipboard
 * keep the ordinary link.
 */
class PvnLink extends PvnElement<'copy' | 'copied' | 'failed'> {
  #link: HTMLAnchorElement | null = null;
  #status: HTMLElement | null = null;
  #timer = 0;

  protected setUp() {
    this.#link = this.querySelector('a');
    this.#status = this.querySelector('[role="status"]');
    if (!this.#link || !navigator.clipboard) return;
    const label = this.text('copy');
    if (label) this.#link.setAttribute('aria-label', label);
    this.#link.addEventListener('click', this.#copy);
  }

  protected override disconnect() {
    clearTimeout(this.#timer);
  }

  #copy = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigator.clipboard.writeText(this.dataset['url'] ?? this.#link?.href ?? location.href).then(
      () => this.#say(this.text('copied')),
      () => this.#say(this.text('failed')),
    );
  };

  #say(message: string) {
    if (!this.#status) return;
    this.#status.textContent = message;
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      if (this.#status) this.#status.textContent = '';
    }, 3000);
  }
}

customElements.define('pvn-link', PvnLink);
