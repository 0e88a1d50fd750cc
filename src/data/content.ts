/**
 * The one query layer over the content collections. Pages never call getCollection directly:
 * this module loads everything once, fails the build on any cross-collection problem (Astro
 * only logs a dangling reference), drops drafts, and sorts every list explicitly.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatFact, monthsBetween } from '../lib/facts';
import { findProblems, formatProblems } from '../lib/integrity';
import { mdxToPlainText } from '../lib/text';
import { paths } from '../lib/urls';

export type Source = CollectionEntry<'sources'>;
export type Dimension = CollectionEntry<'dimensions'>;
export type Faq = CollectionEntry<'faqs'>;
export type Claim = CollectionEntry<'claims'>;
export type Dispute = CollectionEntry<'disputes'>;
export type UseCase = CollectionEntry<'useCases'>;
export type Guide = CollectionEntry<'guides'>;
export type Change = CollectionEntry<'changes'>;
export type Fact = Dimension['data']['facts'][number];

/** A page or anchor that cites a source, for the bibliography's "cited by" lists. */
export interface Citation {
  href: string;
  label: string;
}

/** How long a comparison row may go unreviewed before the build reports it. */
export const REVIEW_MONTHS = 18;

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) =>
  a.data.order - b.data.order;
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

async function load() {
  const [sources, dimensions, faqs, claims, disputes, useCases, allGuides, changes] =
    await Promise.all([
      getCollection('sources'),
      getCollection('dimensions'),
      getCollection('faqs'),
      getCollection('claims'),
      getCollection('disputes'),
      getCollection('useCases'),
      getCollection('guides'),
      getCollection('changes'),
    ]);

  const problems = findProblems({
    sources,
    dimensions,
    faqs,
    claims,
    disputes,
    useCases,
    guides: allGuides,
    changes,
  });
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
  for (const c of claims) cite(c.data.sources, { href: paths.claim(c.id), label: c.data.claim });
  for (const u of useCases)
    cite(u.data.sources, { href: paths.useCase(u.id), label: u.data.title });
  for (const d of disputes) cite(d.data.sources, { href: paths.claim(d.id), label: d.data.title });

  const now = new Date();
  const stale = dimensions.filter((d) => monthsBetween(d.data.reviewed, now) >= REVIEW_MONTHS);
  for (const d of stale) {
    console.warn(
      `[content] ${d.filePath ?? d.id} → reviewed: last reviewed more than ${REVIEW_MONTHS} months ago`,
    );
  }

  return {
    sources,
    dimensions,
    faqs,
    claims,
    disputes,
    useCases,
    guides,
    changes,
    stale,
    facts,
    citations,
    dimensionById,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    claimById: new Map(claims.map((c) => [c.id, c])),
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

let markdown: ReturnType<typeof createMarkdownProcessor> | undefined;

/** Renders a Markdown field from a YAML entry (answers, reasoning, caveats) to HTML. */
export async function renderMarkdown(source: string): Promise<string> {
  markdown ??= createMarkdownProcessor({ syntaxHighlight: false });
  const { code } = await (await markdown).render(source);
  return code;
}

/** Plain text of an MDX body with its facts printed, for descriptions and JSON-LD. */
export async function plainText(body: string | undefined): Promise<string> {
  const { facts } = await site();
  return mdxToPlainText(body ?? '', (id) => formatFact(must(facts, id, 'fact').fact));
}
