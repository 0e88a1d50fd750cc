import { describe, expect, test } from 'vitest';
import { entryPaths } from './static-paths';

describe('entryPaths', () => {
  const entries = [{ id: 'memory' }, { id: 'cold-starts' }];

  test('names one page per entry by its id, in order, and passes the entry', () => {
    expect(entryPaths(entries)).toEqual([
      { params: { slug: 'memory' }, props: { entry: entries[0] } },
      { params: { slug: 'cold-starts' }, props: { entry: entries[1] } },
    ]);
  });

  test('uses the route parameter it is given', () => {
    expect(entryPaths(entries, 'scenario')[0]?.params).toEqual({ scenario: 'memory' });
  });
});
