/**
 * The correctness verifier: before an app is measured in a scenario, its replies must match
 * lab/CONTRACT.md (TechEmpower's verification rules, made strict where the lab's contract is).
 * Every check returns problems as one-line reasons; `verify` prefixes each with the request
 * ("GET /queries?queries=501: 499 rows, expected 500"). An empty list means the app passed.
 */
import { crc32 } from 'node:zlib';
import type { LabScenario } from '../../src/lib/lab-run.ts';

/** One HTTP reply as the harness received it; header names are lower-case. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}
/** Sends `GET path` to the app under test. */
export type Get = (path: string) => Promise<Reply>;
/** Reads `randomnumber` for the given ids from the database, as it is now. */
export type ReadWorld = (ids: number[]) => Promise<Map<number, number>>;
/** A row of the `fortune` table. */
export interface Fortune {
  id: number;
  message: string;
}
export interface VerifyContext {
  get: Get;
  readWorld: ReadWorld;
  /** Every row of the `fortune` table. */
  fortunes: Fortune[];
}
/** Scenarios answered over HTTP; the WebSocket client checks its own replies. */
export type VerifiedScenario = Exclude<LabScenario, 'websocket'>;

type MediaType = 'text/plain' | 'application/json' | 'text/html';

const HELLO = 'Hello, World!';
const MAX_ID = 10_000;
/** How long `/slow` must take at least: the handler's timer. */
export const SLOW_MS = 20;
/** Requests to `/db` whose ids must not all be the same. */
export const DB_SAMPLES = 5;
/** The fortune every app adds at request time. */
export const EXTRA_FORTUNE: Fortune = {
  id: 0,
  message: 'Additional fortune added at request time.',
};
/** CRC-32 (IEEE, as zlib computes it) of the contract's buffer b[i] = i % 251, 65,536 bytes. */
export const EXPECTED_CRC32 = crc32(Uint8Array.from({ length: 65_536 }, (_, i) => i % 251));

/** `queries` values the verifier sends to `/queries`, with the row count each must give. */
export const QUERY_CASES: readonly (readonly [path: string, rows: number])[] = [
  ['/queries?queries=20', 20],
  ['/queries?queries=0', 1],
  ['/queries?queries=1', 1],
  ['/queries?queries=500', 500],
  ['/queries?queries=501', 500],
  ['/queries?queries=abc', 1],
  ['/queries', 1],
];
/** Rows asked of `/updates`. */
export const UPDATE_ROWS = 20;
/** Rows with a problem that `checkRows` describes before summing up the rest. */
const ROWS_SHOWN = 3;

/** A short, single-line rendering of a value for a problem message; strings are quoted. */
function show(value: unknown, max = 80): string {
  const clip = (text: string) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  if (typeof value === 'string') return JSON.stringify(clip(value));
  return clip(JSON.stringify(value) ?? String(value));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Status, then `content-type`, `date` and a body length. A charset parameter may be present but must
 * be utf-8, and HTML must declare it (a browser would otherwise guess the fortunes' encoding).
 * Also checks that a `content-length` counts the body's bytes.
 */
export function checkHeaders(reply: Reply, type: MediaType): string[] {
  // A failed request's headers describe the error page, so they would only add noise.
  if (reply.status !== 200)
    return [`status ${reply.status}, expected 200 (body ${show(reply.body)})`];
  const problems: string[] = [];
  const contentType = reply.headers['content-type'];
  if (contentType === undefined) {
    problems.push(`no content-type header, expected ${type}`);
  } else {
    const [essence = '', ...parameters] = contentType.split(';').map((p) => p.trim());
    const charset = parameters
      .map((p) => p.split('='))
      .find(([name]) => name?.trim().toLowerCase() === 'charset')?.[1]
      ?.trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    if (essence.toLowerCase() !== type) {
      problems.push(`content-type ${show(contentType)}, expected ${type}`);
    } else if (charset !== undefined && charset !== 'utf-8') {
      problems.push(`content-type ${show(contentType)} declares a charset other than utf-8`);
    } else if (type === 'text/html' && charset === undefined) {
      problems.push(`content-type ${show(contentType)} does not declare charset=utf-8`);
    }
  }
  if (!reply.headers['date']) problems.push('no date header');
  const length = reply.headers['content-length'];
  const chunked = /(^|,)\s*chunked\s*$/i.test(reply.headers['transfer-encoding'] ?? '');
  if (length === undefined && !chunked) {
    problems.push('neither a content-length header nor chunked transfer-encoding');
  } else if (length !== undefined) {
    const bytes = Buffer.byteLength(reply.body, 'utf8');
    if (!/^\d+$/.test(length.trim()))
      problems.push(`content-length ${show(length)} is not a number`);
    else if (Number(length) !== bytes)
      problems.push(`content-length ${length}, but the body has ${bytes} bytes`);
  }
  return problems;
}

/** Parses a JSON body, or says why it is not JSON. */
function parseBody(reply: Reply): { value: unknown } | { problem: string } {
  try {
    return { value: JSON.parse(reply.body) as unknown };
  } catch {
    return { problem: `body is not JSON: ${show(reply.body)}` };
  }
}

/** Headers and body of a `/json` or `/slow` reply: exactly `{"message":"Hello, World!"}`. */
export function checkJsonHello(reply: Reply): string[] {
  const problems = checkHeaders(reply, 'application/json');
  if (reply.status !== 200) return problems;
  const body = parseBody(reply);
  if ('problem' in body) return [...problems, body.problem];
  const ok =
    isObject(body.value) && Object.keys(body.value).length === 1 && body.value['message'] === HELLO;
  if (!ok) problems.push(`body ${show(reply.body)}, expected {"message":"Hello, World!"}`);
  return problems;
}

/** Headers and body of a `/plaintext` reply: exactly `Hello, World!`. */
export function checkPlaintext(reply: Reply): string[] {
  const problems = checkHeaders(reply, 'text/plain');
  if (reply.status === 200 && reply.body !== HELLO) {
    problems.push(`body ${show(reply.body)}, expected "Hello, World!"`);
  }
  return problems;
}

/** What is wrong with one world row: exactly `{id, randomNumber}`, both integers in 1–10000. */
export function checkRow(value: unknown): string[] {
  if (!isObject(value)) return [`${show(value)} is not a JSON object`];
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (key !== 'id' && key !== 'randomNumber') problems.push(`unexpected key ${show(key)}`);
  }
  for (const key of ['id', 'randomNumber']) {
    const n = value[key];
    if (n === undefined) problems.push(`no ${key} key`);
    else if (typeof n !== 'number' || !Number.isInteger(n))
      problems.push(`${key} ${show(n)} is not an integer`);
    else if (n < 1 || n > MAX_ID) problems.push(`${key} ${n} is outside 1–${MAX_ID}`);
  }
  return problems;
}

/** Headers and body of a `/db` reply: one row object (not an array). */
export function checkDb(reply: Reply): string[] {
  const problems = checkHeaders(reply, 'application/json');
  if (reply.status !== 200) return problems;
  const body = parseBody(reply);
  if ('problem' in body) return [...problems, body.problem];
  if (Array.isArray(body.value)) return [...problems, 'body is an array, expected one row object'];
  return [...problems, ...checkRow(body.value).map((p) => `row: ${p}`)];
}

/** Headers and body of a `/queries` or `/updates` reply: an array of exactly `n` rows. */
export function checkRows(reply: Reply, n: number): string[] {
  const problems = checkHeaders(reply, 'application/json');
  if (reply.status !== 200) return problems;
  const body = parseBody(reply);
  if ('problem' in body) return [...problems, body.problem];
  if (!Array.isArray(body.value))
    return [...problems, `body ${show(reply.body)} is not a JSON array`];
  const rows: unknown[] = body.value;
  if (rows.length !== n) problems.push(`${rows.length} rows, expected ${n}`);
  const bad = rows
    .map((row, i) => ({ i, reasons: checkRow(row) }))
    .filter(({ reasons }) => reasons.length > 0);
  for (const { i, reasons } of bad.slice(0, ROWS_SHOWN)) {
    problems.push(`row ${i + 1}: ${reasons.join('; ')}`);
  }
  if (bad.length > ROWS_SHOWN) problems.push(`${bad.length - ROWS_SHOWN} more rows with problems`);
  return problems;
}

/** The ids of a row or of an array of rows, for the randomness check. */
function idsOf(reply: Reply): number[] {
  const body = parseBody(reply);
  if ('problem' in body) return [];
  const rows = Array.isArray(body.value) ? body.value : [body.value];
  return rows.flatMap((row) => (isObject(row) && typeof row['id'] === 'number' ? [row['id']] : []));
}

/**
 * Compares the rows an `/updates` reply returned with the database before and after it. Each
 * returned value must be the one stored now; with an id drawn twice either of its values may
 * have been written last. A row whose value did not change at all is one chance in 10,000, so
 * more than one means the app returned new numbers without writing them.
 */
export function checkWritten(
  rows: { id: number; randomNumber: number }[],
  before: Map<number, number>,
  after: Map<number, number>,
): string[] {
  const problems: string[] = [];
  const returned = new Map<number, number[]>();
  for (const row of rows) returned.set(row.id, [...(returned.get(row.id) ?? []), row.randomNumber]);
  let unchanged = 0;
  for (const [id, values] of returned) {
    const now = after.get(id);
    if (now === undefined) {
      problems.push(`world row ${id} is not in the database`);
      continue;
    }
    if (!values.includes(now)) {
      problems.push(
        `row ${id}: replied randomNumber ${values.join(' or ')}, the database has ${now}`,
      );
    }
    if (before.get(id) === now) unchanged += 1;
  }
  if (unchanged > 1) {
    problems.push(
      `${unchanged} of ${returned.size} rows kept their old randomNumber in the database`,
    );
  }
  return problems;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the character references a template engine emits; unknown names are reported. */
function decodeEntities(text: string, problems: string[]): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (code <= 0x10ffff) return String.fromCodePoint(code);
      problems.push(`${whole} is not a character`);
      return whole;
    }
    const decoded = NAMED_ENTITIES[name.toLowerCase()];
    if (decoded === undefined) problems.push(`unknown entity ${whole}`);
    return decoded ?? whole;
  });
}

const FORTUNES_HEAD =
  '<html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>';
const FORTUNES_TAIL = '</table></body></html>';

/** JavaScript's default sort order (UTF-16 code units), which the contract's apps all match. */
function byMessage(a: Fortune, b: Fortune): number {
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * Headers and page of a `/fortunes` reply: the contract's markup (white space between tags
 * aside), the database rows plus the extra fortune sorted by message, and every `<`, `>` and
 * `&` of a message escaped. `fortunes` are the database's rows, without the extra one.
 */
export function checkFortunes(reply: Reply, fortunes: Fortune[]): string[] {
  const problems = checkHeaders(reply, 'text/html');
  if (reply.status !== 200) return problems;
  const page = reply.body.replace(/>\s+</g, '><').trim();
  if (!/^<!doctype html>/i.test(page) || !page.slice(15).startsWith(FORTUNES_HEAD)) {
    return [...problems, `page does not start like the contract's template: ${show(page)}`];
  }
  if (!page.endsWith(FORTUNES_TAIL)) {
    return [...problems, `page does not end with ${FORTUNES_TAIL}: ${show(page.slice(-60))}`];
  }
  const rows = page.slice(15 + FORTUNES_HEAD.length, page.length - FORTUNES_TAIL.length);
  const found: Fortune[] = [];
  const rowPattern = /<tr><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/suy;
  while (rowPattern.lastIndex < rows.length) {
    const at = rowPattern.lastIndex;
    const match = rowPattern.exec(rows);
    if (!match) {
      problems.push(`unexpected markup in the table: ${show(rows.slice(at))}`);
      break;
    }
    const [, id = '', raw = ''] = match;
    if (!/^\d+$/.test(id)) {
      problems.push(`row ${found.length + 1}: id ${show(id)} is not a number`);
      continue;
    }
    if (/[<>]/.test(raw)) problems.push(`fortune ${id}: "<" or ">" reaches the page unescaped`);
    if (/&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/i.test(raw)) {
      problems.push(`fortune ${id}: "&" reaches the page unescaped`);
    }
    const entityProblems: string[] = [];
    const message = decodeEntities(raw, entityProblems);
    problems.push(...entityProblems.map((p) => `fortune ${id}: ${p}`));
    found.push({ id: Number(id), message });
  }
  const expected = [...fortunes, EXTRA_FORTUNE].sort(byMessage);
  const key = (f: Fortune) => `${f.id}\u0000${f.message}`;
  const label = (f: Fortune) => `fortune ${f.id} ${show(f.message)}`;
  const foundKeys = new Set(found.map(key));
  const expectedKeys = new Set(expected.map(key));
  const missing = expected.filter((f) => !foundKeys.has(key(f)));
  const unexpected = found.filter((f) => !expectedKeys.has(key(f)));
  problems.push(...missing.map((f) => `${label(f)} is missing`));
  problems.push(...unexpected.map((f) => `unexpected ${label(f)}`));
  if (found.length !== expected.length) {
    problems.push(`${found.length} fortunes, expected ${expected.length}`);
  } else if (missing.length === 0 && unexpected.length === 0) {
    const misplaced = found.findIndex((f, i) => key(f) !== key(expected[i] ?? f));
    const f = found[misplaced];
    if (f) problems.push(`fortunes are not sorted by message: row ${misplaced + 1} is ${label(f)}`);
  }
  return problems;
}

/** Headers and body of a `/cpu/*` reply: exactly `{"crc32": N}` with the expected N. */
export function checkCrc(reply: Reply): string[] {
  const problems = checkHeaders(reply, 'application/json');
  if (reply.status !== 200) return problems;
  const body = parseBody(reply);
  if ('problem' in body) return [...problems, body.problem];
  const value = body.value;
  if (!isObject(value) || Object.keys(value).length !== 1 || !('crc32' in value)) {
    return [...problems, `body ${show(reply.body)}, expected {"crc32":${EXPECTED_CRC32}}`];
  }
  if (value['crc32'] !== EXPECTED_CRC32) {
    problems.push(`crc32 ${show(value['crc32'])}, expected ${EXPECTED_CRC32}`);
  }
  return problems;
}

const PATHS: Record<VerifiedScenario, string> = {
  plaintext: '/plaintext',
  json: '/json',
  db: '/db',
  queries: '/queries',
  fortunes: '/fortunes',
  updates: `/updates?queries=${UPDATE_ROWS}`,
  slow: '/slow',
  'cpu-loop': '/cpu/loop',
  'cpu-native': '/cpu/native',
};

const ALL_IDS = Array.from({ length: MAX_ID }, (_, i) => i + 1);

/**
 * Checks an app's replies for one scenario against the contract and returns the problems,
 * each naming the request; `[]` means the app may be measured in that scenario.
 */
export async function verify(scenario: VerifiedScenario, ctx: VerifyContext): Promise<string[]> {
  const problems: string[] = [];
  const report = (path: string, found: string[]) =>
    problems.push(...found.map((p) => `GET ${path}: ${p}`));
  const send = async (path: string): Promise<Reply | undefined> => {
    try {
      return await ctx.get(path);
    } catch (error) {
      report(path, [`request failed: ${error instanceof Error ? error.message : String(error)}`]);
      return undefined;
    }
  };
  const path = PATHS[scenario];

  switch (scenario) {
    case 'plaintext':
    case 'json':
    case 'cpu-loop':
    case 'cpu-native': {
      const check = {
        plaintext: checkPlaintext,
        json: checkJsonHello,
        'cpu-loop': checkCrc,
        'cpu-native': checkCrc,
      }[scenario];
      const reply = await send(path);
      if (reply) report(path, check(reply));
      break;
    }
    case 'slow': {
      const start = performance.now();
      const reply = await send(path);
      const elapsed = performance.now() - start;
      if (reply) {
        report(path, checkJsonHello(reply));
        if (elapsed < SLOW_MS) {
          report(path, [`replied after ${elapsed.toFixed(1)} ms, expected at least ${SLOW_MS} ms`]);
        }
      }
      break;
    }
    case 'db': {
      const ids: number[] = [];
      for (let i = 0; i < DB_SAMPLES; i++) {
        const reply = await send(path);
        if (!reply) break;
        report(path, checkDb(reply));
        ids.push(...idsOf(reply));
      }
      if (ids.length === DB_SAMPLES && new Set(ids).size === 1) {
        report(path, [`id ${ids[0]} in all ${DB_SAMPLES} replies; ids must be random`]);
      }
      break;
    }
    case 'queries': {
      for (const [casePath, rows] of QUERY_CASES) {
        const reply = await send(casePath);
        if (!reply) continue;
        const found = checkRows(reply, rows);
        report(casePath, found);
        if (found.length === 0 && rows > 1 && new Set(idsOf(reply)).size === 1) {
          report(casePath, [`all ${rows} rows have the same id; ids must be random`]);
        }
      }
      break;
    }
    case 'updates': {
      const before = await ctx.readWorld(ALL_IDS);
      const reply = await send(path);
      if (!reply) break;
      const found = checkRows(reply, UPDATE_ROWS);
      report(path, found);
      if (found.length === 0) {
        const rows = JSON.parse(reply.body) as { id: number; randomNumber: number }[];
        const after = await ctx.readWorld([...new Set(rows.map((r) => r.id))]);
        report(path, checkWritten(rows, before, after));
      }
      break;
    }
    case 'fortunes': {
      const reply = await send(path);
      if (reply) report(path, checkFortunes(reply, ctx.fortunes));
      break;
    }
  }
  return [...new Set(problems)];
}
