import { describe, expect, test } from 'vitest';
import {
  chartProblems,
  factChart,
  timelineChart,
  verdictOverview,
  type ChartFact,
  type ChartSpec,
  type SpanInput,
} from './fact-charts';
import { parseFactDate } from './facts';
import type { Shape } from './lab-charts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fact = (over: Partial<ChartFact> & { id: string }): ChartFact => ({
  label: over.id,
  value: 1,
  side: 'python',
  asOf: day('2025-12-21'),
  ...over,
});
const facts = new Map(
  [
    fact({ id: 'py-init', value: 71, to: 96, unit: 'ms' }),
    fact({ id: 'js-init', value: 116, to: 148, unit: 'ms', side: 'node' }),
    fact({ id: 'js-mem', value: 71, to: 73, unit: 'MB', side: 'node' }),
    fact({ id: 'npm', value: 3342873, unit: 'packages', side: 'node', asOf: day('2023-07-03') }),
    fact({ id: 'pypi', value: 635000, unit: 'projects', asOf: day('2024-07-01') }),
    fact({ id: 'share', value: 'under 1', side: 'both' }),
    fact({ id: 'py-from', value: '2 October 2023' }),
    fact({ id: 'py-to', value: 'October 2028' }),
    fact({ id: 'old-from', value: '4 October 2021' }),
    fact({ id: 'old-to', value: 'October 2026' }),
    fact({ id: 'js-from', value: '6 May 2025', side: 'node' }),
    fact({ id: 'js-to', value: '30 April 2028', side: 'node' }),
  ].map((f) => [f.id, f]),
);
const texts = (shapes: readonly Shape[], className: string) =>
  shapes.flatMap((s) => (s.type === 'text' && s.className === className ? [s.text] : []));

describe('parseFactDate', () => {
  test('reads a day, a month or an ISO date, in UTC', () => {
    expect(parseFactDate('30 April 2026')).toEqual(day('2026-04-30'));
    expect(parseFactDate('October 2028')).toEqual(day('2028-10-01'));
    expect(parseFactDate('2027-04-30')).toEqual(day('2027-04-30'));
  });

  test('is undefined for anything that is not a date', () => {
    expect(parseFactDate(2028)).toBeUndefined();
    expect(parseFactDate('Python 3.13 (experimental)')).toBeUndefined();
    expect(parseFactDate('30 Smarch 2026')).toBeUndefined();
  });
});

describe('chartProblems', () => {
  const spec = (kind: ChartSpec['kind'], rows: ChartSpec['rows']): ChartSpec => ({
    title: 'T',
    kind,
    rowsLabel: 'Runtime',
    rows,
  });

  test('accepts charts whose facts exist and fit the kind', () => {
    expect(
      chartProblems('charts/a.yaml', spec('ranges', [{ label: 'a', fact: 'py-init' }]), facts),
    ).toEqual([]);
    expect(
      chartProblems('charts/a.yaml', spec('bars', [{ label: 'a', fact: 'npm' }]), facts),
    ).toEqual([]);
    expect(
      chartProblems(
        'charts/a.yaml',
        spec('timeline', [{ label: 'a', from: 'py-from', to: 'py-to' }]),
        facts,
      ),
    ).toEqual([]);
  });

  test('names the file and field of a fact that does not exist or is missing', () => {
    const problems = chartProblems(
      'charts/a.yaml',
      spec('timeline', [
        { label: 'a', from: 'py-from', to: 'py-eol' },
        { label: 'b', from: 'js-from' },
      ]),
      facts,
    );
    expect(problems).toEqual([
      { file: 'charts/a.yaml', field: 'rows[0].to', message: 'names no fact "py-eol"' },
      { file: 'charts/a.yaml', field: 'rows[1].to', message: 'is needed by a timeline chart' },
    ]);
  });

  test('rejects facts that cannot be drawn as asked', () => {
    const problems = chartProblems(
      'charts/b.yaml',
      spec('ranges', [
        { label: 'a', fact: 'py-init' },
        { label: 'b', fact: 'npm' },
        { label: 'c', fact: 'js-mem' },
        { label: 'd', fact: 'share' },
      ]),
      facts,
    ).map((p) => `${p.field}: ${p.message}`);
    expect(problems).toEqual([
      'rows[1].fact: fact "npm" is not a range (it has no `to`)',
      'rows[1].fact: fact "npm" is in packages, the chart in ms',
      'rows[2].fact: fact "js-mem" is in MB, the chart in ms',
      'rows[3].fact: fact "share" describes both runtimes; a chart row draws one side',
      'rows[3].fact: fact "share" is not a number',
      'rows[3].fact: fact "share" is in no unit, the chart in ms',
    ]);
    expect(
      chartProblems(
        'charts/c.yaml',
        spec('timeline', [{ label: 'a', from: 'py-init', to: 'py-to' }]),
        facts,
      ),
    ).toEqual([
      {
        file: 'charts/c.yaml',
        field: 'rows[0].from',
        message: 'fact "py-init" is not a date ("71")',
      },
    ]);
  });
});

describe('timelineChart', () => {
  const spans: SpanInput[] = [
    {
      key: 'py',
      label: 'Python 3.12',
      group: 'python',
      start: day('2023-10-02'),
      end: day('2028-10-01'),
      endLabel: 'October 2028',
    },
    {
      key: 'old',
      label: 'Python 3.10',
      group: 'python',
      start: day('2021-10-04'),
      end: day('2026-10-01'),
      endLabel: 'October 2026',
    },
    {
      key: 'js',
      label: 'Node.js 24',
      group: 'node',
      start: day('2025-05-06'),
      end: day('2028-04-30'),
      endLabel: '30 April 2028',
    },
  ];
  const today = day('2026-12-02');
  const chart = timelineChart(spans, today, { width: 400 });

  test('draws only the lines still supported today, Node.js first, then by release', () => {
    expect(chart.order).toEqual(['js', 'py']);
    expect(texts(chart.shapes, 'chart-value')).toEqual([
      'until 30 April 2028',
      'until October 2028',
    ]);
  });

  test('spans whole years from the earliest start to after the latest end', () => {
    expect(chart.ticks.map((t) => t.label)).toEqual([
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
    ]);
    expect(chart.ticks[0]?.x).toBe(2);
    expect(chart.ticks.at(-1)?.x).toBe(398);
  });

  test('places each span and the today line on the time axis', () => {
    const x = (iso: string) =>
      2 +
      ((day(iso).getTime() - Date.UTC(2023, 0, 1)) /
        (Date.UTC(2029, 0, 1) - Date.UTC(2023, 0, 1))) *
        396;
    const bars = chart.shapes.filter((s) => s.type === 'rect');
    expect(bars[0]).toMatchObject({ className: 'chart-bar chart-node', x: x('2025-05-06') });
    expect(bars[0]?.type === 'rect' && bars[0].x + bars[0].width).toBeCloseTo(x('2028-04-30'));
    const line = chart.shapes.find((s) => s.type === 'line' && s.className === 'chart-today');
    expect(line).toMatchObject({ x1: x('2026-12-02'), x2: x('2026-12-02') });
    expect(texts(chart.shapes, 'chart-today-label')).toEqual(['Today, 2 Dec 2026']);
  });

  test('labels every second year when a narrow chart would crowd them', () => {
    const wide = [{ ...spans[0]!, start: day('2016-01-01'), end: day('2031-10-01') }];
    const labels = timelineChart(wide, today, { width: 300 }).ticks.map((t) => t.label);
    expect(labels).toEqual([
      '2016',
      '2018',
      '2020',
      '2022',
      '2024',
      '2026',
      '2028',
      '2030',
      '2032',
    ]);
  });
});

describe('factChart', () => {
  const today = day('2026-12-02');

  test('draws ranges low to high, sorted, with the numbers as a table', () => {
    const chart = factChart(
      {
        title: 'Cold start',
        kind: 'ranges',
        rowsLabel: 'Runtime',
        rows: [
          { label: 'Node.js 24', fact: 'js-init' },
          { label: 'Python 3.12', fact: 'py-init' },
        ],
      },
      facts,
      today,
    );
    expect(texts(chart.model.shapes, 'chart-value')).toEqual(['71–96 ms', '116–148 ms']);
    expect(chart.model.ticks.at(-1)?.label).toBe('150 ms');
    expect(chart.table.rows).toEqual([
      ['Python 3.12', '71–96\u00a0ms', '21 Dec 2025'],
      ['Node.js 24', '116–148\u00a0ms', '21 Dec 2025'],
    ]);
    expect(chart.description).toContain('Python 3.12: 71–96\u00a0ms; Node.js 24: 116–148\u00a0ms');
    expect(chart.facts).toEqual(['js-init', 'py-init']);
  });

  test('dates each bar with its fact’s month and prints each row’s own unit', () => {
    const chart = factChart(
      {
        title: 'Registries',
        kind: 'bars',
        rowsLabel: 'Registry',
        rows: [
          { label: 'PyPI', fact: 'pypi' },
          { label: 'npm', fact: 'npm' },
        ],
      },
      facts,
      today,
    );
    expect(texts(chart.model.shapes, 'chart-label')).toEqual(['npm, Jul 2023', 'PyPI, Jul 2024']);
    expect(texts(chart.model.shapes, 'chart-value')).toEqual([
      '3,342,873 packages',
      '635,000 projects',
    ]);
    expect(chart.model.ticks.map((t) => t.label)).toEqual(['0', '1M', '2M', '3M', '4M']);
    // One figure per bar: no whiskers.
    expect(chart.model.shapes.some((s) => s.className === 'chart-whisker')).toBe(false);
  });

  test('tables a timeline’s dates as the facts write them, leaving out ended lines', () => {
    const chart = factChart(
      {
        title: 'Releases',
        kind: 'timeline',
        rowsLabel: 'Release line',
        rows: [
          { label: 'Python 3.10', from: 'old-from', to: 'old-to' },
          { label: 'Python 3.12', from: 'py-from', to: 'py-to' },
          { label: 'Node.js 24', from: 'js-from', to: 'js-to' },
        ],
      },
      facts,
      today,
    );
    expect(chart.table.headers).toEqual(['Release line', 'First release', 'End of life']);
    expect(chart.table.rows).toEqual([
      ['Node.js 24', '6 May 2025', '30 April 2028'],
      ['Python 3.12', '2 October 2023', 'October 2028'],
    ]);
    expect(chart.description).toContain('today (2 Dec 2026)');
    expect(chart.facts).toEqual(['js-from', 'js-to', 'py-from', 'py-to']);
  });
});

describe('verdictOverview', () => {
  const item = (key: string, verdict: 'python' | 'node' | 'tie' | 'depends') => ({
    key,
    label: `Row ${key}`,
    verdict,
    href: `/compare/${key}/`,
  });
  const legend = { python: 'Python', node: 'Node.js', tie: 'Tie', depends: 'Depends' };

  test('links every row under its group, with its verdict’s marker, within the width', () => {
    const model = verdictOverview(
      [
        { label: 'Performance', items: [item('a', 'python'), item('b', 'node')] },
        { label: 'Business', items: [item('c', 'depends')] },
      ],
      legend,
      { width: 300 },
    );
    expect(model.links.map((l) => [l.href, l.verdict])).toEqual([
      ['/compare/a/', 'python'],
      ['/compare/b/', 'node'],
      ['/compare/c/', 'depends'],
    ]);
    expect(model.links.map((l) => l.marker.type)).toEqual(['circle', 'rect', 'path']);
    expect(texts(model.shapes, 'chart-group')).toEqual(['Performance', 'Business']);
    expect(texts(model.shapes, 'chart-label')).toEqual(['Python', 'Node.js', 'Tie', 'Depends']);
    for (const l of model.links) expect(l.box.x + l.box.width).toBeLessThanOrEqual(300);
    const [a, b, c] = model.links.map((l) => l.box);
    expect(b?.y).toBe(a?.y);
    expect(c!.y).toBeGreaterThan(a!.y);
    expect(model.height).toBeGreaterThan(c!.y + c!.height);
  });

  test('wraps chips onto a new line when the row is full', () => {
    const many = Array.from({ length: 8 }, (_, i) => item(`row-${i}`, 'tie'));
    const model = verdictOverview([{ label: 'All', items: many }], legend, { width: 300 });
    const lines = new Set(model.links.map((l) => l.box.y));
    expect(lines.size).toBeGreaterThan(1);
    for (const l of model.links) expect(l.box.x + l.box.width).toBeLessThanOrEqual(300);
  });
});
