// npm run bench:outbox — what the webhook outbox costs a write, and how fast the worker delivers.
//
// On a fresh PostgreSQL database (BENCH_ADMIN_URL, dropped afterwards): 10 concurrent writers, each
// on its own Akt, run createForderung's transaction (lock the Akt, find its first Titel, insert the
// Forderung), in variants: without the outbox; with `schreibeEreignis` and no webhook subscribed
// (one indexed SELECT); with 1 and 3 webhooks subscribed (the event, rendered from the row, and a
// delivery per webhook); with 1 subscribed while the delivery worker sends to a local receiver
// (answering 200 at once). Then the worker alone: how many deliveries per second it sends.
// Per write: SQL statements, and CPU time of this process and of PostgreSQL's backends (steadier
// than wall-clock times on a shared machine). BENCH_OUTBOX_WRITES (default 3 000 per variant and
// round), BENCH_OUTBOX_ROUNDS (default 3: the median).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../server/db/database.js';
import { inTransaction } from '../server/services/db.js';
import { sperreOffenenAkt } from '../server/services/sperren.js';
import { provisionApiKey } from '../server/services/kanzleien.js';
import { EREIGNIS_TYPEN } from '../server/webhooks/ereignisse.js';
import { schreibeEreignis } from '../server/webhooks/outbox.js';
import { neuesSecret } from '../server/webhooks/signatur.js';
import { starteZustellung, ZUSTELLUNG_STANDARD, type Zusteller } from '../server/webhooks/zustellung.js';
import type { Viewer } from '../server/auth/viewer.js';
import { machine, postgresCpuMeter } from './report.js';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const WRITES = Number(process.env.BENCH_OUTBOX_WRITES ?? 3_000);
const ROUNDS = Number(process.env.BENCH_OUTBOX_ROUNDS ?? 3);
const WRITERS = 10;

const name = `kanzlei_bench_outbox_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const db = await openDatabase({ kind: 'postgresql', url: url.toString() });
const prisma = db.prisma;

// The receiver: answers 200 at once and counts.
let empfangen = 0;
const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    empfangen++;
    res.end('ok');
  });
});
await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

try {
  for (const line of await machine(url.toString())) console.log(line);
  const { kanzleiId, benutzerId } = await provisionApiKey(prisma, { kanzlei: 'Bench Outbox', kuerzel: 'BO', rolle: 'ADMIN', name: 'Bench' });
  const viewer: Viewer = { benutzerId, kanzleiId, rolle: 'ADMIN', kuerzel: 'BO', keyPrefix: 'bench', nurPersistiert: false };
  const klient = await prisma.person.create({ data: { kanzleiId, kurzbezeichnung: 'K', name: 'Klient' } });
  const akten = await Promise.all(Array.from({ length: WRITERS }, (_, i) =>
    prisma.akt.create({ data: { kanzleiId, aktenzeichen: `2026/${String(i).padStart(4, '0')}`, bezeichnung: `Akt ${i}`, klientId: klient.id } })));

  const write = (aktId: string, n: number, outbox: boolean) =>
    inTransaction(prisma, async (tx) => {
      await sperreOffenenAkt(tx, viewer, aktId);
      const titel = await tx.titel.findFirst({ where: { aktId }, orderBy: [{ datum: 'asc' }, { angelegtAm: 'asc' }, { id: 'asc' }], select: { id: true } });
      const f = await tx.forderung.create({ data: { kanzleiId, aktId, art: 'HAUPTFORDERUNG', betrag: `${100 + (n % 900)}.00`, bezeichnung: 'Bench', titelId: titel?.id ?? null } });
      if (outbox) await schreibeEreignis(tx, { kanzleiId, typ: 'forderung.angelegt', daten: async () => f });
    });

  /** WRITES writes by WRITERS concurrent writers: writes/s and the mean ms per write. */
  async function run(outbox: boolean) {
    const perWriter = Math.ceil(WRITES / WRITERS);
    const latencies: number[] = [];
    const pgCpu = postgresCpuMeter(name);
    const cpu0 = process.cpuUsage();
    const statements0 = db.statements.count;
    const t0 = performance.now();
    await Promise.all(akten.map(async (akt, w) => {
      for (let i = 0; i < perWriter; i++) {
        const s = performance.now();
        await write(akt.id, w * perWriter + i, outbox);
        latencies.push(performance.now() - s);
      }
    }));
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const n = latencies.length;
    latencies.sort((a, b) => a - b);
    return {
      rate: n / seconds, mean: latencies.reduce((s, x) => s + x, 0) / n, p99: latencies[Math.floor(n * 0.99)]!,
      nodeCpuMs: (cpu.user + cpu.system) / 1000 / n, pgCpuMs: pgCpu.stop() / n, statements: (db.statements.count - statements0) / n,
    };
  }
  const webhooks = async (n: number, status: 'AKTIV' | 'PAUSIERT' = 'PAUSIERT') => {
    await prisma.webhook.deleteMany();
    for (let i = 0; i < n; i++) await prisma.webhook.create({ data: { kanzleiId, url: receiverUrl, ereignisse: [...EREIGNIS_TYPEN], secret: neuesSecret(), status } });
  };
  type Messung = Awaited<ReturnType<typeof run>>;
  const delta = (x: number, b: number | undefined, digits = 2) => (b === undefined ? '' : ` (${x >= b ? '+' : ''}${(x - b).toFixed(digits)})`);
  const zeile = (label: string, m: Messung, b?: Messung) =>
    console.log(`  ${label.padEnd(38)} ${m.rate.toFixed(0).padStart(5)} writes/s, mean ${m.mean.toFixed(1)} ms, p99 ${m.p99.toFixed(0)} ms; per write: `
      + `${m.statements.toFixed(1)} SQL${delta(m.statements, b?.statements, 1)}, CPU Node ${m.nodeCpuMs.toFixed(2)} ms${delta(m.nodeCpuMs, b?.nodeCpuMs)} `
      + `+ PostgreSQL ${m.pgCpuMs.toFixed(2)} ms${delta(m.pgCpuMs, b?.pgCpuMs)}`);

  // Paused webhooks: their deliveries are written but wait, so only the outbox's cost is measured;
  // the last variant has the worker deliver meanwhile. The variants take turns in every round, so a
  // machine whose load drifts treats them alike; each one's median round is shown.
  let zusteller: Zusteller | null = null;
  const VARIANTEN: { label: string; outbox: boolean; vorher: () => Promise<void> }[] = [
    { label: 'without the outbox', outbox: false, vorher: () => webhooks(0) },
    { label: 'outbox, no webhook subscribed', outbox: true, vorher: () => webhooks(0) },
    { label: 'outbox, 1 webhook subscribed', outbox: true, vorher: () => webhooks(1) },
    { label: 'outbox, 3 webhooks subscribed', outbox: true, vorher: () => webhooks(3) },
    {
      label: 'outbox, 1 webhook, worker delivering', outbox: true,
      vorher: async () => {
        await webhooks(1, 'AKTIV');
        zusteller = starteZustellung(prisma, { ...ZUSTELLUNG_STANDARD, lokaleZiele: true }, console.error);
      },
    },
  ];
  console.log(`${WRITERS} concurrent writers, ${WRITES} createForderung transactions per variant and round, ${ROUNDS} rounds (median shown)`);
  await run(false); // warm-up
  const ergebnisse = VARIANTEN.map(() => [] as Messung[]);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, v] of VARIANTEN.entries()) {
      await v.vorher();
      ergebnisse[i]!.push(await run(v.outbox));
      await (zusteller as Zusteller | null)?.stop();
      zusteller = null;
    }
  }
  // Each figure's median over the rounds (wall-clock times swing with the machine's load; CPU per write much less).
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const mediane = ergebnisse.map((e) => Object.fromEntries(Object.keys(e[0]!).map((k) => [k, med(e.map((m) => m[k as keyof Messung]))])) as Messung);
  for (const [i, v] of VARIANTEN.entries()) zeile(v.label, mediane[i]!, i ? mediane[0] : undefined);
  console.log(`  (${await prisma.webhookEreignis.count()} events and ${await prisma.webhookZustellung.count()} deliveries written; ${empfangen} received)`);

  // The worker alone, on a backlog of 3 000 deliveries to one webhook.
  await webhooks(1, 'PAUSIERT');
  const [w] = await prisma.webhook.findMany();
  for (let i = 0; i < 3_000; i += 100) {
    await inTransaction(prisma, async (tx) => {
      for (let j = 0; j < 100; j++) await schreibeEreignis(tx, { kanzleiId, typ: 'forderung.angelegt', daten: async () => ({ nr: i + j }) });
    });
  }
  await prisma.webhook.update({ where: { id: w!.id }, data: { status: 'AKTIV' } });
  zusteller = starteZustellung(prisma, { ...ZUSTELLUNG_STANDARD, lokaleZiele: true }, console.error);
  const t0 = performance.now();
  const vorher = empfangen;
  while ((await prisma.webhookZustellung.count({ where: { webhookId: w!.id, status: 'AUSSTEHEND' } })) > 0) await new Promise((r) => setTimeout(r, 50));
  const s = (performance.now() - t0) / 1000;
  console.log(`  worker alone (1 process, WEBHOOK_CONCURRENCY ${ZUSTELLUNG_STANDARD.gleichzeitig}): ${empfangen - vorher} deliveries in ${s.toFixed(1)} s = ${((empfangen - vorher) / s).toFixed(0)} deliveries/s`);
  await (zusteller as Zusteller | null)?.stop();
} finally {
  receiver.close();
  await db.close();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
