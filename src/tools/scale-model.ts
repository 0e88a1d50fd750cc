/**
 * Synthetic content for the build-scale benchmark: copies of real comparison rows and FAQ
 * entries under new slugs, so that a site 10× or 100× the size builds with realistic pages.
 * Copies are never featured (the home page stays the same size) and give their facts new ids
 * (fact ids are unique site-wide); links and <Fact> tags still point at the real entries.
 */
import { parse, stringify } from 'yaml';

/** File name → text of content files, relative to a collection folder. */
export type ContentFiles = Readonly<Record<string, string>>;

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** `copies` copies of each comparison row (YAML), as new files named `<slug>-s<n>.yaml`. */
export function copyDimensions(files: ContentFiles, copies: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    const slug = name.replace(/\.yaml$/, '');
    const row = parse(text) as Record<string, unknown> & { facts?: { id: string }[] };
    for (let n = 1; n <= copies; n += 1) {
      const copy = {
        ...row,
        title: `${String(row['title'])} (copy ${n})`,
        featured: false,
        order: Number(row['order'] ?? 0) + 1000 * n,
        facts: (row.facts ?? []).map((fact) => ({ ...fact, id: `${fact.id}-s${n}` })),
      };
      out[`${slug}-s${n}.yaml`] = stringify(copy);
    }
  }
  return out;
}

/** `copies` copies of each FAQ entry (MDX with frontmatter), as files named `<slug>-s<n>.mdx`. */
export function copyFaqs(files: ContentFiles, copies: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    const slug = name.replace(/\.mdx?$/, '');
    const match = FRONTMATTER.exec(text);
    if (!match) throw new Error(`${name} has no frontmatter`);
    const data = parse(match[1] ?? '') as Record<string, unknown>;
    const body = text.slice(match[0].length);
    for (let n = 1; n <= copies; n += 1) {
      const front = {
        ...data,
        question: `${String(data['question'])} (copy ${n})`,
        order: Number(data['order'] ?? 0) + 1000 * n,
      };
      out[`${slug}-s${n}.mdx`] = `---\n${stringify(front)}---\n${body}`;
    }
  }
  return out;
}

/** One measured build: how many pages it wrote and how long it took. */
export interface ScaleRun {
  factor: number;
  pages: number;
  seconds: number;
}

/** Build time per page at each size, and each size's per-page cost relative to the first run. */
export function perPageCosts(
  runs: readonly ScaleRun[],
): (ScaleRun & { msPerPage: number; ratio: number })[] {
  const perPage = (r: ScaleRun) => (r.seconds * 1000) / Math.max(r.pages, 1);
  const base = runs[0] ? perPage(runs[0]) : 1;
  return runs.map((r) => ({ ...r, msPerPage: perPage(r), ratio: perPage(r) / base }));
}

/**
 * The marginal build cost of a page between consecutive sizes, in ms: the extra build time
 * divided by the extra pages. Fixed costs (bundling, start-up) cancel out, so a growing figure
 * means each page costs more as the site grows. The first run has none.
 */
export function marginalCosts(runs: readonly ScaleRun[]): (number | undefined)[] {
  return runs.map((r, i) => {
    const before = runs[i - 1];
    if (!before || r.pages === before.pages) return undefined;
    return ((r.seconds - before.seconds) * 1000) / (r.pages - before.pages);
  });
}
