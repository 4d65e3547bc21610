// npm run bench:http — the GraphQL API against the hand-written floor, side by side in one run.
//
// 1. Seeds the bench database if needed (bench/seed.ts: 10 000 Akten on PostgreSQL).
// 2. Starts the API and the floor, each in its own process (bench/serverProcess.ts).
// 3. Checks that both return the same data for the dashboard and for single Akten, and the same
//    write results, and counts the SQL statements of single requests (5 vs 50 Akten too).
// 4. Drives each scenario over real HTTP with autocannon at a fixed concurrency: a warm-up, then
//    the measured run, API and floor one after the other.
// 5. Prints the table: req/s, p50, p99, SQL statements and server CPU time per request for each,
//    and API ÷ floor throughput.
//
// Settings (environment): BENCH_CONNECTIONS (10), BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (5),
// BENCH_RUNS (5: measured runs per scenario and server, alternating; the table shows medians),
// BENCH_ONLY=minimal,dashboard,akt,writes, BENCH_SIDES=api,floor, BENCH_CPU_PROF=1 (V8 profiles of the
// servers, see bench/processes.ts), BENCH_NODE_FLAGS (extra flags for both servers), BENCH_RESEED=1,
// BENCH_ADMIN_URL, BENCH_DB_NAME, BENCH_AKTEN; BENCH_WEBHOOKS=<n>: the API's office has n webhooks
// subscribed to every event, the API server runs the delivery worker, and a receiver in this
// process answers 200 (the outbox's cost per write: compare BENCH_ONLY=writes with 0 and 1).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import autocannon from 'autocannon';
import { SERVER_NODE_FLAGS, startServer, type ServerUnderTest } from './processes.js';
import { firstDifference, machine, machineIdleMeter, postgresCpuMeter, table } from './report.js';
import { goodBody, pipeline, readAktId, request, SCENARIOS, send, writeAktIndex, type ScenarioName, type Target } from './scenarios.js';
import { ensureBenchDatabase, removeBenchWrites } from './seed.js';
import { aktId, BENCH_DB, neueForderung, randomSequence } from './setup.js';
import { EREIGNIS_TYPEN } from '../server/webhooks/ereignisse.js';
import { neuesSecret } from '../server/webhooks/signatur.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'minimal,dashboard,akt,writes').split(','));
const SIDES = (process.env.BENCH_SIDES ?? 'api,floor').split(',') as ('api' | 'floor')[];
/** Measured runs per scenario and server, API and floor alternating; the table shows their medians. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

interface Side extends Target {
  server: ServerUnderTest;
}

/** SQL statements of each of `n` single requests, one after the other: [min, max]. */
async function statementsPerRequest(side: Side, n: number, one: (i: number) => Promise<number>): Promise<[number, number]> {
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const before = (await side.server.stats()).statements;
    const requests = await one(i);
    counts.push(((await side.server.stats()).statements - before) / requests);
  }
  return [Math.min(...counts), Math.max(...counts)];
}

const ok = (r: { status: number; body: any }, what: string) => {
  if (r.status !== 200 || r.body.errors) throw new Error(`${what}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
};

/** Both servers must answer alike before their speed means anything. */
async function verify(api: Side, floor: Side) {
  const minimal = [ok(await send(api, request.minimal(api)), 'API minimal'), ok(await send(floor, request.minimal(floor)), 'floor minimal')];
  if (firstDifference(minimal[0], minimal[1])) throw new Error('minimal: API and floor differ');
  const dashboard = [ok(await send(api, request.dashboard(api)), 'API dashboard'), ok(await send(floor, request.dashboard(floor)), 'floor dashboard')];
  const d = firstDifference(dashboard[0], dashboard[1]);
  if (d) throw new Error(`dashboard: API and floor differ at ${d}`);
  if (dashboard[0].data.akten.edges.length !== 50) throw new Error('dashboard: expected 50 Akten');
  const rnd = randomSequence(7);
  for (let i = 0; i < 25; i++) {
    const id = readAktId(rnd);
    const [a, f] = [ok(await send(api, request.akt(api, id)), 'API akt'), ok(await send(floor, request.akt(floor, id)), 'floor akt')];
    const diff = firstDifference(a, f);
    if (diff) throw new Error(`akt ${id}: API and floor differ at ${diff}`);
    if (!a.data.akt?.mahnkosten?.brutto) throw new Error(`akt ${id}: no Mahnkosten`);
  }
  // Writes: the same input gives the same answer (apart from the new Forderung's id).
  const input = neueForderung(aktId(0), 4711);
  const [a, f] = [ok(await send(api, request.createForderung(api, input)), 'API createForderung'), ok(await send(floor, request.createForderung(floor, input)), 'floor createForderung')];
  const strip = (x: any) => ({ ...x.data.createForderung, forderung: { ...x.data.createForderung.forderung, id: typeof x.data.createForderung.forderung?.id } });
  const diff = firstDifference(strip(a), strip(f));
  if (diff) throw new Error(`createForderung: API and floor differ at ${diff}`);
  for (const [side, created] of [[api, a], [floor, f]] as const) {
    const { forderung } = created.data.createForderung;
    const r = ok(await send(side, request.assign(side, { titelId: forderung.titel.id, forderungIds: [forderung.id] })), `${side.kind} assign`);
    if (r.data.assignForderungenToTitel.__typename !== 'AssignForderungenToTitelPayload') throw new Error(`${side.kind} assign: ${JSON.stringify(r)}`);
  }
}

async function countStatements(side: Side) {
  const rnd = randomSequence(11);
  const once = async (r: ReturnType<typeof request.dashboard>) => (ok(await send(side, r), side.kind), 1);
  const minimal = await statementsPerRequest(side, 3, () => once(request.minimal(side)));
  const dashboard50 = await statementsPerRequest(side, 10, () => once(request.dashboard(side, 50)));
  const dashboard5 = await statementsPerRequest(side, 3, () => once(request.dashboard(side, 5)));
  const akt = await statementsPerRequest(side, 10, () => once(request.akt(side, readAktId(rnd))));
  const writes = await statementsPerRequest(side, 10, async (i) => {
    const created = ok(await send(side, request.createForderung(side, neueForderung(aktId(writeAktIndex(rnd)), i))), side.kind).data.createForderung;
    ok(await send(side, request.assign(side, { titelId: created.forderung.titel.id, forderungIds: [created.forderung.id] })), side.kind);
    return 2;
  });
  return { minimal, dashboard: dashboard50, dashboard5, akt, writes };
}

interface Measured {
  /** CPU time of the server process per request (user + system), in ms. */
  cpuMs: number;
  /** Of that, in the kernel (system calls: the sockets), in ms. */
  systemMs: number;
  /** CPU time of PostgreSQL per request, in ms. */
  pgCpuMs: number;
  /** CPU time of the load tool (this process: autocannon, building requests and checking answers) per request, in ms. */
  loadCpuMs: number;
  /** The machine's cores' time per request left idle (all processes), in ms: 0 when the cores were saturated. */
  idleMs: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  bad: number;
}

async function drive(name: ScenarioName, side: Side, seconds: number, seed: number): Promise<Measured> {
  const before = await side.server.stats();
  const pg = postgresCpuMeter(BENCH_DB);
  const load = process.cpuUsage();
  const idle = machineIdleMeter();
  const r = await autocannon({
    url: side.base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: pipeline(name, side, seed),
    verifyBody: goodBody,
  });
  const pgCpu = pg.stop();
  const loadCpu = process.cpuUsage(load);
  const idleMs = idle.stop();
  const after = await side.server.stats();
  const served = Math.max(1, after.requests - before.requests);
  return {
    cpuMs: (after.cpuMicros - before.cpuMicros) / 1000 / served,
    systemMs: (after.systemMicros - before.systemMicros) / 1000 / served,
    pgCpuMs: pgCpu / served,
    loadCpuMs: (loadCpu.user + loadCpu.system) / 1000 / served,
    idleMs: idleMs / served,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    bad: r.non2xx + r.errors + r.timeouts + r.mismatches,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Each figure's median over the runs (so a row's figures may come from different runs). */
function medians(runs: Measured[] | undefined): Measured | undefined {
  if (!runs?.length) return undefined;
  const of = (k: keyof Measured) => median(runs.map((m) => m[k]));
  return { cpuMs: of('cpuMs'), systemMs: of('systemMs'), pgCpuMs: of('pgCpuMs'), loadCpuMs: of('loadCpuMs'), idleMs: of('idleMs'), rps: of('rps'), p50: of('p50'), p99: of('p99'), requests: of('requests'), bad: runs.reduce((n, m) => n + m.bad, 0) };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const sql = ([min, max]: [number, number]) => (min === max ? fmt(min, min % 1 ? 1 : 0) : `${fmt(min, 1)}–${fmt(max, 1)}`);

const db = await ensureBenchDatabase();
for (const line of await machine(db.url)) console.log(line);
console.log(`server Node flags (both sides): ${process.env.BENCH_NODE_FLAGS ?? SERVER_NODE_FLAGS}`);
const webhooks = await benchWebhooks(db.url, db.kanzleiId, Number(process.env.BENCH_WEBHOOKS ?? 0));
const servers = await Promise.all(SIDES.map((kind) => startServer(kind, db.url)));
const sides = Object.fromEntries(servers.map((server) => [server.kind, { kind: server.kind, base: server.base, key: db.key, server }])) as Record<'api' | 'floor', Side>;

try {
  if (sides.api && sides.floor) {
    await verify(sides.api, sides.floor);
    console.log('checked: API and floor return the same dashboard page, the same 25 single Akten (with Mahnkosten) and the same write results');
  }
  const statements = Object.fromEntries(await Promise.all(servers.map(async (s) => [s.kind, await countStatements(sides[s.kind])] as const)));
  const results: Partial<Record<ScenarioName, Partial<Record<'api' | 'floor', Measured[]>>>> = {};
  console.log(`load: autocannon, ${CONNECTIONS} connections, ${WARMUP} s warm-up, then ${RUNS} × ${SECONDS} s measured per scenario and server (API and floor alternating)`);
  for (const { name, title } of SCENARIOS.filter((s) => ONLY.has(s.name))) {
    for (const [i, side] of Object.values(sides).entries()) await drive(name, side, WARMUP, 1000 + i);
    for (let run = 0; run < RUNS; run++) {
      for (const side of Object.values(sides)) {
        const m = await drive(name, side, SECONDS, 1 + run);
        ((results[name] ??= {})[side.kind] ??= []).push(m);
        console.log(
          `  ${title}, run ${run + 1}, ${side.kind}: ${fmt(m.rps, 1)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.requests} requests, ${m.bad} bad, ` +
            `CPU per request: server ${fmt(m.cpuMs, 2)} ms (system ${fmt(m.systemMs, 2)}), PostgreSQL ${fmt(m.pgCpuMs, 2)} ms, load tool ${fmt(m.loadCpuMs, 2)} ms, cores idle ${fmt(m.idleMs, 2)} ms`,
        );
      }
    }
  }
  const ratios = (name: ScenarioName) => {
    const a = results[name]?.api;
    const f = results[name]?.floor;
    return a && f ? a.map((m, i) => m.rps / f[i]!.rps) : [];
  };
  const rows = SCENARIOS.filter((s) => results[s.name]).map(({ name, title }) => {
    const a = medians(results[name]!.api);
    const f = medians(results[name]!.floor);
    const r = ratios(name);
    const side = (kind: 'api' | 'floor', m: Measured | undefined) => {
      const stmts = statements[kind]?.[name];
      return m
        ? [fmt(m.rps, 1), `${m.p50} ms`, `${m.p99} ms`, stmts ? sql(stmts) : '–', `${fmt(m.cpuMs, 1)} + ${fmt(m.pgCpuMs, 1)} ms`]
        : ['–', '–', '–', '–', '–'];
    };
    return [title, ...side('api', a), ...side('floor', f), r.length ? median(r).toFixed(2) : '–'];
  });
  console.log();
  console.log(table(['scenario', 'API req/s', 'p50', 'p99', 'SQL/req', 'CPU/req', 'floor req/s', 'p50', 'p99', 'SQL/req', 'CPU/req', 'API ÷ floor'], rows));
  console.log(`medians of ${RUNS} runs; CPU/req: CPU time per request of the server process + of its PostgreSQL backends (all share the cores with the load tool).`);
  for (const { name, title } of SCENARIOS.filter((s) => ratios(s.name).length)) {
    const a = medians(results[name]!.api)!;
    const f = medians(results[name]!.floor)!;
    console.log(`${title}: API ÷ floor by run ${ratios(name).map((x) => x.toFixed(2)).join(', ')}; p99 API ÷ floor ${(a.p99 / f.p99).toFixed(2)}`);
  }
  console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (${cpus().length} cores)`);
  for (const kind of SIDES) {
    const s = statements[kind]!;
    console.log(`${kind}: SQL statements per dashboard request with 5 Akten ${sql(s.dashboard5)}, with 50 Akten ${sql(s.dashboard)}`);
  }
  const bad = Object.values(results).flatMap((r) => Object.values(r).flat()).reduce((n, m) => n + m.bad, 0);
  if (bad) {
    console.error(`${bad} bad answers (errors, non-2xx, timeouts or error results)`);
    process.exitCode = 1;
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await webhooks.end();
  const removed = await removeBenchWrites(db.url);
  console.log(`removed the ${removed} Forderungen the write scenario created`);
}

/** BENCH_WEBHOOKS: n webhooks of the office, subscribed to every event, to a receiver here. */
async function benchWebhooks(url: string, kanzleiId: string, n: number): Promise<{ end(): Promise<void> }> {
  if (n <= 0) return { end: async () => {} };
  let empfangen = 0;
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      empfangen++;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const ziel = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const clean = async () => {
    await c.query('DELETE FROM "Webhook" WHERE "kanzleiId" = $1', [kanzleiId]);
    await c.query('DELETE FROM "WebhookEreignis" WHERE "kanzleiId" = $1', [kanzleiId]);
  };
  await clean();
  for (let i = 0; i < n; i++) {
    await c.query(`INSERT INTO "Webhook" (id, "kanzleiId", url, ereignisse, secret) VALUES (gen_random_uuid(), $1, $2, $3, $4)`,
      [kanzleiId, ziel, [...EREIGNIS_TYPEN], neuesSecret()]);
  }
  process.env.BENCH_WEBHOOKS = String(n); // the API server starts its delivery worker
  console.log(`webhooks: ${n} subscribed to every event, delivered to a receiver on ${ziel}`);
  return {
    async end() {
      const { rows } = await c.query<{ e: string; z: string; ok: string }>(
        `SELECT (SELECT count(*) FROM "WebhookEreignis" WHERE "kanzleiId" = $1) AS e, count(*) AS z, count(*) FILTER (WHERE status = 'ZUGESTELLT') AS ok FROM "WebhookZustellung" WHERE "kanzleiId" = $1`, [kanzleiId]);
      console.log(`webhooks: ${rows[0]!.e} events and ${rows[0]!.z} deliveries written, ${rows[0]!.ok} delivered, ${empfangen} requests received`);
      await clean();
      await c.end();
      receiver.close();
    },
  };
}
