// The bench database: a dedicated PostgreSQL database (kanzlei_bench) with one office of AKTEN
// Akten, each with a Klient, 2 Gegner, 5 Forderungen (4 Haupt-, 1 Nebenforderung), 3 Leistungen
// and 1 Titel that holds the Forderungen.
//
// The schema comes from the app's own migrations (openDatabase), the office, its user, API key and
// tariff data from the same services the server and CLI use (provisionApiKey,
// seedTarifdatenForAll). Only the bulk rows are written by hand: one `INSERT … SELECT
// generate_series` per table, with ids derived from the row number (bench/setup.ts), so 10 000
// Akten take seconds, not the minutes 150 000 single-row ORM inserts would.
//
// Run alone: `npx tsx bench/seed.ts` (BENCH_RESEED=1 drops and rebuilds the database).
import pg from 'pg';
import { openDatabase } from '../server/db/database.js';
import { provisionApiKey } from '../server/services/kanzleien.js';
import { seedTarifdatenForAll } from '../server/services/tarifdaten.js';
import { ADMIN_URL, AKTEN, BENCH_DB, BENCH_WRITE_TEXT, benchUrl, KANZLEI } from './setup.js';

export interface BenchDatabase {
  url: string;
  /** A fresh API key of the bench office (an ADMIN). */
  key: string;
  kanzleiId: string;
  seededNow: boolean;
  seedSeconds: number | null;
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function databaseExists(): Promise<boolean> {
  return withClient(ADMIN_URL, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DB])).rowCount === 1);
}

async function recreateDatabase(): Promise<void> {
  await withClient(ADMIN_URL, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(BENCH_DB)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${quoteIdent(BENCH_DB)}`);
  });
}

/** Complete when the office has exactly the Akten and rows a finished seeding leaves. */
async function isSeeded(url: string): Promise<boolean> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ akten: string; forderungen: string; titel: string }>(
      `SELECT (SELECT count(*) FROM "Akt" a WHERE a."kanzleiId" = k.id) AS akten,
              (SELECT count(*) FROM "Forderung" f WHERE f."kanzleiId" = k.id AND f.bezeichnung IS DISTINCT FROM $2) AS forderungen,
              (SELECT count(*) FROM "Titel" t WHERE t."kanzleiId" = k.id) AS titel
         FROM "Kanzlei" k WHERE k.name = $1`,
      [KANZLEI, BENCH_WRITE_TEXT],
    );
    const r = rows[0];
    return !!r && Number(r.akten) === AKTEN && Number(r.forderungen) === AKTEN * 5 && Number(r.titel) === AKTEN;
  });
}

/**
 * The bulk rows, each run after `WITH p AS (…)` that names the office, the user, the court and the
 * number of Akten (p.kanzlei, p.benutzer, p.gericht, p.n). Akt i was created i
 * minutes after 2026-01-01 (newest first = highest i); amounts vary with i so that Mahnkosten
 * land in different RATG steps.
 */
const BULK = [
  // Klient (j = 0) and Gegner 1, 2 (j = 1, 2) of each Akt.
  `INSERT INTO "Person" (id, "kanzleiId", kurzbezeichnung, art, name, strasse, plz, ort, email, telefon)
   SELECT md5('bench-person-' || i || '-' || j)::uuid, p.kanzlei,
          CASE j WHEN 0 THEN 'K' ELSE 'G' END || i || '-' || j,
          CASE WHEN (i + j) % 3 = 0 THEN 'UNTERNEHMEN' ELSE 'NATUERLICHE_PERSON' END::"PersonArt",
          CASE j WHEN 0 THEN 'Klient ' ELSE 'Gegner ' END || i || '-' || j || CASE WHEN (i + j) % 3 = 0 THEN ' GmbH' ELSE '' END,
          'Hauptstraße ' || (1 + (i * 7 + j) % 200),
          (1010 + 10 * ((i + j) % 23))::text, 'Wien',
          CASE WHEN j = 0 THEN 'klient' || i || '@example.at' END,
          CASE WHEN j = 0 THEN '+43 1 ' || (100000 + i) END
     FROM p, generate_series(0, p.n - 1) i, generate_series(0, 2) j`,
  `INSERT INTO "Akt" (id, "kanzleiId", aktenzeichen, bezeichnung, sachgebiet, status, "klientId", "zustaendigId", bemessungsgrundlage, "angelegtAm", version)
   SELECT md5('bench-akt-' || i)::uuid, p.kanzlei, '2026/' || lpad(i::text, 5, '0'),
          'Klient ' || i || ' gegen Gegner ' || i, CASE WHEN i % 2 = 0 THEN 'Inkasso' ELSE 'Zivilrecht' END,
          'IN_BEARBEITUNG'::"AktStatus", md5('bench-person-' || i || '-0')::uuid, p.benutzer,
          CASE WHEN i % 5 = 0 THEN 5000.00 END,
          timestamp '2026-01-01' + i * interval '1 minute', 1
     FROM p, generate_series(0, p.n - 1) i`,
  `INSERT INTO "AktGegner" ("aktId", position, "personId")
   SELECT md5('bench-akt-' || i)::uuid, j, md5('bench-person-' || i || '-' || j)::uuid
     FROM p, generate_series(0, p.n - 1) i, generate_series(1, 2) j`,
  `INSERT INTO "Titel" (id, "kanzleiId", "aktId", datum, beschlussart, honorartext, "gerichtId", geschaeftszahl, zinsen54a, "vollstreckbarAm", "gegenWen",
                        "barauslagenDurchlaufer", "barauslagenUstFrei", "barauslagenUstPflichtig", "barauslagenKlient", verdienst, einheitssatz, ust,
                        "sachbearbeiterId", memo, "angelegtAm")
   SELECT md5('bench-titel-' || i)::uuid, p.kanzlei, md5('bench-akt-' || i)::uuid, date '2026-03-02' + (i % 200),
          'ZAHLUNGSBEFEHL'::"Beschlussart", 'Kosten des Mahnverfahrens', p.gericht, (1 + i % 40) || ' C ' || (100 + i) || '/26k', true,
          date '2026-04-01' + (i % 200), NULL,
          59.00, 0.00, (i % 7)::numeric, CASE WHEN i % 4 = 0 THEN 12.50 ELSE 0.00 END,
          (100 + (i % 300))::numeric + 0.40, 60.00, round(((100 + (i % 300))::numeric + 0.40 + 60.00 + (i % 7)) * 0.20, 2),
          p.benutzer, CASE WHEN i % 10 = 0 THEN '#WV:Ratenvereinbarung gebrochen#' END,
          timestamp '2026-01-01' + i * interval '1 minute'
     FROM p, generate_series(0, p.n - 1) i`,
  `INSERT INTO "Forderung" (id, "kanzleiId", "aktId", art, bezeichnung, betrag, "faelligAm", zinssatz, "zinsenAb", "titelId", "angelegtAm")
   SELECT md5('bench-forderung-' || i || '-' || k)::uuid, p.kanzlei, md5('bench-akt-' || i)::uuid,
          CASE WHEN k = 5 THEN 'NEBENFORDERUNG' ELSE 'HAUPTFORDERUNG' END::"ForderungArt",
          'Rechnung ' || i || '/' || k,
          ((i * 37 + k * 113) % 50000 + 10)::numeric + k / 10.0,
          date '2026-01-15' + (i % 300),
          CASE WHEN k % 2 = 1 THEN 4.0000 WHEN k = 2 THEN 9.2500 END,
          CASE WHEN k % 2 = 1 OR k = 2 THEN date '2026-01-15' + (i % 300) END,
          md5('bench-titel-' || i)::uuid,
          timestamp '2026-01-01' + i * interval '1 minute' + k * interval '1 second'
     FROM p, generate_series(0, p.n - 1) i, generate_series(1, 5) k`,
  `INSERT INTO "Leistung" (id, "kanzleiId", "aktId", datum, kuerzel, text, bemessungsgrundlage, verdienst, einheitssatz,
                           "barauslagenUstPflichtig", "barauslagenUstFrei", "barauslagenDurchlaufer", streitgenossenzuschlag, ust,
                           tarifbasis, "ratgGueltigAb", "sachbearbeiterId", "zeitMinuten", "angelegtAm")
   SELECT md5('bench-leistung-' || i || '-' || k)::uuid, p.kanzlei, md5('bench-akt-' || i)::uuid, date '2026-02-01' + (i % 200) + k,
          (ARRAY['MES', 'MAK', '3A'])[k], 'Leistung ' || k,
          CASE WHEN k = 3 THEN 5000.00 END,
          (ARRAY[33.80, 59.90, 262.40])[k], CASE WHEN k = 3 THEN 157.44 ELSE 0.00 END,
          CASE WHEN k < 3 THEN 4.30 ELSE 0.00 END, 0.00, CASE WHEN k = 3 THEN 22.00 ELSE 0.00 END, 0.00,
          round(((ARRAY[33.80, 59.90, 262.40])[k] + CASE WHEN k = 3 THEN 157.44 ELSE 0.00 END + CASE WHEN k < 3 THEN 4.30 ELSE 0.00 END) * 0.20, 2),
          CASE WHEN k < 3 THEN (ARRAY['MES', 'MAK', '3A'])[k] END, CASE WHEN k < 3 THEN date '2023-05-01' END,
          p.benutzer, CASE WHEN k = 3 THEN 60 END,
          timestamp '2026-01-01' + i * interval '1 minute' + k * interval '1 second'
     FROM p, generate_series(0, p.n - 1) i, generate_series(1, 3) k`,
];

async function bulkInsert(url: string, kanzleiId: string, benutzerId: string): Promise<void> {
  await withClient(url, async (c) => {
    const gericht = await c.query<{ id: string }>(`SELECT id FROM "Gericht" WHERE "kanzleiId" IS NULL AND kurzbezeichnung = 'BGHS WIEN'`);
    if (!gericht.rows[0]) throw new Error('court register is missing BGHS WIEN: are the migrations applied?');
    await c.query('BEGIN');
    // Seeding is set-up, not a measured write: no audit trigger (nor FK trigger) per bulk row.
    // Session-local and needs a superuser (the bench runs as postgres).
    await c.query('SET LOCAL session_replication_role = replica');
    const params = 'WITH p AS (SELECT $1::uuid AS kanzlei, $2::uuid AS benutzer, $3::uuid AS gericht, $4::int AS n) ';
    for (const sql of BULK) await c.query(params + sql.trim(), [kanzleiId, benutzerId, gericht.rows[0].id, AKTEN]);
    await c.query('COMMIT');
    await c.query('ANALYZE');
  });
}

/** Removes what earlier benchmark writes left (they must not change what the reads see). */
export async function removeBenchWrites(url: string): Promise<number> {
  return withClient(url, async (c) => (await c.query(`DELETE FROM "Forderung" WHERE bezeichnung = $1`, [BENCH_WRITE_TEXT])).rowCount ?? 0);
}

/** Creates and seeds the bench database unless it is complete; always hands out a fresh key. */
export async function ensureBenchDatabase(log: (line: string) => void = console.log): Promise<BenchDatabase> {
  const url = benchUrl();
  const t0 = performance.now();
  const reseed = process.env.BENCH_RESEED === '1' || !(await databaseExists()) || !(await isSeeded(url).catch(() => false));
  if (reseed) {
    log(`seeding ${BENCH_DB}: ${AKTEN.toLocaleString('en')} Akten …`);
    await recreateDatabase();
  }
  const db = await openDatabase({ kind: 'postgresql', url }); // applies the app's migrations
  try {
    const { key, kanzleiId, benutzerId } = await provisionApiKey(db.prisma, { kanzlei: KANZLEI, kuerzel: 'BE', rolle: 'ADMIN', name: 'Bench' });
    await seedTarifdatenForAll(db.prisma);
    if (reseed) await bulkInsert(url, kanzleiId, benutzerId);
    const seedSeconds = reseed ? (performance.now() - t0) / 1000 : null;
    if (reseed) log(`seeded in ${seedSeconds!.toFixed(1)} s`);
    else {
      const removed = await removeBenchWrites(url);
      log(`${BENCH_DB} is seeded (${AKTEN.toLocaleString('en')} Akten)${removed ? `; removed ${removed} Forderungen of earlier write runs` : ''}`);
    }
    return { url, key, kanzleiId, seededNow: reseed, seedSeconds };
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await ensureBenchDatabase();
  console.log(`database ${r.url}, office ${r.kanzleiId}, key ${r.key}`);
}
