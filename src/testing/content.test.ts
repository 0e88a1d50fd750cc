/**
 * Rules about the real content that the schema cannot express: the floors the product
 * promises, answer and guide lengths, and that no sentence was copied from the articles the
 * claims check examines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { countWords } from '../lib/text';
import { runs } from './shingles';

const root = new URL('../../content/', import.meta.url).pathname;

function files(folder: string): { name: string; text: string }[] {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|mdx?)$/.test(name))
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

function yamlOf(folder: string): { name: string; data: Record<string, unknown> }[] {
  return files(folder).map((f) => ({
    name: f.name,
    data: parse(f.text) as Record<string, unknown>,
  }));
}

/** Front matter and body of an MDX file. */
function mdxOf(folder: string) {
  return files(folder).map((f) => {
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(f.text) ?? [];
    return { name: f.name, data: parse(front) as Record<string, unknown>, body };
  });
}

describe('content floors', () => {
  test('there are at least 24 comparison rows, each with two or more facts', () => {
    const rows = yamlOf('dimensions');
    expect(rows.length).toBeGreaterThanOrEqual(24);
    for (const row of rows) {
      expect((row.data['facts'] as unknown[]).length, row.name).toBeGreaterThanOrEqual(2);
    }
  });

  test('there are at least 40 sources', () => {
    expect(files('sources').length).toBeGreaterThanOrEqual(40);
  });

  test('there are at least 100 checked claims and several disputes', () => {
    expect(files('claims').length).toBeGreaterThanOrEqual(100);
    expect(files('disputes').length).toBeGreaterThanOrEqual(8);
  });

  test('there are at least 30 questions, each answered in 60 to 200 words', () => {
    const faqs = mdxOf('faqs');
    expect(faqs.length).toBeGreaterThanOrEqual(30);
    for (const faq of faqs) {
      const count = countWords(faq.body);
      expect(count, `${faq.name} has ${count} words`).toBeGreaterThanOrEqual(60);
      expect(count, `${faq.name} has ${count} words`).toBeLessThanOrEqual(200);
    }
  });

  test('there are at least 15 scenarios and 6 industries', () => {
    const kinds = yamlOf('use-cases').map((u) => u.data['kind']);
    expect(kinds.filter((k) => k === 'scenario').length).toBeGreaterThanOrEqual(15);
    expect(kinds.filter((k) => k === 'industry').length).toBeGreaterThanOrEqual(6);
  });

  test('there are at least 10 guides of 800 words or more', () => {
    const guides = mdxOf('guides').filter((g) => g.data['draft'] !== true);
    expect(guides.length).toBeGreaterThanOrEqual(10);
    for (const guide of guides) {
      const count = countWords(guide.body);
      expect(count, `${guide.name} has ${count} words`).toBeGreaterThanOrEqual(800);
    }
  });
});

describe('originality', () => {
  const known = new Set(
    readFileSync(new URL('./fixtures/article-fingerprints.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean),
  );

  test('no run of 12 words from the examined articles appears in content', () => {
    const copied: string[] = [];
    const folders = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory());
    for (const { name: folder } of folders) {
      for (const file of files(folder)) {
        // A source's title is a citation of the article, not a sentence of ours.
        const text = folder === 'sources' ? file.text.replace(/^title:.*$/m, '') : file.text;
        for (const { hash, run } of runs(text)) {
          if (known.has(hash)) copied.push(`${file.name}: "${run}"`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
