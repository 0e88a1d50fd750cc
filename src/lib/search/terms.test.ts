import { describe, expect, test } from 'vitest';
import { joinCompounds, parseSearchTerms } from './terms';

describe('parseSearchTerms', () => {
  test('reads compounds and synonyms', () => {
    const terms = parseSearchTerms(
      { compounds: [['node', 'nodejs']], synonyms: [['gil', 'global interpreter lock']] },
      'terms.yaml',
    );
    expect(terms.synonyms).toEqual([['gil', 'global interpreter lock']]);
  });

  test('fails naming the file, the field and the group', () => {
    const bad = (data: unknown) => () => parseSearchTerms(data, 'content/search/terms.yaml');
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
