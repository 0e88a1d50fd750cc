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

// The content folder can be swapped (bad-fixture tests, the scale benchmark); editors never set this.
const root = process.env['PVN_CONTENT_DIR'] ?? './content';
const base = (folder: string) => `${root}/${folder}`;

/** A calendar date written YYYY-MM-DD; YAML and front matter both give a Date. */
const date = (what: string) => z.coerce.date({ error: `needs ${what} (YYYY-MM-DD)` });

/** Non-empty prose; Markdown where the field says so. */
const text = z.string().trim().min(1);

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
      /** One or two sentences on what the source says that we rely on. */
      summary: text,
    })
    .refine((s) => s.url !== undefined || s.kind === 'popular-article', {
      path: ['url'],
      message: 'needs a url (only popular articles may omit it)',
    }),
});

/** One dated, sourced figure or fact. Figures live here once; guides and answers render them by id. */
const fact = z.object({
  /** Site-wide unique id: guides use <Fact id="…" />, FAQ answers {{fact:…}}. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated id'),
  /** What the figure measures, in words. */
  label: text,
  /** The figure (a number) or the fact (short text). */
  value: z.union([z.number(), text]),
  /** Upper end of a range; `value` is then the lower end. */
  to: z.number().optional(),
  /** Unit written after the value (ms, MB, %, req/s …). */
  unit: z.string().optional(),
  /** Which runtime the figure describes. */
  side: z.enum(SIDES),
  /** The date the figure was true or measured. */
  asOf: date('an as-of date'),
  /** Where the figure comes from; at least one. */
  sources: z.array(reference('sources')).min(1, 'needs at least one source'),
  /** Conditions that travel with the figure (hardware, version, sample). */
  note: z.string().optional(),
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
    /** Python's position, in a few sentences (Markdown). */
    python: text,
    /** Node.js's position, in a few sentences (Markdown). */
    node: text,
    /** Which side wins, within `scope`. */
    verdict: z.enum(VERDICTS),
    /** The scope the verdict holds for ("for I/O-bound JSON APIs on one core…"). */
    scope: text,
    /** Dated, sourced facts; at least two. */
    facts: z.array(fact).min(2, 'needs at least two facts'),
    /** What can overturn the verdict or mislead a reader. */
    caveats: z.array(text).min(1, 'needs at least one caveat'),
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
    /** The claim, paraphrased (never quoted at length). */
    claim: text,
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
    /** The situation in a sentence or two. */
    summary: text,
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
    /** What changed and why, in a sentence or two. */
    summary: text,
    /** Rows the change touched, if any. */
    dimensions: z.array(reference('dimensions')).default([]),
  }),
});

// Recommender: questions, combination rules and tuning knobs, one file each in content/recommender/.
/** Lowercase-hyphenated id; question and option ids are written into shareable URLs. */
const recommenderId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated id');
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
};
const recommender = defineCollection({
  loader: glob({ pattern: '*.yaml', base: base('recommender') }),
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
            id: recommenderId,
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
      when: z.record(recommenderId, z.array(recommenderId).min(1)),
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
      /** Headroom (points before the answer flips) needed for each confidence level. */
      confidence: z.object({
        /** Headroom for "medium". */
        medium: z.number().int().positive(),
        /** Headroom for "high". */
        high: z.number().int().positive(),
      }),
      /** Fewer answered questions keep the confidence "low". */
      minAnswers: z.number().int().nonnegative(),
    }),
  ]),
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
};
