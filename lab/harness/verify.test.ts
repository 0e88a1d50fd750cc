import { describe, expect, test } from 'vitest';
import { LAB_HTTP_SCENARIOS } from '../../src/lib/lab-run.ts';
import {
  checkCrc,
  checkFortunes,
  checkHeaders,
  checkJsonHello,
  checkPlaintext,
  checkRow,
  checkRows,
  checkWritten,
  EXPECTED_CRC32,
  EXTRA_FORTUNE,
  verify,
  type Fortune,
  type Get,
  type Reply,
  type VerifiedScenario,
  type VerifyContext,
} from './verify.ts';

const DATE = 'Tue, 02 Dec 2025 04:00:00 GMT';

/** A reply with the headers a well-behaved server sends. */
function reply(body: string, type = 'application/json', extra: Record<string, string> = {}): Reply {
  const headers: Record<string, string> = {
    'content-type': type,
    date: DATE,
    'content-length': String(Buffer.byteLength(body)),
    ...extra,
  };
  return { status: 200, headers, body };
}

function without(r: Reply, header: string): Reply {
  const headers = { ...r.headers };
  delete headers[header];
  return { ...r, headers };
}

const FORTUNES: Fortune[] = [
  { id: 1, message: 'A benchmark measures the benchmark.' },
  { id: 3, message: '<script>alert("escaping matters")</script>' },
  { id: 4, message: 'Caches & queues' },
  { id: 6, message: 'フレームワークのベンチマーク' },
  { id: 10, message: "It's never the language." },
];

/** Escapes the way Jinja2 and most JavaScript engines do. */
const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&#34;')
    .replace(/'/g, '&#39;');

function fortunesPage(rows: Fortune[], escape: (s: string) => string = escapeHtml): string {
  const body = rows.map((f) => `<tr><td>${f.id}</td><td>${escape(f.message)}</td></tr>`).join('\n');
  return (
    '<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table>' +
    `<tr><th>id</th><th>message</th></tr>\n${body}\n</table></body></html>`
  );
}

const sorted = [...FORTUNES, EXTRA_FORTUNE].sort((a, b) => (a.message < b.message ? -1 : 1));
const HTML = 'text/html; charset=utf-8';
const hello = () => reply('{"message":"Hello, World!"}');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Rows with ids that vary from call to call, like a real app's random draws. */
let draw = 0;
const row = () => ({
  id: ((draw++ * 7919) % 10_000) + 1,
  randomNumber: ((draw * 104_729) % 10_000) + 1,
});
const rows = (n: number) => reply(JSON.stringify(Array.from({ length: n }, row)));

/**
 * An app that follows the contract, answering from a table of canned replies; `overrides`
 * replace a path's reply to break one thing at a time. `/updates` writes to a fake world table.
 */
function fakeApp(overrides: Record<string, () => Reply | Promise<Reply>> = {}): VerifyContext {
  const world = new Map(Array.from({ length: 10_000 }, (_, i) => [i + 1, 1] as [number, number]));
  const canned: Record<string, () => Reply | Promise<Reply>> = {
    '/plaintext': () => reply('Hello, World!', 'text/plain; charset=utf-8'),
    '/json': hello,
    '/db': () => reply(JSON.stringify(row())),
    '/queries?queries=20': () => rows(20),
    '/queries?queries=0': () => rows(1),
    '/queries?queries=1': () => rows(1),
    '/queries?queries=500': () => rows(500),
    '/queries?queries=501': () => rows(500),
    '/queries?queries=abc': () => rows(1),
    '/queries': () => rows(1),
    '/fortunes': () => reply(fortunesPage(sorted), HTML),
    '/updates?queries=20': () => {
      const updated = Array.from({ length: 20 }, row);
      for (const r of updated) world.set(r.id, r.randomNumber);
      return reply(JSON.stringify(updated));
    },
    '/slow': async () => {
      await sleep(25);
      return hello();
    },
    '/cpu/loop': () => reply(`{"crc32":${EXPECTED_CRC32}}`),
    '/cpu/native': () => reply(`{"crc32": ${EXPECTED_CRC32}}`, 'application/json; charset=utf-8'),
    ...overrides,
  };
  const get: Get = async (path) => {
    const answer = canned[path];
    if (!answer) return { status: 404, headers: { date: DATE }, body: 'not found' };
    return answer();
  };
  return {
    get,
    readWorld: (ids) =>
      Promise.resolve(new Map(ids.map((id) => [id, world.get(id) ?? 0] as [number, number]))),
    fortunes: FORTUNES,
  };
}

const SCENARIOS: readonly VerifiedScenario[] = LAB_HTTP_SCENARIOS;
describe('verify', () => {
  test.each(SCENARIOS)('accepts an app that follows the contract in %s', async (scenario) => {
    expect(await verify(scenario, fakeApp())).toEqual([]);
  });

  test('fails a fortunes page that does not escape <, > and &', async () => {
    const app = fakeApp({
      '/fortunes': () =>
        reply(
          fortunesPage(sorted, (s) => s),
          HTML,
        ),
    });
    expect(await verify('fortunes', app)).toEqual([
      'GET /fortunes: fortune 3: "<" or ">" reaches the page unescaped',
      'GET /fortunes: fortune 4: "&" reaches the page unescaped',
    ]);
  });

  test('fails a wrong row count, naming the request', async () => {
    const app = fakeApp({ '/queries?queries=501': () => rows(499) });
    expect(await verify('queries', app)).toEqual([
      'GET /queries?queries=501: 499 rows, expected 500',
    ]);
  });

  test.each([
    ['date', 'GET /json: no date header'],
    ['content-type', 'GET /json: no content-type header, expected application/json'],
    ['content-length', 'GET /json: neither a content-length header nor chunked transfer-encoding'],
  ])('fails a reply without a %s header', async (header, problem) => {
    const app = fakeApp({ '/json': () => without(hello(), header) });
    expect(await verify('json', app)).toEqual([problem]);
  });

  test('fails a wrong CRC', async () => {
    const app = fakeApp({ '/cpu/native': () => reply('{"crc32":12345}') });
    expect(await verify('cpu-native', app)).toEqual([
      `GET /cpu/native: crc32 12345, expected ${EXPECTED_CRC32}`,
    ]);
  });

  test('fails /db when every reply has the same id', async () => {
    const app = fakeApp({ '/db': () => reply('{"id":42,"randomNumber":7}') });
    expect(await verify('db', app)).toEqual([
      'GET /db: id 42 in all 5 replies; ids must be random',
    ]);
  });

  test('fails /updates when the new numbers never reach the database', async () => {
    const app = fakeApp({ '/updates?queries=20': () => rows(20) });
    const problems = await verify('updates', app);
    expect(problems[0]).toMatch(
      /^GET \/updates\?queries=20: row \d+: replied randomNumber \d+, the database has 1$/,
    );
  });

  test('fails /slow when it answers before its 20 ms timer could have fired', async () => {
    const app = fakeApp({ '/slow': hello });
    expect(await verify('slow', app)).toEqual([
      expect.stringMatching(/^GET \/slow: replied after \d+\.\d ms, expected at least 20 ms$/),
    ]);
  });

  test('reports a request that fails instead of throwing', async () => {
    const app = fakeApp({
      '/json': () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:8000')),
    });
    expect(await verify('json', app)).toEqual([
      'GET /json: request failed: connect ECONNREFUSED 127.0.0.1:8000',
    ]);
  });

  test('reports a server error once, with the start of its body', async () => {
    const app = fakeApp({ '/cpu/loop': () => ({ ...reply('boom', 'text/plain'), status: 500 }) });
    expect(await verify('cpu-loop', app)).toEqual([
      'GET /cpu/loop: status 500, expected 200 (body "boom")',
    ]);
  });
});

describe('checkHeaders', () => {
  test.each([
    ['application/json', 'application/json', []],
    ['application/json; charset=utf-8', 'application/json', []],
    ['Application/JSON;charset="UTF-8"', 'application/json', []],
    ['text/plain', 'application/json', ['content-type "text/plain", expected application/json']],
    [
      'application/json; charset=latin1',
      'application/json',
      ['content-type "application/json; charset=latin1" declares a charset other than utf-8'],
    ],
    ['text/html; charset=utf-8', 'text/html', []],
    ['text/html', 'text/html', ['content-type "text/html" does not declare charset=utf-8']],
  ] as const)('judges content-type %s when %s is expected', (given, expected, problems) => {
    expect(checkHeaders(reply('x', given), expected)).toEqual(problems);
  });

  test('accepts chunked transfer-encoding in place of content-length', () => {
    const chunked = { ...without(hello(), 'content-length') };
    chunked.headers['transfer-encoding'] = 'chunked';
    expect(checkHeaders(chunked, 'application/json')).toEqual([]);
  });

  test('fails a content-length that does not count the body in bytes', () => {
    const r = reply('フ', 'text/plain', { 'content-length': '1' });
    expect(checkHeaders(r, 'text/plain')).toEqual(['content-length 1, but the body has 3 bytes']);
  });
});

describe('checkJsonHello and checkPlaintext', () => {
  test.each([
    ['{"message":"Hello, World!","extra":1}'],
    ['{"message":"hello, world!"}'],
    ['["Hello, World!"]'],
  ])('rejects the body %s', (body) => {
    expect(checkJsonHello(reply(body))).toHaveLength(1);
  });

  test('accepts JSON with white space between tokens', () => {
    expect(checkJsonHello(reply('{"message": "Hello, World!"}'))).toEqual([]);
  });

  test('rejects a plaintext body with a trailing newline', () => {
    expect(checkPlaintext(reply('Hello, World!\n', 'text/plain'))).toEqual([
      'body "Hello, World!\\n", expected "Hello, World!"',
    ]);
  });
});

describe('checkRow', () => {
  test.each([
    [{ id: 1, randomNumber: 10_000 }, []],
    [{ id: 0, randomNumber: 5 }, ['id 0 is outside 1–10000']],
    [{ id: 3, randomNumber: 10_001 }, ['randomNumber 10001 is outside 1–10000']],
    [{ id: '3', randomNumber: 5 }, ['id "3" is not an integer']],
    [{ id: 3, randomNumber: 5.5 }, ['randomNumber 5.5 is not an integer']],
    [{ id: 3, randomnumber: 5 }, ['unexpected key "randomnumber"', 'no randomNumber key']],
    [[3, 5], ['[3,5] is not a JSON object']],
  ])('judges %j', (value, problems) => {
    expect(checkRow(value)).toEqual(problems);
  });
});

describe('checkRows', () => {
  test('rejects a single object where an array is expected', () => {
    expect(checkRows(reply('{"id":1,"randomNumber":2}'), 1)).toEqual([
      'body "{\\"id\\":1,\\"randomNumber\\":2}" is not a JSON array',
    ]);
  });

  test('names the first bad rows and counts the rest', () => {
    const bad = JSON.stringify(Array.from({ length: 5 }, () => ({ id: 0, randomNumber: 1 })));
    expect(checkRows(reply(bad), 5)).toEqual([
      'row 1: id 0 is outside 1–10000',
      'row 2: id 0 is outside 1–10000',
      'row 3: id 0 is outside 1–10000',
      '2 more rows with problems',
    ]);
  });
});

describe('checkWritten', () => {
  const before = new Map([
    [1, 10],
    [2, 20],
    [3, 30],
  ]);

  test('accepts either value of an id drawn twice', () => {
    const after = new Map([
      [1, 11],
      [2, 22],
    ]);
    const returned = [
      { id: 1, randomNumber: 11 },
      { id: 2, randomNumber: 99 },
      { id: 2, randomNumber: 22 },
    ];
    expect(checkWritten(returned, before, after)).toEqual([]);
  });

  test('fails rows whose old numbers were written back unchanged', () => {
    const returned = [...before].map(([id, randomNumber]) => ({ id, randomNumber }));
    expect(checkWritten(returned, before, before)).toEqual([
      '3 of 3 rows kept their old randomNumber in the database',
    ]);
  });
});

describe('checkFortunes', () => {
  const page = (html: string) => reply(html, HTML);

  test.each([
    ['named references', (s: string) => escapeHtml(s).replace(/&#34;/g, '&quot;')],
    ['hexadecimal references', (s: string) => escapeHtml(s).replace(/&#39;/g, '&#x27;')],
    [
      'decimal references for every special character',
      (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
    ],
    [
      'quotes left as they are',
      (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    ],
  ])('accepts %s', (_, escape) => {
    expect(checkFortunes(page(fortunesPage(sorted, escape)), FORTUNES)).toEqual([]);
  });

  test('accepts a page indented with white space between tags', () => {
    const pretty = fortunesPage(sorted).replace(/></g, '>\n    <');
    expect(checkFortunes(page(pretty), FORTUNES)).toEqual([]);
  });

  test('fails a page without the extra fortune', () => {
    const rows = sorted.filter((f) => f.id !== 0);
    expect(checkFortunes(page(fortunesPage(rows)), FORTUNES)).toEqual([
      'fortune 0 "Additional fortune added at request time." is missing',
      '5 fortunes, expected 6',
    ]);
  });

  test('fails rows sorted by id instead of message', () => {
    const byId = [...sorted].sort((a, b) => a.id - b.id);
    expect(checkFortunes(page(fortunesPage(byId)), FORTUNES)).toEqual([
      'fortunes are not sorted by message: row 1 is fortune 0 "Additional fortune added at request time."',
    ]);
  });

  test('fails a message escaped twice', () => {
    const twice = (s: string) => escapeHtml(escapeHtml(s));
    expect(checkFortunes(page(fortunesPage(sorted, twice)), FORTUNES)).toContain(
      'unexpected fortune 4 "Caches &amp; queues"',
    );
  });

  test('fails a page that is not the contract template', () => {
    expect(checkFortunes(page('<html><body>Fortunes</body></html>'), FORTUNES)).toEqual([
      'page does not start like the contract\'s template: "<html><body>Fortunes</body></html>"',
    ]);
  });

  test('fails a page served as text/html without a charset', () => {
    expect(checkFortunes(reply(fortunesPage(sorted), 'text/html'), FORTUNES)).toEqual([
      'content-type "text/html" does not declare charset=utf-8',
    ]);
  });
});

describe('checkCrc', () => {
  /** A table-driven CRC-32 written from the definition, to check zlib's figure independently. */
  function crc32(bytes: Uint8Array): number {
    const table = Array.from({ length: 256 }, (_, n) => {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      return c >>> 0;
    });
    let crc = 0xffffffff;
    for (const b of bytes) crc = (table[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  }

  test('expects the CRC-32 of the 65,536-byte buffer i % 251', () => {
    expect(EXPECTED_CRC32).toBe(crc32(Uint8Array.from({ length: 65_536 }, (_, i) => i % 251)));
  });

  test('rejects a body with extra keys', () => {
    expect(checkCrc(reply(`{"crc32":${EXPECTED_CRC32},"ms":1}`))).toHaveLength(1);
  });
});
