import { describe, expect, test } from 'vitest';
import { displayDate, factHtml, formatFact, isDateValue, isoDate, monthsBetween } from './facts';

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

  test('prints ranges, negative figures and long units the same way', () => {
    expect(formatFact({ value: 20000, to: 30000, unit: 'req/s' })).toBe('20,000–30,000\u00a0req/s');
    expect(formatFact({ value: 10, to: 20, unit: '%' })).toBe('10–20%');
    expect(formatFact({ value: -2.5, unit: 'percentage points' })).toBe(
      '\u22122.5\u00a0percentage points',
    );
    expect(formatFact({ value: 0.125, unit: 's' })).toBe('0.13\u00a0s');
  });

  test('prints text facts as written', () => {
    expect(formatFact({ value: 'Node.js v22.13.0' })).toBe('Node.js v22.13.0');
  });
});

describe('isDateValue', () => {
  test('recognises a day, month and year, or a month and year', () => {
    expect(isDateValue('17 March 2025')).toBe(true);
    expect(isDateValue('October 2028')).toBe(true);
  });

  test('leaves numbers, versions and sentences that mention a date alone', () => {
    expect(isDateValue(2025)).toBe(false);
    expect(isDateValue('Node.js v22.13.0')).toBe(false);
    expect(isDateValue('Python 3.14 (officially supported, optional build)')).toBe(false);
    expect(isDateValue('Stable since 17 March 2025')).toBe(false);
    expect(isDateValue('17 Marchy 2025')).toBe(false);
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

  test('links the figure to its row, with label and date as a tooltip and the month after it', () => {
    expect(factHtml(fact, '/compare/cold-starts/#fact-init')).toBe(
      '<a class="fact" href="/compare/cold-starts/#fact-init" ' +
        'title="Mean Init Duration, Python 3.12 &lt;hello-world&gt; (as of 21 Dec 2025)">' +
        '71–96\u00a0ms</a>' +
        '<span class="fact-date"> (<time datetime="2025-12">Dec 2025</time>)</span>',
    );
  });

  test('prints a date-valued fact without an as-of month, keeping the date in the tooltip', () => {
    const eol = { label: 'End of life', value: '30 April 2026', asOf: new Date('2025-11-02') };
    expect(factHtml(eol, '/r/')).toBe(
      '<a class="fact" href="/r/" title="End of life (as of 2 Nov 2025)">30 April 2026</a>',
    );
  });

  test('escapes text values and quotes in the label', () => {
    const text = { label: 'a "b"', value: 'x < y & z', asOf: fact.asOf };
    const html = factHtml(text, '/r/');
    expect(html).toContain('title="a &quot;b&quot; (as of 21 Dec 2025)"');
    expect(html).toContain('>x &lt; y &amp; z</a>');
  });
});
