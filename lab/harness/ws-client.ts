/**
 * WebSocket load client, run pinned to the load CPUs as its own process:
 *   node ws-client.ts <url> <connections> <broadcasts>
 * Opens the connections (Node's built-in WebSocket), prints `connected <n>` and waits for a line
 * on stdin (the harness measures the server's memory meanwhile); then sends each broadcast from
 * one client and times how long every client takes to receive it. Prints one JSON line at the
 * end with the 50th and 99th percentiles of those delivery times.
 */
import { createInterface } from 'node:readline';

const [url = '', connectionsArg = '100', broadcastsArg = '10'] = process.argv.slice(2);
const connections = Number(connectionsArg);
const broadcasts = Number(broadcastsArg);

const sockets: WebSocket[] = [];
let pending: { sentAt: number; payload: string; waiting: number; done: () => void } | undefined;
const latencies: number[] = [];

function open(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.addEventListener('open', () => resolve(ws), { once: true });
    ws.addEventListener('error', () => reject(new Error(`could not open ${url}`)), { once: true });
    ws.addEventListener('message', (event) => {
      if (pending && event.data === pending.payload) {
        latencies.push(performance.now() - pending.sentAt);
        pending.waiting -= 1;
        if (pending.waiting === 0) pending.done();
      }
    });
  });
}

// Open in batches so the server's accept queue is not the thing being measured.
for (let i = 0; i < connections; i += 200) {
  const batch = Array.from({ length: Math.min(200, connections - i) }, open);
  sockets.push(...(await Promise.all(batch)));
}
console.log(`connected ${sockets.length}`);
const lines = createInterface({ input: process.stdin });
await new Promise<void>((resolve) => lines.once('line', () => resolve()));

const sender = sockets[0];
if (!sender) throw new Error('no connection');
for (let b = 0; b < broadcasts; b += 1) {
  const payload = `b${b}-${Date.now()}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`broadcast ${b}: ${pending?.waiting} clients never received it`)),
      30_000,
    );
    pending = {
      sentAt: performance.now(),
      payload,
      waiting: sockets.length,
      done: () => {
        clearTimeout(timer);
        resolve();
      },
    };
    sender.send(`broadcast:${payload}`);
  });
  await new Promise((r) => setTimeout(r, 100));
}
// Percentiles here, not every sample: a line of 100,000 numbers outgrows the pipe before exit.
latencies.sort((a, b) => a - b);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
const line = JSON.stringify({ connected: sockets.length, p50: at(0.5), p99: at(0.99) });
for (const ws of sockets) ws.close();
lines.close();
// Exit only once the line is flushed: process.exit() drops what a pipe has not taken yet.
process.stdout.write(`${line}\n`, () => process.exit(0));
