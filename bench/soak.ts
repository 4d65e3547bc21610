// npm run bench:soak — the GraphQL API under moderate, steady load for a while (5 minutes by
// default): the dashboard, single Akten and writes mixed, over real HTTP. Prints the server's
// memory at the start, every SOAK_SAMPLE_SECONDS and at the end, and every error; exits 1 on any
// error or non-2xx answer, or when the heap (after a full GC) grew by more than
// SOAK_MAX_HEAP_GROWTH_MIB.
//
// Settings (environment): SOAK_SECONDS (300), SOAK_RATE (30 requests/s in all),
// SOAK_CONNECTIONS (4), SOAK_WARMUP_SECONDS (15), SOAK_SAMPLE_SECONDS (30),
// SOAK_MAX_HEAP_GROWTH_MIB (20); the database settings of bench/setup.ts.
import autocannon from 'autocannon';
import { startServer } from './processes.js';
import { machine, mib } from './report.js';
import { goodBody, pipeline, type Target } from './scenarios.js';
import { ensureBenchDatabase, removeBenchWrites } from './seed.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const RATE = Number(process.env.SOAK_RATE ?? 30);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 4);
const WARMUP = Number(process.env.SOAK_WARMUP_SECONDS ?? 15);
const SAMPLE = Number(process.env.SOAK_SAMPLE_SECONDS ?? 30);
const MAX_GROWTH = Number(process.env.SOAK_MAX_HEAP_GROWTH_MIB ?? 20);

/** Per connection, over and over: a dashboard page, two single Akten, a Forderung and its assignment. */
const mix = (t: Target, seed: number): autocannon.Request[] => [
  ...pipeline('dashboard', t, seed),
  ...pipeline('akt', t, seed + 1),
  ...pipeline('akt', t, seed + 2),
  ...pipeline('writes', t, seed + 3),
];

const errors: string[] = [];
const run = (t: Target, seconds: number) =>
  autocannon({
    url: t.base,
    connections: CONNECTIONS,
    overallRate: RATE,
    duration: seconds,
    requests: mix(t, 42),
    verifyBody: (body) => {
      const good = goodBody(body);
      if (!good && errors.length < 20) errors.push(String(body).slice(0, 300));
      return good;
    },
  });

const db = await ensureBenchDatabase();
for (const line of await machine(db.url)) console.log(line);
const server = await startServer('api', db.url);
const target: Target = { kind: 'api', base: server.base, key: db.key };
const time = () => new Date().toISOString().slice(11, 19);

try {
  await run(target, WARMUP); // JIT, pools and caches filled: the start line measures a warm server
  errors.length = 0;
  const start = await server.stats('gc');
  console.log(`${time()} start: RSS ${mib(start.rss)}, heap after GC ${mib(start.heapUsed)}; ${SECONDS} s at ${RATE} req/s over ${CONNECTIONS} connections`);
  const sampler = setInterval(() => {
    void server.stats().then((s) => console.log(`${time()}   RSS ${mib(s.rss)}, heap ${mib(s.heapUsed)}, SQL statements so far ${s.statements.toLocaleString('en')}`));
  }, SAMPLE * 1000);
  const r = await run(target, SECONDS);
  clearInterval(sampler);
  const end = await server.stats('gc');
  const bad = r.non2xx + r.errors + r.timeouts + r.mismatches;
  const growth = (end.heapUsed - start.heapUsed) / 2 ** 20;
  console.log(`${time()} end:   RSS ${mib(end.rss)}, heap after GC ${mib(end.heapUsed)} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MiB)`);
  console.log(
    `${r.requests.total.toLocaleString('en')} requests (${r.requests.average.toFixed(1)} req/s), p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms; ` +
      `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}, GraphQL/result errors ${r.mismatches}`,
  );
  for (const e of errors) console.error(`  error answer: ${e}`);
  if (bad > 0) {
    console.error('FAIL: errors during the soak');
    process.exitCode = 1;
  } else if (growth > MAX_GROWTH) {
    console.error(`FAIL: the heap grew by ${growth.toFixed(1)} MiB (more than ${MAX_GROWTH})`);
    process.exitCode = 1;
  } else {
    console.log('OK: no errors, no heap growth');
  }
} finally {
  await server.stop();
  const removed = await removeBenchWrites(db.url);
  console.log(`removed the ${removed} Forderungen the soak created`);
}
