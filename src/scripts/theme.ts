const KEY = 'pvn-theme';
const dark = window.matchMedia('(prefers-color-scheme: dark)');

/** The theme in force: the reader's stored choice, else the system setting. */
function isDark(): boolean {
  const chosen = document.documentElement.dataset['theme'];
  return chosen ? chosen === 'dark' : dark.matches;
}

/**
 * Theme toggle. The stored choice is applied before first paint by an inline script in the
 * head; this element only reflects and changes it. Without JavaScript the system setting rules.
 */
class PvnTheme extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #sync = () => this.#button?.setAttribute('aria-pressed', String(isDark()));

  connectedCallback() {
    this.#button = this.querySelector('button');
    this.#button?.addEventListener('click', this.#toggle);
    dark.addEventListener('change', this.#sync);
    this.#sync();
  }

  disconnectedCallback() {
    this.#button?.removeEventListener('click', this.#toggle);
    dark.removeEventListener('change', this.#sync);
  }

  #toggle = () => {
    const next = isDark() ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    this.#sync();
  };
}

customElements.define('pvn-theme', PvnTheme);
