/** Copies an item's permalink to the clipboard and says so in a live region. */
class PvnShare extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #status: HTMLElement | null = null;

  connectedCallback() {
    this.#button = this.querySelector('.share-copy');
    this.#status = this.querySelector('.share-status');
    if (!this.#button) return;
    if (!navigator.clipboard) {
      this.#button.hidden = true;
      return;
    }
    this.#button.addEventListener('click', this.#copy);
  }

  disconnectedCallback() {
    this.#button?.removeEventListener('click', this.#copy);
  }

  #copy = async () => {
    const url = this.dataset['url'] ?? location.href;
    try {
      await navigator.clipboard.writeText(url);
      this.#say('Link copied');
    } catch {
      this.#say('Could not copy; use the permalink instead');
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
