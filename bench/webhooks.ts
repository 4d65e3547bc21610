// npm run bench:webhooks: what the webhook outbox costs a write. Prints figures, asserts nothing.
// Sequential createForderung (in-process, yoga.fetch: no socket, so the database and the
// rendering dominate) on the embedded PGlite or, with BENCH_DATABASE_URL, on PostgreSQL, on fresh
// Akten (10 Forderungen each), with the office's webhook alternately subscribed to nothing (the
// outbox then costs one indexed SELECT per event) and to forderung.angelegt (the SELECT, rendering
// the Forderung through the schema, one INSERT of event and delivery, and their audit entries), in
// interleaved blocks so that the drift of a shared machine hits both alike; then the rendering
// alone. BENCH_WRITES (default 300) per mode. On PostgreSQL use a throw-away database: the office
// and its rows stay (the audit trail cannot be deleted).
import { createApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { provisionApiKey } from '../server/services/kanzleien.js';

const N = Number(process.env.BENCH_WRITES ?? 300);
const url = process.env.BENCH_DATABASE_URL;
const db = await openDatabase(url ? { kind: 'postgresql', url } : { kind: 'pglite', dataDir: null });
const NAME = `Bench Webhooks ${Date.now()}`;
const { key } = await provisionApiKey(db.prisma, { kanzlei: NAME, kuerzel: 'BW', rolle: 'ADMIN' });
const kanzleiId = (await db.prisma.kanzlei.findUniqueOrThrow({ where: { name: NAME } })).id;
const app = createApp({ prisma: db.prisma, graphiql: false, keyRateLimit: { max: 1_000_000, windowMs: 60_000 } });

async function gql(query: string, variables: Record<string, unknown>) {
  const res = await app.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: any; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 300));
  return json.data;
}

const person = async (kurz: string) =>
  (await gql('mutation($i: CreatePersonInput!) { r: createPerson(input: $i) { ... on CreatePersonPayload { person { id } } } }', { i: { kurzbezeichnung: kurz, name: `Person ${kurz}` } })).r.person.id;
const klient = await person('K');
const gegner = await person('G');
let aktNr = 0;
const neuerAkt = async () =>
  (await gql('mutation($i: CreateAktInput!) { r: createAkt(input: $i) { ... on CreateAktPayload { akt { id } } } }', {
    i: { aktenzeichen: `B/${++aktNr}`, bezeichnung: 'Bench', klientId: klient, gegnerIds: [gegner] },
  })).r.akt.id as string;

const CREATE = 'mutation($i: CreateForderungInput!) { r: createForderung(input: $i) { __typename ... on CreateForderungPayload { forderung { id } } } }';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;

// Fresh Akten, 10 Forderungen each by the end: rendering reads the Akt's list, a realistic length.
const akten: string[] = [];
for (let i = 0; i < Math.ceil((2 * N) / 10); i++) akten.push(await neuerAkt());
let w = 0;
async function schreibe(): Promise<number> {
  const t0 = performance.now();
  const d = await gql(CREATE, { i: { aktId: akten[w % akten.length], art: 'HAUPTFORDERUNG', betrag: `${100 + (w++ % 900)}.50`, faelligAm: '2026-01-31' } });
  if (d.r.__typename !== 'CreateForderungPayload') throw new Error(JSON.stringify(d));
  return performance.now() - t0;
}

console.log(`${url ? 'PostgreSQL' : 'PGlite (in memory)'}: ${N} sequential createForderung per mode, in-process, modes interleaved in blocks of 25`);
const hook = await db.prisma.webhook.create({ data: { kanzleiId, url: 'https://partner.example/a', ereignisse: [], secret: 'whsec_dGVzdA==' } });
for (let i = 0; i < 30; i++) await schreibe(); // warm-up
const modi = { ohne: [] as string[], mit: ['forderung.angelegt'] };
const zeiten = { ohne: [] as number[], mit: [] as number[] };
const statements = { ohne: 0, mit: 0 };
for (let block = 0; block < N / 25; block++) {
  for (const modus of ['ohne', 'mit'] as const) {
    await db.prisma.webhook.update({ where: { id: hook.id }, data: { ereignisse: modi[modus] } });
    db.statements.reset();
    for (let i = 0; i < 25; i++) zeiten[modus].push(await schreibe());
    statements[modus] += db.statements.count;
  }
}
for (const modus of ['ohne', 'mit'] as const) {
  console.log(`${modus === 'ohne' ? 'no subscriber' : 'subscribed  '}  median ${median(zeiten[modus]).toFixed(2)} ms, mean ${mean(zeiten[modus]).toFixed(2)} ms, ${(statements[modus] / N).toFixed(1)} statements/write`);
}
console.log(`difference of the medians: ${(median(zeiten.mit) - median(zeiten.ohne)).toFixed(2)} ms per write`);

// The rendering alone: one Forderung rendered through the schema, inside a transaction.
const forderung = await db.prisma.forderung.findFirstOrThrow({ where: { aktId: akten[0] } });
const { rendere } = await import('../server/webhooks/daten.js');
const renderZeiten: number[] = [];
await db.prisma.$transaction(async (tx) => {
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await rendere(tx, kanzleiId, { art: 'forderung', id: forderung.id, aktId: akten[0]! });
    renderZeiten.push(performance.now() - t0);
  }
}, { timeout: 120_000 });
const akt = await (async () => {
  const zs: number[] = [];
  await db.prisma.$transaction(async (tx) => {
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await rendere(tx, kanzleiId, { art: 'akt', id: akten[0]! });
      zs.push(performance.now() - t0);
    }
  }, { timeout: 120_000 });
  return zs;
})();
console.log(`rendering alone (200 × in one transaction): Forderung median ${median(renderZeiten).toFixed(2)} ms, Akt (with Klient, Gegner, Verlauf) median ${median(akt).toFixed(2)} ms`);
console.log(`events written: ${await db.prisma.webhookEreignis.count({ where: { kanzleiId } })}`);
await db.close();
