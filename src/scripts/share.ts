import { CITE_FORMATS, citation, localIsoDate, type Citable } from '../lib/cite';

/**
 * Copies an item's permalink, or one of its citation or embed snippets, to the clipboard and
 * says so in a live region. Citations are reprinted with the reader's date as the accessed date.
 */
class PvnShare extends HTMLElement {
  #buttons: HTMLButtonElement[] = [];
  #status: HTMLElement | null = null;

  connectedCallback() {
    this.#status = this.querySelector('.share-status');
    this.#reprint();
    this.#buttons = [...this.querySelectorAll<HTMLButtonElement>('.share-copy')];
    for (const button of this.#buttons) {
      if (navigator.clipboard) button.addEventListener('click', this.#copy);
      else button.hidden = true;
    }
  }

  disconnectedCallback() {
    for (const button of this.#buttons) button.removeEventListener('click', this.#copy);
  }

  #reprint() {
    const data = this.dataset['cite'];
    if (!data) return;
    const cite = JSON.parse(data) as Citable;
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
      this.#say(button.dataset['copied'] ?? '');
    } catch {
      this.#say(this.dataset['failed'] ?? '');
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
