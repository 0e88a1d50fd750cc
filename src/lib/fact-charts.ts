/**
 * Charts drawn from facts, at build time. A chart is content (`content/charts/<slug>.yaml`):
 * a title, a kind and rows that name facts by id. This module checks a chart against the facts
 * (a missing fact, a text value where a number is needed, a value that is not a date all fail
 * the build, naming the file and field), and turns it into the geometry of
 * `src/lib/lab-charts.ts` with a description and the table of its numbers. It also lays out
 * the home page's verdict overview. Nothing here runs in the browser.
 *
 * - `ranges`: each row's fact is a range (`value` to `to`), drawn as a low–high track.
 * - `bars`: each row's fact is one number, drawn as a bar; its as-of month joins the label.
 * - `timeline`: each row names two date facts (`from`, `to`), drawn as a span on a time axis
 *   with today marked; spans that ended before today are left out.
 */
import { t } from '../i18n/en';
import { displayDate, displayMonth, formatFact, parseFactDate } from './facts';
import { fill } from './text';
import type { Problem } from './integrity';
import {
  axis,
  barChart,
  marker,
  placeLabels,
  rangeChart,
  scaleLinear,
  textWidth,
  type ChartModel,
  type Group,
  type Shape,
  type Tick,
} from './lab-charts';
import type { Verdict } from './vocab';

export const CHART_KINDS = ['ranges', 'bars', 'timeline'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** One row of a chart as an editor writes it. */
export interface ChartRowSpec {
  /** Short name of the row ("Python 3.12"). */
  label: string;
  /** The fact drawn (ranges, bars). */
  fact?: string | undefined;
  /** The facts a timeline span runs between: a start date and an end date. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface ChartSpec {
  title: string;
  kind: ChartKind;
  /** Header of the table column that names the rows ("Runtime"). */
  rowsLabel: string;
  rows: readonly ChartRowSpec[];
}

/** What a chart reads of a fact. */
export interface ChartFact {
  id: string;
  label: string;
  value: number | string;
  to?: number | undefined;
  unit?: string | undefined;
  side: 'python' | 'node' | 'both';
  asOf: Date;
}

/** A chart ready to render: geometry, a description in words and the numbers as a table. */
export interface FactChart {
  model: ChartModel;
  description: string;
  table: { headers: string[]; rows: string[][] };
  /** Ids of the facts drawn, so row pages can show the charts of their facts. */
  facts: string[];
}

/** Every problem of one chart against the site's facts, named by file and field. */
export function chartProblems(
  file: string,
  spec: ChartSpec,
  facts: ReadonlyMap<string, ChartFact>,
): Problem[] {
  const problems: Problem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  const lookup = (field: string, id: string | undefined): ChartFact | undefined => {
    if (!id) {
      problem(field, `is needed by a ${spec.kind} chart`);
      return undefined;
    }
    const fact = facts.get(id);
    if (!fact) problem(field, `names no fact "${id}"`);
    else if (fact.side === 'both')
      problem(field, `fact "${id}" describes both runtimes; a chart row draws one side`);
    return fact;
  };
  let unit: string | undefined;
  spec.rows.forEach((row, i) => {
    if (spec.kind === 'timeline') {
      for (const key of ['from', 'to'] as const) {
        const fact = lookup(`rows[${i}].${key}`, row[key]);
        if (fact && !parseFactDate(fact.value))
          problem(`rows[${i}].${key}`, `fact "${fact.id}" is not a date ("${fact.value}")`);
      }
      return;
    }
    const field = `rows[${i}].fact`;
    const fact = lookup(field, row.fact);
    if (!fact) return;
    if (typeof fact.value !== 'number') problem(field, `fact "${fact.id}" is not a number`);
    else if (spec.kind === 'ranges' && fact.to === undefined)
      problem(field, `fact "${fact.id}" is not a range (it has no \`to\`)`);
    if (spec.kind === 'ranges') {
      unit ??= fact.unit;
      if (fact.unit !== unit)
        problem(field, `fact "${fact.id}" is in ${fact.unit ?? 'no unit'}, the chart in ${unit}`);
    }
  });
  return problems;
}

/** A timeline row: one release line from its first release to its end of life. */
export interface SpanInput {
  key: string;
  label: string;
  group: Group;
  start: Date;
  end: Date;
  /** The end as written in the fact ("October 2028"). */
  endLabel: string;
}

const TIMELINE = { width: 400, fontSize: 14 };
const SPAN = 12;
const GAP = 12;

/**
 * Spans on a time axis of whole years, one row per input still open on `today` (ordered by
 * group, then start), with a labelled line at today. The axis labels every year, or every
 * second one when they would crowd.
 */
export function timelineChart(
  rows: readonly SpanInput[],
  today: Date,
  options: { width?: number; fontSize?: number } = {},
): ChartModel {
  const { width, fontSize } = { ...TIMELINE, ...options };
  const open = rows
    .filter((r) => r.end.getTime() >= today.getTime())
    .sort((a, b) => a.group.localeCompare(b.group) || a.start.getTime() - b.start.getTime());
  const times = open.flatMap((r) => [r.start.getTime(), r.end.getTime()]);
  const first = new Date(Math.min(today.getTime(), ...times)).getUTCFullYear();
  const last = new Date(Math.max(today.getTime(), ...times)).getUTCFullYear() + 1;
  const x = scaleLinear([Date.UTC(first, 0, 1), Date.UTC(last, 0, 1)], [2, width - 2]);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const every = textWidth('2028', fontSize) * 1.6 > (width - 4) / (years.length - 1) ? 2 : 1;
  const ticks: Tick[] = years
    .filter((year) => (year - first) % every === 0)
    .map((year) => ({ value: Date.UTC(year, 0, 1), x: x(Date.UTC(year, 0, 1)), label: `${year}` }));

  const shapes: Shape[] = [];
  const now = x(today.getTime());
  const todayLabel = `Today, ${displayDate(today)}`;
  const half = textWidth(todayLabel, fontSize) / 2;
  shapes.push({
    type: 'text',
    x: Math.min(Math.max(now, half + 2), width - half - 2),
    y: fontSize,
    text: todayLabel,
    anchor: 'middle',
    className: 'chart-today-label',
  });
  let y = fontSize + 10;
  const top = y;
  for (const row of open) {
    const labels = placeLabels(row.label, `until ${row.endLabel}`, width, fontSize, y);
    shapes.push(...labels.shapes);
    y += labels.height + 4;
    shapes.push({
      type: 'rect',
      x: x(row.start.getTime()),
      y,
      width: Math.max(1, x(row.end.getTime()) - x(row.start.getTime())),
      height: SPAN,
      className: `chart-bar chart-${row.group}`,
    });
    y += SPAN + GAP;
  }
  const bottom = Math.max(y - GAP / 2, top + 1);
  shapes.unshift(...axis(ticks, top, bottom, fontSize));
  shapes.push({
    type: 'line',
    x1: now,
    y1: top - 4,
    x2: now,
    y2: bottom,
    className: 'chart-today',
  });
  return {
    width,
    height: Math.ceil(bottom + 22),
    ticks,
    order: open.map((r) => r.key),
    shapes,
  };
}

const side = (fact: ChartFact): Group => (fact.side === 'node' ? 'node' : 'python');
const must = (facts: ReadonlyMap<string, ChartFact>, id: string | undefined) => {
  const fact = facts.get(id ?? '');
  if (!fact) throw new Error(`Chart fact "${id}" is missing; run chartProblems first`);
  return fact;
};

/**
 * The chart `spec` draws from `facts` (checked beforehand with `chartProblems`), with `today`
 * marked on a timeline.
 */
export function factChart(
  spec: ChartSpec,
  facts: ReadonlyMap<string, ChartFact>,
  today: Date,
): FactChart {
  if (spec.kind === 'timeline') {
    const spans = spec.rows.map((row, i) => {
      const from = must(facts, row.from);
      const to = must(facts, row.to);
      return {
        input: {
          key: `${i}`,
          label: row.label,
          group: side(from),
          start: parseFactDate(from.value) ?? from.asOf,
          end: parseFactDate(to.value) ?? to.asOf,
          endLabel: String(to.value),
        },
        from,
        to,
      };
    });
    const model = timelineChart(
      spans.map((s) => s.input),
      today,
    );
    const shown = model.order.flatMap((key) => spans.filter((s) => s.input.key === key));
    return {
      model,
      description:
        `${fill(t('chart.timeline.description'), { title: spec.title, today: displayDate(today) })} ` +
        shown.map((s) => `${s.input.label}: ${s.from.value} to ${s.to.value}`).join('; ') +
        '.',
      table: {
        headers: [spec.rowsLabel, t('chart.timeline.from'), t('chart.timeline.to')],
        rows: shown.map((s) => [s.input.label, String(s.from.value), String(s.to.value)]),
      },
      facts: shown.flatMap((s) => [s.from.id, s.to.id]),
    };
  }

  const rows = spec.rows.map((row, i) => ({ row, key: `${i}`, fact: must(facts, row.fact) }));
  const num = (v: number | string) => (typeof v === 'number' ? v : 0);
  let model: ChartModel;
  let labelOf: (r: (typeof rows)[number]) => string;
  if (spec.kind === 'ranges') {
    labelOf = (r) => r.row.label;
    model = rangeChart(
      rows.map((r) => ({
        key: r.key,
        label: labelOf(r),
        group: side(r.fact),
        points: [
          { name: 'lowest', value: num(r.fact.value) },
          { name: 'highest', value: r.fact.to ?? num(r.fact.value) },
        ],
      })),
      { unit: rows[0]?.fact.unit ?? '', separator: '–', order: 'asc' },
    );
  } else {
    labelOf = (r) => `${r.row.label}, ${displayMonth(r.fact.asOf)}`;
    model = barChart(
      rows.map((r) => {
        const value = num(r.fact.value);
        return {
          key: r.key,
          label: labelOf(r),
          group: side(r.fact),
          median: value,
          min: value,
          max: value,
          unit: r.fact.unit ?? '',
        };
      }),
      { unit: '' },
    );
  }
  const ordered = model.order.flatMap((key) => rows.filter((r) => r.key === key));
  return {
    model,
    description:
      `${spec.title}. ` +
      ordered.map((r) => `${labelOf(r)}: ${formatFact(r.fact)}`).join('; ') +
      (spec.kind === 'ranges' ? `. ${t('chart.ranges.note')}` : '.'),
    table: {
      headers: [spec.rowsLabel, t('chart.figure'), t('chart.asOf')],
      rows: ordered.map((r) => [labelOf(r), formatFact(r.fact), displayDate(r.fact.asOf)]),
    },
    facts: rows.map((r) => r.fact.id),
  };
}

/** One row of the verdict overview. */
export interface OverviewItem {
  key: string;
  label: string;
  verdict: Verdict;
  href: string;
}

/** The overview's geometry: group headings and legend as shapes, one link per row. */
export interface OverviewModel {
  width: number;
  height: number;
  shapes: Shape[];
  links: {
    href: string;
    label: string;
    verdict: Verdict;
    box: { x: number; y: number; width: number; height: number };
    text: { x: number; y: number };
    marker: Shape;
  }[];
}

/** Marker shape per verdict (circle, square, diamond, triangle), so colour is not the only cue. */
export const VERDICT_MARKERS: Readonly<Record<Verdict, number>> = {
  python: 0,
  node: 1,
  tie: 2,
  depends: 3,
};

/**
 * Rows as labelled chips under their group's heading, flowing onto new lines at `width`; each
 * chip starts with its verdict's marker. A legend of the verdicts comes first.
 */
export function verdictOverview(
  groups: readonly { label: string; items: readonly OverviewItem[] }[],
  legend: Readonly<Record<Verdict, string>>,
  options: { width?: number; fontSize?: number } = {},
): OverviewModel {
  const { width, fontSize } = { width: 400, fontSize: 13, ...options };
  const chipHeight = fontSize + 10;
  const pad = 6;
  const markerSpace = 16;
  const shapes: Shape[] = [];
  const links: OverviewModel['links'] = [];

  let x = 2;
  let y = 0;
  for (const [verdict, label] of Object.entries(legend) as [Verdict, string][]) {
    const w = markerSpace + textWidth(label, fontSize) + pad * 2;
    if (x + w > width) {
      x = 2;
      y += fontSize + 8;
    }
    shapes.push(
      marker(VERDICT_MARKERS[verdict], x + 6, y + fontSize / 2 + 2, `chart-marker v-${verdict}`),
    );
    shapes.push({
      type: 'text',
      x: x + markerSpace,
      y: y + fontSize,
      text: label,
      anchor: 'start',
      className: 'chart-label',
    });
    x += w;
  }
  y += fontSize + 12;

  for (const group of groups) {
    y += fontSize + 6;
    shapes.push({
      type: 'text',
      x: 2,
      y,
      text: group.label,
      anchor: 'start',
      className: 'chart-group',
    });
    y += 6;
    x = 2;
    for (const item of group.items) {
      // Labels run a little wider than the estimate in bold-ish UI fonts; leave room.
      const w = Math.min(
        width - 4,
        pad + markerSpace + textWidth(item.label, fontSize) * 1.08 + pad,
      );
      if (x > 2 && x + w > width - 2) {
        x = 2;
        y += chipHeight + 6;
      }
      links.push({
        href: item.href,
        label: item.label,
        verdict: item.verdict,
        box: { x, y, width: w, height: chipHeight },
        text: { x: x + pad + markerSpace, y: y + chipHeight / 2 + fontSize / 3 },
        marker: marker(
          VERDICT_MARKERS[item.verdict],
          x + pad + 5,
          y + chipHeight / 2,
          `chart-marker v-${item.verdict}`,
        ),
      });
      x += w + 6;
    }
    y += chipHeight + 8;
  }
  return { width, height: Math.ceil(y), shapes, links };
}
