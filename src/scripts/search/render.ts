/** DOM helpers shared by the search widgets. */
import type { Messages } from '../../lib/search/messages';

/** Reads the JSON of a `data-messages` attribute. */
export function messages(element: HTMLElement): Messages {
  try {
    return JSON.parse(element.dataset['messages'] ?? '{}') as Messages;
  } catch {
    return {};
  }
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
