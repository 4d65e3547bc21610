// One server under test, in its own process (forked by bench/processes.ts), so that the load
// generator and the other server never share its event loop:
//   `api`   the GraphQL app (createApp, as server/main.ts serves it) on PostgreSQL;
//   `floor` the hand-written floor (bench/floor.ts).
// It tells its parent the port, and answers `stats` (SQL statements, requests and CPU time so far,
// memory), `reset` and `gc` over the IPC channel.
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { starteZustellung, ZUSTELLUNG_STANDARD, type Zusteller } from '../server/webhooks/zustellung.js';
import { CountingPool, floorHandler } from './floor.js';

export type ServerKind = 'api' | 'floor';
export type ToServer = { type: 'stats' } | { type: 'reset' } | { type: 'gc' };
export type FromServer =
  | { type: 'ready'; port: number }
  | { type: 'stats'; statements: number; requests: number; cpuMicros: number; systemMicros: number; rss: number; heapUsed: number };

const kind = process.argv[2] as ServerKind;
const url = process.env.BENCH_URL;
if (!url || (kind !== 'api' && kind !== 'floor')) throw new Error('usage: BENCH_URL=… serverProcess.ts api|floor');

let handler: RequestListener;
let statements: () => number;
let resetStatements: () => void;
let zusteller: Zusteller | null = null;
if (kind === 'api') {
  const db = await openDatabase({ kind: 'postgresql', url });
  // As in production (NODE_ENV=production, no request log, all limits on), except the per-key
  // rate limit: the benchmark sends thousands of requests a minute with one key.
  handler = createApp({ prisma: db.prisma, graphiql: false, introspection: false, keyRateLimit: { max: 1_000_000_000, windowMs: 60_000 } }) as unknown as RequestListener;
  statements = () => db.statements.count;
  resetStatements = () => db.statements.reset();
  // BENCH_WEBHOOKS: the delivery worker runs in the server, as server/main.ts starts it (its
  // statements count with the requests').
  if (Number(process.env.BENCH_WEBHOOKS ?? 0) > 0) zusteller = starteZustellung(db.prisma, { ...ZUSTELLUNG_STANDARD, lokaleZiele: true });
} else {
  const pool = new CountingPool(url);
  handler = floorHandler(pool);
  statements = () => pool.statements;
  resetStatements = () => (pool.statements = 0);
}

// Requests served and CPU time used (user + system): the CPU cost per request of each server.
let requests = 0;
const http = createServer((req, res) => {
  requests++;
  handler(req, res);
});
// Many keep-alive connections from the load tool: do not let idle ones be cut between phases.
http.keepAliveTimeout = 60_000;
http.listen(0, '127.0.0.1', () => {
  process.send!({ type: 'ready', port: (http.address() as AddressInfo).port } satisfies FromServer);
});

process.on('message', (m: ToServer) => {
  if (m.type === 'reset') resetStatements();
  if (m.type === 'gc') globalThis.gc?.();
  const mem = process.memoryUsage();
  const cpu = process.cpuUsage();
  process.send!({ type: 'stats', statements: statements(), requests, cpuMicros: cpu.user + cpu.system, systemMicros: cpu.system, rss: mem.rss, heapUsed: mem.heapUsed } satisfies FromServer);
});
// The parent went away: go too.
process.on('disconnect', () => process.exit(0));
// SIGINT from the parent: exit normally, so that --cpu-prof writes its profile.
process.on('SIGINT', () => http.close(() => void (zusteller?.stop() ?? Promise.resolve()).then(() => process.exit(0))));
