import { describe, expect, test } from 'vitest';
import { alternatives, expandQuery, synonymWords } from './synonyms';

const SYNONYMS = [
  ['gil', 'global interpreter lock'],
  ['node', 'node.js', 'nodejs', 'javascript runtime'],
  ['cold start', 'init duration'],
  ['throughput', 'requests per second', 'rps'],
  ['fastapi', 'starlette'],
  ['serverless', 'functions', 'lambda'],
  ['type hints', 'typing', 'annotations'],
];

describe('expandQuery', () => {
  test('puts the query itself first', () => {
    expect(expandQuery('memory usage', SYNONYMS)).toEqual(['memory usage']);
  });

  test('adds the spelled-out form of an abbreviation', () => {
    expect(expandQuery('GIL removal', SYNONYMS)).toContain('global interpreter lock removal');
  });

  test('adds the abbreviation for the spelled-out form', () => {
    expect(expandQuery('what is the global interpreter lock', SYNONYMS)).toContain(
      'what is the gil',
    );
  });

  test('expands the words readers use to the words the site uses', () => {
    expect(expandQuery('serverless python', SYNONYMS)).toEqual([
      'serverless python',
      'functions python',
      'lambda python',
    ]);
    expect(expandQuery('python typing', SYNONYMS)).toContain('python type hints');
  });

  test('expands every term of a group', () => {
    expect(expandQuery('rps of fastify', SYNONYMS)).toEqual([
      'rps of fastify',
      'throughput of fastify',
      'requests per second of fastify',
    ]);
  });

  test('matches the longer term first, so Node.js is not read as Node', () => {
    const variants = expandQuery('node.js threads', SYNONYMS);
    expect(variants).toContain('javascript runtime threads');
    expect(variants).not.toContain('node.js.js threads');
  });

  test('matches whole words only', () => {
    expect(expandQuery('nodes and brigils', SYNONYMS)).toEqual(['nodes and brigils']);
  });

  test('expands several groups in one query, up to the limit', () => {
    const variants = expandQuery('fastapi cold start', SYNONYMS, 3);
    expect(variants).toEqual([
      'fastapi cold start',
      'fastapi init duration',
      'starlette cold start',
    ]);
  });
});

describe('synonymWords', () => {
  test('lists the single words of every term', () => {
    const known = synonymWords(SYNONYMS);
    expect(known.has('rps')).toBe(true);
    expect(known.has('interpreter')).toBe(true);
  });
});

describe('alternatives', () => {
  test('gives a word with the one-word terms of its groups', () => {
    expect(alternatives('lambda', SYNONYMS)).toEqual(['lambda', 'serverless', 'functions']);
    expect(alternatives('memory', SYNONYMS)).toEqual(['memory']);
  });
});
