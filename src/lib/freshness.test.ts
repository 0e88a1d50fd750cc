import { describe, expect, test } from 'vitest';
import {
  changes,
  formatFinding,
  freshnessInput,
  freshnessReport,
  type FreshFact,
} from './freshness';

const now = new Date('2026-12-02T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const fact = (over: Partial<FreshFact> = {}): FreshFact => ({
  id: 'f',
  label: 'CPU cores used in the first comparison',
  value: 1,
  asOf: day('2013-11-22'),
  ...over,
});

/** A report over one fresh row holding `facts`, and `sources`. */
function report(facts: FreshFact[], sources: { accessed: string }[] = [], reviewed = '2026-11-22') {
  return freshnessReport(
    {
      rows: [
        { id: 'row', file: 'dimensions/row.yaml', title: 'Row', reviewed: day(reviewed), facts },
      ],
      sources: sources.map((s, i) => ({
        id: `s${i}`,
        file: `sources/s${i}.yaml`,
        title: `Source ${i}`,
        accessed: day(s.accessed),
      })),
    },
    now,
  );
}

describe('changes', () => {
  test.each([
    ['Respondents using Python, Stack Overflow survey 2024', true],
    ['Packages in the npm registry', true],
    ['Publication date of TechEmpower Framework Benchmarks Round 23', true],
    ['Mean Init Duration, Python 3.12, hello-world', true],
    ['Node.js versions in which type stripping is marked stable', true],
    ['Whether the free-threaded build is CPython’s default', true],
    ['OpenTelemetry Python SDK signal status', true],
    ['Release in which the default for unhandled promise rejections became throw', false],
    ['Share of Spotify’s backend services written in Python', false],
  ])('%j: %s', (label, expected) => {
    expect(changes(fact({ label }))).toBe(expected);
  });

  test('follows the editor’s `changes` field over the label, and treats lab facts as changing', () => {
    expect(changes(fact({ label: 'Packages in the npm registry', changes: false }))).toBe(false);
    expect(changes(fact({ changes: true }))).toBe(true);
    expect(changes(fact({ lab: true }))).toBe(true);
  });
});

describe('freshnessReport', () => {
  test('reports a changing fact older than 18 months, naming file and field', () => {
    const findings = report([
      fact({ id: 'old', label: 'Respondents using Python, survey 2024', asOf: day('2025-06-01') }),
      fact({
        id: 'young',
        label: 'Respondents using Python, survey 2025',
        asOf: day('2025-06-03'),
      }),
      fact({ id: 'history', asOf: day('2013-11-22') }),
    ]);
    expect(findings.map((f) => [f.rule, f.id, f.field])).toEqual([
      ['fact-age', 'old', 'facts[0].asOf'],
    ]);
    expect(findings.map(formatFinding)).toEqual([
      'dimensions/row.yaml → facts[0].asOf: is 2025-06-01, 18 months ago, and "Respondents ' +
        'using Python, survey 2024" changes; look for a newer figure',
    ]);
  });

  test('reports a label that says "scheduled" for a date that has passed', () => {
    const findings = report([
      fact({ id: 'past', label: 'Scheduled end of life of Node.js 20', value: '30 April 2026' }),
      fact({ id: 'month', label: 'Expected release of Python 3.15', value: 'October 2026' }),
      fact({ id: 'future', label: 'Scheduled end of life of Node.js 22', value: '30 April 2027' }),
      fact({ id: 'this-month', label: 'Planned release', value: 'December 2026' }),
      fact({ id: 'done', label: 'End of life of Node.js 20', value: '30 April 2026' }),
    ]);
    expect(findings.map((f) => [f.rule, f.id, f.field])).toEqual([
      ['past-schedule', 'past', 'facts[0].label'],
      ['past-schedule', 'month', 'facts[1].label'],
    ]);
    expect(findings[0]?.message).toBe(
      '"Scheduled end of life of Node.js 20" says "Scheduled" for 30 April 2026, which has ' +
        'passed; say what happened',
    );
  });

  test('takes the date from the label when the value has none', () => {
    const findings = report([
      fact({ label: 'Features expected by 1 March 2026', value: 'Type stripping' }),
    ]);
    expect(findings.map((f) => f.rule)).toEqual(['past-schedule']);
  });

  test('reports a source not accessed for 12 months', () => {
    const findings = report([], [{ accessed: '2025-12-02' }, { accessed: '2025-12-03' }]);
    expect(findings.map((f) => [f.rule, f.id, f.field])).toEqual([
      ['source-accessed', 's0', 'accessed'],
    ]);
  });

  test('reports a row not reviewed for 18 months', () => {
    expect(report([], [], '2025-06-01').map((f) => [f.rule, f.id, f.field])).toEqual([
      ['row-review', 'row', 'reviewed'],
    ]);
    expect(report([], [], '2025-06-03')).toEqual([]);
  });

  test('lists findings in rule order', () => {
    const findings = report(
      [fact({ label: 'Scheduled release', value: '1 May 2026', asOf: day('2020-01-01') })],
      [{ accessed: '2020-01-01' }],
      '2020-01-01',
    );
    expect(findings.map((f) => f.rule)).toEqual(['past-schedule', 'source-accessed', 'row-review']);
  });
});

describe('freshnessInput', () => {
  test('reads collection entries, whose dates are already dates', () => {
    const input = freshnessInput(
      [
        {
          id: 'memory',
          filePath: 'content/dimensions/memory.yaml',
          data: {
            title: 'Memory',
            reviewed: day('2026-11-22'),
            facts: [
              {
                id: 'rss',
                label: 'Resident memory',
                value: 42,
                unit: 'MB',
                asOf: day('2025-12-21'),
              },
              {
                id: 'lab-rss',
                label: 'Resident memory in our lab',
                value: 40,
                asOf: day('2026-12-03'),
                lab: { run: { id: '2026-12-03' } },
              },
            ],
          },
        },
      ],
      [{ id: 'pep-779', data: { title: 'PEP 779', accessed: day('2026-01-05') } }],
    );
    expect(input).toEqual({
      rows: [
        {
          id: 'memory',
          file: 'content/dimensions/memory.yaml',
          title: 'Memory',
          reviewed: day('2026-11-22'),
          facts: [
            {
              id: 'rss',
              label: 'Resident memory',
              value: 42,
              unit: 'MB',
              asOf: day('2025-12-21'),
              changes: undefined,
              lab: false,
            },
            {
              id: 'lab-rss',
              label: 'Resident memory in our lab',
              value: 40,
              unit: undefined,
              asOf: day('2026-12-03'),
              changes: undefined,
              lab: true,
            },
          ],
        },
      ],
      sources: [
        { id: 'pep-779', file: 'sources/pep-779', title: 'PEP 779', accessed: day('2026-01-05') },
      ],
    });
  });

  test('reads YAML as parsed, dating a lab fact by its run', () => {
    const input = freshnessInput(
      [
        {
          id: 'memory',
          filePath: 'content/dimensions/memory.yaml',
          data: {
            title: 'Memory',
            reviewed: '2026-11-22',
            facts: [
              {
                id: 'rss',
                label: 'Resident memory',
                value: 42,
                asOf: '2025-12-21',
                changes: false,
              },
              { id: 'lab-rss', label: 'Resident memory in our lab', lab: { run: '2026-12-03' } },
            ],
          },
        },
      ],
      [
        {
          id: 'pep-779',
          filePath: 'content/sources/pep-779.yaml',
          data: { title: 'PEP 779', accessed: '2026-01-05' },
        },
      ],
    );
    const [row] = input.rows;
    expect(row?.reviewed).toEqual(day('2026-11-22'));
    expect(row?.facts.map((f) => [f.id, f.value, f.asOf, f.changes, f.lab])).toEqual([
      ['rss', 42, day('2025-12-21'), false, false],
      ['lab-rss', '', day('2026-12-03'), undefined, true],
    ]);
    expect(input.sources).toEqual([
      {
        id: 'pep-779',
        file: 'content/sources/pep-779.yaml',
        title: 'PEP 779',
        accessed: day('2026-01-05'),
      },
    ]);
  });
});
