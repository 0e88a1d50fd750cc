import { describe, expect, test } from 'vitest';
import {
  barChart,
  markerName,
  niceStep,
  niceTicks,
  placeLabels,
  rangeChart,
  scaleLinear,
  tickLabel,
  type BarInput,
  type Shape,
} from './lab-charts';

const bars: BarInput[] = [
  { key: 'flask', label: 'Flask (Python)', group: 'python', median: 3200, min: 3100, max: 3350 },
  {
    key: 'fastify',
    label: 'Fastify (Node.js)',
    group: 'node',
    median: 22800,
    min: 22000,
    max: 23400,
  },
  {
    key: 'fastapi',
    label: 'FastAPI (Python)',
    group: 'python',
    median: 7900,
    min: 7700,
    max: 8100,
  },
];

const ofType = <T extends Shape['type']>(shapes: Shape[], type: T) =>
  shapes.filter((s): s is Extract<Shape, { type: T }> => s.type === type);

describe('scales and ticks', () => {
  test('maps a domain linearly onto a pixel range', () => {
    const x = scaleLinear([0, 200], [10, 410]);
    expect(x(0)).toBe(10);
    expect(x(100)).toBe(210);
    expect(x(200)).toBe(410);
  });

  test('picks round steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(100, 4)).toBe(25);
    expect(niceStep(23400, 4)).toBe(10000);
    expect(niceStep(9, 4)).toBe(2.5);
    expect(niceStep(0.8, 4)).toBe(0.2);
  });

  test('starts ticks at zero and ends on the first step at or above the maximum', () => {
    expect(niceTicks(23400)).toEqual([0, 10000, 20000, 30000]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(81.2)).toEqual([0, 25, 50, 75, 100]);
  });

  test('gives an empty or zero chart one unit of axis instead of dividing by zero', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  test('shortens six-digit tick labels', () => {
    expect(tickLabel(20000)).toBe('20,000');
    expect(tickLabel(150000)).toBe('150k');
    expect(tickLabel(2.5)).toBe('2.5');
  });
});

describe('placeLabels', () => {
  test('puts name and value on one line when both fit', () => {
    const { shapes, height } = placeLabels('FastAPI', '7,900 req/s', 400, 14, 0);
    const [name, value] = ofType(shapes, 'text');
    expect(name?.y).toBe(value?.y);
    expect(value?.anchor).toBe('end');
    expect(height).toBe(18);
  });

  test('moves the value to a line of its own when name and value would collide', () => {
    const long = 'A framework with a very long display name indeed';
    const { shapes, height } = placeLabels(long, '12,345 req/s', 400, 14, 0);
    const [name, value] = ofType(shapes, 'text');
    expect(value?.y).toBeGreaterThan(name?.y ?? 0);
    expect(height).toBe(36);
  });
});

describe('barChart', () => {
  const chart = barChart(bars, { unit: 'req/s' });

  test('orders rows by median, largest first by default', () => {
    expect(chart.order).toEqual(['fastify', 'fastapi', 'flask']);
  });

  test('orders rows smallest first on request', () => {
    expect(barChart(bars, { unit: 'ms', order: 'asc' }).order).toEqual([
      'flask',
      'fastapi',
      'fastify',
    ]);
  });

  test('runs the axis from zero to a round value above the largest whisker', () => {
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 10000, 20000, 30000]);
    expect(chart.ticks.at(-1)?.label).toBe('30,000 req/s');
    expect(chart.ticks[0]?.x).toBe(2);
    expect(chart.ticks.at(-1)?.x).toBe(chart.width - 2);
  });

  test('draws bars in proportion to their medians, coloured by runtime', () => {
    const rects = ofType(chart.shapes, 'rect');
    expect(rects.map((r) => r.className)).toEqual([
      'chart-bar chart-node',
      'chart-bar chart-python',
      'chart-bar chart-python',
    ]);
    const [fastify, fastapi] = rects;
    expect((fastify?.width ?? 0) / (fastapi?.width ?? 1)).toBeCloseTo(22800 / 7900, 2);
  });

  test('spans each whisker from the lowest to the highest repetition', () => {
    const x = scaleLinear([0, 30000], [2, chart.width - 2]);
    const whiskers = ofType(chart.shapes, 'line').filter((l) => l.className === 'chart-whisker');
    const first = whiskers[0];
    expect(first?.x1).toBeCloseTo(x(22000));
    expect(first?.x2).toBeCloseTo(x(23400));
    expect(whiskers).toHaveLength(9);
  });

  test('keeps every shape inside the drawing', () => {
    for (const s of chart.shapes) {
      if (s.type === 'rect') expect(s.x + s.width).toBeLessThanOrEqual(chart.width);
      if (s.type === 'line') expect(Math.max(s.x1, s.x2)).toBeLessThanOrEqual(chart.width);
      if (s.type === 'text') expect(s.y).toBeLessThanOrEqual(chart.height);
    }
  });
});

describe('rangeChart', () => {
  const rows = [
    {
      key: 'django',
      label: 'Django (Python)',
      group: 'python' as const,
      points: [
        { name: 'p50', value: 22 },
        { name: 'p90', value: 40 },
        { name: 'p99', value: 81 },
      ],
    },
    {
      key: 'fastify',
      label: 'Fastify (Node.js)',
      group: 'node' as const,
      points: [
        { name: 'p50', value: 2.4 },
        { name: 'p90', value: 4.3 },
        { name: 'p99', value: 9.5 },
      ],
    },
  ];
  const chart = rangeChart(rows, { unit: 'ms', digits: 1 });

  test('orders rows by their last percentile, smallest first', () => {
    expect(chart.order).toEqual(['fastify', 'django']);
  });

  test('scales the axis to the largest percentile of any row', () => {
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
  });

  test('draws one marker shape per percentile and a legend naming them', () => {
    const legend = ofType(chart.shapes, 'text').filter((t) => /^p\d+$/.test(t.text));
    expect(legend.map((t) => t.text)).toEqual(['p50', 'p90', 'p99']);
    const markers = chart.shapes.filter((s) => s.className.startsWith('chart-marker chart-'));
    expect(markers.map((m) => m.type)).toEqual([
      'circle',
      'rect',
      'path',
      'circle',
      'rect',
      'path',
    ]);
  });

  test('names marker shapes in drawing order, for descriptions', () => {
    expect([0, 1, 2, 3, 4].map(markerName)).toEqual([
      'circle',
      'square',
      'diamond',
      'triangle',
      'circle',
    ]);
  });

  test('prints every percentile of a row in its value label', () => {
    const values = ofType(chart.shapes, 'text').filter((t) => t.className === 'chart-value');
    expect(values.map((v) => v.text)).toEqual(['2.4 · 4.3 · 9.5 ms', '22 · 40 · 81 ms']);
  });
});
