import { describe, expect, test } from 'vitest';
import {
  factFigures,
  figuresIn,
  proseToCheck,
  repeats,
  typedDuplicates,
  type FigureFact,
} from './typed-figures';

const keys = (text: string) => figuresIn(text).map((f) => f.key);

describe('figuresIn', () => {
  test('reads separators, fractions, magnitude words and dates', () => {
    expect(keys('4,902 stars, 57.9% and 1.3 million packages')).toEqual([
      'n:4902',
      'n:57.9',
      'n:1300000',
    ]);
    expect(keys('on 30 April 2026, until October 2028 (2025-12-21)')).toEqual([
      'd:2026-04-30',
      'd:2028-10',
      'd:2025-12-21',
    ]);
  });

  test('reads a number in the range of years when a unit of measure follows it', () => {
    expect(keys('in 2020 the team moved from 2048 MB to 2000 req/s')).toEqual(['n:2048', 'n:2000']);
  });

  test('skips years, versions, ordinals and numbers inside identifiers', () => {
    expect(
      keys(
        'In 2013 Python 3.14 and Node.js 24 (v22.13.0, Round 23, PEP 703) beat ES2017, ' +
          'utf-8, HTTP/2 and the 3rd try',
      ),
    ).toEqual([]);
  });

  test('skips code, tags, comments, link targets and URLs', () => {
    expect(
      keys(
        'Run `wrk -c 1000` <Fact id="x-35" /> {/* #a-35 */} [docs](/lab/35/) ' +
          'https://example.org/35\n```\n35\n```',
      ),
    ).toEqual([]);
  });

  test('names each figure as written, up to its unit', () => {
    expect(
      figuresIn('57.9% of them, 3 billion monthly users, 500+ npm packages, 4,902 of').map(
        (f) => f.text,
      ),
    ).toEqual(['57.9%', '3 billion monthly', '500+ npm', '4,902']);
  });

  test('keeps the unit words after a number, without small words', () => {
    expect(figuresIn('35% lower')[0]?.units).toEqual(['%', 'lower']);
    expect(figuresIn('from 30 to 3 servers').map((f) => f.units)).toEqual([[], ['server']]);
    expect(figuresIn('2× the requests')[0]?.units).toEqual(['×']);
  });
});

describe('repeats', () => {
  const fact = (f: FigureFact) => factFigures(f);
  const typed = (text: string) => {
    const [first] = figuresIn(text);
    if (!first) throw new Error(`no figure in ${text}`);
    return first;
  };
  const hit = (text: string, f: FigureFact) => fact(f).some((ff) => repeats(typed(text), ff));

  test.each([
    ['35% lower', { id: 'a', value: 35, unit: '% lower average response time' }, true],
    ['a 70% cut', { id: 'a', value: 70, unit: '% reduction in startup time' }, true],
    ['2× the requests', { id: 'a', value: '2×' }, true],
    ['down to 3 servers', { id: 'a', value: '30 to 3 servers' }, true],
    ['from 30 to', { id: 'a', value: '30 to 3 servers' }, false],
    ['3 billion users', { id: 'a', value: '3 billion monthly active users' }, true],
    ['500+ npm packages', { id: 'a', value: '500+', unit: 'npm packages compromised' }, true],
    ['4,902 of them', { id: 'a', value: 4902 }, true],
    ['on 30 April 2026', { id: 'a', value: '30 April 2026' }, true],
    ['35 workers', { id: 'a', value: 35, unit: '%' }, false],
    ['1 worker', { id: 'a', value: 1, unit: 'MB' }, false],
    ['about 1.4 million', { id: 'a', value: 1390000, unit: 'packages' }, false],
    ['3 tries', { id: 'a', value: 3, unit: 'servers' }, false],
    ['3 of them', { id: 'a', value: 3 }, false],
    ['5,400 requests a second', { id: 'a', value: 5400, unit: 'req/s' }, true],
    ['12 milliseconds', { id: 'a', value: 12, unit: 'ms' }, true],
    ['2048 MB of memory', { id: 'a', value: 2048, unit: 'MiB' }, true],
    ['2000 req/s', { id: 'a', value: 2000, unit: 'requests per second' }, true],
  ])('%j repeats %j: %s', (text, f, expected) => {
    expect(hit(text, f)).toBe(expected);
  });
});

describe('typedDuplicates', () => {
  const facts = new Map<string, FigureFact>([
    ['paypal-response-time-cut', { id: 'paypal-response-time-cut', value: 35, unit: '%' }],
    ['npm-packages', { id: 'npm-packages', value: 3342873, unit: 'packages' }],
  ]);

  test('fails a figure typed next to the fact it duplicates, naming the file and the fact', () => {
    const prose = [
      {
        file: 'content/dimensions/production-users.yaml',
        field: 'node',
        text: 'PayPal measured 35% lower average response time.',
        facts: ['paypal-response-time-cut'],
      },
    ];
    expect(typedDuplicates(prose, facts)).toEqual([
      {
        file: 'content/dimensions/production-users.yaml',
        field: 'node',
        message:
          'types "35%", the value of fact "paypal-response-time-cut"; print it with ' +
          '<Fact id="paypal-response-time-cut" /> instead',
      },
    ]);
  });

  test('passes the same figure printed through a fact tag', () => {
    const prose = [
      {
        file: 'content/dimensions/production-users.yaml',
        field: 'node',
        text: 'PayPal measured <Fact id="paypal-response-time-cut" /> lower response time.',
        facts: ['paypal-response-time-cut'],
      },
    ];
    expect(typedDuplicates(prose, facts)).toEqual([]);
  });

  test('ignores facts that are not on the same page', () => {
    const prose = [
      { file: 'f.mdx', field: 'body', text: 'It lists 3,342,873 packages.', facts: [] },
    ];
    expect(typedDuplicates(prose, facts)).toEqual([]);
  });
});

describe('proseToCheck', () => {
  const ref = (id: string) => ({ collection: 'dimensions', id });
  const factsOfRow = (row: string) => (row === 'pkg' ? ['npm-packages'] : []);

  test("pairs a row's prose with its own facts and a claim's with its row's and tagged facts", () => {
    const prose = proseToCheck(
      {
        dimensions: [
          {
            id: 'pkg',
            filePath: 'd/pkg.yaml',
            data: { python: 'P', question: 'Q?', facts: [{ id: 'npm-packages', note: 'N' }] },
          },
        ],
        claims: [
          {
            id: 'c',
            filePath: 'c.yaml',
            data: {
              claim: 'npm has 3,342,873',
              why: 'See <Fact id="paypal-response-time-cut" />.',
              dimension: ref('pkg'),
            },
          },
        ],
        sources: [{ id: 's', data: { summary: 'Typed 3,342,873 packages' } }],
      },
      factsOfRow,
    );
    expect(prose).toEqual([
      { file: 'd/pkg.yaml', field: 'python', text: 'P', facts: ['npm-packages'] },
      { file: 'd/pkg.yaml', field: 'facts[0].note', text: 'N', facts: ['npm-packages'] },
      {
        file: 'c.yaml',
        field: 'why',
        text: 'See <Fact id="paypal-response-time-cut" />.',
        facts: ['npm-packages', 'paypal-response-time-cut'],
      },
    ]);
  });
});
