// The lab's contract on Express 5 with Pug views; no WebSocket (Express has none of its own).
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import zlib from 'node:zlib';
import express from 'express';
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

// No middleware at all: no logger (no access log), no compression (a reverse proxy's job).
const app = express();
// Pug is the engine Express's generator defaults to; NODE_ENV=production turns on the view cache.
app.set('views', join(import.meta.dirname, 'views'));
app.set('view engine', 'pug');
// lab:end setup

// lab:begin plaintext
function plaintext(req, res) {
  res.type('text/plain').send('Hello, World!');
}
// lab:end plaintext

// lab:begin json
function json(req, res) {
  res.json({ message: 'Hello, World!' });
}
// lab:end json

// lab:begin db
async function db(req, res) {
  const { rows } = await pool.query(WORLD_BY_ID, [randomId()]);
  res.json({ id: rows[0].id, randomNumber: rows[0].randomnumber });
}
// lab:end db

// lab:begin queries
async function queries(req, res) {
  const count = parseQueries(req.query.queries);
  const worlds = [];
  for (let i = 0; i < count; i++) {
    const { rows } = await pool.query(WORLD_BY_ID, [randomId()]);
    worlds.push({ id: rows[0].id, randomNumber: rows[0].randomnumber });
  }
  res.json(worlds);
}
// lab:end queries

// lab:begin fortunes
async function fortunes(req, res) {
  const { rows } = await pool.query('SELECT id, message FROM fortune');
  rows.push({ id: 0, message: EXTRA_FORTUNE });
  rows.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  res.render('fortunes', { fortunes: rows });
}
// lab:end fortunes

// lab:begin updates
async function updates(req, res) {
  const count = parseQueries(req.query.queries);
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
  res.json(worlds);
}
// lab:end updates

// lab:begin slow
async function slow(req, res) {
  await sleep(20);
  res.json({ message: 'Hello, World!' });
}
// lab:end slow

// lab:begin cpu-loop
function cpuLoop(req, res) {
  res.json({ crc32: crc32(BUFFER) });
}
// lab:end cpu-loop

// lab:begin cpu-native
function cpuNative(req, res) {
  res.json({ crc32: zlib.crc32(BUFFER) });
}
// lab:end cpu-native

// Express 5 passes a rejected handler promise to its default error handler, which logs to stderr.
app.get('/plaintext', plaintext);
app.get('/json', json);
app.get('/db', db);
app.get('/queries', queries);
app.get('/fortunes', fortunes);
app.get('/updates', updates);
app.get('/slow', slow);
app.get('/cpu/loop', cpuLoop);
app.get('/cpu/native', cpuNative);

startCluster(() => app.listen(Number(process.env.PORT), '127.0.0.1'));
