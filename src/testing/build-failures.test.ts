/**
 * Bad content must fail the build with a message naming the file and the field. Each test
 * breaks one thing in an otherwise valid content folder and builds the real site over it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from './build';
import { FIXTURE_APPS, minimalContent, writeContent } from './fixture';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes the minimal content with `change` applied, builds it, and returns the result. */
function buildWith(change: (files: Record<string, string>) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'pvn-content-'));
  folders.push(dir);
  const files = minimalContent();
  change(files);
  writeContent(dir, files);
  return buildSite(dir, { PVN_LAB_APPS_DIR: join(dir, FIXTURE_APPS) });
}

const edit = (files: Record<string, string>, path: string, from: RegExp | string, to: string) => {
  const before = files[path] ?? '';
  const after = before.replace(from, to);
  if (after === before) throw new Error(`Fixture edit did not apply to ${path}`);
  files[path] = after;
};

describe('the build', { timeout: 120_000 }, () => {
  let valid: ReturnType<typeof buildWith> | undefined;

  test('succeeds on the minimal valid content', () => {
    valid = buildWith(() => {});
    expect(valid.output).toContain('Complete!');
    expect(valid.ok).toBe(true);
  });

  test('fills in a lab fact from its run, as a ratio cited to the run', () => {
    const outDir = valid?.outDir ?? '';
    const row = readFileSync(join(outDir, 'compare/alpha/index.html'), 'utf8');
    expect(row).toContain('2.75×');
    expect(row).toContain('pinned to separate cores');
    const data = JSON.parse(readFileSync(join(outDir, 'data/dimensions.json'), 'utf8')) as {
      items: { facts: { id: string; value: unknown; unit?: string; sources: string[] }[] }[];
    };
    const fact = data.items.flatMap((d) => d.facts).find((f) => f.id === 'alpha-lab');
    expect(fact).toMatchObject({ value: 2.75, unit: '×', sources: ['lab-2026-11-01'] });
    const page = readFileSync(join(outDir, 'lab/json/index.html'), 'utf8');
    expect(page).toContain('role="img"');
    expect(page).toContain('MESSAGE');
  });

  test('draws a chart of facts on the row page that holds them', () => {
    const row = readFileSync(join(valid?.outDir ?? '', 'compare/alpha/index.html'), 'utf8');
    expect(row).toMatch(/<figcaption id="chart-example-caption"[^>]*>Example figures side by side/);
    expect(row).toMatch(/<svg role="img" aria-labelledby="chart-example-title"/);
    expect(row).toContain('Alpha in Node.js, Dec 2025');
  });

  test('fails on a chart that asks for a fact that does not exist, naming the file and field', () => {
    const result = buildWith((f) =>
      edit(f, 'charts/example.yaml', 'fact: alpha-js', 'fact: gamma-js'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('charts/example.yaml → rows[1].fact: names no fact "gamma-js"');
  });

  test('renders Markdown in YAML text fields, fact tags included', () => {
    const outDir = valid?.outDir ?? '';
    const row = readFileSync(join(outDir, 'compare/alpha/index.html'), 'utf8');
    expect(row).toContain('Example caveat about <code>async</code> code.');
    const claims = readFileSync(join(outDir, 'claims/index.html'), 'utf8');
    expect(claims).toMatch(/settles it at <a class="fact" href="\/compare\/alpha\/#fact-alpha-js"/);
  });

  test('gives each row a card and an oEmbed file, kept out of the sitemap', () => {
    const outDir = valid?.outDir ?? '';
    const card = readFileSync(join(outDir, 'embed/compare/alpha/index.html'), 'utf8');
    expect(card).toContain('<meta name="robots" content="noindex">');
    expect(card).not.toContain('<script');
    const oembed = JSON.parse(readFileSync(join(outDir, 'oembed/compare-alpha.json'), 'utf8')) as {
      type: string;
      html: string;
    };
    expect(oembed.type).toBe('rich');
    expect(oembed.html).toContain('/embed/compare/alpha/');
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/embed/');
    const guide = readFileSync(join(outDir, 'guides/example-guide/index.html'), 'utf8');
    expect(guide).toContain('<aside class="embed-card"');
  });

  test('publishes the changelog as an RSS feed, each change linked and dated', () => {
    const xml = readFileSync(join(valid?.outDir ?? '', 'changelog/rss.xml'), 'utf8');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as unknown;
    expect(feed).toMatchObject({
      rss: {
        '@_version': '2.0',
        channel: {
          title: 'Python vs Node.js: Changelog',
          link: 'https://python-vs-node.example/changelog/',
          language: 'en',
          item: {
            title: 'Example change',
            link: 'https://python-vs-node.example/changelog/#2026-11-01-example',
            guid: {
              '#text': 'https://python-vs-node.example/changelog/#2026-11-01-example',
              '@_isPermaLink': 'true',
            },
            pubDate: 'Sun, 01 Nov 2026 00:00:00 GMT',
            description: 'Added the example rows & their "facts".',
          },
        },
      },
    });
  });

  test('fails on a fact tag in a YAML field that names no fact, naming the file and field', () => {
    const result = buildWith((f) =>
      edit(f, 'disputes/example-dispute.yaml', 'id="alpha-js"', 'id="gamma-js"'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'disputes/example-dispute.yaml → resolution: <Fact id="gamma-js" /> names no fact',
    );
  });

  test('fails on a figure typed in prose next to the fact that holds it, naming both', () => {
    const result = buildWith((f) =>
      edit(f, 'use-cases/example-api.yaml', 'Team skill decides', 'It took 42 ms'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'use-cases/example-api.yaml → reasoning: types "42 ms", the value of fact "alpha-py"',
    );
  });

  test('fails on a lab fact naming an app the run does not have, naming the file and field', () => {
    const result = buildWith((f) =>
      edit(f, 'dimensions/alpha.yaml', 'app: js, metric', 'app: nope, metric'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'dimensions/alpha.yaml → facts[2].lab.app: run 2026-11-01 has no app "nope"',
    );
  });

  test('fails on malformed YAML, naming the file', () => {
    const result = buildWith((f) =>
      edit(f, 'sources/bench.yaml', 'title: Example benchmark', 'title: [unclosed'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/sources\/bench\.yaml/);
  });

  test('fails on a value outside a vocabulary, naming the file and field', () => {
    const result = buildWith((f) =>
      edit(f, 'dimensions/alpha.yaml', 'verdict: depends', 'verdict: maybe'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/alpha/);
    expect(result.output).toMatch(/verdict/);
  });

  test('fails on a row without its Python summary, naming the file and field', () => {
    const result = buildWith((f) => edit(f, 'dimensions/alpha.yaml', /\npythonSummary: .*/, ''));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/alpha/);
    expect(result.output).toMatch(/pythonSummary/);
    expect(result.output).toContain('needs a one-line summary of this side');
  });

  test('fails on a dangling reference, naming the file and field', () => {
    const result = buildWith((f) =>
      edit(f, 'faqs/is-alpha-faster.mdx', 'sources: [bench]', 'sources: [nope]'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('faqs/is-alpha-faster.mdx → sources[0]: refers to "nope"');
  });

  test('fails on a fact without an as-of date, naming the file and field', () => {
    const result = buildWith((f) => edit(f, 'dimensions/alpha.yaml', /\n {4}asOf: 2025-12-21/, ''));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/alpha/);
    expect(result.output).toMatch(/facts\.0\.asOf|needs an as-of date/);
  });

  test('fails on a fact without a source, naming the file and field', () => {
    const result = buildWith((f) =>
      edit(f, 'dimensions/beta.yaml', 'sources: [bench]', 'sources: []'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/beta/);
    expect(result.output).toMatch(/needs at least one source/);
  });

  test('fails on a duplicate slug, naming both files', () => {
    const result = buildWith((f) => {
      f['dimensions/alpha-copy.yaml'] = `slug: alpha\n${f['dimensions/alpha.yaml'] ?? ''}`.replace(
        /id: alpha-/g,
        'id: copy-',
      );
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/same slug: `alpha`/);
    expect(result.output).toMatch(/alpha-copy\.yaml/);
  });

  test('fails on a <Fact> that names no fact, naming the file', () => {
    const result = buildWith((f) => edit(f, 'guides/example-guide.mdx', 'beta-js', 'gamma-js'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('guides/example-guide.mdx → body: <Fact id="gamma-js" />');
  });

  test('fails on an <Embed> that asks for a missing entry, naming the file', () => {
    const result = buildWith((f) =>
      edit(f, 'guides/example-guide.mdx', 'compare/alpha', 'compare/gamma'),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'guides/example-guide.mdx → body: <Embed of="compare/gamma" /> names no card',
    );
  });

  test('fails on a guide heading without an explicit anchor, naming the file and heading', () => {
    const result = buildWith((f) => edit(f, 'guides/example-guide.mdx', ' {/* #a-heading */}', ''));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/guides\/example-guide\.mdx: heading "A heading" has no anchor/);
  });
});
