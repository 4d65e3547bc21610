// npm run bench: prints figures, asserts nothing.
// 1. The pure tariff engine: Mahnkosten per second over a spread of Bemessungsgrundlagen and the
//    six tariffs.
// 2. `akten(first: 100) { mahnkosten(tarif: "MAK") { brutto } }` through the HTTP server (real
//    socket, node:http), on the embedded PGlite or, with BENCH_DATABASE_URL, on PostgreSQL: the
//    latency of sequential requests and the SQL statements per request.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Decimal } from '../server/domain/money.js';
import { createApp } from '../server/app.js';
import { openDatabase, type Database } from '../server/db/database.js';
import { provisionApiKey } from '../server/services/kanzleien.js';
import { berechneMahnkosten, type TarifDefinition } from '../server/tarif/mahnkosten.js';
import { ratgTabelleSchema } from '../server/tarif/ratg.js';

const data = (f: string) => JSON.parse(readFileSync(new URL(`../server/tarif/data/${f}`, import.meta.url), 'utf8'));

function engine() {
  const tabelle = ratgTabelleSchema.parse(data('ratg-2023-05-01.json'));
  const tarife: TarifDefinition[] = data('tarife.json').tarife;
  const porto = new Decimal('4.30');
  // 1 000 Bemessungsgrundlagen from 10 € to ~1.5 M €, log-spaced, to the cent.
  const bgs = Array.from({ length: 1000 }, (_, i) => new Decimal(10).times(new Decimal(1.0135).pow(i)).toDecimalPlaces(2));
  let n = 0;
  let check = new Decimal(0);
  const run = (ms: number) => {
    const end = performance.now() + ms;
    const start = performance.now();
    let count = 0;
    while (performance.now() < end) {
      for (const tarif of tarife) {
        for (let i = 0; i < 50; i++) {
          const bg = bgs[(n++ * 7) % bgs.length]!;
          check = check.plus(berechneMahnkosten({ tarif, tabelle, bemessung: { betrag: bg, quelle: 'HAUPTFORDERUNGEN' }, gegner: 1 + (n % 4), porto }).brutto);
          count++;
        }
      }
    }
    return (count / (performance.now() - start)) * 1000;
  };
  run(300); // warm-up
  const perSecond = run(2000);
  return { perSecond, check };
}

async function seed(db: Database, akten: number) {
  const { key, kanzleiId } = await provisionApiKey(db.prisma, { kanzlei: 'Bench', kuerzel: 'BE' });
  const p = db.prisma;
  for (let i = 0; i < akten; i++) {
    const personen = await p.person.createManyAndReturn({
      data: [0, 1, 2].map((j) => ({ kanzleiId, kurzbezeichnung: `P${i}-${j}`, name: `Person ${i}-${j}` })),
      select: { id: true },
    });
    await p.akt.create({
      data: {
        kanzleiId, aktenzeichen: `B/${i}`, bezeichnung: `Akt ${i}`, klientId: personen[0]!.id,
        gegner: { create: [{ position: 1, personId: personen[1]!.id }, { position: 2, personId: personen[2]!.id }] },
        forderungen: { create: [1, 2, 3, 4, 5].map((k) => ({ kanzleiId, art: 'HAUPTFORDERUNG' as const, betrag: `${(i * 37 + k * 113) % 50000 + 10}.${k}0` })) },
      },
    });
  }
  return key;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function server() {
  const url = process.env.BENCH_DATABASE_URL;
  const db = await openDatabase(url ? { kind: 'postgresql', url } : { kind: 'pglite', dataDir: null });
  const cleanUp = () =>
    db.prisma.$transaction([db.prisma.akt.deleteMany({ where: { kanzlei: { name: 'Bench' } } }), db.prisma.kanzlei.deleteMany({ where: { name: 'Bench' } })]);
  if (url) await cleanUp();
  const key = await seed(db, 200);
  const http = createServer(createApp({ prisma: db.prisma, graphiql: false }));
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const endpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  const body = JSON.stringify({ query: '{ akten(first: 100) { edges { node { aktenzeichen mahnkosten(tarif: "MAK") { brutto } } } } }' });
  const request = async () => {
    const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body });
    const json = (await res.json()) as { data?: { akten: { edges: unknown[] } }; errors?: unknown };
    if (!json.data || json.data.akten.edges.length !== 100) throw new Error(`bad response: ${JSON.stringify(json).slice(0, 200)}`);
  };
  for (let i = 0; i < 10; i++) await request(); // warm-up
  db.statements.reset();
  const times: number[] = [];
  const rounds = 100;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await request();
    times.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const result = {
    database: url ? 'PostgreSQL' : 'PGlite (in memory)',
    requestsPerSecond: (rounds / total) * 1000,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    statementsPerRequest: db.statements.count / rounds,
  };
  http.close();
  if (url) await cleanUp();
  await db.close();
  return result;
}

const e = engine();
console.log(`engine: ${Math.round(e.perSecond).toLocaleString('en')} Mahnkosten/s (6 tariffs × 1 000 BG from 10 € to 1.5 M €, 1-4 Gegner; checksum ${e.check.toFixed(2)})`);
const s = await server();
console.log(
  `server (${s.database}): akten(first: 100) { mahnkosten(tarif: "MAK") { brutto } }, 100 sequential requests over HTTP: ` +
    `${s.requestsPerSecond.toFixed(1)} req/s, p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, ${s.statementsPerRequest} SQL statements/request`,
);
