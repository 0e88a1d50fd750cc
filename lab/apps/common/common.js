// What every Node.js app of the lab shares, so that the apps differ only in their framework.
import cluster from 'node:cluster';
import pg from 'pg';

// lab:begin setup
// pg reads PGHOST, PGPORT, PGUSER and PGDATABASE itself; connections open on first use and stay.
export const pool = new pg.Pool({ max: Number(process.env.DB_POOL ?? 10) });

export const EXTRA_FORTUNE = 'Additional fortune added at request time.';

/** A uniform random id in 1–10000: a `world` row id, and also a new `randomNumber`. */
export function randomId() {
  return 1 + Math.floor(Math.random() * 10000);
}

/** The `queries` parameter as the contract reads it: missing or not an integer gives 1, then 1–500. */
export function parseQueries(raw) {
  // A repeated parameter arrives as an array in some frameworks: it is not an integer either.
  if (typeof raw !== 'string' || !/^\s*[+-]?\d+\s*$/.test(raw)) return 1;
  return Math.min(500, Math.max(1, Number(raw)));
}

// The 65,536-byte input of both CPU scenarios, built once.
export const BUFFER = Buffer.alloc(65536);
for (let i = 0; i < BUFFER.length; i++) BUFFER[i] = i % 251;

// The CRC-32 (IEEE, reflected polynomial 0xEDB88320) lookup table, built once.
const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c;
}
// lab:end setup

// lab:begin cpu-loop
/** CRC-32 of `bytes` in plain JavaScript, one table lookup per byte; equals `zlib.crc32`. */
export function crc32(bytes) {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
// lab:end cpu-loop

// lab:begin setup
/**
 * Runs `start` in `WEB_CONCURRENCY` cluster workers that share the listening port, or in this
 * process when one is asked for (the harness sets 1 on a one-core server).
 */
export function startCluster(start) {
  const workers = Number(process.env.WEB_CONCURRENCY ?? 1);
  if (workers > 1 && cluster.isPrimary) {
    for (let i = 0; i < workers; i++) cluster.fork();
    // A dead worker would quietly shrink the server under test, so the whole app stops instead.
    cluster.on('exit', (worker, code, signal) => {
      console.error(`worker ${worker.process.pid} exited (${signal ?? code}); stopping`);
      process.exit(1);
    });
  } else {
    start();
  }
}
// lab:end setup
