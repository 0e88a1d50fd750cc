import { describe, expect, test } from 'vitest';
import { SUMMARY_MAX, sideSummary } from './summaries';

const problem = (input: unknown) => {
  const result = sideSummary.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
};

describe('a side summary', () => {
  test('accepts one short line of Markdown', () => {
    expect(sideSummary.parse('  Async by default, with `ws` for sockets. ')).toBe(
      'Async by default, with `ws` for sockets.',
    );
  });

  test('accepts exactly the maximum length and rejects one character more', () => {
    expect(problem('a'.repeat(SUMMARY_MAX))).toBeUndefined();
    expect(problem('a'.repeat(SUMMARY_MAX + 1))).toMatch(/at most 140 characters/);
  });

  test('says it is needed when the field is missing', () => {
    expect(problem(undefined)).toMatch(/needs a one-line summary/);
  });

  test('rejects an empty summary and a list', () => {
    expect(problem('   ')).toBe('must not be empty');
    expect(problem('- one\n- two')).toMatch(/one paragraph/);
  });
});
