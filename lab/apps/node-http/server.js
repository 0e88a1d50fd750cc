// The lab's contract on Node.js alone: node:http, a hand-written router, ws for the WebSocket.
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import zlib from 'node:zlib';
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

// A known Content-Length spares the chunked encoding that writeHead alone would choose.
function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const sendJson = (res, value) => send(res, 200, 'application/json', JSON.stringify(value));

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

const fortunesPage = (fortunes) =>
  `<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table>` +
  `<tr><th>id</th><th>message</th></tr>` +
  fortunes.map((f) => `<tr><td>${f.id}</td><td>${escapeHtml(f.message)}</td></tr>`).join('') +
  `</table></body></html>`;
// lab:end setup

// lab:begin plaintext
function plaintext(req, res) {
  send(res, 200, 'text/plain; charset=utf-8', 'Hello, World!');
}
// lab:end plaintext

// lab:begin json
function json(req, res) {
  sendJson(res, { message: 'Hello, World!' });
}
// lab:end json

// lab:begin db
async function db(req, res) {
  const { rows } = await pool.query(WORLD_BY_ID, [randomId()]);
  sendJson(res, { id: rows[0].id, randomNumber: rows[0].randomnumber });
}
// lab:end db

// lab:begin queries
async function queries(req, res, url) {
  const count = parseQueries(url.searchParams.get('queries'));
  const worlds = [];
  for (let i = 0; i < count; i++) {
    const { rows } = await pool.query(WORLD_BY_ID, [randomId()]);
    worlds.push({ id: rows[0].id, randomNumber: rows[0].randomnumber });
  }
  sendJson(res, worlds);
}
// lab:end queries

// lab:begin fortunes
async function fortunes(req, res) {
  const { rows } = await pool.query('SELECT id, message FROM fortune');
  rows.push({ id: 0, message: EXTRA_FORTUNE });
  rows.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  send(res, 200, 'text/html; charset=utf-8', fortunesPage(rows));
}
// lab:end fortunes

// lab:begin updates
async function updates(req, res, url) {
  const count = parseQueries(url.searchParams.get('queries'));
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
  sendJson(res, worlds);
}
// lab:end updates

// lab:begin slow
async function slow(req, res) {
  await sleep(20);
  sendJson(res, { message: 'Hello, World!' });
}
// lab:end slow

// lab:begin cpu-loop
function cpuLoop(req, res) {
  sendJson(res, { crc32: crc32(BUFFER) });
}
// lab:end cpu-loop

// lab:begin cpu-native
function cpuNative(req, res) {
  sendJson(res, { crc32: zlib.crc32(BUFFER) });
}
// lab:end cpu-native

// lab:begin websocket
function websocket(wss, socket) {
  socket.on('message', (data, isBinary) => {
    const text = isBinary ? '' : data.toString();
    if (!text.startsWith('broadcast:')) return;
    const payload = text.slice('broadcast:'.length);
    for (const client of wss.clients) {
      if (client.readyState === client.OPEN) client.send(payload);
    }
  });
}
// lab:end websocket

const routes = {
  '/plaintext': plaintext,
  '/json': json,
  '/db': db,
  '/queries': queries,
  '/fortunes': fortunes,
  '/updates': updates,
  '/slow': slow,
  '/cpu/loop': cpuLoop,
  '/cpu/native': cpuNative,
};

async function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const route = req.method === 'GET' ? routes[url.pathname] : undefined;
  if (!route) {
    send(res, 404, 'text/plain; charset=utf-8', 'Not Found');
    return;
  }
  try {
    await route(req, res, url);
  } catch (error) {
    console.error(error);
    if (res.headersSent) res.destroy();
    else send(res, 500, 'text/plain; charset=utf-8', 'Internal Server Error');
  }
}

startCluster(() => {
  const server = http.createServer(handle);
  const wss = new WebSocketServer({ server, path: '/ws' });
  wss.on('connection', (socket) => websocket(wss, socket));
  server.listen(Number(process.env.PORT), '127.0.0.1');
});
