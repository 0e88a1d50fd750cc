import { describe, expect, test } from 'vitest';
import { runs, runWords } from './shingles';

describe('runWords', () => {
  test('ignores case, punctuation and apostrophes', () => {
    expect(runWords("Node's event-loop, *really*!")).toEqual(['nodes', 'event', 'loop', 'really']);
  });
});

describe('runs', () => {
  test('yields one fingerprint per window of consecutive words', () => {
    expect([...runs('a b c d', 3)].map((r) => r.run)).toEqual(['a b c', 'b c d']);
  });

  test('matches the same words whatever the markup around them', () => {
    const [plain] = runs('one two three', 3);
    const [marked] = runs('**One** _two_, [three](/x/)', 3);
    expect(marked?.hash).toBe(plain?.hash);
  });
});
