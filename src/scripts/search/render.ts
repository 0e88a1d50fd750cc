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
