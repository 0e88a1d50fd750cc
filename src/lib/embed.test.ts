import { describe, expect, test } from 'vitest';
import {
  embedPath,
  embedTagCount,
  embedTargets,
  iframeSnippet,
  isEmbedPath,
  oembed,
  oembedPath,
  parseTarget,
} from './embed';

describe('card addresses', () => {
  test('sit under /embed/ and /oembed/, built from the slug', () => {
    expect(embedPath('compare', 'memory')).toBe('/embed/compare/memory/');
    expect(oembedPath('claims', 'npm-two-million')).toBe('/oembed/claims-npm-two-million.json');
    expect(() => embedPath('faq', 'Not A Slug')).toThrow(/slug/);
  });

  test('are recognised by path or absolute URL, so the sitemap can leave them out', () => {
    expect(isEmbedPath('/embed/faq/x/')).toBe(true);
    expect(isEmbedPath('https://example.org/embed/faq/x/')).toBe(true);
    expect(isEmbedPath('https://example.org/faq/x/')).toBe(false);
  });
});

describe('the iframe snippet', () => {
  test('is sized, titled and lazy, with its attributes escaped', () => {
    const html = iframeSnippet('https://example.org/embed/claims/x/', 'Claims check: “a & <b>”');
    expect(html).toBe(
      '<iframe src="https://example.org/embed/claims/x/" title="Claims check: “a &amp; &lt;b&gt;”" ' +
        'width="480" height="300" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
  });
});

describe('oembed', () => {
  test('is a rich response carrying the snippet, size, provider and thumbnail', () => {
    const body = oembed({
      title: 'Comparison: Memory',
      cardUrl: 'https://example.org/embed/compare/memory/',
      siteName: 'Python vs Node.js',
      siteUrl: 'https://example.org/',
      image: 'https://example.org/og/compare-memory.png',
    });
    expect(body).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: 480,
      height: 300,
      provider_name: 'Python vs Node.js',
      thumbnail_url: 'https://example.org/og/compare-memory.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(body.html).toContain('src="https://example.org/embed/compare/memory/"');
  });
});

describe('embed tags in prose', () => {
  test('name their targets, and a malformed tag is counted but not read', () => {
    const text =
      'A <Embed of="compare/memory" /> and <Embed of="faq/x"> and <Embed of="a" of="b" />';
    expect(embedTargets(text)).toEqual(['compare/memory']);
    expect(embedTagCount(text)).toBe(3);
  });

  test('targets split into a known section and a slug', () => {
    expect(parseTarget('claims/npm-two-million')).toEqual({
      section: 'claims',
      slug: 'npm-two-million',
    });
    expect(parseTarget('lab/json')).toBeUndefined();
    expect(parseTarget('compare/a/b')).toBeUndefined();
  });
});
