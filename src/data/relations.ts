/**
 * How entries relate to each other, for the query layer (src/data/content.ts) and its pages: the
 * reverse indexes built once per build (a row's claims, answers, guides and charts; a claim's
 * disputes), an answer's main row and a row's page title. Pure; no astro:* imports.
 */
import { t } from '../i18n/en';
import { groupBy } from '../lib/group';
import { fill } from '../lib/text';

/** A reference to another entry, as the content layer gives it. */
interface Ref {
  id: string;
}

/** Looks up an entry that integrity checks guarantee exists; throws with a clear message otherwise. */
export function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unknown ${what} "${id}"`);
  return value;
}

/**
 * The row an entry that rests on several rows mainly draws on: the first it lists. An answer is
 * as current as this row, and is filed under its category.
 */
export function mainRow<T>(rows: readonly Ref[], rowById: ReadonlyMap<string, T>): T {
  return must(rowById, rows[0]?.id ?? '', 'dimension');
}

/** The title of a comparison row's page, card and citation. */
export function rowTitle(row: { data: { title: string } }): string {
  return fill(t('dimension.pageTitle'), { row: row.data.title });
}

/** An entry about rows, as answers and guides are. */
interface AboutRows {
  data: { dimensions: readonly Ref[] };
}

/**
 * Who names whom, computed once: each row's claims, answers, guides and charts, and each claim's
 * disputes, every list in the order it is given (site order). Read them with `itemsOf`, which
 * gives none for a key nothing names.
 */
export function reverseIndexes<
  Claim extends { data: { dimension: Ref } },
  Faq extends AboutRows,
  Guide extends AboutRows,
  Dispute extends { data: { claims: readonly Ref[] } },
  Chart extends { rows: ReadonlySet<string> },
>(lists: {
  claims: readonly Claim[];
  faqs: readonly Faq[];
  guides: readonly Guide[];
  disputes: readonly Dispute[];
  charts: readonly Chart[];
}) {
  const ids = (refs: readonly Ref[]) => refs.map((r) => r.id);
  return {
    claimsByRow: groupBy(lists.claims, (c) => [c.data.dimension.id]),
    faqsByRow: groupBy(lists.faqs, (f) => ids(f.data.dimensions)),
    guidesByRow: groupBy(lists.guides, (g) => ids(g.data.dimensions)),
    chartsByRow: groupBy(lists.charts, (c) => [...c.rows]),
    disputesByClaim: groupBy(lists.disputes, (d) => ids(d.data.claims)),
  };
}
