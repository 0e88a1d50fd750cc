import { describe, expect, test } from 'vitest';
import { closestWord, correctQuery, editDistance, words } from './correct';

const vocab = new Map([
  ['python', 120],
  ['interpreter', 14],
  ['lambda', 30],
  ['cold', 25],
  ['start', 40],
  ['starts', 12],
  ['strategy', 3],
  ['path', 2],
  ['global', 9],
  ['lock', 9],
]);

describe('editDistance', () => {
  test('counts a swap of two adjacent letters as one edit', () => {
    expect(editDistance('pyhton', 'python')).toBe(1);
    expect(editDistance('interperter', 'interpreter')).toBe(1);
  });

  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('lamda', 'lambda')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('stops early once the distance exceeds the maximum', () => {
    expect(editDistance('python', 'javascript', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  test('prefers the more frequent of two equally close words', () => {
    expect(closestWord('stort', vocab)).toBe('start');
  });

  test('leaves words of three letters or fewer alone', () => {
    expect(closestWord('gol', vocab)).toBeUndefined();
  });

  test('finds nothing when every word is too far away', () => {
    expect(closestWord('kubernetes', vocab)).toBeUndefined();
  });
});

describe('correctQuery', () => {
  test('corrects each misspelt word and says so', () => {
    expect(correctQuery('lamda cold strat', vocab)).toEqual({
      query: 'lambda cold start',
      corrected: true,
    });
    expect(correctQuery('pyhton interperter', vocab).query).toBe('python interpreter');
  });

  test('keeps a query whose words are all known', () => {
    expect(correctQuery('Python lambda', vocab)).toEqual({
      query: 'Python lambda',
      corrected: false,
    });
  });

  test('keeps a last word the reader is still typing when it completes a common word', () => {
    expect(correctQuery('pyth', vocab).corrected).toBe(false);
  });

  test('corrects that prefix once the reader has typed a space after it', () => {
    expect(correctQuery('strat ', vocab).query).toBe('start ');
  });

  test('never changes numbers or protected synonym words', () => {
    expect(correctQuery('3.12 rps', vocab, new Set(['rps'])).corrected).toBe(false);
  });
});

describe('words', () => {
  test('splits on anything but letters and digits, in lowercase', () => {
    expect(words('Node.js — Python 3.12!')).toEqual(['node', 'js', 'python', '3', '12']);
  });
});
