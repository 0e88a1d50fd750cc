// The lab's contract on Hono over @hono/node-server, whose upgradeWebSocket drives ws.
import { setTimeout as sleep } from 'node:timers/promises';
import zlib from 'node:zlib';
import { serve, upgradeWebSocket } from '@hono/node-server';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { WebSocketServer } from 'ws';
import {
  BUFFER,
  EXTRA_FORTUNE,
  crc32,
  parseQueries,
  pool,
  randomId,
  startCluster,
} from '../common/common.js';

// lab:begin setup
const WORLD_BY_ID = 'SELECT id, randomnumber FROM world WHERE id = $1';

// No middleware at all: hono/logger would add the access log the contract rules out.
const app = new Hono();
// @hono/node-server hands WebSocket upgrades to a ws server that has no port of its own.
const wss = new WebSocketServer({ noServer: true });
// lab:end setup

// lab:begin plaintext
function plaintext(c) {
  return c.text('Hello, World!');
}
// lab:end plaintext

// lab:begin json
function json(c) {
  return c.json({ message: 'Hello, World!' });
}
// lab:end json

// lab:begin db
async function db(c) {
  const { rows } = await pool.query(WORLD_BY_ID, [randomId()]);
  return c.json({ id: rows[0].id, randomNumber: rows[0].randomnumber });
}
// lab:end db

// lab:begin queries
async function queries(c) {
  const count = parseQueries(c.req.query('queries'));
  const worlds = [];
  for (let i = 0; i < count; i++) {
    const { rows } = await pool.query(WORLD_BY_ID, [randomId()]);
    worlds.push({ id: rows[0].id, randomNumber: rows[0].randomnumber });
  }
  return c.json(worlds);
}
// lab:end queries

// lab:begin fortunes
async function fortunes(c) {
  const { rows } = await pool.query('SELECT id, message FROM fortune');
  rows.push({ id: 0, message: EXTRA_FORTUNE });
  rows.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  // The html tag escapes every interpolated value; nested html`` results pass through as markup.
  // prettier-ignore
  return c.html(html`<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table>
<tr><th>id</th><th>message</th></tr>
${rows.map((f) => html`<tr><td>${f.id}</td><td>${f.message}</td></tr>`)}
</table></body></html>`);
}
// lab:end fortunes

// lab:begin updates
async function updates(c) {
  const count = parseQueries(c.req.query('queries'));
  const worlds = [];
  for (let i = 0; i < count; i++) {
    const { rows } = await pool.query(WORLD_BY_ID, [randomId()]);
    worlds.push({ id: rows[0].id, randomNumber: randomId() });
  }
  // One statement per request, rows in id order so concurrent updates lock in the same order.
  worlds.sort((a, b) => a.id - b.id);
  const values = worlds.map((_, i) => `($${2 * i + 1}::int, $${2 * i + 2}::int)`).join(', ');
  await pool.query(
    `UPDATE world SET randomnumber = v.r FROM (VALUES ${values}) AS v(id, r) WHERE world.id = v.id`,
    worlds.flatMap((w) => [w.id, w.randomNumber]),
  );
  return c.json(worlds);
}
// lab:end updates

// lab:begin slow
async function slow(c) {
  await sleep(20);
  return c.json({ message: 'Hello, World!' });
}
// lab:end slow

// lab:begin cpu-loop
function cpuLoop(c) {
  return c.json({ crc32: crc32(BUFFER) });
}
// lab:end cpu-loop

// lab:begin cpu-native
function cpuNative(c) {
  return c.json({ crc32: zlib.crc32(BUFFER) });
}
// lab:end cpu-native

// lab:begin websocket
const websocket = upgradeWebSocket(() => ({
  onMessage(event) {
    const text = typeof event.data === 'string' ? event.data : '';
    if (!text.startsWith('broadcast:')) return;
    const payload = text.slice('broadcast:'.length);
    for (const client of wss.clients) {
      if (client.readyState === client.OPEN) client.send(payload);
    }
  },
}));
// lab:end websocket

app.get('/plaintext', plaintext);
app.get('/json', json);
app.get('/db', db);
app.get('/queries', queries);
app.get('/fortunes', fortunes);
app.get('/updates', updates);
app.get('/slow', slow);
app.get('/cpu/loop', cpuLoop);
app.get('/cpu/native', cpuNative);
app.get('/ws', websocket);

startCluster(() =>
  serve({
    fetch: app.fetch,
    port: Number(process.env.PORT),
    hostname: '127.0.0.1',
    websocket: { server: wss },
  }),
);
