import { describe, expect, test } from 'vitest';
import { expandQuery, synonymWords } from './synonyms';

describe('expandQuery', () => {
  test('puts the query itself first', () => {
    expect(expandQuery('memory usage')).toEqual(['memory usage']);
  });

  test('adds the spelled-out form of an abbreviation', () => {
    expect(expandQuery('GIL removal')).toContain('global interpreter lock removal');
  });

  test('adds the abbreviation for the spelled-out form', () => {
    expect(expandQuery('what is the global interpreter lock')).toContain('what is the gil');
  });

  test('expands every term of a group', () => {
    expect(expandQuery('rps of fastify')).toEqual([
      'rps of fastify',
      'throughput of fastify',
      'requests per second of fastify',
    ]);
  });

  test('matches the longer term first, so Node.js is not read as Node', () => {
    const variants = expandQuery('node.js threads');
    expect(variants).toContain('javascript runtime threads');
    expect(variants).not.toContain('node.js.js threads');
  });

  test('matches whole words only', () => {
    expect(expandQuery('nodes and brigils')).toEqual(['nodes and brigils']);
  });

  test('expands several groups in one query, up to the limit', () => {
    const variants = expandQuery('fastapi cold start', undefined, 3);
    expect(variants).toEqual([
      'fastapi cold start',
      'fastapi init duration',
      'starlette cold start',
    ]);
  });
});

describe('synonymWords', () => {
  test('lists the single words of every term', () => {
    const known = synonymWords();
    expect(known.has('rps')).toBe(true);
    expect(known.has('interpreter')).toBe(true);
  });
});
