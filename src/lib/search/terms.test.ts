import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { joinCompounds, parseSearchTerms } from './terms';

const FILE = 'content/search/terms.yaml';

describe('parseSearchTerms', () => {
  test('reads compounds and synonyms', () => {
    const terms = parseSearchTerms(
      {
        stopWords: ['is'],
        questionWords: ['how'],
        compounds: [['node', 'nodejs']],
        synonyms: [['gil', 'global interpreter lock']],
      },
      'terms.yaml',
    );
    expect(terms.synonyms).toEqual([['gil', 'global interpreter lock']]);
  });

  test('fails naming the file, the field and the group', () => {
    const bad = (data: object | null) => () =>
      parseSearchTerms(
        data && { stopWords: [], questionWords: [], ...data },
        'content/search/terms.yaml',
      );
    expect(bad({ compounds: [], synonyms: [['ram']] })).toThrow(
      'content/search/terms.yaml: synonyms[0] must list at least two terms',
    );
    expect(bad({ compounds: [['Node', 'nodejs']], synonyms: [] })).toThrow(
      'compounds[0] has "Node": write terms in lowercase',
    );
    expect(bad({ compounds: [['a', 'a']], synonyms: [] })).toThrow('compounds[0] repeats a term');
    expect(bad({ compounds: [['a', '']], synonyms: [] })).toThrow('compounds[0] has an empty term');
    expect(bad({ synonyms: [] })).toThrow('compounds must be a list of term lists');
    expect(bad(null)).toThrow('the file must be a mapping');
    expect(bad({ stopWords: ['Is'], compounds: [], synonyms: [] })).toThrow(
      'stopWords[0] must be one lowercase word',
    );
  });
});

describe('joinCompounds', () => {
  const compounds = [
    ['node', 'nodejs', 'node.js', 'node js'],
    ['real time', 'realtime'],
  ];

  test('rewrites every spelling to the first, in lowercase', () => {
    expect(joinCompounds('Node.js vs NodeJS vs node js', compounds)).toBe('node vs node vs node');
    expect(joinCompounds('realtime chat', compounds)).toBe('real time chat');
  });

  test('leaves words that only contain a spelling alone', () => {
    expect(joinCompounds('nodes and nodejsx', compounds)).toBe('nodes and nodejsx');
  });
});

describe('the site’s terms', () => {
  const terms = parseSearchTerms(parse(readFileSync(FILE, 'utf8')), FILE);

  test('drop the words readers add to questions', () => {
    for (const w of ['vs', 'is', 'still', 'the', 'a', 'for', 'which', 'does'])
      expect(terms.stopWords).toContain(w);
  });

  test('know the words that open a question', () => {
    for (const w of ['how', 'does', 'which', 'should']) expect(terms.questionWords).toContain(w);
  });

  test('read the spellings of Node.js as one term and link readers’ words to the site’s', () => {
    expect(joinCompounds('nodejs, node.js or node js', terms.compounds)).toBe('node, node or node');
    const groupOf = (term: string) => terms.synonyms.find((g) => g.includes(term)) ?? [];
    expect(groupOf('serverless')).toEqual(expect.arrayContaining(['functions', 'lambda']));
    expect(groupOf('type hints')).toEqual(expect.arrayContaining(['typing', 'annotations']));
  });
});
