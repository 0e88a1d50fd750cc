import { CITE_FORMATS, citation, localIsoDate, type Citable } from '../lib/cite';
import { PvnElement } from './element';

/**
 * Copies an item's permalink, or one of its citation or embed snippets, to the clipboard and
 * says so in a live region. Citations are reprinted with the reader's date as the accessed date.
 */
class PvnShare extends PvnElement<'copied' | 'linkCopied' | 'failed'> {
  #status: HTMLElement | null = null;

  protected setUp() {
    this.#status = this.querySelector('.share-status');
    this.#reprint();
    for (const button of this.querySelectorAll<HTMLButtonElement>('.share-copy')) {
      if (navigator.clipboard) button.addEventListener('click', (event) => void this.#copy(event));
      else button.hidden = true;
    }
  }

  #reprint() {
    const cite = this.json<Citable>('cite');
    if (!cite) return;
    const today = localIsoDate(new Date());
    for (const format of CITE_FORMATS) {
      const code = this.#snippet(format);
      if (code) code.textContent = citation(format, cite, today);
    }
  }

  #snippet(format: string): HTMLElement | null {
    return this.querySelector(`code[data-format="${format}"]`);
  }

  #copy = async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const format = button.dataset['copy'];
    const text = format
      ? (this.#snippet(format)?.textContent ?? '')
      : (this.dataset['url'] ?? location.href);
    try {
      await navigator.clipboard.writeText(text);
      this.#say(this.text(format ? 'copied' : 'linkCopied'));
    } catch {
      this.#say(this.text('failed'));
    }
  };

  #say(message: string) {
    if (!this.#status) return;
    this.#status.textContent = message;
    setTimeout(() => {
      if (this.#status) this.#status.textContent = '';
    }, 4000);
  }
}

customElements.define('pvn-share', PvnShare);
