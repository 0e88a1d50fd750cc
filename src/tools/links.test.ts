import { describe, expect, test } from 'vitest';
import { elements } from './html';
import { checkLinks, idsIn, linksIn } from './links';

const SITE = 'https://python-vs-node.example';
const page = (file: string, body: string) => ({ file, html: `<!doctype html>${body}` });

describe('linksIn', () => {
  test('reads href, src, form actions, share URLs and social-card URLs, with entities decoded', () => {
    const html = `<a href="/faq/?a=1&amp;b=2">x</a><img src="/og.png" alt="">
      <form action="/search/"></form><button data-url="${SITE}/compare/#x"></button>
      <meta property="og:image" content="${SITE}/og/home.png">`;
    expect(linksIn(elements(html))).toEqual([
      '/faq/?a=1&b=2',
      '/og.png',
      '/search/',
      `${SITE}/compare/#x`,
      `${SITE}/og/home.png`,
    ]);
  });

  test('ignores markup shown as text and attributes inside scripts and comments', () => {
    const html = `<code>&lt;a href="/shown/"&gt;</code><!-- <a href="/hidden/"> -->
      <script>const s = '<img src="/in-script.png">';</script>`;
    expect(linksIn(elements(html))).toEqual([]);
  });
});

describe('idsIn', () => {
  test('collects ids and legacy anchor names, not the names of other elements', () => {
    const html = '<meta name="description"><h2 id="one">1</h2><a name="two"></a><input name="q">';
    expect(idsIn(elements(html))).toEqual(new Set(['one', 'two']));
  });
});

describe('checkLinks', () => {
  const files = new Set(['/index.html', '/faq/index.html', '/favicon.svg']);
  const faq = page('/faq/index.html', '<h2 id="is-python-slow">Q</h2>');

  test('passes links to existing pages, files and fragments, relative or absolute', () => {
    const home = page(
      '/index.html',
      `<a href="/faq/">a</a><a href="faq/#is-python-slow">b</a><link href="/favicon.svg">
       <link rel="canonical" href="${SITE}/"><a href="#top">top</a><a href="#">none</a>`,
    );
    const report = checkLinks([home, faq], files, SITE);
    expect(report.broken).toEqual([]);
    expect(report.checked).toBe(6);
  });

  test('reports a missing page, a missing fragment and a missing trailing slash', () => {
    const home = page(
      '/index.html',
      '<a href="/nope/">a</a><a href="/faq/#gone">b</a><a href="/faq">c</a>',
    );
    expect(checkLinks([home, faq], files, SITE).broken).toEqual([
      { page: '/', href: '/nope/', reason: 'missing page' },
      { page: '/', href: '/faq/#gone', reason: 'missing fragment' },
      { page: '/', href: '/faq', reason: 'no trailing slash' },
    ]);
  });

  test('checks a fragment on the page itself', () => {
    const broken = checkLinks([page('/faq/index.html', '<a href="#nowhere">x</a>')], files, SITE);
    expect(broken.broken).toEqual([
      { page: '/faq/', href: '#nowhere', reason: 'missing fragment' },
    ]);
  });

  test('lists external links with the pages that use them, without checking them', () => {
    const home = page(
      '/index.html',
      '<a href="https://example.org/a">x</a><a href="mailto:me@example.org">m</a>',
    );
    const report = checkLinks([home, faq], files, SITE);
    expect(report.broken).toEqual([]);
    expect([...report.external]).toEqual([['https://example.org/a', ['/']]]);
  });
});
