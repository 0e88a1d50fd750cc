/**
 * Built pages read as browsers read them: parse5 parses the markup (entities decoded; script,
 * style and comment text kept apart from elements), and the checks read the elements it found.
 * parse5's own tree is used as it is: these checks read every page of the build, and converting
 * it to another tree format would double the time they take.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** One element of a parsed page. */
export type Element = DefaultTreeAdapterTypes.Element;
type Parent = DefaultTreeAdapterTypes.ParentNode;

/** Every element of a page (markup) or inside an element, in document order. */
export function elements(from: string | Parent): Element[] {
  const found: Element[] = [];
  const walk = (node: Parent) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      found.push(child);
      walk('content' in child ? child.content : child);
    }
  };
  walk(typeof from === 'string' ? parse(from, { scriptingEnabled: false }) : from);
  return found;
}

/** The value of an element's attribute (not a namespaced one such as xlink:href), if set. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name && !a.prefix)?.value;
}

/** The text directly inside an element, as written: the source of an inline script. */
export function textOf(element: Element): string {
  return element.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
}
