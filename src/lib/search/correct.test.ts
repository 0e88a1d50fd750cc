import { describe, expect, test } from 'vitest';
import { closestWord, completions, editDistance } from './correct';

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

  test('corrects a transposition, a missing or a doubled letter', () => {
    expect(closestWord('pyhton', vocab)).toBe('python');
    expect(closestWord('lamda', vocab)).toBe('lambda');
    expect(closestWord('gloobal', vocab)).toBe('global');
  });

  test('corrects an error in the first two letters', () => {
    expect(closestWord('ypthon', vocab)).toBe('python');
    expect(closestWord('oclk', vocab)).toBeUndefined();
    expect(closestWord('lcok', vocab)).toBe('lock');
    expect(closestWord('vython', vocab)).toBe('python');
  });

  test('leaves words of three letters or fewer alone', () => {
    expect(closestWord('gol', vocab)).toBeUndefined();
  });

  test('finds nothing when every word is too far away', () => {
    expect(closestWord('kubernetes', vocab)).toBeUndefined();
  });
});

describe('completions', () => {
  test('adds up the counts of the longer words a prefix could become', () => {
    expect(completions('sta', vocab)).toBe(52);
    expect(completions('start', vocab)).toBe(12);
  });
});
