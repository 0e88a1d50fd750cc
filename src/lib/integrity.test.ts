import { describe, expect, test } from 'vitest';
import { findProblems, formatProblems, type RawEntry } from './integrity';

const ref = (collection: string, id: string) => ({ collection, id });

const fact = (id: string) => ({
  id,
  value: 1,
  asOf: new Date('2025-01-01'),
  sources: [ref('sources', 'pep-779')],
});

function site(overrides: Record<string, RawEntry[]> = {}) {
  return {
    sources: [{ id: 'pep-779', filePath: 'content/sources/pep-779.yaml', data: { title: 'PEP' } }],
    dimensions: [
      {
        id: 'memory',
        filePath: 'content/dimensions/memory.yaml',
        data: { facts: [fact('mem-a'), fact('mem-b')], related: [ref('dimensions', 'latency')] },
      },
      {
        id: 'latency',
        filePath: 'content/dimensions/latency.yaml',
        data: { facts: [fact('lat-a'), fact('lat-b')], related: [] },
      },
    ],
    ...overrides,
  };
}

describe('findProblems', () => {
  test('finds nothing wrong in consistent content', () => {
    expect(findProblems(site())).toEqual([]);
  });

  test('names the file and field of a dangling reference', () => {
    const faqs = [
      {
        id: 'q',
        filePath: 'content/faqs/q.mdx',
        data: { dimensions: [ref('dimensions', 'memory')], sources: [ref('sources', 'nope')] },
      },
    ];
    expect(findProblems(site({ faqs }))).toEqual([
      {
        file: 'content/faqs/q.mdx',
        field: 'sources[0]',
        message: 'refers to "nope", which is not an entry of sources',
      },
    ]);
  });

  test('finds references nested inside facts', () => {
    const dimensions = [
      {
        id: 'x',
        filePath: 'x.yaml',
        data: { facts: [{ ...fact('f'), sources: [ref('sources', 'gone')] }] },
      },
    ];
    expect(findProblems(site({ dimensions }))[0]?.field).toBe('facts[0].sources[0]');
  });

  test('rejects a row that lists itself as related', () => {
    const dimensions = [
      { id: 'x', filePath: 'x.yaml', data: { related: [ref('dimensions', 'x')] } },
    ];
    expect(findProblems(site({ dimensions }))[0]?.message).toBe('refers to itself');
  });

  test('rejects a fact id defined twice across files', () => {
    const extra = {
      id: 'cpu',
      filePath: 'content/dimensions/cpu.yaml',
      data: { facts: [fact('mem-a')] },
    };
    const base = site();
    const problems = findProblems({ ...base, dimensions: [...base.dimensions, extra] });
    expect(problems).toEqual([
      {
        file: 'content/dimensions/cpu.yaml',
        field: 'facts[0].id',
        message: 'fact id "mem-a" is already defined in content/dimensions/memory.yaml',
      },
    ]);
  });

  test('rejects a <Fact> tag in a body that names no fact', () => {
    const guides = [
      {
        id: 'g',
        filePath: 'content/guides/g.mdx',
        data: {},
        body: 'A <Fact id="mem-a" /> and <Fact id="nope" />.',
      },
    ];
    expect(findProblems(site({ guides }))).toEqual([
      {
        file: 'content/guides/g.mdx',
        field: 'body',
        message: '<Fact id="nope" /> names no fact; define it in a dimension\'s facts',
      },
    ]);
  });

  test('rejects an <Embed> that asks for a missing entry or section, naming the file', () => {
    const faqs = [
      {
        id: 'q',
        filePath: 'content/faqs/q.mdx',
        data: {},
        body: 'See <Embed of="compare/memory" />, <Embed of="compare/nope" /> and <Embed of="lab/x" />.',
      },
    ];
    expect(findProblems(site({ faqs }))).toEqual([
      {
        file: 'content/faqs/q.mdx',
        field: 'body',
        message: '<Embed of="compare/nope" /> names no card: "nope" is not an entry of dimensions',
      },
      {
        file: 'content/faqs/q.mdx',
        field: 'body',
        message:
          '<Embed of="lab/x" /> names no card; write compare/<row>, claims/<claim> or faq/<question>',
      },
    ]);
  });

  test('rejects a <Fact> tag in a YAML text field that names no fact, naming the field', () => {
    const claims = [
      {
        id: 'c',
        filePath: 'content/claims/c.yaml',
        data: { why: 'Measured at <Fact id="mem-b" />.', dimension: ref('dimensions', 'memory') },
      },
    ];
    const dimensions = [
      ...site().dimensions,
      {
        id: 'x',
        filePath: 'content/dimensions/x.yaml',
        data: { facts: [{ ...fact('x-a'), note: 'Twice <Fact id="lat-c" />.' }] },
      },
    ];
    expect(findProblems(site({ claims, dimensions }))).toEqual([
      {
        file: 'content/dimensions/x.yaml',
        field: 'facts[0].note',
        message: '<Fact id="lat-c" /> names no fact; define it in a dimension\'s facts',
      },
    ]);
  });

  test('rejects a fact tag that is not self-closing', () => {
    const claims = [{ id: 'c', filePath: 'c.yaml', data: { why: 'See <Fact id="mem-a">.' } }];
    expect(findProblems(site({ claims }))).toEqual([
      {
        file: 'c.yaml',
        field: 'why',
        message: 'has a fact tag not written as <Fact id="…" /> (one id, self-closing)',
      },
    ]);
  });
});

describe('formatProblems', () => {
  test('lists each problem on one line and caps the list at one screen', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      file: `f${i}`,
      field: 'x',
      message: 'bad',
    }));
    const text = formatProblems(many);
    expect(text.split('\n')).toHaveLength(22);
    expect(text).toContain('Content has 25 problems');
    expect(text).toContain('… and 5 more');
  });
});
