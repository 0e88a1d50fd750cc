/**
 * A page cited in the formats writers use: a formatted reference, BibTeX and CSL-JSON, and the
 * same facts as JSON-LD properties. Pure and browser-safe: the build prints every format with its
 * own date as the accessed date, and the copy control reprints them with the reader's today.
 */
import type { CreativeWorkLeaf, Organization } from 'schema-dts';

import { displayDate, parseIsoDate } from './dates';

/** What every format says about a cited page. */
export interface Citable {
  /** A key for BibTeX and CSL-JSON, derived from the page path ("pvn-compare-memory"). */
  key: string;
  title: string;
  /** The organisation that publishes the site; it is also the author. */
  publisher: string;
  /** Absolute URL of the page or anchor. */
  url: string;
  /** Date the content was last reviewed (YYYY-MM-DD). */
  reviewed: string;
}

function day(iso: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? parseIsoDate(iso) : undefined;
  if (!date) throw new Error(`Not a YYYY-MM-DD date: "${iso}"`);
  return date;
}

function dateParts(iso: string): [number, number, number] {
  const date = day(iso);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** "2026-12-02" → "2 December 2026", as a reference prints it. */
export function longDate(iso: string): string {
  return displayDate(day(iso), 'long');
}

/** A reader's calendar date today, in their own time zone, as YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A key for BibTeX and CSL-JSON from a site path: "/claims/x/" → "pvn-claims-x". */
export function citeKey(path: string): string {
  const parts = path
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return ['pvn', ...parts].join('-');
}

/** The formatted reference: publisher, title, date reviewed, URL and accessed date. */
export function reference(c: Citable, accessed: string): string {
  // A title that is itself a quotation (a claim) nests as single quotes inside the double ones.
  const title = c.title.replace(/^“(.*)”$/s, '‘$1’');
  return `${c.publisher}. “${title}.” Last reviewed ${longDate(c.reviewed)}. ${c.url} (accessed ${longDate(accessed)}).`;
}

/** Escapes text for a braced BibTeX field: the characters LaTeX treats specially. */
export function bibtexEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/**
 * A biblatex `@online` entry. The publisher is a corporate author, so it is double-braced and
 * never split into first and last names; the URL is left unescaped, as `url` fields are verbatim.
 */
export function bibtex(c: Citable, accessed: string): string {
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(c.publisher)}}`],
    ['title', bibtexEscape(c.title)],
    ['organization', bibtexEscape(c.publisher)],
    ['date', c.reviewed],
    ['url', c.url],
    ['urldate', accessed],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@online{${c.key},\n${body}\n}`;
}

/** A CSL-JSON date. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** One CSL-JSON item, as reference managers (Zotero, Pandoc's citeproc) import it. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  publisher: string;
  'container-title': string;
  issued: CslDate;
  accessed: CslDate;
  URL: string;
}

/** The CSL-JSON item for a page. */
export function cslItem(c: Citable, accessed: string): CslItem {
  const date = (iso: string): CslDate => ({ 'date-parts': [dateParts(iso)] });
  return {
    id: c.key,
    type: 'webpage',
    title: c.title,
    author: [{ literal: c.publisher }],
    publisher: c.publisher,
    'container-title': c.publisher,
    issued: date(c.reviewed),
    accessed: date(accessed),
    URL: c.url,
  };
}

/** CSL-JSON as a file holds it: an array of items, one field a line. */
export function cslJson(c: Citable, accessed: string): string {
  const fields = Object.entries(cslItem(c, accessed)).map(
    ([name, value]) => `    ${JSON.stringify(name)}: ${JSON.stringify(value)}`,
  );
  return `[\n  {\n${fields.join(',\n')}\n  }\n]`;
}

/** A Markdown link to the page, for posts written in Markdown. */
export function markdownLink(c: Citable): string {
  return `[${c.title.replace(/[[\]]/g, '')}](${c.url})`;
}

/** Every format, in the order the "Cite this" control shows them. */
export const CITE_FORMATS = ['reference', 'markdown', 'bibtex', 'csl'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** One format of a citation, with `accessed` (YYYY-MM-DD) as the accessed date. */
export function citation(format: CiteFormat, c: Citable, accessed: string): string {
  if (format === 'bibtex') return bibtex(c, accessed);
  if (format === 'csl') return cslJson(c, accessed);
  if (format === 'markdown') return markdownLink(c);
  return reference(c, accessed);
}

/**
 * The same facts as JSON-LD properties of the page's main item (a WebPage, Article, FAQPage or
 * ClaimReview): its name, URL, author and publisher, the date reviewed and the licence.
 */
export function citationLd(c: Citable, licenceUrl: string): Omit<CreativeWorkLeaf, '@type'> {
  const organisation: Organization = { '@type': 'Organization', name: c.publisher };
  return {
    name: c.title,
    url: c.url,
    author: organisation,
    publisher: organisation,
    dateModified: c.reviewed,
    license: licenceUrl,
  };
}
