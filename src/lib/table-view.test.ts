import { describe, expect, test } from 'vitest';
import { MAX_QUERY } from './query-params';
import {
  EMPTY_VIEW,
  SORT_KEYS,
  filter,
  isEmptyView,
  parse,
  revealing,
  searchText,
  serialise,
  sort,
  type TableRow,
  type TableView,
} from './table-view';

const view = (partial: Partial<TableView>): TableView => ({ ...EMPTY_VIEW, ...partial });
const read = (query: string) => parse(new URLSearchParams(query));

const rows: TableRow[] = [
  {
    id: 'throughput',
    index: 0,
    title: 'Throughput',
    category: 'performance',
    verdict: 'node',
    grade: 'moderate',
    text: searchText(['Throughput', 'Which serves more requests?', 'For I/O-bound JSON APIs']),
  },
  {
    id: 'ai-ml',
    index: 1,
    title: 'AI and machine learning',
    category: 'ecosystem',
    verdict: 'python',
    grade: 'strong',
    text: searchText([
      'AI and machine learning',
      'PyTorch and [pandas](https://pandas.pydata.org)',
    ]),
  },
  {
    id: 'cold-starts',
    index: 2,
    title: 'Cold starts',
    category: 'operations',
    verdict: 'tie',
    grade: 'moderate',
    text: searchText(['Cold starts', 'Which starts faster on AWS Lambda?', 'Node.js functions']),
  },
  {
    id: 'hiring',
    index: 3,
    title: 'Hiring',
    category: 'business',
    verdict: 'depends',
    grade: 'opinion',
    text: searchText(['Hiring', 'Which team can I hire?']),
  },
  {
    id: 'async-io',
    index: 4,
    title: 'async I/O',
    category: 'concurrency',
    verdict: 'node',
    grade: 'limited',
    text: searchText(['async I/O', 'Event loops in Python and Node.js']),
  },
];
const titles = (list: readonly TableRow[]) => list.map((r) => r.title);

describe('parse and serialise', () => {
  const valid: TableView[] = [
    EMPTY_VIEW,
    view({ categories: ['performance'] }),
    view({ categories: ['performance', 'operations', 'business'] }),
    view({ verdicts: ['python', 'node', 'tie', 'depends'] }),
    view({ q: 'cold start' }),
    view({ q: 'C++ & Node.js? 100% — naïve, a=b#c' }),
    view({ sort: { key: 'grade', descending: true } }),
    view({
      categories: ['concurrency', 'developer-experience'],
      verdicts: ['depends'],
      q: 'lambda',
      sort: { key: 'title', descending: false },
    }),
    ...SORT_KEYS.flatMap((key) => [
      view({ sort: { key, descending: false } }),
      view({ sort: { key, descending: true } }),
    ]),
  ];

  test.each(valid.map((v) => [serialise(v) || '(empty)', v] as const))(
    'reads back every valid view it writes: %s',
    (_, v) => {
      expect(read(serialise(v))).toEqual(v);
    },
  );

  test('writes the empty view as an empty query', () => {
    expect(serialise(EMPTY_VIEW)).toBe('');
    expect(read('')).toEqual(EMPTY_VIEW);
    expect(isEmptyView(EMPTY_VIEW)).toBe(true);
    expect(isEmptyView(view({ q: 'x' }))).toBe(false);
  });

  test('writes facets as readable comma lists in vocabulary order', () => {
    expect(
      serialise(
        view({
          categories: ['business', 'performance'],
          verdicts: ['tie', 'python'],
          q: 'cold start',
          sort: { key: 'verdict', descending: true },
        }),
      ),
    ).toBe('category=performance,business&verdict=python,tie&q=cold+start&sort=-verdict');
  });

  test('merges repeated parameters with comma lists and drops duplicates', () => {
    expect(read('category=business&category=performance,business&verdict=tie,tie')).toEqual(
      view({ categories: ['performance', 'business'], verdicts: ['tie'] }),
    );
  });

  test('ignores unknown values, unknown parameters and stray separators', () => {
    expect(
      read('category=speed,,performance,&verdict=rust&utm_source=x&sort=price&page=2'),
    ).toEqual(view({ categories: ['performance'] }));
  });

  test('tolerates case and spaces around vocabulary values', () => {
    expect(read('category=%20Performance%20&verdict=NODE&sort=-Grade')).toEqual(
      view({
        categories: ['performance'],
        verdicts: ['node'],
        sort: { key: 'grade', descending: true },
      }),
    );
  });

  test.each([
    'sort=-',
    'sort=',
    'sort=--title',
    'sort=title-',
    'sort',
    'category',
    'q',
    '%E0%A4%A',
    '&&==&',
    'category=%00',
    'q=%F0%9F%90%8D',
  ])('never throws on a malformed query: %s', (query) => {
    expect(() => read(query)).not.toThrow();
    expect(read(query).sort).toBeNull();
    expect(read(query).categories).toEqual([]);
  });

  test('keeps the last valid sort when several are given', () => {
    expect(read('sort=title&sort=-grade&sort=bogus').sort).toEqual({
      key: 'grade',
      descending: true,
    });
  });

  test('trims the text and caps its length', () => {
    expect(read('q=++cold+start++').q).toBe('cold start');
    expect(read(`q=${'a'.repeat(MAX_QUERY + 50)}`).q).toHaveLength(MAX_QUERY);
  });

  test('caps the text without splitting a character, so the view can be written back', () => {
    const view = read(`q=${'a'.repeat(MAX_QUERY - 1)}${encodeURIComponent('🐍🐍')}`);
    expect([...view.q]).toHaveLength(MAX_QUERY);
    expect(view.q.endsWith('🐍')).toBe(true);
    expect(() => serialise(view)).not.toThrow();
    expect(read(serialise(view))).toEqual(view);
  });
});

describe('searchText', () => {
  test('keeps each word once, lowercased and without accents or link targets', () => {
    expect(searchText(['Naïve Node.js', 'node [docs](https://nodejs.org/x) NODE'])).toBe(
      'naive node js docs',
    );
  });

  test('leaves out fact tags, which are not words of the text', () => {
    expect(searchText(['Meta reports <Fact id="instagram-mau-2025" /> users'])).toBe(
      'meta reports users',
    );
  });
});

describe('filter', () => {
  test('returns every row when no filter is set', () => {
    expect(filter(rows, EMPTY_VIEW)).toEqual(rows);
  });

  test('keeps the rows of any chosen category', () => {
    expect(titles(filter(rows, view({ categories: ['performance'] })))).toEqual(['Throughput']);
    expect(titles(filter(rows, view({ categories: ['business', 'ecosystem'] })))).toEqual([
      'AI and machine learning',
      'Hiring',
    ]);
  });

  test('keeps the rows with any chosen verdict', () => {
    expect(titles(filter(rows, view({ verdicts: ['node'] })))).toEqual(['Throughput', 'async I/O']);
    expect(titles(filter(rows, view({ verdicts: ['tie', 'depends'] })))).toEqual([
      'Cold starts',
      'Hiring',
    ]);
  });

  test('requires every facet to match', () => {
    expect(
      titles(filter(rows, view({ categories: ['performance', 'operations'], verdicts: ['tie'] }))),
    ).toEqual(['Cold starts']);
    expect(filter(rows, view({ categories: ['business'], verdicts: ['node'] }))).toEqual([]);
  });

  test('matches text in any case against titles, questions and summaries', () => {
    expect(titles(filter(rows, view({ q: 'LAMBDA' })))).toEqual(['Cold starts']);
    expect(titles(filter(rows, view({ q: 'pytorch' })))).toEqual(['AI and machine learning']);
    expect(titles(filter(rows, view({ q: 'hire' })))).toEqual(['Hiring']);
  });

  test('requires every word of the text, each at the start of a word', () => {
    expect(titles(filter(rows, view({ q: 'node.js event' })))).toEqual(['async I/O']);
    expect(titles(filter(rows, view({ q: 'start' })))).toEqual(['Cold starts']);
    expect(titles(filter(rows, view({ q: 'sync' })))).toEqual([]);
    expect(titles(filter(rows, view({ q: 'pandas.pydata' })))).toEqual([]);
  });

  test('combines text with facets', () => {
    expect(titles(filter(rows, view({ q: 'which', verdicts: ['node', 'tie'] })))).toEqual([
      'Throughput',
      'Cold starts',
    ]);
  });

  test('treats text of only punctuation as no text', () => {
    expect(filter(rows, view({ q: ' -- ' }))).toEqual(rows);
  });
});

describe('sort', () => {
  const sorted = (key: (typeof SORT_KEYS)[number], descending: boolean) =>
    titles(sort(rows, view({ sort: { key, descending } })));

  test('keeps the content order when no sort is set', () => {
    const shuffled = [rows[3], rows[0], rows[4], rows[2], rows[1]] as TableRow[];
    expect(sort(shuffled, EMPTY_VIEW)).toEqual(rows);
  });

  test('does not change the list it is given', () => {
    const copy = [...rows].reverse();
    sort(copy, view({ sort: { key: 'title', descending: false } }));
    expect(copy).toEqual([...rows].reverse());
  });

  test('sorts by title alphabetically, ignoring case, both ways', () => {
    expect(sorted('title', false)).toEqual([
      'AI and machine learning',
      'async I/O',
      'Cold starts',
      'Hiring',
      'Throughput',
    ]);
    expect(sorted('title', true)).toEqual([
      'Throughput',
      'Hiring',
      'Cold starts',
      'async I/O',
      'AI and machine learning',
    ]);
  });

  test('sorts by category in the order the filters list them, both ways', () => {
    expect(sorted('category', false)).toEqual([
      'Throughput',
      'async I/O',
      'Cold starts',
      'AI and machine learning',
      'Hiring',
    ]);
    expect(sorted('category', true)).toEqual([
      'Hiring',
      'AI and machine learning',
      'Cold starts',
      'async I/O',
      'Throughput',
    ]);
  });

  test('sorts by verdict with ties in content order, both ways', () => {
    expect(sorted('verdict', false)).toEqual([
      'AI and machine learning',
      'Throughput',
      'async I/O',
      'Cold starts',
      'Hiring',
    ]);
    expect(sorted('verdict', true)).toEqual([
      'Hiring',
      'Cold starts',
      'Throughput',
      'async I/O',
      'AI and machine learning',
    ]);
  });

  test('sorts by evidence grade, strongest first, with ties in content order', () => {
    expect(sorted('grade', false)).toEqual([
      'AI and machine learning',
      'Throughput',
      'Cold starts',
      'async I/O',
      'Hiring',
    ]);
    expect(sorted('grade', true)).toEqual([
      'Hiring',
      'async I/O',
      'Throughput',
      'Cold starts',
      'AI and machine learning',
    ]);
  });
});

describe('a row named in the address', () => {
  const pythonOnly = view({ verdicts: ['python'], sort: { key: 'title', descending: true } });

  test('clears the filters that hide it, keeping the sort', () => {
    expect(revealing(rows, pythonOnly, 'throughput')).toEqual(
      view({ sort: { key: 'title', descending: true } }),
    );
    expect(revealing(rows, view({ q: 'lambda' }), 'hiring')).toEqual(EMPTY_VIEW);
  });

  test('leaves the view alone when the row is shown or does not exist', () => {
    expect(revealing(rows, pythonOnly, 'ai-ml')).toBe(pythonOnly);
    expect(revealing(rows, pythonOnly, 'no-such-row')).toBe(pythonOnly);
    expect(revealing(rows, pythonOnly, '')).toBe(pythonOnly);
  });
});
