/**
 * A minimal, valid content tree (every collection, every cross-reference) written to a folder,
 * so build tests can break one thing at a time and assert on the error the build prints.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Relative path → file text of the minimal valid content set. */
export function minimalContent(): Record<string, string> {
  const fact = (id: string, side: string) => `  - id: ${id}
    label: Example figure ${id}
    value: 42
    unit: ms
    side: ${side}
    asOf: 2025-12-21
    sources: [bench]`;
  const dimension = (slug: string, related: string, order: number) => `title: Row ${slug}
category: performance
question: Which is faster at ${slug}?
python: Python does ${slug} this way.
node: Node.js does ${slug} that way.
verdict: depends
scope: For the example workload only.
facts:
${fact(`${slug}-py`, 'python')}
${fact(`${slug}-js`, 'node')}
caveats:
  - Example caveat.
grade: moderate
reviewed: 2026-11-01
related: [${related}]
featured: true
order: ${order}
`;
  const claim = (n: number) => `claim: Example claim number ${n}.
appearsIn: [article]
verdict: wrong
why: Because the measured figure disagrees.
sources: [bench]
dimension: alpha
`;
  return {
    'sources/bench.yaml': `title: Example benchmark
publisher: Example Org
url: https://example.org/bench
published: 2025-12-21
accessed: 2026-11-01
kind: benchmark
summary: Measures the example workload.
`,
    'sources/article.yaml': `title: A popular article
publisher: Example Agency
published: 2026-01-01
accessed: 2026-11-01
kind: popular-article
sells: services
summary: Makes the example claims.
`,
    'dimensions/alpha.yaml': dimension('alpha', 'beta', 1),
    'dimensions/beta.yaml': dimension('beta', 'alpha', 2),
    'faqs/is-alpha-faster.mdx': `---
question: Is alpha faster?
dimensions: [alpha]
sources: [bench]
order: 1
---
It measured <Fact id="alpha-py" /> in the example. See [the row](/compare/alpha/).
`,
    'claims/example-one.yaml': claim(1),
    'claims/example-two.yaml': claim(2),
    'disputes/example-dispute.yaml': `title: How fast is alpha?
dimension: alpha
claims: [example-one, example-two]
resolution: The benchmark settles it.
sources: [bench]
order: 1
`,
    'use-cases/example-api.yaml': `kind: scenario
title: Example API
summary: A small JSON API.
best: either
reasoning: Team skill decides; see [the row](/compare/alpha/).
dimensions: [alpha]
order: 1
`,
    'changelog/2026-11-01-example.yaml': `date: 2026-11-01
title: Example change
summary: Added the example rows.
dimensions: [alpha]
`,
    'guides/example-guide.mdx': `---
title: An example guide
description: A guide that exists so that every route of the site renders in tests.
published: 2026-11-01
dimensions: [alpha]
order: 1
---
## A heading {/* #a-heading */}

The figure is <Fact id="beta-js" />.
`,
  };
}

/** Writes `files` (relative path → text) under `dir`. */
export function writeContent(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  }
}
