import { describe, expect, test } from 'vitest';
import { displayDate, factHtml, formatFact, isoDate, monthsBetween } from './facts';

describe('formatFact', () => {
  test('groups digits and appends the unit after a no-break space', () => {
    expect(formatFact({ value: 3342873, unit: 'packages' })).toBe('3,342,873\u00a0packages');
  });

  test('prints a range with an en dash', () => {
    expect(formatFact({ value: 71, to: 96, unit: 'ms' })).toBe('71–96\u00a0ms');
  });

  test('attaches percent and multiplication signs without a space', () => {
    expect(formatFact({ value: 57.9, unit: '%' })).toBe('57.9%');
    expect(formatFact({ value: 'under 1', unit: '% of invocations' })).toBe(
      'under 1% of invocations',
    );
    expect(formatFact({ value: 1.25, unit: '× on average' })).toBe('1.25× on average');
  });

  test('prints text facts as written', () => {
    expect(formatFact({ value: 'Node.js v22.13.0' })).toBe('Node.js v22.13.0');
  });
});

describe('dates', () => {
  test('formats in UTC whatever the machine time zone', () => {
    const d = new Date('2025-12-21T00:00:00Z');
    expect(isoDate(d)).toBe('2025-12-21');
    expect(displayDate(d)).toBe('21 Dec 2025');
  });

  test('counts whole months between two dates', () => {
    expect(monthsBetween(new Date('2025-01-15'), new Date('2026-07-14'))).toBe(17);
    expect(monthsBetween(new Date('2025-01-15'), new Date('2026-07-15'))).toBe(18);
  });
});

describe('factHtml', () => {
  const fact = {
    label: 'Mean Init Duration, Python 3.12 <hello-world>',
    value: 71,
    to: 96,
    unit: 'ms',
    asOf: new Date('2025-12-21T00:00:00Z'),
  };

  test('links the figure to its row, with the label as a tooltip and the month after it', () => {
    expect(factHtml(fact, '/compare/cold-starts/#fact-init')).toBe(
      '<a class="fact" href="/compare/cold-starts/#fact-init" ' +
        'title="Mean Init Duration, Python 3.12 &lt;hello-world&gt;">71–96\u00a0ms</a>' +
        '<span class="fact-date"> (Dec 2025)</span>',
    );
  });

  test('escapes text values and quotes in the label', () => {
    const text = { label: 'a "b"', value: 'x < y & z', asOf: fact.asOf };
    const html = factHtml(text, '/r/');
    expect(html).toContain('title="a &quot;b&quot;"');
    expect(html).toContain('>x &lt; y &amp; z</a>');
  });
});
