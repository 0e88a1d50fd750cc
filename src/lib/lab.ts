/**
 * Pure logic over benchmark-lab runs: which run the pages show, what each scenario page
 * measures, and how a dimension fact that names a measurement is turned into a value, a unit
 * and a note. No astro:* imports, so unit tests run it directly.
 */
import {
  LAB_HTTP_SCENARIOS,
  LAB_SCENARIOS,
  type LabApp,
  type LabResult,
  type LabRun,
  type LabRuntime,
  type Stat,
} from './lab-run.ts';

/** Every lab page below /lab/: the scenarios apps declare, then start-up and memory. */
export const LAB_PAGES = [...LAB_SCENARIOS, 'startup', 'memory'] as const;
export type LabPage = (typeof LAB_PAGES)[number];

/** What a dimension fact may take from a run. */
export const LAB_METRICS = [
  'throughput',
  'p50',
  'p90',
  'p99',
  'startup',
  'idle-memory',
  'peak-memory',
  'ws-memory',
  'ws-broadcast-p99',
] as const;
export type LabMetric = (typeof LAB_METRICS)[number];

type HttpScenario = (typeof LAB_HTTP_SCENARIOS)[number];
const HTTP: readonly string[] = LAB_HTTP_SCENARIOS;

/** Whether a page is one of the request scenarios measured with a load generator. */
export function isHttpScenario(page: string): page is HttpScenario {
  return HTTP.includes(page);
}

interface MetricSpec {
  unit: string;
  /** Decimal places a resolved value keeps. */
  digits: number;
  /** Pages (scenarios) the metric can be read from. */
  pages: readonly LabPage[];
  /** The measured statistic, or undefined when the run has none for this app. */
  read: (run: LabRun, page: LabPage, app: string) => Stat | undefined;
}

const result = (run: LabRun, page: LabPage, app: string) =>
  run.results.find((r) => r.scenario === page && r.app === app);

/** The unit, precision and location of each metric. */
export const METRICS: Record<LabMetric, MetricSpec> = {
  throughput: {
    unit: 'req/s',
    digits: 0,
    pages: LAB_HTTP_SCENARIOS,
    read: (run, page, app) => result(run, page, app)?.throughput,
  },
  p50: {
    unit: 'ms',
    digits: 2,
    pages: LAB_HTTP_SCENARIOS,
    read: (run, page, app) => result(run, page, app)?.latency?.p50,
  },
  p90: {
    unit: 'ms',
    digits: 2,
    pages: LAB_HTTP_SCENARIOS,
    read: (run, page, app) => result(run, page, app)?.latency?.p90,
  },
  p99: {
    unit: 'ms',
    digits: 2,
    pages: LAB_HTTP_SCENARIOS,
    read: (run, page, app) => result(run, page, app)?.latency?.p99,
  },
  startup: {
    unit: 'ms',
    digits: 0,
    pages: ['startup'],
    read: (run, _page, app) => run.startup.find((s) => s.app === app)?.ms,
  },
  'idle-memory': {
    unit: 'MiB',
    digits: 1,
    pages: ['memory'],
    read: (run, _page, app) => run.memory.find((m) => m.app === app)?.idleMiB,
  },
  'peak-memory': {
    unit: 'MiB',
    digits: 1,
    pages: ['memory'],
    read: (run, _page, app) => run.memory.find((m) => m.app === app)?.peakMiB,
  },
  'ws-memory': {
    unit: 'MiB per 10,000 connections',
    digits: 1,
    pages: ['websocket'],
    read: (run, _page, app) => run.websocket.find((w) => w.app === app)?.miBPer10k,
  },
  'ws-broadcast-p99': {
    unit: 'ms',
    digits: 0,
    pages: ['websocket'],
    read: (run, _page, app) => run.websocket.find((w) => w.app === app)?.broadcastMs.p99,
  },
};

/** Id of the bibliography entry every run becomes ("lab-2026-12-03"). */
export function labSourceId(date: string): string {
  return `lab-${date}`;
}

/** The run the pages show: the newest full run, else the newest quick run (flagged as such). */
export function publishedRun<T extends Pick<LabRun, 'date' | 'mode'>>(
  runs: readonly T[],
): { run: T; quick: boolean } | undefined {
  const newest = (mode: LabRun['mode']) =>
    runs.filter((r) => r.mode === mode).sort((a, b) => b.date.localeCompare(a.date))[0];
  const full = newest('full');
  if (full) return { run: full, quick: false };
  const quick = newest('quick');
  return quick ? { run: quick, quick: true } : undefined;
}

/** Rounds to a number of decimal places without binary noise (0.1 + 0.2 stays 0.3). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const RUNTIME_NAMES: Record<LabRuntime, string> = {
  python: 'Python',
  node24: 'Node.js',
  node22: 'Node.js',
};

/** The runtime an app ran on, with its exact version ("Python 3.11.7", "Node.js 24.21.0"). */
export function runtimeLabel(app: Pick<LabApp, 'runtime' | 'runtimeVersion'>): string {
  return `${RUNTIME_NAMES[app.runtime]} ${app.runtimeVersion.replace(/^v/, '')}`;
}

/** The apps of a run with Python first, then Node.js, each in name order. */
export function appsInOrder<T extends Pick<LabApp, 'language' | 'name'>>(apps: readonly T[]): T[] {
  return [...apps].sort(
    (a, b) =>
      (a.language === 'python' ? 0 : 1) - (b.language === 'python' ? 0 : 1) ||
      a.name.localeCompare(b.name),
  );
}

/** A result cell, when the run measured one for this scenario and app. */
export function resultFor(run: LabRun, scenario: string, app: string): LabResult | undefined {
  return run.results.find((r) => r.scenario === scenario && r.app === app);
}

/** A dimension fact's reference to one measurement. */
export interface LabMeasure {
  run: string;
  scenario: LabPage;
  app: string;
  metric: LabMetric;
  vs?: string | undefined;
}

/** A measurement turned into what a fact prints. */
export interface ResolvedMeasure {
  value: number;
  unit: string;
  /** The run's date, as the fact's as-of date. */
  asOf: string;
  note: string;
}

/** Why a measurement reference cannot be resolved, with the field of `lab` to fix. */
export interface MeasureProblem {
  field: 'run' | 'scenario' | 'app' | 'metric' | 'vs';
  message: string;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const fmt = (value: number) => numberFormat.format(value);

/** "1,234–1,301 req/s": a statistic's spread as a reader sees it. */
export function spread(stat: Stat, unit: string, digits: number): string {
  return `${fmt(roundTo(stat.min, digits))}–${fmt(roundTo(stat.max, digits))} ${unit}`;
}

/**
 * Resolves a fact's `lab` reference against its run: the median (or the ratio of two medians
 * with `vs`), the unit, the run date, and a note with the spread and the CPU placement. Returns
 * a problem instead when the reference names something the run does not hold or did not measure.
 */
export function resolveMeasure(
  run: LabRun,
  ref: LabMeasure,
  titles: Readonly<Partial<Record<string, string>>> = {},
): ResolvedMeasure | MeasureProblem {
  if (run.mode !== 'full') {
    return {
      field: 'run',
      message: `run ${run.date} is a quick run; facts may only cite full runs, which are publishable`,
    };
  }
  const spec = METRICS[ref.metric];
  if (!spec.pages.includes(ref.scenario)) {
    return {
      field: 'metric',
      message: `metric "${ref.metric}" is not measured in scenario "${ref.scenario}" (it belongs to ${spec.pages.join(', ')})`,
    };
  }
  const measured = (field: 'app' | 'vs', id: string): Stat | MeasureProblem => {
    const app = run.apps.find((a) => a.id === id);
    if (!app) {
      const known = run.apps.map((a) => a.id).join(', ');
      return { field, message: `run ${run.date} has no app "${id}" (it has ${known})` };
    }
    const stat = app.status === 'measured' ? spec.read(run, ref.scenario, id) : undefined;
    const cell = isHttpScenario(ref.scenario) ? resultFor(run, ref.scenario, id) : undefined;
    if (!stat || (cell && !cell.verified)) {
      return {
        field,
        message: `run ${run.date} has no measured ${ref.metric} for app "${id}" in scenario "${ref.scenario}"`,
      };
    }
    return stat;
  };
  const own = measured('app', ref.app);
  if ('field' in own) return own;
  const scenario = titles[ref.scenario] ?? ref.scenario;
  const where = `median of ${run.settings.repetitions} repetitions in the lab run of ${run.date} (${scenario})`;
  const placement = `server and load generator pinned to separate cores (server CPUs ${run.placement.serverCpus}, load CPUs ${run.placement.loadCpus})`;
  const name = (id: string) => run.apps.find((a) => a.id === id)?.name ?? id;

  if (ref.vs === undefined) {
    return {
      value: roundTo(own.median, spec.digits),
      unit: spec.unit,
      asOf: run.date,
      note: `${name(ref.app)}: ${where}; min–max ${spread(own, spec.unit, spec.digits)}; ${placement}.`,
    };
  }
  if (ref.vs === ref.app) {
    return { field: 'vs', message: `compares app "${ref.app}" with itself` };
  }
  const other = measured('vs', ref.vs);
  if ('field' in other) return other;
  if (other.median === 0) {
    return { field: 'vs', message: `app "${ref.vs}" measured 0, so no ratio can be taken` };
  }
  return {
    value: roundTo(own.median / other.median, 2),
    unit: '×',
    asOf: run.date,
    note:
      `${name(ref.app)} ÷ ${name(ref.vs)}, ${ref.metric}: ${where}; ` +
      `${name(ref.app)} min–max ${spread(own, spec.unit, spec.digits)}, ` +
      `${name(ref.vs)} min–max ${spread(other, spec.unit, spec.digits)}; ${placement}.`,
  };
}

/** One row of a scenario's results: an app with the measures its page shows. */
export interface LabRow {
  app: LabApp;
  result?: LabResult | undefined;
}

/** Every app of a run with its cell for `scenario` (apps that do not implement it left out). */
export function scenarioRows(run: LabRun, scenario: string): LabRow[] {
  return appsInOrder(run.apps)
    .map((app) => ({ app, result: resultFor(run, scenario, app.id) }))
    .filter((row) => row.result !== undefined || row.app.status !== 'measured');
}

/** The measure that sums a page up in the overview, and whether more is better. */
export const HEADLINE: Record<LabPage, { metric: LabMetric; better: 'higher' | 'lower' }> = {
  ...(Object.fromEntries(
    LAB_HTTP_SCENARIOS.map((s) => [s, { metric: 'throughput', better: 'higher' }]),
  ) as Record<HttpScenario, { metric: LabMetric; better: 'higher' | 'lower' }>),
  websocket: { metric: 'ws-memory', better: 'lower' },
  startup: { metric: 'startup', better: 'lower' },
  memory: { metric: 'idle-memory', better: 'lower' },
};

/** The best measured app of each language on a page's headline measure, for the overview. */
export function bestByLanguage(
  run: LabRun,
  page: LabPage,
): Partial<Record<LabApp['language'], { app: LabApp; median: number }>> {
  const { metric, better } = HEADLINE[page];
  const best: Partial<Record<LabApp['language'], { app: LabApp; median: number }>> = {};
  for (const app of appsInOrder(run.apps)) {
    if (app.status !== 'measured') continue;
    const cell = isHttpScenario(page) ? resultFor(run, page, app.id) : undefined;
    if (cell && !cell.verified) continue;
    const stat = METRICS[metric].read(run, page, app.id);
    if (!stat) continue;
    const current = best[app.language];
    const wins =
      !current ||
      (better === 'higher' ? stat.median > current.median : stat.median < current.median);
    if (wins) best[app.language] = { app, median: stat.median };
  }
  return best;
}

/** The bibliography fields of a run's derived source, so a run is cited like any document. */
export function runSourceData(run: LabRun, publisher: string, url: string) {
  const date = new Date(`${run.date}T00:00:00Z`);
  const measured = new Set(run.results.map((r) => r.scenario));
  const quick = run.mode === 'quick' ? ' (quick run, not publishable)' : '';
  return {
    title: `Benchmark lab run of ${run.date}${quick}`,
    publisher,
    url,
    published: date,
    accessed: date,
    kind: 'measurement' as const,
    sells: 'none' as const,
    status: 'verified' as const,
    summary:
      `${run.apps.length} Python and Node.js apps in ${measured.size} request scenarios plus ` +
      `start-up and memory, ${run.settings.repetitions} interleaved repetitions each, on ` +
      `${run.machine.cpu} (${run.machine.cores} cores); server pinned to CPUs ` +
      `${run.placement.serverCpus} and load generator to CPUs ${run.placement.loadCpus}.`,
  };
}

/** "12,345 [11,900–12,800]": a median with its min–max spread. */
export function formatStat(stat: Stat | undefined, digits: number): string {
  if (!stat) return '—';
  const f = (v: number) => fmt(roundTo(v, digits));
  return `${f(stat.median)} [${f(stat.min)}–${f(stat.max)}]`;
}

/** An app's name with its runtime when the name does not say it ("FastAPI (Python)"). */
export function appLabel(app: Pick<LabApp, 'name' | 'language'>): string {
  const runtime = app.language === 'python' ? 'Python' : 'Node.js';
  return app.name.includes(runtime) ? app.name : `${app.name} (${runtime})`;
}

/** Whether an app's figures for a page may be shown: measured, and verified where checked. */
function usable(run: LabRun, page: LabPage, app: LabApp): boolean {
  if (app.status !== 'measured') return false;
  const cell = isHttpScenario(page) ? resultFor(run, page, app.id) : undefined;
  return !cell || cell.verified;
}

/** One chart bar per app that has the metric on this page: median with min–max. */
export function barInputs(
  run: LabRun,
  page: LabPage,
  metric: LabMetric,
): {
  key: string;
  label: string;
  group: LabApp['language'];
  median: number;
  min: number;
  max: number;
}[] {
  return appsInOrder(run.apps).flatMap((app) => {
    const stat = usable(run, page, app) ? METRICS[metric].read(run, page, app.id) : undefined;
    return stat ? [{ key: app.id, label: appLabel(app), group: app.language, ...stat }] : [];
  });
}

/** One row of percentile markers per app: p50, p90, p99 of a scenario's latency. */
export function latencyInputs(run: LabRun, page: LabPage) {
  return appsInOrder(run.apps).flatMap((app) => {
    const latency = usable(run, page, app) ? resultFor(run, page, app.id)?.latency : undefined;
    return latency
      ? [
          {
            key: app.id,
            label: appLabel(app),
            group: app.language,
            points: [
              { name: 'p50', value: latency.p50.median },
              { name: 'p90', value: latency.p90.median },
              { name: 'p99', value: latency.p99.median },
            ],
          },
        ]
      : [];
  });
}

/** One row per app of the WebSocket broadcast delay: p50 and p99. */
export function broadcastInputs(run: LabRun) {
  return appsInOrder(run.apps).flatMap((app) => {
    const ws = usable(run, 'websocket', app)
      ? run.websocket.find((w) => w.app === app.id)
      : undefined;
    return ws
      ? [
          {
            key: app.id,
            label: appLabel(app),
            group: app.language,
            points: [
              { name: 'p50', value: ws.broadcastMs.p50.median },
              { name: 'p99', value: ws.broadcastMs.p99.median },
            ],
          },
        ]
      : [];
  });
}
