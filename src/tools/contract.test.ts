import { describe, expect, test } from 'vitest';
import { anchorsIn, brokenLines, contractLines, parseLine } from './contract';

const html =
  '<header><h2 id="top">T</h2></header><main id="main"><h2 id="a">A</h2><input id="q">' +
  '<table><tr class="x" id="b"><td>1</td></tr></table><code>&lt;h3 id="c"&gt;</code></main>';

describe('anchorsIn', () => {
  test('lists the ids of linkable elements inside main only', () => {
    expect(anchorsIn(html)).toEqual(['a', 'b']);
  });
});

describe('contractLines', () => {
  test('lists each page and each of its anchors once, sorted', () => {
    expect(contractLines([{ path: '/faq/', html }])).toEqual(['/faq/', '/faq/#a', '/faq/#b']);
  });
});

describe('parseLine', () => {
  test('splits the fragment from the path', () => {
    expect(parseLine('/faq/#a')).toEqual({ path: '/faq/', anchor: 'a' });
    expect(parseLine('/faq/')).toEqual({ path: '/faq/' });
  });
});

describe('brokenLines', () => {
  const built = new Map([['/faq/', new Set(['a'])]]);

  test('accepts pages and anchors that still exist', () => {
    expect(brokenLines(['/faq/', '/faq/#a'], built, {})).toEqual([]);
  });

  test('reports a page that is gone without a redirect', () => {
    expect(brokenLines(['/old/'], built, {})).toEqual(['/old/']);
  });

  test('accepts a page that is gone behind a redirect', () => {
    expect(brokenLines(['/old/', '/old/#x'], built, { '/old/': '/faq/' })).toEqual([]);
  });

  test('reports an anchor that is gone from a page that exists', () => {
    expect(brokenLines(['/faq/#gone'], built, {})).toEqual(['/faq/#gone']);
  });
});
