import { describe, expect, test } from 'vitest';
import { buildVocabulary, indexedText, parseVocabulary, serveVocabulary } from './vocabulary';

describe('indexedText', () => {
  test('takes the main content and drops ignored blocks, scripts and tags', () => {
    const html =
      '<header>Menu</header><main id="main" data-pagefind-body=""><h1>Cold&nbsp;starts</h1>' +
      '<nav data-pagefind-ignore>All questions</nav><script>let x</script><p>Lambda &amp; GIL</p></main>';
    const text = indexedText(html).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Cold starts Lambda & GIL');
  });

  test('is empty for a page that is not indexed', () => {
    expect(indexedText('<main id="main"><p>Search</p></main>')).toBe('');
  });
});

describe('buildVocabulary', () => {
  test('counts words of two or more characters with a letter, most frequent first', () => {
    expect(buildVocabulary(['Python and python', 'Node is 20x on v8 python 3'])).toEqual({
      python: 3,
      '20x': 1,
      and: 1,
      is: 1,
      node: 1,
      on: 1,
      v8: 1,
    });
  });
});

describe('parseVocabulary', () => {
  test('reads back what the build serves', () => {
    const terms = {
      stopWords: ['is'],
      questionWords: ['how'],
      compounds: [['node', 'nodejs']],
      synonyms: [['ram', 'memory']],
    };
    const served = JSON.parse(serveVocabulary({ gil: 4 }, terms)) as unknown;
    expect(parseVocabulary(served)).toEqual({ words: new Map([['gil', 4]]), terms });
  });

  test('ignores malformed input', () => {
    expect(parseVocabulary({ words: { gil: 4, bad: 'x' } }).words).toEqual(new Map([['gil', 4]]));
    expect(parseVocabulary({ terms: { compounds: 'x', stopWords: ['is', 3] } }).terms).toEqual({
      stopWords: ['is'],
      questionWords: [],
      compounds: [],
      synonyms: [],
    });
    expect(parseVocabulary(null).words.size).toBe(0);
  });
});
