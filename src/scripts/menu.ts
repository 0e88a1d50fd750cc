import { PvnElement } from './element';

/**
 * The header menu on narrow screens is a native <details>, which opens and closes without
 * JavaScript. This adds what readers expect of a menu besides: Escape closes it and puts focus
 * back on its button, and it closes when a link in it is followed, when the reader clicks
 * elsewhere, and when the page is shown again from the back/forward cache.
 */
class PvnMenu extends PvnElement {
  #details: HTMLDetailsElement | null = null;

  protected setUp() {
    this.#details = this.querySelector('details');
    this.addEventListener('keydown', this.#key);
    this.addEventListener('click', this.#followed);
  }

  protected override connect() {
    document.addEventListener('click', this.#outside);
    window.addEventListener('pageshow', this.#close);
  }

  protected override disconnect() {
    document.removeEventListener('click', this.#outside);
    window.removeEventListener('pageshow', this.#close);
  }

  #close = () => {
    if (this.#details) this.#details.open = false;
  };

  #key = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.#details?.open) return;
    this.#close();
    this.querySelector('summary')?.focus();
  };

  #followed = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a')) this.#close();
  };

  #outside = (event: MouseEvent) => {
    if (!(event.target instanceof Node) || !this.contains(event.target)) this.#close();
  };
}

customElements.define('pvn-menu', PvnMenu);
