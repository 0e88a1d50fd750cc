import { describe, expect, test } from 'vitest';
import {
  bibtex,
  bibtexEscape,
  citation,
  citationLd,
  citeKey,
  cslJson,
  localIsoDate,
  longDate,
  reference,
  type Citable,
} from './cite';

const page: Citable = {
  key: citeKey('/compare/memory/'),
  title: 'Memory use: Python vs Node.js',
  publisher: 'Python vs Node.js',
  url: 'https://example.org/compare/memory/',
  reviewed: '2026-11-22',
};

/**
 * A small BibTeX reader: one entry, `type{key, name = {value}, …}` with nested braces, as
 * reference managers read it. Returns the fields with their outer braces removed.
 */
function parseBibtex(text: string): { type: string; key: string; fields: Map<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),/.exec(text.trim());
  if (!head) throw new Error('no entry head');
  const fields = new Map<string, string>();
  let i = head[0].length;
  const body = text.trim();
  while (i < body.length) {
    const field = /^\s*(\w+)\s*=\s*\{/.exec(body.slice(i));
    if (!field) break;
    i += field[0].length;
    let depth = 1;
    let value = '';
    while (depth > 0) {
      const ch = body[i++];
      if (ch === undefined) throw new Error(`unbalanced braces in ${field[1]}`);
      if (ch === '\\') {
        value += ch + (body[i++] ?? '');
        continue;
      }
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      if (depth > 0) value += ch;
    }
    if (fields.has(field[1] ?? '')) throw new Error(`duplicate field ${field[1]}`);
    fields.set(field[1] ?? '', value);
    const rest = /^\s*,?/.exec(body.slice(i));
    i += rest?.[0].length ?? 0;
  }
  if (body.slice(i).trim() !== '}') throw new Error(`unparsed text: ${body.slice(i)}`);
  return { type: head[1] ?? '', key: head[2] ?? '', fields };
}

const isDate = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { 'date-parts'?: unknown })['date-parts']) &&
  (value as { 'date-parts': unknown[][] })['date-parts'].every(
    (parts) =>
      Array.isArray(parts) &&
      parts.length >= 1 &&
      parts.length <= 3 &&
      parts.every((n) => Number.isInteger(n)),
  );

describe('BibTeX', () => {
  test('parses as one @online entry with every field a writer needs', () => {
    const entry = parseBibtex(bibtex(page, '2026-12-02'));
    expect(entry.type).toBe('online');
    expect(entry.key).toBe('pvn-compare-memory');
    expect(Object.fromEntries(entry.fields)).toEqual({
      author: '{Python vs Node.js}',
      title: 'Memory use: Python vs Node.js',
      organization: 'Python vs Node.js',
      date: '2026-11-22',
      url: 'https://example.org/compare/memory/',
      urldate: '2026-12-02',
    });
  });

  test('escapes characters that would end a field or start a LaTeX command', () => {
    const tricky = { ...page, title: 'Costs {per} 100% & $5 #1_a~b^c \\d' };
    const entry = parseBibtex(bibtex(tricky, '2026-12-02'));
    const decoded = (entry.fields.get('title') ?? '')
      .replace(/\\([{}%&$#_])/g, '$1')
      .replace(/\\textasciitilde\{\}/g, '~')
      .replace(/\\textasciicircum\{\}/g, '^')
      .replace(/\\textbackslash\{\}/g, '\\');
    expect(entry.fields.get('title')).toBe(bibtexEscape(tricky.title));
    expect(decoded).toBe(tricky.title);
  });
});

describe('CSL-JSON', () => {
  test('is an array holding one valid webpage item', () => {
    const items = JSON.parse(cslJson(page, '2026-12-02')) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    const item = items[0] ?? {};
    expect(item['id']).toBe('pvn-compare-memory');
    expect(item['type']).toBe('webpage');
    expect(typeof item['title']).toBe('string');
    expect(item['URL']).toBe(page.url);
    expect(item['author']).toEqual([{ literal: 'Python vs Node.js' }]);
    expect(typeof item['publisher']).toBe('string');
    expect(isDate(item['issued'])).toBe(true);
    expect(isDate(item['accessed'])).toBe(true);
    expect(item['issued']).toEqual({ 'date-parts': [[2026, 11, 22]] });
    expect(item['accessed']).toEqual({ 'date-parts': [[2026, 12, 2]] });
  });

  test('refuses a date that is not YYYY-MM-DD rather than printing a wrong one', () => {
    expect(() => cslJson(page, '2 Dec 2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('the formatted reference', () => {
  test('names publisher, title, review date, URL and accessed date', () => {
    expect(reference(page, '2026-12-02')).toBe(
      'Python vs Node.js. “Memory use: Python vs Node.js.” Last reviewed 22 November 2026. ' +
        'https://example.org/compare/memory/ (accessed 2 December 2026).',
    );
  });

  test('a quoted title nests as single quotes instead of doubling the marks', () => {
    expect(reference({ ...page, title: '“Node.js is faster”' }, '2026-12-02')).toContain(
      '“‘Node.js is faster’.”',
    );
  });

  test('each format is reachable by name', () => {
    expect(citation('bibtex', page, '2026-12-02')).toBe(bibtex(page, '2026-12-02'));
    expect(citation('reference', page, '2026-12-02')).toBe(reference(page, '2026-12-02'));
    expect(citation('markdown', { ...page, title: 'A [b]' }, '2026-12-02')).toBe(
      '[A b](https://example.org/compare/memory/)',
    );
  });
});

describe('helpers', () => {
  test('keys come from the path, never the title', () => {
    expect(citeKey('/claims/npm-two-million/')).toBe('pvn-claims-npm-two-million');
    expect(citeKey('/faq/#is-python-slow')).toBe('pvn-faq-is-python-slow');
  });

  test('dates print in full and today is the reader’s local day', () => {
    expect(longDate('2026-01-05')).toBe('5 January 2026');
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  test('JSON-LD carries the same title, URL, publisher and date', () => {
    expect(citationLd(page, 'https://creativecommons.org/licenses/by/4.0/')).toMatchObject({
      name: page.title,
      url: page.url,
      publisher: { '@type': 'Organization', name: page.publisher },
      dateModified: page.reviewed,
    });
  });
});
