import { describe, expect, test } from 'vitest';
import { buildVocabulary, indexedText, parseVocabulary } from './vocabulary';

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
  test('counts words of three or more characters, most frequent first', () => {
    expect(buildVocabulary(['Python and python', 'Node is 20x on v8 python'])).toEqual({
      python: 3,
      and: 1,
      node: 1,
      '20x': 1,
    });
  });
});

describe('parseVocabulary', () => {
  test('reads counts and ignores malformed input', () => {
    expect(parseVocabulary({ gil: 4, bad: 'x' })).toEqual(new Map([['gil', 4]]));
    expect(parseVocabulary(null).size).toBe(0);
  });
});
