import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  CATEGORIES,
  CHOICES,
  CLAIM_VERDICTS,
  GRADES,
  PARTISANSHIP,
  SIDES,
  SOURCE_KINDS,
  SOURCE_STATUS,
  USE_CASE_KINDS,
  VERDICTS,
} from './lib/vocab';
import { CHART_KINDS } from './lib/fact-charts';
import { LAB_METRICS, LAB_PAGES } from './lib/lab';
import { labRunSchema } from './lib/lab-run';
import { isInlineMarkdown } from './lib/markdown-fields';
import { slugSchema } from './lib/slug-schema';
import { contentDir } from './tools/content-dir';
import { sideSummary } from './lib/summaries';

const root = contentDir();
const base = (folder: string) => `${root}/${folder}`;

/** A calendar date written YYYY-MM-DD; YAML and front matter both give a Date. */
const date = (what: string) => z.coerce.date({ error: `needs ${what} (YYYY-MM-DD)` });

/** Non-empty prose; Markdown where the field says so, with facts printed by `<Fact id="…" />`. */
const text = z.string().trim().min(1);

/**
 * One paragraph of Markdown, for fields printed inside a paragraph, a table cell or a list item
 * (notes, caveats, scopes, summaries).
 */
const inlineText = text.refine(isInlineMarkdown, {
  message: 'must be one paragraph of Markdown (no blank lines, lists or headings)',
});

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: base('sources') }),
  schema: z
    .object({
      /** Title of the document as its publisher gives it. */
      title: text,
      /** Organisation or person that published it. */
      publisher: text,
      /** Where to read it; only popular articles known by title alone may omit it. */
      url: z.url().optional(),
      /** Date of publication (or of the version read, for living documents). */
      published: date('a published date'),
      /** Date we last read it. */
      accessed: date('an accessed date'),
      /** What kind of document it is. */
      kind: z.enum(SOURCE_KINDS),
      /** Whether the publisher sells one side (or development services), which readers should weigh. */
      sells: z.enum(PARTISANSHIP).default('none'),
      /** Whether we checked the cited passage ourselves. */
      status: z.enum(SOURCE_STATUS).default('verified'),
      /** One or two sentences on what the source says that we rely on (Markdown, one paragraph). */
      summary: inlineText,
    })
    .refine((s) => s.url !== undefined || s.kind === 'popular-article', {
      path: ['url'],
      message: 'needs a url (only popular articles may omit it)',
    }),
});

/** One measurement of a committed lab run that a fact takes its value from. */
const labMeasure = z.object({
  /** Date of the run (its file name in content/lab/runs/). YAML reads an unquoted date as a Date. */
  run: z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    reference('labRuns'),
  ),
  /** The scenario page the measure belongs to (`json`, `startup`, `memory` …). */
  scenario: z.enum(LAB_PAGES),
  /** App id as the run lists it (`fastapi`, `fastify-node22`). */
  app: slugSchema,
  /** Which measure: throughput, a latency percentile, start-up, memory or a WebSocket figure. */
  metric: z.enum(LAB_METRICS),
  /** Another app of the run: the value becomes the ratio app ÷ vs, in ×. */
  vs: slugSchema.optional(),
});

/**
 * One dated, sourced figure or fact. Figures live here once; guides and answers render them by
 * id. A fact either states its `value` (with `asOf` and `sources`) or names a lab measurement
 * in `lab`, and the build fills in value, unit, as-of date, source and note from the run.
 */
const fact = z
  .object({
    /** Site-wide unique id: MDX and Markdown fields print the fact with <Fact id="…" />. */
    id: slugSchema,
    /** What the figure measures, in words. */
    label: text,
    /** The figure (a number) or the fact (short text); filled in from the run with `lab`. */
    value: z.union([z.number(), text]).optional(),
    /** Upper end of a range; `value` is then the lower end. */
    to: z.number().optional(),
    /** Unit written after the value (ms, MB, %, req/s …); filled in from the run with `lab`. */
    unit: z.string().optional(),
    /** Which runtime the figure describes. */
    side: z.enum(SIDES),
    /** The date the figure was true or measured; the run's date with `lab`. */
    asOf: date('an as-of date').optional(),
    /** Where the figure comes from; at least one (the run itself with `lab`). */
    sources: z.array(reference('sources')).default([]),
    /** Conditions that travel with the figure (Markdown, one paragraph); with `lab`, added after the run's own note. */
    note: inlineText.optional(),
    /** The lab measurement this figure is, instead of a typed value. */
    lab: labMeasure.optional(),
    /**
     * Whether the figure goes stale (a version status, count, survey, benchmark round); unset,
     * its label decides (see src/lib/freshness.ts). Set false on a historical figure.
     */
    changes: z.boolean().optional(),
  })
  .superRefine((f, ctx) => {
    const issue = (field: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [field], message });
    if (f.lab) {
      for (const field of ['value', 'to', 'unit', 'asOf'] as const) {
        if (f[field] !== undefined) issue(field, `is filled in from the lab run; remove it`);
      }
      return;
    }
    if (f.value === undefined) issue('value', 'needs a value, or a lab measurement in `lab`');
    if (f.asOf === undefined) issue('asOf', 'needs an as-of date (YYYY-MM-DD)');
    if (f.sources.length === 0) issue('sources', 'needs at least one source');
  });

const dimensions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: base('dimensions') }),
  schema: z.object({
    /** Short row title ("Cold starts"). */
    title: text,
    /** Group used by the table filter. */
    category: z.enum(CATEGORIES),
    /** The question this row answers, as a reader would ask it. */
    question: text,
    /** Python's position in one line for the side-by-side tables (Markdown, ≤ 140 characters). */
    pythonSummary: sideSummary,
    /** Node.js's position in one line for the side-by-side tables (Markdown, ≤ 140 characters). */
    nodeSummary: sideSummary,
    /** Python's position, in a few sentences (Markdown). */
    python: text,
    /** Node.js's position, in a few sentences (Markdown). */
    node: text,
    /** Which side wins, within `scope`. */
    verdict: z.enum(VERDICTS),
    /** The scope the verdict holds for ("for I/O-bound JSON APIs on one core…"; Markdown, one paragraph). */
    scope: inlineText,
    /** Dated, sourced facts; at least two. */
    facts: z.array(fact).min(2, 'needs at least two facts'),
    /** What can overturn the verdict or mislead a reader (Markdown, one paragraph each). */
    caveats: z.array(inlineText).min(1, 'needs at least one caveat'),
    /** Strength of the evidence behind the verdict. */
    grade: z.enum(GRADES),
    /** When a person last checked this row against its sources. */
    reviewed: date('a reviewed date'),
    /** Rows a reader should look at next. */
    related: z.array(reference('dimensions')).default([]),
    /** Shown in the at-a-glance table on the home page. */
    featured: z.boolean().default(false),
    /** Position in the default table order (smaller first). */
    order: z.number().int(),
  }),
});

const faqs = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: base('faqs') }),
  schema: z.object({
    /** The question, as readers type it. */
    question: text,
    /** Rows the answer draws on; the first is the main one. */
    dimensions: z.array(reference('dimensions')).min(1, 'needs at least one dimension'),
    /** Sources the answer cites. */
    sources: z.array(reference('sources')).min(1, 'needs at least one source'),
    /** Position on the FAQ page (smaller first). */
    order: z.number().int(),
  }),
});

const claims = defineCollection({
  loader: glob({ pattern: '*.yaml', base: base('claims') }),
  schema: z.object({
    /** The claim, paraphrased (never quoted at length; Markdown, one paragraph). */
    claim: inlineText,
    /** Popular articles that make it. */
    appearsIn: z.array(reference('sources')).min(1, 'needs the article it appears in'),
    /** The figure the articles give, if any, exactly as they state it. */
    figure: z.string().optional(),
    /** Our verdict. */
    verdict: z.enum(CLAIM_VERDICTS),
    /** Why, with the evidence (Markdown). */
    why: text,
    /** Evidence for the verdict. */
    sources: z.array(reference('sources')).min(1, 'needs at least one source'),
    /** The comparison row it belongs to, for grouping. */
    dimension: reference('dimensions'),
  }),
});

const disputes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: base('disputes') }),
  schema: z.object({
    /** What the articles disagree about ("How much faster is Node.js?"). */
    title: text,
    /** The row it belongs to. */
    dimension: reference('dimensions'),
    /** The conflicting claims, shown side by side. */
    claims: z.array(reference('claims')).min(2, 'needs at least two conflicting claims'),
    /** How the evidence settles it (Markdown). */
    resolution: text,
    /** Evidence for the resolution. */
    sources: z.array(reference('sources')).min(1, 'needs at least one source'),
    /** Position on the claims page. */
    order: z.number().int(),
  }),
});

const useCases = defineCollection({
  loader: glob({ pattern: '*.yaml', base: base('use-cases') }),
  schema: z.object({
    /** A concrete scenario or a whole industry. */
    kind: z.enum(USE_CASE_KINDS),
    /** Short name ("Chat and presence service"). */
    title: text,
    /** The situation in a sentence or two (Markdown, one paragraph). */
    summary: inlineText,
    /** The choice a fair expert would make here. */
    best: z.enum(CHOICES),
    /** Why, with its scope (Markdown). */
    reasoning: text,
    /** Rows that drive the choice. */
    dimensions: z.array(reference('dimensions')).min(1, 'needs at least one dimension'),
    /** Sources for any facts in the reasoning. */
    sources: z.array(reference('sources')).default([]),
    /** Position in its list. */
    order: z.number().int(),
    /**
     * The recommender's answers that describe this case (question id → option id); the unit
     * tests check that the recommender then gives `best`.
     */
    recommender: z.record(z.string(), z.string()).optional(),
  }),
});

const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: base('guides') }),
  schema: z.object({
    /** Headline. */
    title: text,
    /** One-sentence summary used for the meta description and cards (50–160 characters). */
    description: z.string().min(50).max(160),
    /** First publication. */
    published: date('a published date'),
    /** Last substantive revision. */
    updated: date('an updated date').optional(),
    /** Rows the guide discusses. */
    dimensions: z.array(reference('dimensions')).min(1, 'needs at least one dimension'),
    /** Position in the guide list. */
    order: z.number().int(),
    /** Drafts are built nowhere. */
    draft: z.boolean().default(false),
  }),
});

const changes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: base('changelog') }),
  schema: z.object({
    /** Day the change was published. */
    date: date('a date'),
    /** One-line summary ("Cold-start figures updated to the December 2025 run"). */
    title: text,
    /** What changed and why, in a sentence or two (Markdown, one paragraph). */
    summary: inlineText,
    /** Rows the change touched, if any. */
    dimensions: z.array(reference('dimensions')).default([]),
  }),
});

// Recommender: questions, combination rules and tuning knobs, one file each in content/recommender/.
/** Points an answer or rule adds, with its reason and the rows it rests on. */
const recommenderWeight = {
  /** Points towards Python. */
  python: z.number().int().default(0),
  /** Points towards Node.js. */
  node: z.number().int().default(0),
  /** Points towards running both side by side (a hybrid). */
  both: z.number().int().default(0),
  /** Why, in one sentence; shown as a reason when it helps decide. */
  reason: text,
  /** Comparison rows the weight is drawn from; the first is the main one. */
  dimensions: z.array(reference('dimensions')).min(1, 'needs at least one dimension'),
  /** What to build when this is the strongest reason, as a phrase ("a Django service with its admin"). */
  build: text.optional(),
  /** Advice the worded result always carries when this applies, in one or two sentences. */
  advice: text.optional(),
};
const recommender = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: base('recommender') }),
  schema: z.discriminatedUnion('kind', [
    z.object({
      /** A question the reader answers; the file name is its URL parameter. */
      kind: z.literal('question'),
      /** Short name used in "what would change" sentences ("Team language"). */
      label: text,
      /** The question as the form asks it. */
      legend: text,
      /** Position in the form (smaller first). */
      order: z.number().int(),
      /** The answers offered; each id is the URL value. */
      options: z
        .array(
          z.object({
            /** URL value of this answer. */
            id: slugSchema,
            /** Radio button label. */
            label: text,
            ...recommenderWeight,
          }),
        )
        .min(2, 'needs at least two options'),
    }),
    z.object({
      /** A combination of answers that adds points of its own. */
      kind: z.literal('rule'),
      /** Question id → option ids; applies when every listed question has one of them. */
      when: z.record(slugSchema, z.array(slugSchema).min(1)),
      /** Question id → option ids; the rule does not apply when any of them is chosen. */
      unless: z.record(slugSchema, z.array(slugSchema).min(1)).optional(),
      /** Order among rules, for stable reasons (smaller first). */
      order: z.number().int(),
      ...recommenderWeight,
    }),
    z.object({
      /** The tuning knobs; exactly one such file. */
      kind: z.literal('settings'),
      /** A Python/Node.js lead smaller than this is "either". */
      eitherBelow: z.number().int().positive(),
      /** This many "both" points make a hybrid the answer. */
      hybridAt: z.number().int().positive(),
      /** More questions than this, each able to flip the result alone, make the confidence "low". */
      fragileAbove: z.number().int().nonnegative(),
      /** Fewer answered questions keep the confidence "low". */
      minAnswers: z.number().int().nonnegative(),
      /** What to build for each result when no answer names something more specific. */
      build: z.object({ python: text, node: text, either: text, both: text }),
    }),
    z.object({
      /** An expert scenario: a situation, the answers that describe it and the expert's pick. */
      kind: z.literal('scenario'),
      /** Short name ("Numerical service for a bilingual team"). */
      title: text,
      /** The situation and why an expert picks `best`, in one paragraph. */
      summary: inlineText,
      /** The choice an expert makes here, argued from the guides and rows. */
      best: z.enum(CHOICES),
      /** Question id → option id, as a reader would answer the recommender. */
      answers: z.record(z.string(), z.string()),
      /** Rows the expert's reasoning rests on. */
      dimensions: z.array(reference('dimensions')).min(1, 'needs at least one dimension'),
      /** Position in the decision guide, after the use cases (smaller first). */
      order: z.number().int(),
    }),
  ]),
});

// The benchmark lab: one JSON file per run, written by the harness (`npm run lab`), validated
// with the schema the harness itself uses; and one YAML file per scenario page.
const labRuns = defineCollection({
  loader: glob({ pattern: '*.json', base: base('lab/runs') }),
  schema: labRunSchema,
});

const labScenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: base('lab/scenarios') }),
  schema: z.object({
    /** Short page title ("JSON serialisation"). */
    title: text,
    /** The question the scenario answers, as a reader would ask it. */
    question: text,
    /** What is measured and how: the request, the load, what counts (Markdown). */
    measures: text,
    /** Why a reader choosing a runtime should care (Markdown). */
    matters: text,
    /** Comparison rows the scenario informs; the first is the main one. */
    dimensions: z.array(reference('dimensions')).min(1, 'needs at least one dimension'),
    /** How the scenario relates to TechEmpower's test of the same name, where one exists. */
    techempower: z
      .object({
        /** TechEmpower's name for the test ("JSON serialization"). */
        test: text,
        /** What is the same and what differs, in a sentence or two (Markdown). */
        relation: text,
        /** Where TechEmpower describes or publishes the test. */
        sources: z.array(reference('sources')).min(1, 'needs at least one source'),
      })
      .optional(),
    /** What can mislead a reader of these figures (Markdown, one paragraph each). */
    caveats: z.array(inlineText).min(1, 'needs at least one caveat'),
    /** Position in the lab's overview (smaller first). */
    order: z.number().int(),
  }),
});

const charts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: base('charts') }),
  schema: z.object({
    /** What the chart shows; its accessible name and caption. */
    title: text,
    /** ranges: a low–high track per fact; bars: one figure per fact; timeline: date to date. */
    kind: z.enum(CHART_KINDS),
    /** Header of the table column naming the rows. */
    rowsLabel: text.default('Runtime'),
    /** Rows from top to bottom (ranges and bars sort themselves by value). */
    rows: z
      .array(
        z.object({
          /** Short name of the row ("Python 3.12"). */
          label: text,
          /** The fact drawn (ranges, bars). */
          fact: slugSchema.optional(),
          /** Timeline: the fact holding the start date, and the one holding the end date. */
          from: slugSchema.optional(),
          to: slugSchema.optional(),
        }),
      )
      .min(1),
    /** Position among the charts of a row page. */
    order: z.number().int().default(0),
  }),
});

export const collections = {
  sources,
  dimensions,
  faqs,
  claims,
  disputes,
  useCases,
  guides,
  changes,
  recommender,
  labRuns,
  labScenarios,
  charts,
};
