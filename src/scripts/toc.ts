import { currentSection } from '../lib/toc';
import { PvnElement } from './element';

/**
 * Marks the table-of-contents link of the section being read with aria-current. A section is
 * being read from the moment its heading passes the top third of the window; before the first
 * heading nothing is marked.
 */
class PvnToc extends PvnElement {
  #links: HTMLAnchorElement[] = [];
  #headings: HTMLElement[] = [];
  #observer: IntersectionObserver | null = null;

  protected setUp() {
    this.#links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const headings = this.#links.map((a) =>
      document.getElementById(decodeURIComponent(a.hash.slice(1))),
    );
    if (!headings.every((h): h is HTMLElement => h !== null)) return false;
    this.#headings = headings;
    // Fires whenever a heading crosses the line a third of the way down the window.
    this.#observer = new IntersectionObserver(this.#mark, { rootMargin: '0px 0px -67% 0px' });
    return true;
  }

  protected override connect() {
    for (const h of this.#headings) this.#observer?.observe(h);
    // A long jump can carry every heading past the line unseen; the scroll's end catches it.
    window.addEventListener('scrollend', this.#mark);
  }

  protected override disconnect() {
    this.#observer?.disconnect();
    window.removeEventListener('scrollend', this.#mark);
  }

  #mark = () => {
    const tops = this.#headings.map((h) => h.getBoundingClientRect().top);
    const current = currentSection(tops, window.innerHeight / 3);
    this.#links.forEach((a, i) => {
      if (i === current) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    });
  };
}

customElements.define('pvn-toc', PvnToc);
