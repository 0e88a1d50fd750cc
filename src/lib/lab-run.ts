/**
 * The shape of one benchmark-lab run (`content/lab/runs/<date>.json`). One schema for both ends:
 * the harness validates a run against it before writing the file, and the content collection
 * validates it again at build time, so a result that the site renders is always complete.
 */
import { z } from 'astro/zod';
import { slugSchema } from './slug-schema.ts';

/** Request scenarios measured with a load generator, in the order the pages list them. */
export const LAB_HTTP_SCENARIOS = [
  'plaintext',
  'json',
  'db',
  'queries',
  'fortunes',
  'updates',
  'slow',
  'cpu-loop',
  'cpu-native',
] as const;
/** Every scenario an app can declare; `websocket` has its own client instead of wrk. */
export const LAB_SCENARIOS = [...LAB_HTTP_SCENARIOS, 'websocket'] as const;
export type LabScenario = (typeof LAB_SCENARIOS)[number];

/** Runtimes an app runs on: CPython, or a Node.js release line. */
export const LAB_RUNTIMES = ['python', 'node24', 'node22'] as const;
export type LabRuntime = (typeof LAB_RUNTIMES)[number];

const id = slugSchema;
const count = z.number().int().nonnegative();
const positive = z.number().nonnegative();

/** A measured quantity over the repetitions: the median with its spread, and every run. */
export const statSchema = z.object({
  median: positive,
  min: positive,
  max: positive,
  /** One value per repetition, in the order they ran. */
  runs: z.array(positive).min(1),
});
export type Stat = z.infer<typeof statSchema>;

/** Name and exact version of a package or tool. */
const versioned = z.object({ name: z.string().min(1), version: z.string().min(1) });

const app = z.object({
  /** Unique within the run: the app folder, with `-node22` for the second Node.js line. */
  id,
  /** Folder under `lab/apps/` holding the code that ran. */
  dir: id,
  /** Display name ("FastAPI", "Fastify on Node.js 22"). */
  name: z.string().min(1),
  language: z.enum(['python', 'node']),
  runtime: z.enum(LAB_RUNTIMES),
  /** Exact runtime version ("3.11.7", "24.21.0"). */
  runtimeVersion: z.string().min(1),
  framework: versioned,
  server: versioned,
  /** Worker processes (`WEB_CONCURRENCY`) the app ran with. */
  workers: count.min(1),
  /** `measured`, or why not: it failed verification, crashed, or was left out. */
  status: z.enum(['measured', 'failed', 'skipped']),
  /** What went wrong, naming the scenario, when status is not `measured` or a cell failed. */
  problems: z.array(z.string()).default([]),
});

/** Latency percentiles in milliseconds. */
const latency = z.object({
  /** `open-loop`: requests sent at a fixed rate whatever the replies; `closed-loop`: wrk's. */
  mode: z.enum(['open-loop', 'closed-loop']),
  /** Requests per second offered (open loop) or connections kept busy (closed loop). */
  rate: positive,
  p50: statSchema,
  p90: statSchema,
  p99: statSchema,
});

const result = z.object({
  scenario: z.enum(LAB_SCENARIOS),
  /** An app `id` of this run. */
  app: id,
  /** Whether the verifier accepted the app's responses before this scenario was measured. */
  verified: z.boolean(),
  /** Verifier or run problems; empty when verified and measured. */
  problems: z.array(z.string()).default([]),
  /** Requests per second at saturation (wrk, closed loop). Absent when not measured. */
  throughput: statSchema.optional(),
  /** Latency percentiles; absent when not measured. */
  latency: latency.optional(),
  /** Non-2xx replies and socket errors summed over the measured repetitions. */
  errors: count.default(0),
});

export const labRunSchema = z
  .object({
    /** Day the run started (YYYY-MM-DD); also the file name. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
    /** `full` runs are publishable; `quick` runs only prove the harness works. */
    mode: z.enum(['full', 'quick']),
    startedAt: z.string().min(1),
    finishedAt: z.string().min(1),
    /** The command that reproduces this run. */
    command: z.string().min(1),
    /** Git commit of the lab code that ran. */
    commit: z.string().min(1),
    machine: z.object({
      cpu: z.string().min(1),
      cores: count.min(1),
      memoryGiB: positive,
      kernel: z.string().min(1),
      os: z.string().min(1),
    }),
    /** CPU lists given to `taskset` for the servers and for the load generators. */
    placement: z.object({ serverCpus: z.string().min(1), loadCpus: z.string().min(1) }),
    tools: z.object({
      postgres: z.string().min(1),
      wrk: z.string().min(1),
      /** The open-loop generator used for latency, or null when percentiles are closed-loop. */
      openLoop: versioned.nullable(),
    }),
    python: z.object({
      version: z.string().min(1),
      implementation: z.string().min(1),
      /** True for a free-threaded (no-GIL) build. */
      freeThreaded: z.boolean(),
    }),
    settings: z.object({
      warmupSeconds: positive,
      durationSeconds: positive,
      repetitions: count.min(1),
      /** wrk connections for every scenario but `slow`. */
      connections: count.min(1),
      /** wrk connections for `slow`. */
      slowConnections: count.min(1),
      /** Open-loop rate as a fraction of the slowest app's median throughput in that scenario. */
      latencyRateFraction: positive,
      latencySeconds: positive,
      /** Idle WebSocket connections opened per app. */
      websocketConnections: count.min(1),
    }),
    apps: z.array(app).min(1),
    results: z.array(result),
    /** Process start to the first good `/json` reply. */
    startup: z.array(z.object({ app: id, ms: statSchema })),
    /** Resident memory of the app's whole process tree. */
    memory: z.array(
      z.object({
        app: id,
        processes: count.min(1),
        /** After start-up and one request per endpoint. */
        idleMiB: statSchema,
        /** The highest sample taken while any scenario ran. */
        peakMiB: statSchema,
      }),
    ),
    websocket: z.array(
      z.object({
        app: id,
        connections: count.min(1),
        /** Resident memory added by the idle connections, scaled to 10,000. */
        miBPer10k: statSchema,
        /** Delivery time of one broadcast to each client, from the moment the sender sent it; percentiles over every client and broadcast. */
        broadcastMs: z.object({ p50: statSchema, p99: statSchema }),
      }),
    ),
  })
  .superRefine((run, ctx) => {
    const ids = new Set(run.apps.map((a) => a.id));
    const check = (rows: { app: string }[], field: string) =>
      rows.forEach((row, i) => {
        if (!ids.has(row.app)) {
          ctx.addIssue({
            code: 'custom',
            path: [field, i, 'app'],
            message: `names app "${row.app}", which is not in apps`,
          });
        }
      });
    check(run.results, 'results');
    check(run.startup, 'startup');
    check(run.memory, 'memory');
    check(run.websocket, 'websocket');
  });
export type LabRun = z.infer<typeof labRunSchema>;
export type LabApp = LabRun['apps'][number];
export type LabResult = LabRun['results'][number];
