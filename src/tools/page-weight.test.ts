import { describe, expect, test } from 'vitest';
import {
  gzipSize,
  cardProblems,
  overBudget,
  referencedAssets,
  scriptClosure,
  siteWideScripts,
  staticImports,
  type Budgets,
  type PageWeight,
} from './page-weight';

describe('referencedAssets', () => {
  test('finds the blocking stylesheets and every script with a src', () => {
    const html = `<head><link rel="stylesheet" href="/a.css"><link rel="stylesheet" media="print" href="/p.css">
      <link rel="icon" href="/f.svg"><link rel="stylesheet" media="screen and (min-width: 1px)" href="/s.css">
      <script type="module" src="/x.js"></script><script type="application/ld+json">{}</script></head>
      <body><script type="module" src="/y.js"></script></body>`;
    expect(referencedAssets(html)).toEqual({
      css: ['/a.css', '/s.css'],
      scripts: ['/x.js', '/y.js'],
      inline: [],
    });
  });

  test('counts the inline scripts that run, and the modules an inline module imports', () => {
    const html = `<head><script>document.documentElement.dataset.theme='dark'</script>
      <script type="application/ld+json">{"@type":"WebSite"}</script>
      <script type="application/json" id="data">[1,2]</script></head>
      <body><script type="module">import{a}from"/_astro/a.js";import"./local.js";a()</script>
      <script type="text/javascript" src="/c.js"></script><script type="module"> </script></body>`;
    expect(referencedAssets(html, '/faq/')).toEqual({
      css: [],
      scripts: ['/_astro/a.js', '/faq/local.js', '/c.js'],
      inline: [
        "document.documentElement.dataset.theme='dark'",
        'import{a}from"/_astro/a.js";import"./local.js";a()',
      ],
    });
  });
});

describe('staticImports', () => {
  test('lists static imports and re-exports of minified modules, not dynamic import()', () => {
    const js = `import{a as e}from"./urls.js";import"./side.js";export{b}from"./re.js";const m=()=>import("./lazy.js");`;
    expect(staticImports(js)).toEqual(['./urls.js', './side.js', './re.js']);
  });
});

describe('scriptClosure', () => {
  test('follows static imports once each, resolving relative paths', () => {
    const files: Record<string, string> = {
      '/_astro/a.js': 'import{x}from"./b.js";import"./c.js";',
      '/_astro/b.js': 'import"./c.js";',
      '/_astro/c.js': 'import("./lazy.js")',
    };
    expect(scriptClosure('/_astro/a.js', (p) => files[p] ?? '')).toEqual([
      '/_astro/a.js',
      '/_astro/b.js',
      '/_astro/c.js',
    ]);
  });
});

describe('siteWideScripts', () => {
  test('keeps only the scripts every page loads', () => {
    expect(siteWideScripts([{ scripts: ['/s.js', '/w.js'] }, { scripts: ['/s.js'] }])).toEqual(
      new Set(['/s.js']),
    );
  });
});

test('gzipSize measures compressed bytes', () => {
  expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
});

describe('overBudget', () => {
  const budgets: Budgets = {
    siteWideJs: 2048,
    widgetJs: 6144,
    css: 8192,
    html: 61440,
    indexHtml: 25600,
    widgetPageTypes: ['compare'],
    card: 10240,
  };
  const page = (over: Partial<PageWeight>): PageWeight => ({
    path: '/compare/',
    type: 'compare',
    html: 1000,
    css: 1000,
    js: 1000,
    widgetJs: 0,
    widgets: [],
    requests: 3,
    ...over,
  });
  const fine = { siteWideJs: 1000, css: 4000, widgets: new Map([['/w.js', 3000]]) };

  test('is empty when everything fits', () => {
    expect(overBudget([page({ widgets: ['/w.js'] })], fine, budgets)).toEqual([]);
  });

  test('names each figure over budget', () => {
    const problems = overBudget(
      [page({ path: '/claims/', type: 'claims', html: 70_000, widgets: ['/w.js'] })],
      { siteWideJs: 3000, css: 9000, widgets: new Map([['/w.js', 7000]]) },
      budgets,
    );
    expect(problems).toEqual([
      'site-wide JS is 2.9 KB, budget 2.0 KB',
      'site-wide CSS is 8.8 KB, budget 8.0 KB',
      'widget /w.js is 6.8 KB of JS, budget 6.0 KB',
      '/claims/ is 68.4 KB of HTML, budget 60.0 KB',
      '/claims/ (claims) loads JS beyond the site-wide script: /w.js',
    ]);
  });

  test('holds a section page to the index budget only when its entries have their own pages', () => {
    const faq = page({ path: '/faq/', type: 'faq', html: 30_000 });
    const entry = page({ path: '/faq/a/', type: 'faq/*', html: 30_000 });
    const sources = page({ path: '/sources/', type: 'sources', html: 30_000 });
    expect(overBudget([faq, entry, sources], fine, budgets)).toEqual([
      '/faq/ is an index of 29.3 KB of HTML, budget 25.0 KB',
    ]);
    expect(
      overBudget([page({ path: '/faq/', type: 'faq', html: 25_000 }), entry], fine, budgets),
    ).toEqual([]);
  });
});

describe('cardProblems', () => {
  test('passes small cards with no script', () => {
    expect(cardProblems([{ path: '/embed/compare/a/', bytes: 2000, scripts: 0 }], 10240)).toEqual(
      [],
    );
  });

  test('names a card over budget and a card that runs a script', () => {
    expect(
      cardProblems(
        [
          { path: '/embed/compare/a/', bytes: 12_000, scripts: 0 },
          { path: '/embed/faq/b/', bytes: 1000, scripts: 1 },
        ],
        10240,
      ),
    ).toEqual([
      'card /embed/compare/a/ is 11.7 KB, budget 10.0 KB',
      'card /embed/faq/b/ runs 1 script(s); cards run none',
    ]);
  });
});
