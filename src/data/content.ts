/**
 * The one query layer over the content collections. Pages never call getCollection directly:
 * this module loads everything once, fails the build on any cross-collection problem (Astro
 * only logs a dangling reference), drops drafts, and sorts every list explicitly.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { getCollection, type CollectionEntry } from 'astro:content';
import { t } from '../i18n/en';
import { chartProblems, factChart } from '../lib/fact-charts';
import { factHtml, formatFact } from '../lib/facts';
import { formatFinding, freshnessInput, freshnessReport } from '../lib/freshness';
import { findProblems, formatProblems, type Problem } from '../lib/integrity';
import { LAB_PAGES, labSourceId, publishedRun, resolveMeasure, runSourceData } from '../lib/lab';
import { mdxToPlainText, truncate } from '../lib/text';
import { proseToCheck, typedDuplicates } from '../lib/typed-figures';
import { factPath, paths } from '../lib/urls';
import { rehypeInline, remarkFactTags } from '../markdown/fields';

export type Source = CollectionEntry<'sources'>;
type RawDimension = CollectionEntry<'dimensions'>;
type RawFact = RawDimension['data']['facts'][number];
/** A fact as pages see it: a lab measurement already resolved to its value, date and source. */
export type Fact = Omit<RawFact, 'value' | 'asOf'> & { value: number | string; asOf: Date };
/** A comparison row whose facts are all resolved. */
export type Dimension = Omit<RawDimension, 'data'> & {
  data: Omit<RawDimension['data'], 'facts'> & { facts: Fact[] };
};
export type LabRunEntry = CollectionEntry<'labRuns'>;
export type LabScenarioEntry = CollectionEntry<'labScenarios'>;
export type Faq = CollectionEntry<'faqs'>;
export type Claim = CollectionEntry<'claims'>;
export type Dispute = CollectionEntry<'disputes'>;
export type UseCase = CollectionEntry<'useCases'>;
export type Guide = CollectionEntry<'guides'>;
export type Change = CollectionEntry<'changes'>;

/** A page or anchor that cites a source, for the bibliography's "cited by" lists. */
export interface Citation {
  href: string;
  label: string;
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) =>
  a.data.order - b.data.order;
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** Every committed lab run as a bibliography entry (`lab-<date>`), so nobody types it twice. */
function runSources(runs: readonly LabRunEntry[]): Source[] {
  return runs.map((run) => ({
    id: labSourceId(run.data.date),
    collection: 'sources',
    data: runSourceData(run.data, t('site.name'), paths.labRun(run.data.date)),
  }));
}

/** Lab rules that span files: run dates match file names, one scenario file per lab page. */
function labProblems(
  runs: readonly LabRunEntry[],
  scenarios: readonly LabScenarioEntry[],
  typedSources: readonly Source[],
): Problem[] {
  const problems: Problem[] = [];
  const file = (entry: { id: string; filePath?: string | undefined }, folder: string) =>
    entry.filePath ?? `${folder}/${entry.id}`;
  for (const run of runs) {
    if (run.data.date !== run.id) {
      problems.push({
        file: file(run, 'lab/runs'),
        field: 'date',
        message: `is ${run.data.date}, but the file is named ${run.id}; they must agree`,
      });
    }
    const clash = typedSources.find((s) => s.id === labSourceId(run.data.date));
    if (clash) {
      problems.push({
        file: file(clash, 'sources'),
        field: 'id',
        message: `"${clash.id}" is the id the lab run of ${run.data.date} is cited by; rename it`,
      });
    }
  }
  const pages: readonly string[] = LAB_PAGES;
  for (const scenario of scenarios) {
    if (!pages.includes(scenario.id)) {
      problems.push({
        file: file(scenario, 'lab/scenarios'),
        field: 'file name',
        message: `"${scenario.id}" is not a lab scenario (expected one of ${pages.join(', ')})`,
      });
    }
  }
  for (const page of pages.filter((p) => !scenarios.some((s) => s.id === p))) {
    problems.push({
      file: `lab/scenarios/${page}.yaml`,
      field: 'file',
      message: `is missing; every lab scenario needs its page text`,
    });
  }
  return problems;
}

/**
 * Fills in every fact that names a lab measurement: value, unit and as-of date from the run,
 * the run's source first among the sources, and a note with the spread and CPU placement.
 */
function resolveFacts(
  dimensions: readonly RawDimension[],
  runs: ReadonlyMap<string, LabRunEntry>,
  titles: Readonly<Record<string, string>>,
  problems: Problem[],
): Dimension[] {
  return dimensions.map((dimension) => {
    const facts = dimension.data.facts.map((fact, i): Fact => {
      const lab = fact.lab;
      const run = lab ? runs.get(lab.run.id) : undefined;
      if (!lab || !run) {
        // A dangling run is already reported by the reference check; placeholders keep types whole.
        return { ...fact, value: fact.value ?? '', asOf: fact.asOf ?? new Date(0) };
      }
      const resolved = resolveMeasure(run.data, { ...lab, run: lab.run.id }, titles);
      if ('field' in resolved) {
        problems.push({
          file: dimension.filePath ?? `dimensions/${dimension.id}`,
          field: `facts[${i}].lab.${resolved.field}`,
          message: resolved.message,
        });
        return { ...fact, value: '', asOf: new Date(0) };
      }
      const source = { collection: 'sources' as const, id: labSourceId(run.data.date) };
      return {
        ...fact,
        value: resolved.value,
        unit: resolved.unit,
        asOf: new Date(`${resolved.asOf}T00:00:00Z`),
        sources: [source, ...fact.sources.filter((s) => s.id !== source.id)],
        note: fact.note ? `${resolved.note} ${fact.note}` : resolved.note,
      };
    });
    return { ...dimension, data: { ...dimension.data, facts } };
  });
}

async function load() {
  const [
    typedSources,
    rawDimensions,
    faqs,
    claims,
    disputes,
    useCases,
    allGuides,
    changes,
    labRuns,
    labScenarios,
    chartSpecs,
  ] = await Promise.all([
    getCollection('sources'),
    getCollection('dimensions'),
    getCollection('faqs'),
    getCollection('claims'),
    getCollection('disputes'),
    getCollection('useCases'),
    getCollection('guides'),
    getCollection('changes'),
    getCollection('labRuns'),
    getCollection('labScenarios'),
    getCollection('charts'),
  ]);
  const sources = [...typedSources, ...runSources(labRuns)];

  const problems = [
    ...findProblems({
      sources,
      dimensions: rawDimensions,
      faqs,
      claims,
      disputes,
      useCases,
      guides: allGuides,
      changes,
      labRuns,
      labScenarios,
    }),
    ...labProblems(labRuns, labScenarios, typedSources),
  ];
  const runById = new Map(labRuns.map((r) => [r.id, r]));
  const titles = Object.fromEntries(labScenarios.map((s) => [s.id, s.data.title]));
  const dimensions = resolveFacts(rawDimensions, runById, titles, problems);
  const factById = new Map(dimensions.flatMap((d) => d.data.facts.map((f) => [f.id, f] as const)));
  const factsOfRow = new Map(dimensions.map((d) => [d.id, d.data.facts.map((f) => f.id)]));
  for (const spec of chartSpecs)
    problems.push(...chartProblems(spec.filePath ?? `charts/${spec.id}`, spec.data, factById));
  problems.push(
    ...typedDuplicates(
      proseToCheck(
        {
          dimensions: rawDimensions,
          claims,
          disputes,
          useCases,
          faqs,
          guides: allGuides,
          labScenarios,
        },
        (row) => factsOfRow.get(row) ?? [],
      ),
      factById,
    ),
  );
  if (problems.length) throw new Error(formatProblems(problems));

  const guides = allGuides.filter((g) => !g.data.draft).sort(byOrder);
  dimensions.sort(byOrder);
  faqs.sort(byOrder);
  disputes.sort(byOrder);
  useCases.sort(byOrder);
  sources.sort(byId);
  changes.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || byId(a, b));

  const dimensionById = new Map(dimensions.map((d) => [d.id, d]));
  const dimensionRank = new Map(dimensions.map((d, i) => [d.id, i]));
  claims.sort(
    (a, b) =>
      (dimensionRank.get(a.data.dimension.id) ?? 0) -
        (dimensionRank.get(b.data.dimension.id) ?? 0) || byId(a, b),
  );

  const facts = new Map<string, { fact: Fact; dimension: Dimension }>();
  for (const dimension of dimensions) {
    for (const fact of dimension.data.facts) facts.set(fact.id, { fact, dimension });
  }

  const citations = new Map<string, Citation[]>();
  const cite = (ids: readonly { id: string }[], citation: Citation) => {
    for (const { id } of ids) {
      const list = citations.get(id) ?? [];
      if (!list.some((c) => c.href === citation.href)) list.push(citation);
      citations.set(id, list);
    }
  };
  for (const d of dimensions) {
    cite(
      d.data.facts.flatMap((f) => f.sources),
      { href: paths.dimension(d.id), label: d.data.title },
    );
  }
  for (const f of faqs) cite(f.data.sources, { href: paths.faq(f.id), label: f.data.question });
  const factText = (id: string) => formatFact(must(facts, id, 'fact').fact);
  for (const c of claims) {
    const label = mdxToPlainText(c.data.claim, factText);
    cite(c.data.sources, { href: paths.claim(c.id), label });
  }
  for (const u of useCases)
    cite(u.data.sources, { href: paths.useCase(u.id), label: u.data.title });
  for (const d of disputes) cite(d.data.sources, { href: paths.claim(d.id), label: d.data.title });
  labScenarios.sort(byOrder);
  for (const s of labScenarios) {
    cite(s.data.techempower?.sources ?? [], {
      href: paths.labScenario(s.id),
      label: `${t('lab.kicker')}: ${s.data.title}`,
    });
  }
  labRuns.sort((a, b) => b.data.date.localeCompare(a.data.date));
  const shown = publishedRun(labRuns.map((r) => r.data));
  for (const run of labRuns) {
    cite([{ id: labSourceId(run.data.date) }], {
      href: paths.labRun(run.data.date),
      label: `${t('lab.title')}: ${t('lab.runOf')} ${run.data.date}`,
    });
  }

  // The build's own date is "now": a build reports what is stale on the day it runs, and
  // timelines mark it as today.
  const today = new Date();
  const freshness = freshnessReport(freshnessInput(dimensions, typedSources), today);
  for (const finding of freshness) console.warn(`[freshness] ${formatFinding(finding)}`);

  return {
    sources,
    dimensions,
    faqs,
    claims,
    disputes,
    useCases,
    guides,
    changes,
    /** Charts drawn from facts, in order, each with the rows whose facts it draws. */
    charts: chartSpecs
      .sort((a, b) => a.data.order - b.data.order || byId(a, b))
      .map((spec) => {
        const chart = factChart(spec.data, factById, today);
        const rows = new Set(chart.facts.map((id) => must(facts, id, 'fact').dimension.id));
        return { id: spec.id, title: spec.data.title, rows, ...chart };
      }),
    /** What is going stale (old changing facts, passed schedules, unread sources, unreviewed rows). */
    freshness,
    facts,
    citations,
    dimensionById,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    claimById: new Map(claims.map((c) => [c.id, c])),
    lab: {
      /** Every committed run, newest first. */
      runs: labRuns,
      /** The run the lab pages show, and whether it is only a quick run. */
      shown,
      /** Scenario pages in overview order. */
      scenarios: labScenarios,
      scenarioById: new Map(labScenarios.map((s) => [s.id, s])),
    },
  };
}

let cached: ReturnType<typeof load> | undefined;

/** Everything on the site, validated and sorted. Loaded once per build. */
export function site() {
  cached ??= load();
  return cached;
}

export type Site = Awaited<ReturnType<typeof site>>;

/** Looks up an entry that integrity checks guarantee exists; throws with a clear message otherwise. */
export function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unknown ${what} "${id}"`);
  return value;
}

/** The markup of one fact printed in prose, the same for `<Fact>` in MDX and in YAML fields. */
export async function factMarkup(id: string): Promise<string> {
  return markupOf((await site()).facts, id);
}

function markupOf(facts: Site['facts'], id: string): string {
  const { fact, dimension } = must(facts, id, 'fact');
  return factHtml(fact, factPath(dimension.id, fact.id));
}

type Renderer = Awaited<ReturnType<typeof createMarkdownProcessor>>;
const renderers = new Map<boolean, Promise<Renderer>>();
const rendered = new Map<string, Promise<string>>();

/** The Markdown renderer for YAML fields, block or inline, with fact tags resolved. */
async function renderer(inline: boolean): Promise<Renderer> {
  const { facts } = await site();
  const made =
    renderers.get(inline) ??
    createMarkdownProcessor({
      syntaxHighlight: false,
      remarkPlugins: [
        // Unknown ids were already reported, with file and field, by the integrity checks.
        [remarkFactTags, { render: (id: string) => markupOf(facts, id) }],
      ],
      rehypePlugins: inline ? [rehypeInline] : [],
    });
  renderers.set(inline, made);
  return made;
}

/**
 * Renders a Markdown field from a YAML entry (answers, reasoning, notes, caveats, summaries) to
 * HTML, printing `<Fact id="…" />` tags as `<Fact>` does in MDX. `inline` leaves out the `<p>` of
 * a one-paragraph field, for fields inside a paragraph, a table cell or a list item.
 */
export function renderMarkdown(source: string, { inline = false } = {}): Promise<string> {
  // Scopes and notes appear on several pages (tables, rows); each text is rendered once.
  const key = `${inline ? 'inline' : 'block'}:${source}`;
  const known = rendered.get(key);
  if (known) return known;
  const html = renderer(inline)
    .then((r) => r.render(source))
    .then(({ code }) => code)
    .catch((error: unknown) => {
      throw new Error(`${String(error)}, rendering "${truncate(source, 80)}"`, { cause: error });
    });
  rendered.set(key, html);
  return html;
}

/** Plain text of an MDX body or a Markdown field with its facts printed, for descriptions and JSON-LD. */
export async function plainText(body: string | undefined): Promise<string> {
  const { facts } = await site();
  return mdxToPlainText(body ?? '', (id) => formatFact(must(facts, id, 'fact').fact));
}
