/**
 * Chart geometry for the lab pages, computed at build time: scales, nice ticks, bars with
 * min–max whiskers, percentile markers and where each label goes. The output is plain shapes
 * with class names; a component turns them into inline SVG and CSS colours them, so charts
 * follow the theme and ship no JavaScript.
 *
 * Labels sit above each row rather than in a left column, so the plot keeps its full width on
 * a 390 px screen; the value goes on the label's line when both fit, else on a line of its own.
 */

/** One shape of a chart; `className` is what the stylesheet colours. */
export type Shape =
  | { type: 'rect'; x: number; y: number; width: number; height: number; className: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; className: string }
  | { type: 'circle'; cx: number; cy: number; r: number; className: string }
  | { type: 'path'; d: string; className: string }
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      anchor: 'start' | 'middle' | 'end';
      className: string;
    };

/** A tick on the value axis. */
export interface Tick {
  value: number;
  x: number;
  label: string;
}

/** A finished chart: its size in SVG units, the axis ticks, rows in drawing order, and shapes. */
export interface ChartModel {
  width: number;
  height: number;
  ticks: Tick[];
  /** Row keys from top to bottom. */
  order: string[];
  shapes: Shape[];
}

/** A chart as a page shows it: a name, the geometry, a description in words and the numbers. */
export interface PageChart {
  /** Unique among the page's charts; the ids in the chart's markup start with `chart-<id>`. */
  id: string;
  /** The chart's accessible name, also shown as its caption. */
  title: string;
  model: ChartModel;
  /** What the chart shows in words: its encoding and the extremes. */
  description: string;
  /** The numbers drawn, as a table. */
  table: { headers: string[]; rows: string[][] };
}

/** Which runtime a row belongs to; decides its colour class. */
export type Group = 'python' | 'node';

/** A bar: the median, with the min–max whisker around it. */
export interface BarInput {
  key: string;
  label: string;
  group: Group;
  median: number;
  min: number;
  max: number;
  /** Unit printed after this row's value, where rows differ (packages, projects). */
  unit?: string;
}

/** A row of percentile markers (p50, p90, p99 …) on one track. */
export interface RangeInput {
  key: string;
  label: string;
  group: Group;
  points: { name: string; value: number }[];
}

/** Layout knobs; the defaults suit a chart at most 28 rem wide that stays legible at 390 px. */
export interface ChartOptions {
  /** Width in SVG units. */
  width?: number;
  /** Font size in SVG units; label widths are estimated from it. */
  fontSize?: number;
  /** Unit printed after values ("req/s", "ms"). */
  unit: string;
  /** Decimal places of printed values. */
  digits?: number;
  /** Row order: largest first (throughput) or smallest first (latency, memory). */
  order?: 'desc' | 'asc';
  /** Between the printed values of a range row: " · " for percentiles, "–" for low–high. */
  separator?: string;
}

const DEFAULTS = { width: 400, fontSize: 14, digits: 0, order: 'desc' as const };
const BAR = 14;
const ROW_GAP = 12;
const LABEL_GAP = 4;
const AXIS = 22;
const PAD = 2;

/** A linear map from a domain onto a range of pixels. */
export function scaleLinear(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/**
 * A round step that splits `[0, max]` into about `count` intervals: 1, 2, 2.5 or 5 times a
 * power of ten, so tick labels stay short.
 */
export function niceStep(max: number, count: number): number {
  if (!(max > 0)) return 1;
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw * (1 - 1e-9)) ?? 10;
  return step * power;
}

/** Tick values from 0 up to the first multiple of the step at or above `max`. */
export function niceTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e6; i += 1) ticks.push(Number((i * step).toFixed(10)));
  return ticks;
}

/** A rough width of `text` in SVG units: system fonts average about 0.56 em per character. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/** Formats a number with grouped digits and at most `digits` decimals. */
export function formatValue(value: number, digits = 0): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);
}

/** Short tick labels: 12,000 stays as is up to 5 digits, 150,000 becomes 150k, 2,000,000 2M. */
export function tickLabel(value: number): string {
  if (value >= 1_000_000) return `${formatValue(value / 1_000_000, 1)}M`;
  if (value >= 100_000) return `${formatValue(value / 1000, 1)}k`;
  return formatValue(value, 2);
}

/**
 * Where a row's name and value go: on one line (name left, value right) when both fit in the
 * width with a gap, else the value on a second line. Returns the height the labels take.
 */
export function placeLabels(
  label: string,
  value: string,
  width: number,
  fontSize: number,
  top: number,
): { shapes: Shape[]; height: number } {
  const line = Math.round(fontSize * 1.3);
  const oneLine = textWidth(label, fontSize) + fontSize + textWidth(value, fontSize) <= width;
  const baseline = top + fontSize;
  const shapes: Shape[] = [
    { type: 'text', x: PAD, y: baseline, text: label, anchor: 'start', className: 'chart-label' },
    {
      type: 'text',
      x: width - PAD,
      y: oneLine ? baseline : baseline + line,
      text: value,
      anchor: 'end',
      className: 'chart-value',
    },
  ];
  return { shapes, height: oneLine ? line : 2 * line };
}

/** Vertical grid lines and tick labels under the rows. */
export function axis(ticks: Tick[], top: number, bottom: number, fontSize: number): Shape[] {
  return ticks.flatMap((tick, i): Shape[] => [
    { type: 'line', x1: tick.x, y1: top, x2: tick.x, y2: bottom, className: 'chart-grid' },
    {
      type: 'text',
      x: tick.x,
      y: bottom + fontSize + 4,
      text: tick.label,
      // The outermost labels hug the edges so they are never clipped.
      anchor: i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle',
      className: 'chart-tick',
    },
  ]);
}

function sortRows<T extends { label: string }>(
  rows: readonly T[],
  by: (row: T) => number,
  order: 'asc' | 'desc',
): T[] {
  return [...rows].sort(
    (a, b) => (order === 'desc' ? by(b) - by(a) : by(a) - by(b)) || a.label.localeCompare(b.label),
  );
}

function ticksFor(
  max: number,
  width: number,
  unit: string,
): { ticks: Tick[]; x: (v: number) => number } {
  const values = niceTicks(max, width < 360 ? 3 : 4);
  const x = scaleLinear([0, values[values.length - 1] ?? 1], [PAD, width - PAD]);
  return {
    ticks: values.map((value, i) => ({
      value,
      x: x(value),
      label: i === values.length - 1 && unit ? `${tickLabel(value)} ${unit}` : tickLabel(value),
    })),
    x,
  };
}

/**
 * Horizontal bars of medians with min–max whiskers, one row per input, ordered by median
 * (largest first unless `order` is 'asc'); the axis starts at zero so bar lengths compare.
 */
export function barChart(rows: readonly BarInput[], options: ChartOptions): ChartModel {
  const { width, fontSize, digits, order } = { ...DEFAULTS, ...options };
  const sorted = sortRows(rows, (r) => r.median, order);
  const { ticks, x } = ticksFor(Math.max(0, ...sorted.map((r) => r.max)), width, options.unit);
  const shapes: Shape[] = [];
  let y = 0;
  for (const row of sorted) {
    const value = `${formatValue(row.median, digits)} ${row.unit ?? options.unit}`.trim();
    const labels = placeLabels(row.label, value, width, fontSize, y);
    shapes.push(...labels.shapes);
    y += labels.height + LABEL_GAP;
    const mid = y + BAR / 2;
    shapes.push({
      type: 'rect',
      x: x(0),
      y,
      width: Math.max(1, x(row.median) - x(0)),
      height: BAR,
      className: `chart-bar chart-${row.group}`,
    });
    // A single figure has no spread to draw.
    if (row.max > row.min)
      shapes.push(
        {
          type: 'line',
          x1: x(row.min),
          y1: mid,
          x2: x(row.max),
          y2: mid,
          className: 'chart-whisker',
        },
        {
          type: 'line',
          x1: x(row.min),
          y1: y + 2,
          x2: x(row.min),
          y2: y + BAR - 2,
          className: 'chart-whisker',
        },
        {
          type: 'line',
          x1: x(row.max),
          y1: y + 2,
          x2: x(row.max),
          y2: y + BAR - 2,
          className: 'chart-whisker',
        },
      );
    y += BAR + ROW_GAP;
  }
  const bottom = Math.max(y - ROW_GAP / 2, 1);
  shapes.unshift(...axis(ticks, 0, bottom, fontSize));
  return {
    width,
    height: Math.ceil(bottom + AXIS),
    ticks,
    order: sorted.map((r) => r.key),
    shapes,
  };
}

/** Names of the marker shapes by position, for chart descriptions. */
export const MARKER_NAMES = ['circle', 'square', 'diamond', 'triangle'] as const;

/** The marker shape name for the point at `index`. */
export function markerName(index: number): (typeof MARKER_NAMES)[number] {
  return MARKER_NAMES[index % MARKER_NAMES.length] ?? 'circle';
}

/** A marker shape per position: circle, square, diamond, triangle, then circles again. */
export function marker(index: number, cx: number, cy: number, className: string): Shape {
  const s = 5;
  switch (index % MARKER_NAMES.length) {
    case 1:
      return { type: 'rect', x: cx - s, y: cy - s, width: 2 * s, height: 2 * s, className };
    case 2:
      return {
        type: 'path',
        d: `M${cx} ${cy - s - 1}L${cx + s + 1} ${cy}L${cx} ${cy + s + 1}L${cx - s - 1} ${cy}Z`,
        className,
      };
    case 3:
      return {
        type: 'path',
        d: `M${cx} ${cy - s - 1}L${cx + s + 1} ${cy + s}L${cx - s - 1} ${cy + s}Z`,
        className,
      };
    default:
      return { type: 'circle', cx, cy, r: s, className };
  }
}

/**
 * One track per row from the lowest to the highest point, with a differently shaped marker at
 * each point (p50, p90, p99), a legend on top, rows ordered by their last point (smallest
 * first unless `order` is 'desc').
 */
export function rangeChart(rows: readonly RangeInput[], options: ChartOptions): ChartModel {
  const { width, fontSize, digits } = { ...DEFAULTS, ...options };
  const last = (r: RangeInput) => r.points[r.points.length - 1]?.value ?? 0;
  const sorted = sortRows(rows, last, options.order ?? 'asc');
  const all = sorted.flatMap((r) => r.points.map((p) => p.value));
  const { ticks, x } = ticksFor(Math.max(0, ...all), width, options.unit);
  const names = sorted[0]?.points.map((p) => p.name) ?? [];
  const shapes: Shape[] = [];

  // Legend: marker and name for each point, left to right.
  let lx = PAD + 6;
  const ly = fontSize / 2 + 2;
  names.forEach((name, i) => {
    shapes.push(marker(i, lx, ly, 'chart-marker'));
    shapes.push({
      type: 'text',
      x: lx + 10,
      y: ly + fontSize / 3,
      text: name,
      anchor: 'start',
      className: 'chart-label',
    });
    lx += 10 + textWidth(name, fontSize) + 2 * fontSize;
  });
  let y = fontSize + 14;
  const gridTop = y;

  for (const row of sorted) {
    const printed = row.points.map((p) => formatValue(p.value, digits));
    const value = `${printed.join(options.separator ?? ' · ')} ${options.unit}`;
    const labels = placeLabels(row.label, value, width, fontSize, y);
    shapes.push(...labels.shapes);
    y += labels.height + LABEL_GAP;
    const mid = y + BAR / 2;
    const values = row.points.map((p) => p.value);
    shapes.push({
      type: 'line',
      x1: x(Math.min(...values)),
      y1: mid,
      x2: x(Math.max(...values)),
      y2: mid,
      className: `chart-track chart-${row.group}`,
    });
    row.points.forEach((p, i) =>
      shapes.push(marker(i, x(p.value), mid, `chart-marker chart-${row.group}`)),
    );
    y += BAR + ROW_GAP;
  }
  const bottom = Math.max(y - ROW_GAP / 2, gridTop + 1);
  shapes.unshift(...axis(ticks, gridTop, bottom, fontSize));
  return {
    width,
    height: Math.ceil(bottom + AXIS),
    ticks,
    order: sorted.map((r) => r.key),
    shapes,
  };
}
