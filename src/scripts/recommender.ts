/**
 * <pvn-recommender>: scores the server-rendered form with the pure module, writes the result
 * into the page, and mirrors the answers in the URL so a copied address reopens the same result.
 */
import {
  parseAnswers,
  recommend,
  serialiseAnswers,
  whatWouldChange,
  type Answers,
  type Flip,
  type Model,
} from '../lib/recommend';
import { fill } from '../lib/text';
import { paths } from '../lib/urls';

type Strings = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

class PvnRecommender extends HTMLElement {
  #model: Model | undefined;
  #titles: Record<string, string> = {};
  #s: Strings = {};
  #form: HTMLFormElement | null = null;
  #status: HTMLElement | null = null;
  #detail: HTMLElement | null = null;
  #link: HTMLAnchorElement | null = null;

  connectedCallback() {
    this.#form = this.querySelector('form');
    this.#status = this.querySelector('.rec-status');
    this.#detail = this.querySelector('.rec-detail');
    this.#link = this.querySelector('.rec-link');
    try {
      const payload = JSON.parse(this.dataset['model'] ?? '') as {
        model: Model;
        titles: Record<string, string>;
      };
      this.#model = payload.model;
      this.#titles = payload.titles;
      this.#s = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    } catch {
      return;
    }
    if (!this.#form) return;
    this.#form.addEventListener('change', this.#update);
    this.#form.addEventListener('reset', this.#reset);
    this.#form.addEventListener('submit', this.#submit);
    // Restore from the address bar: the same URL always shows the same answers and result.
    const answers = parseAnswers(location.search, this.#model);
    for (const [q, value] of Object.entries(answers)) this.#radios(q).value = value;
    this.#render(answers);
  }

  disconnectedCallback() {
    this.#form?.removeEventListener('change', this.#update);
    this.#form?.removeEventListener('reset', this.#reset);
    this.#form?.removeEventListener('submit', this.#submit);
  }

  #radios(question: string) {
    return this.#form?.elements.namedItem(question) as RadioNodeList;
  }

  #answers(): Answers {
    const answers: Record<string, string> = {};
    for (const q of this.#model?.questions ?? []) {
      const value = this.#radios(q.id).value;
      if (value) answers[q.id] = value;
    }
    return answers;
  }

  #update = () => {
    if (!this.#model) return;
    const answers = this.#answers();
    this.#render(answers);
    const query = serialiseAnswers(answers, this.#model);
    history.replaceState(
      history.state,
      '',
      `${query ? `?${query}` : location.pathname}${location.hash}`,
    );
  };

  #reset = (event: Event) => {
    event.preventDefault();
    for (const input of this.#form?.querySelectorAll('input') ?? []) input.checked = false;
    this.#update();
  };

  #submit = (event: Event) => {
    event.preventDefault();
    this.#update();
  };

  #render(answers: Answers) {
    const model = this.#model;
    if (!model || !this.#status || !this.#detail) return;
    const s = this.#s;
    const query = serialiseAnswers(answers, model);
    if (this.#link) this.#link.href = `${paths.recommend()}${query ? `?${query}` : ''}`;
    this.#detail.replaceChildren();
    if (!query) {
      this.#status.textContent = s['recommend.empty'] ?? '';
      return;
    }
    const result = recommend(answers, model);
    this.#status.textContent = `${s['recommend.result']}: ${s[`choice.${result.choice}`]}, ${s[`recommend.confidence.${result.confidence}`]}.`;

    const why = el('ul');
    for (const r of result.reasons) {
      const item = el('li', `${r.reason} `);
      item.append(el('span', s['recommend.evidence']), ' ');
      r.dimensions.forEach((d, i) => {
        const a = el('a', this.#titles[d] ?? d);
        a.href = paths.dimension(d);
        item.append(...(i ? [', ', a] : [a]));
      });
      why.append(item);
    }
    const change = el('ul');
    const flips = whatWouldChange(answers, model);
    for (const flip of flips) change.append(el('li', this.#describe(flip)));
    if (!flips.length) change.append(el('li', s['recommend.noChange']));

    this.#detail.append(
      el('p', fill(s['recommend.scores'], result.scores)),
      ...(result.reasons.length ? [el('h3', s['recommend.why']), why] : []),
      el('h3', s['recommend.change']),
      change,
    );
  }

  #describe(flip: Flip) {
    const s = this.#s;
    const parts = flip.changes.map((c) => {
      const q = this.#model?.questions.find((x) => x.id === c.question);
      const option = q?.options.find((o) => o.id === c.to);
      return fill(s['recommend.changeOne'], {
        question: q?.label ?? '',
        option: option?.label ?? '',
      });
    });
    return fill(s['recommend.changeIf'], {
      changes: parts.join(s['recommend.changeAnd']),
      choice: s[`choice.${flip.choice}`] ?? '',
    });
  }
}

customElements.define('pvn-recommender', PvnRecommender);
