/**
 * Bad content must fail the build with a message naming the file and the field. Each test
 * breaks one thing in an otherwise valid content folder and builds the real site over it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from './build';
import { minimalContent, writeContent } from './fixture';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes the minimal content with `change` applied, builds it, and returns the result. */
function buildWith(change: (files: Record<string, string>) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'pvn-content-'));
  folders.push(dir);
  const files = minimalContent();
  change(files);
  writeContent(dir, files);
  return buildSite(dir);
}

const edit = (files: Record<string, string>, path: string, from: RegExp | string, to: string) => {
  const before = files[path] ?? '';
  const after = before.replace(from, to);
  if (after === before) throw new Error(`Fixture edit did not apply to ${path}`);
  files[path] = after;
};

describe('the build', { timeout: 120_000 }, () => {
  test('succeeds on the minimal valid content', () => {
    const result = buildWith(() => {});
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
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

  test('fails on a guide heading without an explicit anchor, naming the file and heading', () => {
    const result = buildWith((f) => edit(f, 'guides/example-guide.mdx', ' {/* #a-heading */}', ''));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/guides\/example-guide\.mdx: heading "A heading" has no anchor/);
  });
});
