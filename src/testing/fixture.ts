/**
 * A minimal, valid content tree (every collection, every cross-reference) written to a folder,
 * so build tests can break one thing at a time and assert on the error the build prints.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAB_PAGES } from '../lib/lab.ts';
import { sampleLabRun } from './sample-lab-run.ts';

/** Folder, inside the written content, that holds the fixture's lab apps (PVN_LAB_APPS_DIR). */
export const FIXTURE_APPS = 'lab-apps';

/** One full lab run of two apps, measured in the JSON scenario, with start-up and memory. */
function labRun(): string {
  const run = sampleLabRun([
    {
      id: 'py',
      name: 'Example py',
      language: 'python',
      throughput: 8000,
      startupMs: 900,
      memoryMiB: { idle: 60, peak: 70 },
    },
    {
      id: 'js',
      name: 'Example js',
      language: 'node',
      throughput: 22000,
      startupMs: 200,
      memoryMiB: { idle: 50, peak: 65 },
    },
  ]);
  return `${JSON.stringify(run, null, 2)}\n`;
}

/** The lab's content: one page text per scenario, the run, and the two apps' code. */
function labContent(): Record<string, string> {
  const files: Record<string, string> = {
    'lab/runs/2026-11-01.json': labRun(),
    [`${FIXTURE_APPS}/py/app.json`]: JSON.stringify({
      name: 'Example py',
      command: ['{python}', 'app.py'],
      scenarios: ['json'],
      sources: ['app.py'],
      config: [{ setting: '--example', why: 'Shows that configuration lines are printed.' }],
    }),
    [`${FIXTURE_APPS}/py/app.py`]:
      "# lab:begin setup\nMESSAGE = 'Hello, World!'\n# lab:end setup\n\n# lab:begin json\ndef json_handler():\n    return {'message': MESSAGE}\n# lab:end json\n",
    [`${FIXTURE_APPS}/js/app.json`]: JSON.stringify({
      name: 'Example js',
      command: ['{node}', 'server.js'],
      scenarios: ['json'],
      sources: ['server.js'],
    }),
    [`${FIXTURE_APPS}/js/server.js`]:
      "// lab:begin json\nconst json = () => ({ message: 'Hello, World!' });\n// lab:end json\n",
  };
  LAB_PAGES.forEach((page, i) => {
    files[`lab/scenarios/${page}.yaml`] = `title: Scenario ${page}
question: What does the ${page} scenario show?
measures: It measures ${page}.
matters: It matters for the example row.
dimensions: [alpha]
caveats:
  - Example caveat.
order: ${i + 1}
`;
  });
  return files;
}

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
pythonSummary: Python does ${slug} one way.
nodeSummary: Node.js does ${slug} another way.
python: Python does ${slug} this way.
node: Node.js does ${slug} that way.
verdict: depends
scope: For the example workload only.
facts:
${fact(`${slug}-py`, 'python')}
${fact(`${slug}-js`, 'node')}
  - id: ${slug}-lab
    label: Example ratio measured by the lab
    side: both
    lab: { run: 2026-11-01, scenario: json, app: js, metric: throughput, vs: py }
caveats:
  - Example caveat about \`async\` code.
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
    ...labContent(),
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
resolution: The benchmark settles it at <Fact id="alpha-js" />.
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
    'charts/example.yaml': `title: Example figures side by side
kind: bars
rows:
  - { label: Alpha in Python, fact: alpha-py }
  - { label: Alpha in Node.js, fact: alpha-js }
`,
    'changelog/2026-11-01-example.yaml': `date: 2026-11-01
title: Example change
summary: Added the example rows & their "facts".
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

<Embed of="compare/alpha" />
`,
    // One redirect, so fixture builds write a redirect stub as the real site does.
    'redirects.yaml': '/compare/old-name/: /compare/alpha/\n',
    'search/terms.yaml': `stopWords: [is, the]
questionWords: [how, what]
compounds:
  - [node, nodejs, node.js]
synonyms:
  - [memory, ram]
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
