import { describe, expect, test } from 'vitest';
import {
  countWords,
  fill,
  firstSentence,
  linkParts,
  mdxToPlainText,
  readingMinutes,
  truncate,
  words,
} from './text';

describe('countWords', () => {
  test('counts the words of plain prose', () => {
    expect(countWords('Python has real threads.')).toBe(4);
  });

  test('ignores code blocks, tags and link targets', () => {
    const source =
      'See [the row](/compare/memory/) now.\n\n```js\nconst a = 1;\n```\n<Fact id="x" /> ok';
    expect(countWords(source)).toBe(5);
  });

  test('ignores MDX comments such as heading anchors', () => {
    expect(countWords('## Event loop {/* #event-loop-and-threads */}')).toBe(2);
  });
});

describe('readingMinutes', () => {
  test('is at least one minute', () => {
    expect(readingMinutes('short')).toBe(1);
  });

  test('rounds to whole minutes at 220 words a minute', () => {
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
  });
});

describe('mdxToPlainText', () => {
  test('prints facts, keeps link text and drops markup', () => {
    const source = 'It took <Fact id="a" /> on **average**; see [the row](/compare/x/).';
    expect(mdxToPlainText(source, (id) => `[${id}]`)).toBe('It took [a] on average; see the row.');
  });
});

describe('truncate', () => {
  test('leaves short text alone', () => {
    expect(truncate('short text', 20)).toBe('short text');
  });

  test('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncate('one two three four', 12)).toBe('one two…');
    expect(truncate('one two three four', 12).length).toBeLessThanOrEqual(12);
  });
});

describe('fill', () => {
  test('replaces every placeholder with its value, numbers included', () => {
    expect(fill('{shown} of {total} rows, {shown} shown', { shown: 3, total: 25 })).toBe(
      '3 of 25 rows, 3 shown',
    );
  });

  test('leaves no placeholder behind when a value is missing', () => {
    expect(fill('Results for “{q}”', {})).toBe('Results for “”');
    expect(fill(undefined, { q: 'x' })).toBe('');
  });
});

describe('linkParts', () => {
  test('splits Markdown links from the plain text around them', () => {
    expect(linkParts('In [our lab](/lab/) and [there](/lab/queries/).')).toEqual([
      { text: 'In ' },
      { text: 'our lab', href: '/lab/' },
      { text: ' and ' },
      { text: 'there', href: '/lab/queries/' },
      { text: '.' },
    ]);
  });

  test('leaves text without links, and links to other sites, as plain text', () => {
    expect(linkParts('No links here.')).toEqual([{ text: 'No links here.' }]);
    expect(linkParts('[x](https://example.com)')).toEqual([{ text: '[x](https://example.com)' }]);
    expect(linkParts('')).toEqual([]);
  });
});

describe('firstSentence', () => {
  test('stops at the first full stop that starts a new sentence', () => {
    expect(firstSentence('PyPy does not. It has a GIL of its own.')).toBe('PyPy does not.');
    expect(firstSentence('Yes? Mostly.')).toBe('Yes?');
  });

  test('does not stop inside version numbers or abbreviations', () => {
    expect(firstSentence('Python 3.14 made it optional, e.g. for tests. Then more.')).toBe(
      'Python 3.14 made it optional, e.g. for tests.',
    );
  });

  test('keeps text without a sentence end whole, and shortens long sentences', () => {
    expect(firstSentence('It depends on what the CPU is doing')).toBe(
      'It depends on what the CPU is doing',
    );
    expect(firstSentence(`${'word '.repeat(60)}end.`, 40)).toMatch(/^word( word)+…$/);
  });
});

describe('words', () => {
  test('splits on anything but letters and digits, in lowercase', () => {
    expect(words('Node.js — Python 3.12!')).toEqual(['node', 'js', 'python', '3', '12']);
  });

  test('removes accents, so an accented word matches its plain spelling', () => {
    expect(words('Café NÄIVE')).toEqual(['cafe', 'naive']);
  });
});
