import { describe, expect, test } from 'vitest';
import { facetCounts, narrow } from './facets';
import type { Entry } from './results';

describe('filters and their counts', () => {
  const e = (url: string, type: string, category?: string) => ({ url, type, category }) as Entry;
  const found = [
    e('/compare/a/', 'comparison', 'performance'),
    e('/compare/b/', 'comparison', 'operations'),
    e('/faq/c/', 'faq'),
    e('/guides/d/', 'guide'),
  ];
  const none = { q: 'x', types: [], categories: [] };

  test('counts per value equal what ticking that value lists', () => {
    const counts = facetCounts(found, none);
    expect(counts.type).toEqual({ comparison: 2, faq: 1, guide: 1 });
    for (const [type, n] of Object.entries(counts.type))
      expect(narrow(found, { ...none, types: [type] })).toHaveLength(n);
  });

  test('a ticked filter only ever narrows the list, and counts follow the other facet', () => {
    const rows = { ...none, types: ['comparison'] };
    expect(narrow(found, rows)).toHaveLength(2);
    const both = { ...rows, categories: ['operations'] };
    expect(narrow(found, both).map((x) => x.url)).toEqual(['/compare/b/']);
    expect(facetCounts(found, both)).toEqual({
      type: { comparison: 1 },
      category: { performance: 1, operations: 1 },
    });
    expect(narrow(found, { ...none, types: ['comparison', 'faq'] }).length).toBeLessThanOrEqual(
      found.length,
    );
  });
});
