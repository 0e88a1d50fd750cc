import { describe, expect, test } from 'vitest';
import { analyse, isQuestion, relaxations } from './query';

const vocab = new Map([
  ['python', 120],
  ['node', 200],
  ['event', 30],
  ['loop', 30],
  ['asyncio', 20],
  ['lambda', 30],
  ['cold', 25],
  ['start', 40],
  ['starts', 12],
  ['single', 10],
  ['threaded', 8],
  ['memory', 50],
]);
const terms = {
  stopWords: ['a', 'is', 'the', 'still', 'vs', 'what', 'like'],
  questionWords: ['does', 'how', 'what', 'which'],
  compounds: [['node', 'nodejs', 'node.js', 'node js']],
  synonyms: [],
};

describe('analyse', () => {
  test('drops stop words such as "vs", "is", "still" and "the"', () => {
    expect(
      analyse('is the node event loop still single threaded vs asyncio', vocab, terms).words,
    ).toEqual(['node', 'event', 'loop', 'single', 'threaded', 'asyncio']);
  });

  test('keeps stop words when the query has nothing else', () => {
    expect(analyse('what is ', vocab, terms).words).toEqual([]);
    expect(analyse('what is ', vocab, terms).unknown).toEqual(['what', 'is']);
  });

  test('reads every spelling of a compound as one term', () => {
    for (const q of ['nodejs memory', 'Node.js memory', 'node js memory'])
      expect(analyse(q, vocab, terms).words).toEqual(['node', 'memory']);
  });

  test('corrects misspelt words and says what it searched instead', () => {
    const a = analyse('pyhton lamda cold strat ', vocab, terms);
    expect(a.words).toEqual(['python', 'lambda', 'cold', 'start']);
    expect(a.correctedTo).toBe('python lambda cold start');
  });

  test('waits for a third letter before searching a last word as a prefix', () => {
    expect(analyse('cold s', vocab, terms)).toMatchObject({ words: ['cold'], typing: 's' });
    expect(analyse('c', vocab, terms)).toMatchObject({ words: [], typing: 'c' });
    expect(analyse('cold s ', vocab, terms).typing).toBeUndefined();
  });

  test('keeps a last word the reader is still typing', () => {
    expect(analyse('pyth', vocab, terms)).toMatchObject({
      words: ['pyth'],
      correctedTo: undefined,
    });
  });

  test('sets aside words nothing is close to, and never changes numbers or kept words', () => {
    const a = analyse('xyzzyqqq memory 3.12 rps', vocab, terms, new Set(['rps']));
    expect(a.words).toEqual(['memory', '3', '12', 'rps']);
    expect(a.unknown).toEqual(['xyzzyqqq']);
    expect(a.correctedTo).toBeUndefined();
  });
});

describe('isQuestion', () => {
  test('recognises questions and comparisons', () => {
    expect(isQuestion('does python have a gil', terms.questionWords)).toBe(true);
    expect(isQuestion('fastapi vs express', terms.questionWords)).toBe(true);
    expect(isQuestion('python or node for a backend', terms.questionWords)).toBe(true);
    expect(isQuestion('gil removal?', terms.questionWords)).toBe(true);
  });

  test('treats names and topics as look-ups', () => {
    expect(isQuestion('pep 703', terms.questionWords)).toBe(false);
    expect(isQuestion('techempower round 23', terms.questionWords)).toBe(false);
  });
});

describe('relaxations', () => {
  test('goes from all words to most words to any word', () => {
    expect(relaxations(['event', 'loop', 'asyncio'])).toEqual([
      { level: 'all', sets: [['event', 'loop', 'asyncio']] },
      {
        level: 'most',
        sets: [
          ['loop', 'asyncio'],
          ['event', 'asyncio'],
          ['event', 'loop'],
        ],
      },
      { level: 'any', sets: [['event'], ['loop'], ['asyncio']] },
    ]);
  });

  test('has nothing to loosen for one word, and no "most" step for two', () => {
    expect(relaxations(['gil']).map((s) => s.level)).toEqual(['all']);
    expect(relaxations(['gil', 'pypy']).map((s) => s.level)).toEqual(['all', 'any']);
  });
});
