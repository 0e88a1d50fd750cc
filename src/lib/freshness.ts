/**
 * The freshness report: what in the content is going stale, by four rules. The build prints it
 * as warnings and /about/ lists it; `npm run freshness` prints it without building. "Now" is an
 * argument, so tests fix it and the build passes its own date.
 *
 * 1. A fact older than FACT_MONTHS that describes something that changes. A fact changes when
 *    its `changes` field says so, or, without the field, when its label or unit names a version
 *    status, a count, a survey, a benchmark round, a lab run or a cold-start run (CHANGING
 *    below); lab facts always change. Historical facts (a 2013 case study, the release that
 *    introduced a feature) do not, and set `changes: false` where their wording misleads the
 *    keywords.
 * 2. A source not accessed for SOURCE_MONTHS.
 * 3. A fact whose label says "scheduled", "expected", "planned" or "due" for a date (in its
 *    value, else its label) that has passed: the event happened, or did not.
 * 4. A comparison row not reviewed for REVIEW_MONTHS.
 */
import { isoDate, monthsBetween } from './facts.ts';
import { figuresIn } from './typed-figures.ts';

/** How long a fact about something that changes stays fresh. */
export const FACT_MONTHS = 18;
/** How long a source stays trusted without being read again. */
export const SOURCE_MONTHS = 12;
/** How long a comparison row may go unreviewed. */
export const REVIEW_MONTHS = 18;

/**
 * Label or unit words of facts that describe something that changes: versions and statuses,
 * counts, surveys, benchmark rounds and lab runs, cold-start runs.
 */
export const CHANGING: readonly RegExp[] = [
  /\b(?:versions? in which|latest|newest|current|status|supported by|whether)\b/i,
  /\b(?:packages|projects|downloads|stars|users|models|contributors)\b/i,
  /\b(?:survey|respondents?|responses)\b/i,
  /\b(?:techempower|round|benchmarks?|throughput|requests per second|latency|our lab|pyperformance)\b/i,
  /\b(?:init duration|cold[- ]starts?|max memory used)\b/i,
];

const SCHEDULED = /\b(scheduled|expected|planned|due)\b/i;

/** A fact as the rules read it. */
export interface FreshFact {
  id: string;
  label: string;
  value: number | string;
  unit?: string | undefined;
  asOf: Date;
  /** The editor's word on whether the figure changes; undefined lets the label decide. */
  changes?: boolean | undefined;
  /** Whether the figure comes from a lab run. */
  lab?: boolean | undefined;
}

/** What the report reads: rows with their facts, and sources. */
export interface FreshnessInput {
  rows: readonly {
    id: string;
    file: string;
    title: string;
    reviewed: Date;
    facts: readonly FreshFact[];
  }[];
  sources: readonly { id: string; file: string; title: string; accessed: Date }[];
}

/** A date as a collection gives it, or as plain YAML parsing leaves it (`2025-12-21`). */
export type Day = Date | string;

/**
 * A content entry as the build's collections give it and as `npm run freshness` reads it from
 * YAML: an id, the file, and the data.
 */
interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

/** A fact as a row holds it: resolved by the build, or straight from YAML. */
export interface FactEntry {
  id: string;
  label: string;
  value?: number | string | undefined;
  unit?: string | undefined;
  /** Absent on a lab fact read straight from YAML: it is as old as its run. */
  asOf?: Day | undefined;
  changes?: boolean | undefined;
  /** A lab fact's run, by date: the YAML's string, or the build's reference to the run entry. */
  lab?: { run: string | { id: string } } | undefined;
}

/** A comparison row as the freshness rules read it. */
export type RowEntry = Entry<{ title: string; reviewed: Day; facts: readonly FactEntry[] }>;
/** A source as the freshness rules read it. */
export type SourceEntry = Entry<{ title: string; accessed: Day }>;

const toDate = (day: Day | undefined): Date =>
  typeof day === 'string' ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : (day ?? new Date(NaN));

/**
 * The report's input from content entries, the same for the build (collection entries) and
 * `npm run freshness` (parsed YAML files). A file without a path is named by folder and id.
 */
export function freshnessInput(
  rows: readonly RowEntry[],
  sources: readonly SourceEntry[],
): FreshnessInput {
  return {
    rows: rows.map((row) => ({
      id: row.id,
      file: row.filePath ?? `dimensions/${row.id}`,
      title: row.data.title,
      reviewed: toDate(row.data.reviewed),
      facts: row.data.facts.map((fact) => ({
        id: fact.id,
        label: fact.label,
        value: fact.value ?? '',
        unit: fact.unit,
        asOf: toDate(fact.asOf ?? runDate(fact.lab)),
        changes: fact.changes,
        lab: fact.lab !== undefined,
      })),
    })),
    sources: sources.map((source) => ({
      id: source.id,
      file: source.filePath ?? `sources/${source.id}`,
      title: source.data.title,
      accessed: toDate(source.data.accessed),
    })),
  };
}

/** The date of a lab fact's run: runs are named by their date. */
function runDate(lab: FactEntry['lab']): string | undefined {
  if (!lab) return undefined;
  return typeof lab.run === 'string' ? lab.run : lab.run.id;
}

/** The rules, in report order. */
export const RULES = ['fact-age', 'past-schedule', 'source-accessed', 'row-review'] as const;

/** One thing going stale, named by file and field like a content problem. */
export interface Finding {
  rule: (typeof RULES)[number];
  file: string;
  field: string;
  /** Id of the fact, source or row. */
  id: string;
  /** The row that holds a fact, or the row itself. */
  row?: string;
  /** The fact's label, the source's or row's title. */
  title: string;
  /** The date that went stale: as-of, scheduled, accessed or reviewed. */
  date: Date;
  message: string;
}

/** Whether a fact describes something that changes (rule 1). */
export function changes(fact: FreshFact): boolean {
  if (fact.changes !== undefined) return fact.changes;
  if (fact.lab) return true;
  const words = `${fact.label} ${fact.unit ?? ''}`;
  return CHANGING.some((pattern) => pattern.test(words));
}

/**
 * The last day a date written in prose covers, as a Date: "30 April 2026" is that day,
 * "October 2026" the last day of October.
 */
function dateIn(text: string): { date: Date; text: string } | undefined {
  const figure = figuresIn(text).find((f) => f.key.startsWith('d:'));
  if (!figure) return undefined;
  const [year = 0, month = 1, day] = figure.key.slice(2).split('-').map(Number);
  const date = day ? new Date(Date.UTC(year, month - 1, day)) : new Date(Date.UTC(year, month, 0)); // day 0 of the next month: the month's last day
  return { date, text: figure.text };
}

/** Every finding of the four rules at `now`, in rule order, then by file. */
export function freshnessReport(input: FreshnessInput, now: Date): Finding[] {
  const findings: Finding[] = [];
  const age = (date: Date) => monthsBetween(date, now);
  for (const row of input.rows) {
    for (const [i, fact] of row.facts.entries()) {
      const base = { file: row.file, id: fact.id, row: row.id, title: fact.label };
      if (changes(fact) && age(fact.asOf) >= FACT_MONTHS) {
        findings.push({
          ...base,
          rule: 'fact-age',
          field: `facts[${i}].asOf`,
          date: fact.asOf,
          message: `is ${isoDate(fact.asOf)}, ${age(fact.asOf)} months ago, and "${fact.label}" changes; look for a newer figure`,
        });
      }
      const word = SCHEDULED.exec(fact.label)?.[1];
      const when = word ? (dateIn(String(fact.value)) ?? dateIn(fact.label)) : undefined;
      if (word && when && when.date.getTime() < now.getTime()) {
        findings.push({
          ...base,
          rule: 'past-schedule',
          field: `facts[${i}].label`,
          date: when.date,
          message: `"${fact.label}" says "${word}" for ${when.text}, which has passed; say what happened`,
        });
      }
    }
    if (age(row.reviewed) >= REVIEW_MONTHS) {
      findings.push({
        rule: 'row-review',
        file: row.file,
        field: 'reviewed',
        id: row.id,
        row: row.id,
        title: row.title,
        date: row.reviewed,
        message: `is ${isoDate(row.reviewed)}: last reviewed more than ${REVIEW_MONTHS} months ago`,
      });
    }
  }
  for (const source of input.sources) {
    if (age(source.accessed) >= SOURCE_MONTHS) {
      findings.push({
        rule: 'source-accessed',
        file: source.file,
        field: 'accessed',
        id: source.id,
        title: source.title,
        date: source.accessed,
        message: `is ${isoDate(source.accessed)}: not read for ${age(source.accessed)} months; check it still says what we cite`,
      });
    }
  }
  const rank = (f: Finding) => RULES.indexOf(f.rule);
  return findings.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
}

/** One line per finding, as the build and `npm run freshness` print them. */
export function formatFinding(f: Finding): string {
  return `${f.file} → ${f.field}: ${f.message}`;
}
