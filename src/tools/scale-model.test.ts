import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { copyDimensions, copyFaqs, marginalCosts, perPageCosts } from './scale-model';

const row = `title: Memory
featured: true
order: 3
facts:
  - id: rss-node
    value: 42
related: [hiring]
`;
const faq = `---
question: Is Python slow?
dimensions: [memory]
order: 2
---
It measured <Fact id="rss-node" />.
`;

describe('copyDimensions', () => {
  test('writes numbered copies with unique fact ids, never featured, ordered after the real rows', () => {
    const copies = copyDimensions({ 'memory.yaml': row }, 2);
    expect(Object.keys(copies)).toEqual(['memory-s1.yaml', 'memory-s2.yaml']);
    expect(parse(copies['memory-s2.yaml'] ?? '')).toEqual({
      title: 'Memory (copy 2)',
      featured: false,
      order: 2003,
      facts: [{ id: 'rss-node-s2', value: 42 }],
      related: ['hiring'],
    });
  });
});

describe('copyFaqs', () => {
  test('keeps the answer and its references, with a distinct question', () => {
    const copies = copyFaqs({ 'is-python-slow.mdx': faq }, 1);
    expect(copies['is-python-slow-s1.mdx']).toBe(`---
question: Is Python slow? (copy 1)
dimensions:
  - memory
order: 1002
---
It measured <Fact id="rss-node" />.
`);
  });

  test('refuses a file without frontmatter', () => {
    expect(() => copyFaqs({ 'bad.mdx': 'no frontmatter' }, 1)).toThrow(/bad\.mdx/);
  });
});

describe('perPageCosts', () => {
  test('divides build time by pages and compares each size with the first', () => {
    const costs = perPageCosts([
      { factor: 1, pages: 100, seconds: 10 },
      { factor: 10, pages: 1000, seconds: 50 },
    ]);
    expect(costs.map((c) => [c.msPerPage, c.ratio])).toEqual([
      [100, 1],
      [50, 0.5],
    ]);
  });
});

describe('marginalCosts', () => {
  test('prices each extra page between consecutive sizes, cancelling fixed costs', () => {
    const costs = marginalCosts([
      { factor: 1, pages: 100, seconds: 10 },
      { factor: 10, pages: 1000, seconds: 37 },
      { factor: 100, pages: 10_000, seconds: 307 },
    ]);
    expect(costs).toEqual([undefined, 30, 30]);
  });
});
