/**
 * The machine-readable copies of the comparison published under /data/. Their shape is
 * documented in the README; change it only additively so that consumers keep working.
 */
import { factPath, paths } from '../lib/urls';
import { isoDate } from '../lib/facts';
import { labSourceId } from '../lib/lab';
import { site } from './content';

/** Licence and provenance stamped on every export. */
export const DATA_LICENCE = {
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Python vs Node.js comparison',
};

const ids = (refs: readonly { id: string }[]) => refs.map((r) => r.id);

/**
 * The date of the newest row review, changelog entry or lab run, stamped on the exports as `generated`,
 * so rebuilding unchanged content gives byte-identical files.
 */
export async function dataDate(): Promise<string> {
  const { dimensions, changes, lab } = await site();
  const dates = [
    ...dimensions.map((d) => d.data.reviewed),
    ...changes.map((c) => c.data.date),
    // A new run changes the facts drawn from it, so it dates the exports too.
    ...lab.runs.map((r) => new Date(`${r.data.date}T00:00:00Z`)),
  ];
  return isoDate(new Date(Math.max(...dates.map((d) => d.getTime()))));
}

/** Every export, keyed by file name. */
export async function exports() {
  const { dimensions, faqs, claims, sources, lab } = await site();
  return {
    dimensions: dimensions.map((d) => ({
      id: d.id,
      url: paths.dimension(d.id),
      title: d.data.title,
      category: d.data.category,
      question: d.data.question,
      pythonSummary: d.data.pythonSummary,
      nodeSummary: d.data.nodeSummary,
      python: d.data.python,
      node: d.data.node,
      verdict: d.data.verdict,
      scope: d.data.scope,
      grade: d.data.grade,
      reviewed: isoDate(d.data.reviewed),
      facts: d.data.facts.map((f) => ({
        id: f.id,
        url: factPath(d.id, f.id),
        label: f.label,
        value: f.value,
        ...(f.to === undefined ? {} : { to: f.to }),
        ...(f.unit === undefined ? {} : { unit: f.unit }),
        side: f.side,
        asOf: isoDate(f.asOf),
        sources: ids(f.sources),
        ...(f.note === undefined ? {} : { note: f.note }),
        ...(f.lab === undefined ? {} : { lab: { ...f.lab, run: f.lab.run.id } }),
      })),
      caveats: d.data.caveats,
      related: ids(d.data.related),
    })),
    faqs: faqs.map((f) => ({
      id: f.id,
      url: paths.faq(f.id),
      question: f.data.question,
      answerMarkdown: f.body ?? '',
      dimensions: ids(f.data.dimensions),
      sources: ids(f.data.sources),
    })),
    claims: claims.map((c) => ({
      id: c.id,
      url: paths.claimPage(c.id),
      claim: c.data.claim,
      appearsIn: ids(c.data.appearsIn),
      ...(c.data.figure === undefined ? {} : { figure: c.data.figure }),
      verdict: c.data.verdict,
      why: c.data.why,
      sources: ids(c.data.sources),
      dimension: c.data.dimension.id,
    })),
    sources: sources.map((s) => ({
      id: s.id,
      url: paths.source(s.id),
      title: s.data.title,
      publisher: s.data.publisher,
      ...(s.data.url === undefined ? {} : { link: s.data.url }),
      published: isoDate(s.data.published),
      accessed: isoDate(s.data.accessed),
      kind: s.data.kind,
      sells: s.data.sells,
      status: s.data.status,
    })),
    // The runs exactly as the harness wrote them, so anyone can recompute every figure.
    lab: lab.runs.map((r) => ({
      id: r.data.date,
      url: paths.labRun(r.data.date),
      source: labSourceId(r.data.date),
      ...r.data,
    })),
  };
}
