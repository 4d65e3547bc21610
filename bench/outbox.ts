// npm run bench:outbox — what the webhook outbox costs a write, and how fast the worker delivers.
//
// On a fresh PostgreSQL database (BENCH_ADMIN_URL, dropped afterwards): 10 concurrent writers, each
// on its own Akt, run createForderung's transaction (lock the Akt, find its first Titel, insert the
// Forderung), in variants: without the outbox; with `schreibeEreignis` and no webhook subscribed
// (one indexed SELECT); with 1 and 3 webhooks subscribed (the event, rendered from the row, and a
// delivery per webhook); with 1 subscribed while the delivery worker sends to a local receiver
// (answering 200 at once). Then the worker alone: how many deliveries per second it sends.
// BENCH_OUTBOX_WRITES (default 3 000 per variant), BENCH_OUTBOX_ROUNDS (default 3: the median).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../server/db/database.js';
import { inTransaction } from '../server/services/db.js';
import { sperreOffenenAkt } from '../server/services/sperren.js';
import { ersterTitel } from '../server/services/titel.js';
import { provisionApiKey } from '../server/services/kanzleien.js';
import { EREIGNIS_TYPEN } from '../server/webhooks/ereignisse.js';
import { schreibeEreignis } from '../server/webhooks/outbox.js';
import { neuesSecret } from '../server/webhooks/signatur.js';
import { starteZustellung, ZUSTELLUNG_STANDARD } from '../server/webhooks/zustellung.js';
import type { Viewer } from '../server/auth/viewer.js';
import { machine } from './report.js';

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
      const titel = await ersterTitel(tx, aktId);
      const f = await tx.forderung.create({ data: { kanzleiId, aktId, art: 'HAUPTFORDERUNG', betrag: `${100 + (n % 900)}.00`, bezeichnung: 'Bench', titelId: titel?.id ?? null } });
      if (outbox) await schreibeEreignis(tx, { kanzleiId, typ: 'forderung.angelegt', daten: async () => f });
    });

  /** WRITES writes by WRITERS concurrent writers: writes/s and the mean ms per write. */
  async function run(outbox: boolean) {
    const perWriter = Math.ceil(WRITES / WRITERS);
    const latencies: number[] = [];
    const t0 = performance.now();
    await Promise.all(akten.map(async (akt, w) => {
      for (let i = 0; i < perWriter; i++) {
        const s = performance.now();
        await write(akt.id, w * perWriter + i, outbox);
        latencies.push(performance.now() - s);
      }
    }));
    const seconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    return { rate: latencies.length / seconds, mean: latencies.reduce((s, x) => s + x, 0) / latencies.length, p99: latencies[Math.floor(latencies.length * 0.99)]! };
  }
  const median = async (outbox: boolean) => {
    const r = [];
    for (let i = 0; i < ROUNDS; i++) r.push(await run(outbox));
    r.sort((a, b) => a.rate - b.rate);
    return r[Math.floor(r.length / 2)]!;
  };
  const webhooks = async (n: number) => {
    await prisma.webhook.deleteMany();
    for (let i = 0; i < n; i++) await prisma.webhook.create({ data: { kanzleiId, url: receiverUrl, ereignisse: [...EREIGNIS_TYPEN], secret: neuesSecret(), status: 'PAUSIERT' } });
  };
  const zeile = (label: string, m: { rate: number; mean: number; p99: number }, basis?: { mean: number }) =>
    console.log(`  ${label.padEnd(44)} ${m.rate.toFixed(0).padStart(6)} writes/s   mean ${m.mean.toFixed(2)} ms   p99 ${m.p99.toFixed(1)} ms${basis ? `   +${(m.mean - basis.mean).toFixed(2)} ms per write` : ''}`);

  console.log(`${WRITERS} concurrent writers, ${WRITES} createForderung transactions per variant, median of ${ROUNDS} rounds`);
  await run(false); // warm-up
  const ohne = await median(false);
  zeile('without the outbox', ohne);
  await webhooks(0);
  zeile('outbox, no webhook subscribed', await median(true), ohne);
  // Paused webhooks: their deliveries are written but wait, so nothing else runs meanwhile.
  await webhooks(1);
  zeile('outbox, 1 webhook subscribed', await median(true), ohne);
  await webhooks(3);
  zeile('outbox, 3 webhooks subscribed', await median(true), ohne);
  const geschrieben = await prisma.webhookZustellung.count();
  console.log(`  (${(await prisma.webhookEreignis.count())} events and ${geschrieben} deliveries written)`);

  // 1 webhook, active, with the worker delivering while the writes run.
  await webhooks(1);
  await prisma.webhook.updateMany({ data: { status: 'AKTIV' } });
  const zusteller = starteZustellung(prisma, { ...ZUSTELLUNG_STANDARD, lokaleZiele: true }, console.error);
  zeile('outbox, 1 webhook, worker delivering', await median(true), ohne);
  // The worker alone: the backlog left, then as fast as it goes.
  const t0 = performance.now();
  const vorher = empfangen;
  while ((await prisma.webhookZustellung.count({ where: { status: 'AUSSTEHEND' } })) > 0) await new Promise((r) => setTimeout(r, 50));
  const s = (performance.now() - t0) / 1000;
  console.log(`  worker (1 process, WEBHOOK_CONCURRENCY ${ZUSTELLUNG_STANDARD.gleichzeitig}): delivered ${empfangen} in all; the backlog of ${empfangen - vorher} after the writes in ${s.toFixed(1)} s (${((empfangen - vorher) / s).toFixed(0)} deliveries/s)`);
  await zusteller.stop();
} finally {
  receiver.close();
  await db.close();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
