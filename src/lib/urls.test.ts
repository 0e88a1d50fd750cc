import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  anchorId,
  breadcrumbTrail,
  factAnchorId,
  factPath,
  ogImagePath,
  paths,
  repositoryFileUrl,
  siteUrl,
} from './urls';

describe('paths', () => {
  test('builds lowercase routes that end in a slash', () => {
    expect(paths.dimension('serverless-cold-starts')).toBe('/compare/serverless-cold-starts/');
    expect(paths.guide('quick-answer')).toBe('/guides/quick-answer/');
    expect(paths.faq('is-python-single-threaded')).toBe('/faq/is-python-single-threaded/');
    expect(paths.labScenario('cpu-loop')).toBe('/lab/cpu-loop/');
  });

  test('links each lab run to its entry in the list of runs', () => {
    expect(paths.labRun('2026-12-03')).toBe('/lab/#run-2026-12-03');
    expect(paths.dataFile('lab')).toBe('/data/lab.json');
  });

  test('links claims, sources and FAQ entries to anchors on their index pages', () => {
    expect(paths.claim('python-is-single-threaded')).toBe('/claims/#python-is-single-threaded');
    expect(paths.source('pep-779')).toBe('/sources/#pep-779');
    expect(paths.faqAnchor('is-node-faster')).toBe('/faq/#is-node-faster');
  });

  test('links a fact to its line in its row’s table of facts', () => {
    expect(factPath('cold-starts', 'lambda-init-python-312')).toBe(
      '/compare/cold-starts/#fact-lambda-init-python-312',
    );
    expect(factAnchorId('lambda-init-python-312')).toBe('fact-lambda-init-python-312');
    expect(() => factPath('', 'lambda-init-python-312')).toThrow(/Not a valid slug/);
  });

  test('refuses to build a path from display text', () => {
    expect(() => paths.dimension('Cold Starts')).toThrow(/Not a valid slug/);
    expect(() => paths.guide('../etc')).toThrow(/Not a valid slug/);
    expect(() => anchorId('')).toThrow(/Not a valid slug/);
  });
});

describe('absoluteUrl', () => {
  test('joins a path onto the site origin', () => {
    expect(absoluteUrl('/faq/', 'https://example.org')).toBe('https://example.org/faq/');
  });

  test('rejects relative paths', () => {
    expect(() => absoluteUrl('faq/', 'https://example.org')).toThrow(/site-relative/);
  });
});

describe('siteUrl', () => {
  test('is the configured origin', () => {
    const site = new URL('https://example.org/');
    expect(siteUrl(site)).toBe(site);
  });

  test('stops the build when no origin is configured', () => {
    expect(() => siteUrl(undefined)).toThrow(/astro\.config\.mjs/);
  });
});

describe('breadcrumbTrail', () => {
  const labels = { '/': 'Home', '/compare/': 'Compare', '/compare/memory/': 'Memory' };

  test('has no trail on the home page', () => {
    expect(breadcrumbTrail('/', labels)).toEqual([]);
  });

  test('labels every step from the given labels', () => {
    expect(breadcrumbTrail('/compare/memory/', labels)).toEqual([
      { href: '/', label: 'Home' },
      { href: '/compare/', label: 'Compare' },
      { href: '/compare/memory/', label: 'Memory' },
    ]);
  });
});

describe('ogImagePath', () => {
  test('names the home page image "home"', () => {
    expect(ogImagePath('/')).toBe('/og/home.png');
  });

  test('flattens nested paths into one file name', () => {
    expect(ogImagePath('/compare/serverless-cold-starts/')).toBe(
      '/og/compare-serverless-cold-starts.png',
    );
  });
});

describe('repositoryFileUrl', () => {
  test('points at the file under the default branch, whatever the slashes', () => {
    expect(repositoryFileUrl('https://github.com/o/r/', './content/dimensions/memory.yaml')).toBe(
      'https://github.com/o/r/blob/main/content/dimensions/memory.yaml',
    );
    expect(repositoryFileUrl('https://git.example/o/r', 'content\\faqs\\a b.mdx')).toBe(
      'https://git.example/o/r/blob/main/content/faqs/a%20b.mdx',
    );
  });

  test('rejects paths outside the project', () => {
    expect(() => repositoryFileUrl('https://x.example/r', '/srv/content/a.yaml')).toThrow(
      /inside the project/,
    );
    expect(() => repositoryFileUrl('https://x.example/r', 'content/../../a.yaml')).toThrow(
      /inside the project/,
    );
  });
});
