import { describe, expect, test } from 'vitest';
import { SLUG, SLUG_MESSAGE } from './slug';
import { slugSchema } from './slug-schema';

describe('slugs', () => {
  test.each(['memory', 'cold-start', 'node22', 'a-1-b'])('accepts %s', (id) => {
    expect(SLUG.test(id)).toBe(true);
    expect(slugSchema.safeParse(id).success).toBe(true);
  });

  test.each(['', 'Cold-start', 'cold_start', 'cold--start', '-cold', 'cold-', 'cold start', 'é'])(
    'rejects "%s"',
    (id) => {
      expect(SLUG.test(id)).toBe(false);
      const parsed = slugSchema.safeParse(id);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(SLUG_MESSAGE);
    },
  );
});
