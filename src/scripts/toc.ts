/**
 * Marks the table-of-contents link of the section being read with aria-current. A section is
 * being read from the moment its heading passes the top third of the window; before the first
 * heading nothing is marked.
 */
class PvnToc extends HTMLElement {
  #links: HTMLAnchorElement[] = [];
  #headings: HTMLElement[] = [];
  #observer: IntersectionObserver | null = null;

  connectedCallback() {
    this.#links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    this.#headings = this.#links.map(
      (a) => document.getElementById(decodeURIComponent(a.hash.slice(1))) as HTMLElement,
    );
    if (this.#headings.some((h) => !h)) return;
    // Fires whenever a heading crosses the line a third of the way down the window.
    this.#observer = new IntersectionObserver(this.#mark, { rootMargin: '0px 0px -67% 0px' });
    for (const h of this.#headings) this.#observer.observe(h);
    // A long jump can carry every heading past the line unseen; the scroll's end catches it.
    window.addEventListener('scrollend', this.#mark);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    window.removeEventListener('scrollend', this.#mark);
  }

  #mark = () => {
    const line = window.innerHeight / 3;
    let current = -1;
    this.#headings.forEach((h, i) => {
      if (h.getBoundingClientRect().top <= line) current = i;
    });
    this.#links.forEach((a, i) => {
      if (i === current) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    });
  };
}

customElements.define('pvn-toc', PvnToc);
