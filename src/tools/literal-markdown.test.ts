import { describe, expect, test } from 'vitest';
import { literalMarkdown } from './literal-markdown';

describe('literalMarkdown', () => {
  test('finds a backtick pair printed as text, with the words around it', () => {
    expect(literalMarkdown('<li>Both now use `async`/`await`, so…</li>')).toEqual([
      { kind: 'backticks', excerpt: 'Both now use `async`/`await`, so…' },
      { kind: 'backticks', excerpt: 'Both now use `async`/`await`, so…' },
    ]);
  });

  test('finds backticks split by markup and written as entities', () => {
    expect(literalMarkdown('<p>a <em>&#96;pip</em> lock&#96; b</p>')).toHaveLength(1);
  });

  test('accepts backticks inside code, preformatted text, scripts and comments', () => {
    const html =
      '<p>Use <code>`x`</code>.</p><pre><code>`a` `b`</code></pre>' +
      '<script>const s = `t`;</script><!-- `note` --><pre class="x">``</pre>';
    expect(literalMarkdown(html)).toEqual([]);
  });

  test('accepts backticks inside attribute values and single backticks in text', () => {
    expect(literalMarkdown('<a title="`x`" href="/">the ` key</a>')).toEqual([]);
  });

  test('accepts rendered Markdown', () => {
    expect(literalMarkdown('<th>A <code>async def</code> endpoint</th>')).toEqual([]);
  });

  test('finds a fact tag that a template printed as escaped text', () => {
    expect(literalMarkdown('<td>up to &lt;Fact id=&quot;x&quot; /&gt; a day</td>')).toEqual([
      { kind: 'fact tag', excerpt: '<td>up to &lt;Fact id=&quot;x&quot; /&gt; a day</td>' },
    ]);
  });

  test('finds a fact tag that was printed instead of resolved', () => {
    expect(literalMarkdown('<p>up to <fact id="x"></fact> a day</p>')).toEqual([
      { kind: 'fact tag', excerpt: '<p>up to <fact id="x"></fact> a day</p>' },
    ]);
  });
});
