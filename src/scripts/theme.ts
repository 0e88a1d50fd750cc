import { PvnElement } from './element';
import { nextThemeChoice, THEME_KEY, themeChoice, type ThemeChoice } from '../lib/theme';

const dark = window.matchMedia('(prefers-color-scheme: dark)');
const root = document.documentElement;

/**
 * Theme control: one button that cycles through the reader's choices and names the one in
 * force ("Theme: Dark"). The stored choice is applied before first paint by an inline script in
 * the head; this element only reflects and changes it. Without JavaScript the system setting
 * rules and the button is not shown.
 */
class PvnTheme extends PvnElement<ThemeChoice> {
  #button: HTMLButtonElement | null = null;
  #state: HTMLElement | null = null;

  protected setUp() {
    this.#button = this.querySelector('button');
    this.#state = this.querySelector('.theme-state');
    this.#button?.addEventListener('click', this.#cycle);
    this.#sync();
  }

  #sync() {
    const choice = themeChoice(root.dataset['theme']);
    if (this.#state) this.#state.textContent = this.text(choice) || choice;
    this.#button?.setAttribute('data-choice', choice);
  }

  #cycle = () => {
    const next: ThemeChoice = nextThemeChoice(themeChoice(root.dataset['theme']), dark.matches);
    try {
      if (next === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    if (next === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = next;
    this.#sync();
  };
}

customElements.define('pvn-theme', PvnTheme);
