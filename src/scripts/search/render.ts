/** DOM helpers shared by the search widgets. */
import type { Entry } from '../../lib/search/results';
import { fill } from '../../lib/text';

/** UI strings handed to the scripts by the server-rendered `data-messages` attribute. */
export type Messages = Record<string, string>;

/** Reads the JSON of a `data-messages` attribute. */
export function messages(element: HTMLElement): Messages {
  try {
    return JSON.parse(element.dataset['messages'] ?? '{}') as Messages;
  } catch {
    return {};
  }
}

/** "12 results" / "1 result" / "No results", with a correction note before it. */
export function summary(m: Messages, count: number, correctedTo?: string): string {
  const n = count === 0 ? m['none'] : count === 1 ? m['countOne'] : fill(m['count'], { n: count });
  return correctedTo ? `${fill(m['correctedTo'], { q: correctedTo })}. ${n}` : (n ?? '');
}

/**
 * Pagefind excerpts are escaped text with `<mark>` around matches. They are parsed in an inert
 * template and rebuilt from text nodes and marks only, so no other markup can get through.
 */
export function excerpt(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

/** Creates an element with a class and text. */
export function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The line under a result's title: its type, the page it sits in, and a verdict if any. */
export function entryMeta(m: Messages, entry: Entry): string {
  const parts = [
    m[`type.${entry.type}`],
    entry.within,
    entry.verdict && `${m['verdict']}: ${entry.verdict}`,
  ];
  return parts.filter(Boolean).join(' · ');
}
