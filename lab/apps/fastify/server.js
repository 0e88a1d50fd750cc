// The lab's contract on Fastify: @fastify/websocket for the WebSocket, @fastify/view with Pug.
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import zlib from 'node:zlib';
import fastifyView from '@fastify/view';
import fastifyWebsocket from '@fastify/websocket';
import Fastify from 'fastify';
import pug from 'pug';
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

// Fastify's logger is off unless asked for: no access log, as the contract wants.
const app = Fastify();
// With the logger off, errors would vanish; the contract sends them to stderr.
app.setErrorHandler((error, request, reply) => {
  console.error(error);
  reply.code(500).type('text/plain').send('Internal Server Error');
});
await app.register(fastifyWebsocket);
// @fastify/view caches compiled templates when NODE_ENV is production.
await app.register(fastifyView, { engine: { pug }, root: join(import.meta.dirname, 'views') });
// lab:end setup

// lab:begin plaintext
async function plaintext() {
  return 'Hello, World!';
}
// lab:end plaintext

// lab:begin json
async function json() {
  return { message: 'Hello, World!' };
}
// lab:end json

// lab:begin db
async function db() {
  const { rows } = await pool.query(WORLD_BY_ID, [randomId()]);
  return { id: rows[0].id, randomNumber: rows[0].randomnumber };
}
// lab:end db

// lab:begin queries
async function queries(request) {
  const count = parseQueries(request.query.queries);
  const worlds = [];
  for (let i = 0; i < count; i++) {
    const { rows } = await pool.query(WORLD_BY_ID, [randomId()]);
    worlds.push({ id: rows[0].id, randomNumber: rows[0].randomnumber });
  }
  return worlds;
}
// lab:end queries

// lab:begin fortunes
async function fortunes(request, reply) {
  const { rows } = await pool.query('SELECT id, message FROM fortune');
  rows.push({ id: 0, message: EXTRA_FORTUNE });
  rows.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  return reply.view('fortunes.pug', { fortunes: rows });
}
// lab:end fortunes

// lab:begin updates
async function updates(request) {
  const count = parseQueries(request.query.queries);
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
  return worlds;
}
// lab:end updates

// lab:begin slow
async function slow() {
  await sleep(20);
  return { message: 'Hello, World!' };
}
// lab:end slow

// lab:begin cpu-loop
async function cpuLoop() {
  return { crc32: crc32(BUFFER) };
}
// lab:end cpu-loop

// lab:begin cpu-native
async function cpuNative() {
  return { crc32: zlib.crc32(BUFFER) };
}
// lab:end cpu-native

// lab:begin websocket
function websocket(socket) {
  socket.on('message', (data, isBinary) => {
    const text = isBinary ? '' : data.toString();
    if (!text.startsWith('broadcast:')) return;
    const payload = text.slice('broadcast:'.length);
    for (const client of app.websocketServer.clients) {
      if (client.readyState === client.OPEN) client.send(payload);
    }
  });
}
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
app.get('/ws', { websocket: true }, websocket);

startCluster(() => app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }));
