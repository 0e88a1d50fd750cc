import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  builtPages,
  firstUnder,
  handWrittenSlugs,
  htmlFiles,
  onePerTemplate,
  pageTemplate,
  publicPath,
  reportsDir,
  samplePages,
  sitemapPaths,
} from './dist';

describe('publicPath', () => {
  test('turns a directory index into its URL and leaves other files alone', () => {
    expect(publicPath('/faq/index.html')).toBe('/faq/');
    expect(publicPath('/index.html')).toBe('/');
    expect(publicPath('/404.html')).toBe('/404.html');
  });
});

describe('pageTemplate', () => {
  test.each([
    ['/', 'home'],
    ['/404.html', '404'],
    ['/404/', '404'],
    ['/about/', 'about'],
    ['/compare/', 'compare'],
    ['/compare/memory/', 'compare/*'],
    ['/lab/', 'lab'],
    ['/lab/json/', 'lab/*'],
    ['/lab/json/node24/', 'lab/*/*'],
  ])('%s is rendered by the %s template', (path, template) => {
    expect(pageTemplate(path)).toBe(template);
  });
});

describe('samplePages', () => {
  const claims = Array.from({ length: 23 }, (_, i) => `/claims/c${String(i).padStart(2, '0')}/`);
  const paths = ['/', '/faq/', '/faq/a/', '/faq/b/', '/faq/c/', '/lab/', '/lab/x/', ...claims];

  test('visits every hand-written page and a few pages of each template, first to last', () => {
    expect(samplePages(paths, new Set(['b', 'c']), 3)).toEqual([
      '/',
      '/faq/',
      '/faq/a/',
      '/faq/b/',
      '/faq/c/',
      '/lab/',
      '/lab/x/',
      '/claims/c00/',
      '/claims/c11/',
      '/claims/c22/',
    ]);
  });

  test('the sample of a template stays the same size however many pages it has', () => {
    const many = Array.from({ length: 2300 }, (_, i) => `/claims/c${String(i).padStart(4, '0')}/`);
    const sample = samplePages(many, new Set(), 3);
    expect(sample).toEqual(['/claims/c0000/', '/claims/c1150/', '/claims/c2299/']);
    expect(samplePages(many.slice(0, 2), new Set(), 3)).toEqual(many.slice(0, 2));
  });

  test('picks by sorted path, whatever order the sitemap lists pages in', () => {
    const shuffled = [...paths].reverse();
    expect(samplePages(shuffled, new Set(), 3)).toEqual(
      [...samplePages(paths, new Set(), 3)].reverse(),
    );
  });

  test('one page of every template is the first page of each', () => {
    expect(onePerTemplate(paths)).toEqual([
      '/',
      '/faq/',
      '/faq/a/',
      '/lab/',
      '/lab/x/',
      '/claims/c00/',
    ]);
  });

  test('a new template is visited without being named anywhere', () => {
    const sample = samplePages([...paths, '/lab/x/y/', '/lab/x/z/'], new Set(), 1);
    expect(sample).toContain('/lab/x/y/');
    expect(sample).not.toContain('/lab/x/z/');
  });
});

describe('reading a build', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pvn-dist-test-'));
  const dir = join(scratch, 'dist');
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const loc = (path: string) => `<url><loc>https://example.org${path}</loc></url>`;
  write('/index.html', '<h1>Home</h1>');
  write('/404.html', '<h1>Not found</h1>');
  write('/faq/index.html', '<h1>FAQ</h1>');
  write('/faq/a/index.html', '<h1>A</h1>');
  write('/favicon.svg', '<svg/>');
  write('/sitemap-index.xml', '<sitemapindex/>');
  write('/sitemap-0.xml', `<urlset>${loc('/')}${loc('/faq/')}${loc('/faq/a/')}</urlset>`);
  write('/sitemap-1.xml', `<urlset>${loc('/faq/b/')}</urlset>`);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('lists the HTML files as site paths, and the folder pages with their markup', () => {
    expect(htmlFiles(dir)).toEqual([
      '/404.html',
      '/faq/a/index.html',
      '/faq/index.html',
      '/index.html',
    ]);
    expect(builtPages(dir).map((p) => p.path)).toEqual(['/faq/a/', '/faq/', '/']);
    expect(builtPages(dir)[0]?.html).toBe('<h1>A</h1>');
  });

  test('reads every part of a split sitemap, in order', () => {
    expect(sitemapPaths(dir)).toEqual(['/', '/faq/', '/faq/a/', '/faq/b/']);
  });

  test('finds the first page under a section, and says when there is none', () => {
    expect(firstUnder('/faq/', sitemapPaths(dir))).toBe('/faq/a/');
    expect(() => firstUnder('/guides/', sitemapPaths(dir))).toThrow('No page under /guides/');
  });

  test('puts reports beside the output folder', () => {
    expect(reportsDir(dir)).toBe(join(scratch, 'reports'));
  });
});

describe('handWrittenSlugs', () => {
  test('hand-written slugs are the names of the .mdx files in content/', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'pvn-content-test-'));
    try {
      mkdirSync(join(scratch, 'guides'));
      mkdirSync(join(scratch, 'faqs'));
      writeFileSync(join(scratch, 'guides/first-guide.mdx'), '');
      writeFileSync(join(scratch, 'faqs/a-question.mdx'), '');
      writeFileSync(join(scratch, 'faqs/data.yaml'), '');
      expect(handWrittenSlugs(scratch)).toEqual(new Set(['first-guide', 'a-question']));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
