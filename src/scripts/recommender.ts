/**
 * <pvn-recommender>: scores the server-rendered form with the pure module, writes the result in
 * words into the page, and mirrors the answers in the URL so a copied address reopens them.
 */
import {
  inWords,
  parseAnswers,
  recommend,
  serialiseAnswers,
  type Answers,
  type Model,
} from '../lib/recommend';
import { fill, linkParts } from '../lib/text';
import { paths } from '../lib/urls';
import { el, PvnElement } from './element';

/** An element holding text whose Markdown links become real links. */
function linked<K extends keyof HTMLElementTagNameMap>(tag: K, text: string) {
  const node = el(tag);
  for (const part of linkParts(text)) {
    if (part.href === undefined) node.append(part.text);
    else {
      const a = el('a', '', part.text);
      a.href = part.href;
      node.append(a);
    }
  }
  return node;
}

class PvnRecommender extends PvnElement<string> {
  #model: Model | undefined;
  #titles: Record<string, string> = {};
  #form: HTMLFormElement | null = null;
  #status: HTMLElement | null = null;
  #detail: HTMLElement | null = null;
  #link: HTMLAnchorElement | null = null;
  #peek: HTMLElement | null = null;

  protected setUp() {
    this.#form = this.querySelector('form');
    this.#status = this.querySelector('.rec-status');
    this.#detail = this.querySelector('.rec-detail');
    this.#link = this.querySelector('.rec-link');
    this.#peek = this.querySelector('.rec-peek');
    const payload = this.json<{ model: Model; titles: Record<string, string> }>('model');
    if (!payload || !this.#form) return;
    this.#model = payload.model;
    this.#titles = payload.titles;
    this.#form.addEventListener('change', this.#update);
    this.#form.addEventListener('reset', this.#reset);
    this.#form.addEventListener('submit', this.#submit);
    // Restore from the address bar: the same URL always shows the same answers and result.
    const answers = parseAnswers(location.search, this.#model);
    for (const [q, value] of Object.entries(answers)) this.#radios(q).value = value;
    this.#render(answers);
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

  /** Links to the comparison rows behind some reasons, each row once. */
  #evidence(dimensions: readonly string[]) {
    const p = el('p', '', `${this.text('recommend.evidence')} `);
    [...new Set(dimensions)].forEach((d, i) => {
      const a = el('a', '', this.#titles[d] ?? d);
      a.href = paths.dimension(d);
      p.append(...(i ? [', ', a] : [a]));
    });
    return p;
  }

  #render(answers: Answers) {
    const model = this.#model;
    const peek = this.#peek;
    if (!model || !this.#status || !this.#detail || !peek) return;
    const s = this.strings;
    const query = serialiseAnswers(answers, model);
    if (this.#link) this.#link.href = `${paths.recommend()}${query ? `?${query}` : ''}`;
    this.#detail.replaceChildren();
    peek.hidden = !query;
    if (!query) {
      this.#status.textContent = s['recommend.empty'] ?? '';
      return;
    }
    const result = recommend(answers, model);
    const status = fill(s['recommend.status'], {
      choice: s[`choice.${result.choice}`] ?? '',
      confidence: s[`recommend.confidence.${result.confidence}`] ?? '',
    });
    this.#status.textContent = status;
    const summary = peek.firstElementChild;
    if (summary) summary.textContent = status;

    const side = { python: s['choice.python'], node: s['choice.node'], both: s['choice.both'] };
    const points = el('ul');
    for (const r of result.all) {
      const adds = Object.entries(r.points)
        .filter(([, n]) => n)
        .map(([k, n]) =>
          fill(s['recommend.adds'], { points: `+${n}`, side: side[k as 'both'] ?? '' }),
        );
      points.append(linked('li', `${adds.join(', ')}: ${r.reason}`));
    }
    const details = el('details');
    details.append(
      el('summary', '', s['recommend.points']),
      el('p', '', fill(s['recommend.scores'], result.scores)),
      points,
    );
    this.#detail.append(
      linked('p', inWords(result, model, s)),
      ...(result.reasons.length
        ? [this.#evidence(result.reasons.flatMap((r) => r.dimensions))]
        : []),
      details,
    );
  }
}

customElements.define('pvn-recommender', PvnRecommender);
