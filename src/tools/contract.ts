/**
 * The URL contract: every public page and anchor a reader may have linked to. A committed list
 * is checked against each build; a page may only disappear behind a redirect.
 */
import { attribute, elements } from './html.ts';

// Elements whose ids are link targets for readers; ids on form controls are implementation.
const LINKABLE = new Set('h1 h2 h3 h4 h5 h6 tr li section article dt details'.split(' '));

/** The linkable fragment ids inside a page's <main>, in document order. */
export function anchorsIn(html: string): string[] {
  const main = elements(html).find((e) => e.tagName === 'main');
  if (!main) return [];
  return elements(main)
    .filter((e) => LINKABLE.has(e.tagName))
    .map((e) => attribute(e, 'id') ?? '')
    .filter(Boolean);
}

/** One contract line per page and per anchor: "/faq/" and "/faq/#is-python-single-threaded". */
export function contractLines(pages: readonly { path: string; html: string }[]): string[] {
  const lines = new Set<string>();
  for (const { path, html } of pages) {
    lines.add(path);
    for (const id of anchorsIn(html)) lines.add(`${path}#${id}`);
  }
  return [...lines].sort();
}

/** Splits a contract line into its path and fragment. */
export function parseLine(line: string): { path: string; anchor?: string } {
  const [path = '', anchor] = line.split('#');
  return anchor ? { path, anchor } : { path };
}

/**
 * Lines of the committed contract that a build breaks: a page that is gone without a redirect,
 * or an anchor that is gone from a page that still exists.
 */
export function brokenLines(
  contract: readonly string[],
  built: ReadonlyMap<string, ReadonlySet<string>>,
  redirects: Readonly<Record<string, string>>,
): string[] {
  return contract.filter((line) => {
    const { path, anchor } = parseLine(line);
    const anchors = built.get(path);
    if (!anchors) return !(path in redirects);
    return anchor !== undefined && !anchors.has(anchor);
  });
}
