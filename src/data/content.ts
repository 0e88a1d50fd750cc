/**
 * The one query layer over the content collections. Pages never call getCollection directly:
 * this module loads everything once, in steps driven by one list of collections (COLLECTIONS):
 * load every collection, check everything that spans files and fail the build on any problem
 * (Astro only logs a dangling reference), list each collection (drafts dropped, sorted
 * explicitly), and index: the lookups by id, the citation graph and the reverse indexes
 * (src/data/relations.ts) that pages read instead of rescanning lists.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { t } from '../i18n/en';
import { chartProblems, factChart } from '../lib/fact-charts';
import { factHtml, formatFact } from '../lib/facts';
import { formatFinding, freshnessInput, freshnessReport } from '../lib/freshness';
import { findProblems, formatProblems, type Problem } from '../lib/integrity';
import { LAB_PAGES, labSourceId, publishedRun, resolveMeasure, runSourceData } from '../lib/lab';
import { mdxToPlainText, truncate } from '../lib/text';
import { byId, byOrder, byOrderThenId } from '../lib/order';
import { proseToCheck, typedDuplicates } from '../lib/typed-figures';
import { factPath, paths } from '../lib/urls';
import { rehypeInline, remarkFactTags } from '../markdown/fields';
import { entryPaths } from '../lib/static-paths';
import { must, reverseIndexes } from './relations';

export { mainRow, must, rowTitle } from './relations';

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

/** Every collection but the recommender's, which src/data/recommender.ts loads on its own. */
type Name = Exclude<CollectionKey, 'recommender'>;

/** Every collection the site is built from, each entry as the content layer gives it. */
type Loaded = { [K in Name]: CollectionEntry<K>[] };

/**
 * The collections after their checks: lab runs added to the sources as citable entries, and
 * every lab fact resolved to its measurement.
 */
type Lists = Omit<Loaded, 'sources' | 'dimensions'> & {
  sources: Source[];
  dimensions: Dimension[];
};

/** How the site lists a collection: whether drafts are left out, and in what order. */
interface Listing<T> {
  /** Leaves out entries marked `draft: true`. */
  dropDrafts?: true;
  /** The order every page lists the entries in; `rowRank` is a row's place among the rows. */
  order: (a: T, b: T, rowRank: (row: string) => number) => number;
}

/**
 * The one list of collections: `load` reads each of them, `check` validates them together,
 * `list` drops drafts and sorts each as given here, and `index` builds the lookups pages read.
 */
const COLLECTIONS: { [K in Name]: Listing<Lists[K][number]> } = {
  sources: { order: byId },
  dimensions: { order: byOrder },
  faqs: { order: byOrder },
  // Claims follow their rows, as the claims index groups them.
  claims: {
    order: (a, b, rank) => rank(a.data.dimension.id) - rank(b.data.dimension.id) || byId(a, b),
  },
  disputes: { order: byOrder },
  useCases: { order: byOrder },
  guides: { order: byOrder, dropDrafts: true },
  // Newest first.
  changes: { order: (a, b) => b.data.date.getTime() - a.data.date.getTime() || byId(a, b) },
  labRuns: { order: (a, b) => b.data.date.localeCompare(a.data.date) },
  labScenarios: { order: byOrder },
  charts: { order: byOrderThenId },
};

const NAMES = Object.keys(COLLECTIONS) as Name[];

/** Reads every collection at once. */
async function load(): Promise<Loaded> {
  const lists = await Promise.all(NAMES.map((name) => getCollection(name)));
  return Object.fromEntries(NAMES.map((name, i) => [name, lists[i]])) as Loaded;
}

/**
 * Checks everything that spans files (references, lab runs, charts, figures typed in prose
 * instead of cited) and throws one message naming every problem; otherwise gives the lists with
 * lab runs added to the sources and lab facts resolved.
 */
function check(loaded: Loaded): Lists {
  const { sources: typedSources, labRuns, labScenarios, charts, ...others } = loaded;
  const sources = [...typedSources, ...runSources(labRuns)];
  const problems = [
    ...findProblems({ sources, ...others, labRuns, labScenarios }),
    ...labProblems(labRuns, labScenarios, typedSources),
  ];
  const runById = new Map(labRuns.map((r) => [r.id, r]));
  const titles = Object.fromEntries(labScenarios.map((s) => [s.id, s.data.title]));
  const dimensions = resolveFacts(loaded.dimensions, runById, titles, problems);
  const factById = factsById(dimensions);
  const factsOfRow = new Map(dimensions.map((d) => [d.id, d.data.facts.map((f) => f.id)]));
  for (const spec of charts)
    problems.push(...chartProblems(spec.filePath ?? `charts/${spec.id}`, spec.data, factById));
  problems.push(
    ...typedDuplicates(
      proseToCheck(loaded, (row) => factsOfRow.get(row) ?? []),
      factById,
    ),
  );
  if (problems.length) throw new Error(formatProblems(problems));
  return { ...loaded, sources, dimensions };
}

const factsById = (dimensions: readonly Dimension[]) =>
  new Map(dimensions.flatMap((d) => d.data.facts.map((f) => [f.id, f] as const)));

/** Each collection as the site lists it: drafts left out, sorted as COLLECTIONS says. */
function list(checked: Lists): Lists {
  const sorted = <K extends Name>(
    name: K,
    rowRank: (row: string) => number,
  ): Lists[K][number][] => {
    const { dropDrafts, order } = COLLECTIONS[name];
    const entries: readonly Lists[K][number][] = checked[name];
    return entries.filter((e) => !(dropDrafts && isDraft(e))).sort((a, b) => order(a, b, rowRank));
  };
  const rank = new Map(sorted('dimensions', () => 0).map((d, i) => [d.id, i]));
  const rowRank = (row: string) => rank.get(row) ?? 0;
  return Object.fromEntries(NAMES.map((name) => [name, sorted(name, rowRank)])) as Lists;
}

const isDraft = (entry: { data: object }) => 'draft' in entry.data && entry.data.draft === true;

/** The lookups pages read, built once: by id, by fact, who cites each source, who names each row. */
function index(lists: Lists, today: Date) {
  const { sources, dimensions, faqs, claims, disputes, useCases, labRuns, labScenarios } = lists;
  const facts = new Map<string, { fact: Fact; dimension: Dimension }>();
  for (const dimension of dimensions) {
    for (const fact of dimension.data.facts) facts.set(fact.id, { fact, dimension });
  }
  const factById = factsById(dimensions);

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
  for (const s of labScenarios) {
    cite(s.data.techempower?.sources ?? [], {
      href: paths.labScenario(s.id),
      label: `${t('lab.kicker')}: ${s.data.title}`,
    });
  }
  for (const run of labRuns) {
    cite([{ id: labSourceId(run.data.date) }], {
      href: paths.labRun(run.data.date),
      label: `${t('lab.title')}: ${t('lab.runOf')} ${run.data.date}`,
    });
  }

  /** Charts drawn from facts, in order, each with the rows whose facts it draws. */
  const charts = lists.charts.map((spec) => {
    const chart = factChart(spec.data, factById, today);
    const rows = new Set(chart.facts.map((id) => must(facts, id, 'fact').dimension.id));
    return { id: spec.id, title: spec.data.title, rows, ...chart };
  });

  return {
    charts,
    facts,
    citations,
    dimensionById: new Map(dimensions.map((d) => [d.id, d])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    claimById: new Map(claims.map((c) => [c.id, c])),
    ...reverseIndexes({ ...lists, charts }),
    lab: {
      /** Every committed run, newest first. */
      runs: labRuns,
      /** The run the lab pages show, and whether it is only a quick run. */
      shown: publishedRun(labRuns.map((r) => r.data)),
      /** Scenario pages in overview order. */
      scenarios: labScenarios,
      scenarioById: new Map(labScenarios.map((s) => [s.id, s])),
    },
  };
}

async function build() {
  const loaded = await load();
  const lists = list(check(loaded));
  // The build's own date is "now": a build reports what is stale on the day it runs, and
  // timelines mark it as today.
  const today = new Date();
  /** What is going stale (old changing facts, passed schedules, unread sources, unreviewed rows). */
  const freshness = freshnessReport(freshnessInput(lists.dimensions, loaded.sources), today);
  for (const finding of freshness) console.warn(`[freshness] ${formatFinding(finding)}`);
  // Every list as pages read it; lab runs and scenarios are read under `lab`, and charts as
  // `index` lays them out by row.
  const { labRuns, labScenarios, charts, ...pageLists } = lists;
  return { ...pageLists, ...index(lists, today), freshness };
}

let cached: ReturnType<typeof build> | undefined;

/** Everything on the site, validated, sorted and indexed. Loaded once per build. */
export function site() {
  cached ??= build();
  return cached;
}

export type Site = Awaited<ReturnType<typeof site>>;

/**
 * The static paths of a route with one page per entry of a list (`[slug].astro`): the entry's id
 * names the page, which receives the entry as `entry`. Type the page's props with
 * `InferGetStaticPropsType<typeof getStaticPaths>`.
 */
export async function entryPages<K extends 'dimensions' | 'claims' | 'faqs' | 'guides'>(
  list: K,
): Promise<ReturnType<typeof entryPaths<Site[K][number]>>> {
  return entryPaths<Site[K][number]>((await site())[list]);
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
