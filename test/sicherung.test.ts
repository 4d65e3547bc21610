// Issue 19, "Done when": an office filled through the API (Akten, Forderungen, Titel, Leistungen,
// Honorarnoten with PDFs, payments, the audit trail, and a second office) is backed up while
// requests run, restored into the embedded database and into PostgreSQL, and the embedded copy is
// moved to PostgreSQL; every API answer (with the same API keys) and every row matches. A truncated,
// tampered or foreign file is refused with nothing written, and a restore that fails half-way leaves
// the target empty. The source is the suite's own database (PGlite, or PostgreSQL in the
// PostgreSQL run), and so is the target of the restores that are not about crossing from one to
// the other; the PostgreSQL targets need TEST_DATABASE_URL.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../server/app.js';
import { mitPgSession, openDatabase, pgliteSession, type Database } from '../server/db/database.js';
import type { SqlSession } from '../server/db/migrate.js';
import { readMigrations } from '../server/db/migrationFiles.js';
import { baueSicherungsDatei, leseSicherungsDatei, SicherungsDateiError } from '../server/sicherung/datei.js';
import { erstelleSicherung } from '../server/sicherung/erstellen.js';
import { standUnterschiede, tabellenStand } from '../server/sicherung/tabellenStand.js';
import { zieheNachPostgres } from '../server/sicherung/umzug.js';
import { stelleWiederHer, ZielError, type Ziel } from '../server/sicherung/wiederherstellen.js';
import { createForderung, createLeistung, officeWithAkt } from './support/fixtures.js';
import { withDatabase } from './support/postgres.js';
import { testServer, type TestServer } from './support/testServer.js';

const PG_URL = process.env.TEST_DATABASE_URL;

let t: TestServer;
let dir: string;
const pgDatenbanken: string[] = [];
const offen: Database[] = [];

/** A PostgreSQL database name of this test (dropped afterwards); not created: restore does that. */
function pgZiel(): string {
  const name = `kanzlei_test_${randomBytes(6).toString('hex')}`;
  pgDatenbanken.push(name);
  return withDatabase(PG_URL!, name);
}

/**
 * A new target of the suite's kind: a PostgreSQL database in the PostgreSQL run, else the data
 * folder `ordner` (the cross paths, a PostgreSQL backup into a folder and the move of a folder to
 * PostgreSQL, have tests of their own).
 */
const zielDerSuite = (ordner: string): Ziel => (PG_URL ? { kind: 'postgresql', url: pgZiel() } : { kind: 'pglite', dataDir: join(dir, ordner) });

/** `work` on a restored target: a PostgreSQL session, or its data folder opened and closed again. */
async function aufZiel<T>(ziel: Ziel, work: (s: SqlSession) => Promise<T>): Promise<T> {
  if (ziel.kind === 'postgresql') return mitPgSession(ziel.url, work);
  const db = new PGlite(ziel.dataDir);
  try {
    return await work(pgliteSession(db));
  } finally {
    await db.close();
  }
}

const pgTabellen = (url: string) => mitPgSession(url, async (s) => Number((await s.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`))[0]!.n));
const pgGibtEs = (url: string) =>
  mitPgSession(withDatabase(PG_URL!, 'postgres'), async (s) => (await s.query('SELECT 1 FROM pg_database WHERE datname = $1', [new URL(url).pathname.slice(1)])).length > 0);

// ---- The office, filled through the API --------------------------------------------------------

interface Kanzlei {
  key: string;
  akten: string[];
  noten: { id: string; nummer: string }[];
}

const gql = async (key: string, query: string, variables: object = {}) => {
  const d = await t.data(key, query, variables as Record<string, unknown>);
  const r = d.r;
  if (r?.__typename?.endsWith?.('Error')) throw new Error(JSON.stringify(r));
  return d;
};

async function note(key: string, aktId: string, verdienst: string, datum: string) {
  const leistung = await createLeistung(t, key, { aktId, datum, kuerzel: 'X', text: 'Beratung', verdienst });
  const d = await gql(key, `mutation($i: ErstelleHonorarnoteInput!) { r: erstelleHonorarnote(input: $i) { __typename ... on Error { message }
    ... on ErstelleHonorarnotePayload { honorarnote { id nummer } } } }`, { i: { aktId, datum, leistungIds: [leistung] } });
  return d.r.honorarnote as { id: string; nummer: string };
}

async function fuelle(name: string, kuerzel: string): Promise<Kanzlei> {
  const o = await officeWithAkt(t, name, kuerzel);
  await createForderung(t, o.key, { aktId: o.akt, art: 'NEBENFORDERUNG', bezeichnung: 'Mahnspesen', betrag: '40.00', faelligAm: '2026-02-01', zinssatz: '4', zinsenAb: '2026-02-01' });
  await gql(o.key, `mutation($i: CreateTitelInput!) { r: createTitel(input: $i) { __typename } }`, {
    i: { aktId: o.akt, datum: '2026-03-01', beschlussart: 'URTEIL', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-04-01', verdienst: '100.00', einheitssatz: '60.00', barauslagenDurchlaufer: '50.00' },
  });
  await gql(o.key, `mutation($i: ErfasseZahlungInput!) { r: erfasseZahlung(input: $i) { __typename } }`, { i: { aktId: o.akt, betrag: '300.00', datum: '2026-05-01' } });
  const beratung = (await gql(o.key, `mutation($i: CreateAktInput!) { r: createAkt(input: $i) { __typename ... on CreateAktPayload { akt { id } } } }`, {
    i: { aktenzeichen: '2026/0002', bezeichnung: 'Beratung', klientId: o.klient, bemessungsgrundlage: '1250.00' },
  })).r.akt.id as string;
  const n1 = await note(o.key, beratung, '1000.00', '2026-11-20');
  const n2 = await note(o.key, beratung, '250.00', '2026-11-26');
  const zahle = (honorarnoteId: string, betrag: string) =>
    gql(o.key, `mutation($i: ErfasseHonorarzahlungInput!) { r: erfasseHonorarzahlung(input: $i) { __typename ... on Error { message } } }`, { i: { honorarnoteId, betrag, bezahltAm: '2026-11-28' } });
  await zahle(n1.id, '200.00'); // partly paid: its PDF asks for the rest
  await zahle(n2.id, '300.00'); // paid: its PDF carries no code
  return { key: o.key, akten: [o.akt, beratung], noten: [n1, n2] };
}

// ---- What the API answers ---------------------------------------------------------------------

type Abruf = (path: string, init?: RequestInit) => Promise<Response>;
const DASHBOARD = `{ akten(first: 50) { totalCount edges { node {
  id aktenzeichen bezeichnung status angelegtAm version
  klient { id name strasse } gegner { id name }
  forderungen { id art bezeichnung betrag faelligAm zinssatz zinsenAb }
  titel { id datum beschlussart zugesprochen verdienst }
  leistungen { id datum kuerzel verdienst ust }
  honorarnoten { id nummer brutto offenerBetrag zahlungsstatus rfReferenz }
  zahlungen { id betrag datum }
  schuldnerstand(stichtag: "2026-12-01") { kapital zinsen kosten bezahlt gesamt }
  mahnkosten(tarif: "MES", datum: "2026-12-01") { netto ust brutto positionen { tarifpost betrag } }
} } }
  auditLog(first: 100) { totalCount edges { node { id at entity entityId action benutzerKuerzel } } } }`;

/** Every answer the test compares, for one office: the dashboard with Mahnkosten, the audit trail, each note's PDF and e-invoice. */
async function antworten(abruf: Abruf, k: Kanzlei): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const r = await abruf('/graphql', { method: 'POST', headers: { authorization: `Bearer ${k.key}`, 'content-type': 'application/json' }, body: JSON.stringify({ query: DASHBOARD }) });
  out.dashboard = await r.text();
  expect(JSON.parse(out.dashboard).errors).toBeUndefined();
  for (const n of k.noten) {
    for (const art of ['pdf', 'xml']) {
      const d = await abruf(`/dokumente/honorarnote/${n.id}.${art}`, { headers: { authorization: `Bearer ${k.key}` } });
      expect(d.status).toBe(200);
      out[`${n.nummer}.${art}`] = createHash('sha256').update(Buffer.from(await d.arrayBuffer())).digest('hex');
    }
  }
  return out;
}

const quelleAbruf: Abruf = (path, init) => fetch(t.url.replace('/graphql', path), init);

/** The app on a restored database, called in process. */
function appAuf(db: Database): Abruf {
  const app = createApp({ prisma: db.prisma, graphiql: false });
  return async (path, init = {}) => app.fetch(`http://kanzlei${path}`, init);
}

let huber: Kanzlei;
let berger: Kanzlei;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kanzlei-sicherung-'));
  t = await testServer({}, {}, { overHttp: true });
  huber = await fuelle('Kanzlei Dr. Huber', 'HU');
  berger = await fuelle('Kanzlei Berger', 'BE');
}, 120_000);

afterAll(async () => {
  for (const db of offen) await db.close().catch(() => {});
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
  if (PG_URL && pgDatenbanken.length) {
    await mitPgSession(withDatabase(PG_URL, 'postgres'), async (s) => {
      for (const name of pgDatenbanken) await s.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  }
});

const standVon = (db: Database) =>
  db.verbindung.kind === 'pglite' ? tabellenStand(pgliteSession(db.verbindung.pglite)) : mitPgSession(db.verbindung.url, tabellenStand);

/** Restores `datei` into `ziel`, opens it, and checks rows and answers against the source. */
async function pruefeGleich(datei: Buffer, ziel: Ziel): Promise<Database> {
  await stelleWiederHer(datei, ziel);
  const db = await openDatabase(ziel.kind === 'pglite' ? { kind: 'pglite', dataDir: ziel.dataDir } : { kind: 'postgresql', url: ziel.url });
  offen.push(db);
  expect(standUnterschiede(await standVon(t.db), await standVon(db))).toEqual([]);
  const abruf = appAuf(db);
  for (const k of [huber, berger]) expect(await antworten(abruf, k)).toEqual(await antworten(quelleAbruf, k));
  return db;
}

describe('backup while requests run, restore into both databases, move to PostgreSQL', () => {
  let ruhig: Buffer;

  it('a backup taken while writes and reads run holds one moment: its rows match its header, and no write is there in half', async () => {
    let stop = false;
    let geschrieben = 0;
    const schreiben = (async () => {
      while (!stop) {
        await createForderung(t, huber.key, { aktId: huber.akten[0], art: 'HAUPTFORDERUNG', bezeichnung: `Last ${geschrieben}`, betrag: '1.00' });
        geschrieben++;
      }
    })();
    const lesen = (async () => {
      while (!stop) await t.data(berger.key, '{ akten(first: 50) { totalCount edges { node { id forderungen { betrag } } } } }');
    })();
    while (geschrieben < 3) await new Promise((r) => setTimeout(r, 20));
    const vorher = geschrieben;
    const { datei, kopf } = await erstelleSicherung(t.db.verbindung);
    const nachher = geschrieben;
    stop = true;
    await Promise.all([schreiben, lesen]);
    expect(nachher).toBeGreaterThan(vorher); // the requests really ran during the backup

    // 2 Forderungen per office from the fill, plus the ones written under load before the snapshot.
    const last = kopf.tabellen.Forderung!.zeilen - 4;
    expect(last).toBeGreaterThanOrEqual(vorher);
    expect(last).toBeLessThanOrEqual(nachher + 1);

    // Restored into the suite's kind of database, the rows match the header (restore checks it),
    // and every Forderung in it has its audit entry: the snapshot cut between transactions, never
    // through one.
    const ziel = zielDerSuite('unter-last');
    await stelleWiederHer(datei, ziel);
    const [gezaehlt] = await aufZiel(ziel, (s) => s.query(`SELECT (SELECT count(*)::int FROM "Forderung") AS f,
        (SELECT count(*)::int FROM "AuditEntry" WHERE entity = 'Forderung' AND action = 'CREATE') AS a`));
    expect(gezaehlt).toEqual({ f: kopf.tabellen.Forderung!.zeilen, a: kopf.tabellen.Forderung!.zeilen });
  }, 120_000);

  it('restored into an embedded data folder: every row and every API answer (same keys) as in the source', async () => {
    const { datei, kopf } = await erstelleSicherung(t.db.verbindung);
    ruhig = datei;
    expect(kopf.quelle).toBe(t.db.kind);
    expect(kopf.schema).toBe(readMigrations().at(-1)!.name);
    expect(kopf.tabellen.Honorarnote!.zeilen).toBe(4);
    expect(kopf.tabellen.Kanzlei!.zeilen).toBe(2);
    // The file is plain SQL between our two comment lines.
    const text = datei.toString('utf8');
    expect(text.split('\n')[0]).toMatch(/^-- Kanzlei-Sicherung \{"format":1,/);
    expect(text).toMatch(/\n-- Kanzlei-Sicherung Ende sha256=[0-9a-f]{64}\n$/);
    expect(text).toContain('CREATE TABLE public."Honorarnote"');

    const db = await pruefeGleich(datei, { kind: 'pglite', dataDir: join(dir, 'wiederhergestellt') });
    // The numbering continues without a gap: the next note of the year is 2026-0003.
    const akt = huber.akten[1]!;
    const abruf = appAuf(db);
    const leistung = await (await abruf('/graphql', { method: 'POST', headers: { authorization: `Bearer ${huber.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { r: createLeistung(input: { aktId: "${akt}", datum: "2026-11-30", kuerzel: "X", verdienst: "10.00" }) { ... on CreateLeistungPayload { leistung { id } } } }` }) })).json();
    const neu = await (await abruf('/graphql', { method: 'POST', headers: { authorization: `Bearer ${huber.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { r: erstelleHonorarnote(input: { aktId: "${akt}", datum: "2026-11-30", leistungIds: ["${leistung.data.r.leistung.id}"] }) { ... on ErstelleHonorarnotePayload { honorarnote { nummer } } } }` }) })).json();
    expect(neu.data.r.honorarnote.nummer).toBe('2026-0003');
  }, 120_000);

  it.runIf(PG_URL)('restored into PostgreSQL (created if missing): every row and every API answer as in the source', async () => {
    await pruefeGleich(ruhig, { kind: 'postgresql', url: pgZiel() });
  }, 120_000);

  it.runIf(PG_URL)('two restores into one PostgreSQL database at once: one wins, the other finds it not empty', async () => {
    const url = pgZiel();
    for (let runde = 0; runde < 3; runde++) {
      const ergebnisse = await Promise.allSettled([stelleWiederHer(ruhig, { kind: 'postgresql', url }), stelleWiederHer(ruhig, { kind: 'postgresql', url })]);
      const gewonnen = ergebnisse.filter((e) => e.status === 'fulfilled');
      const verloren = ergebnisse.flatMap((e) => (e.status === 'rejected' ? [e.reason as Error] : []));
      expect(gewonnen).toHaveLength(runde === 0 ? 1 : 0);
      for (const e of verloren) expect(e).toBeInstanceOf(ZielError);
    }
    const db = await openDatabase({ kind: 'postgresql', url });
    offen.push(db);
    expect(standUnterschiede(await standVon(t.db), await standVon(db))).toEqual([]);
  }, 120_000);

  it.runIf(PG_URL)('the embedded copy moved to PostgreSQL: checked, and every row and API answer as in the source', async () => {
    const von = join(dir, 'umzug');
    await stelleWiederHer(ruhig, { kind: 'pglite', dataDir: von });
    const nach = pgZiel();
    const { antworten: verglichen } = await zieheNachPostgres(von, nach);
    expect(verglichen).toBe(2 + 4 * 2); // a dashboard page per office, PDF and e-invoice of 4 notes
    const db = await openDatabase({ kind: 'postgresql', url: nach });
    offen.push(db);
    const abruf = appAuf(db);
    for (const k of [huber, berger]) expect(await antworten(abruf, k)).toEqual(await antworten(quelleAbruf, k));
  }, 120_000);

  describe('bad input: refused before anything is written', () => {
    // Into the suite's kind of database: the checks are the same whichever database wrote the file.
    const ziele = (): Ziel[] => [zielDerSuite(`ziel-${randomBytes(4).toString('hex')}`)];
    const nichtsGeschrieben = async (ziel: Ziel) => {
      if (ziel.kind === 'pglite') expect(existsSync(ziel.dataDir)).toBe(false);
      else if (await pgGibtEs(ziel.url)) expect(await pgTabellen(ziel.url)).toBe(0);
    };

    it('a truncated, a tampered and a foreign file', async () => {
      const text = ruhig.toString('utf8');
      const faelle: [Buffer, RegExp][] = [
        [ruhig.subarray(0, Math.floor(ruhig.length / 2)), /unvollständig: ihre letzte Zeile fehlt/],
        [ruhig.subarray(0, ruhig.length - 20), /unvollständig/],
        [Buffer.from(text.replace('Kanzlei Dr. Huber', 'Kanzlei Dr. Hubex')), /beschädigt: ihre Prüfsumme stimmt nicht/],
        [Buffer.from(text.slice(text.indexOf('\n') + 1)), /keine Kanzlei-Sicherung/], // a plain pg_dump
        [Buffer.alloc(0), /leer/],
      ];
      for (const [datei, meldung] of faelle) {
        for (const ziel of ziele()) {
          const fehler = await stelleWiederHer(datei, ziel).catch((e: unknown) => e);
          expect(fehler).toBeInstanceOf(SicherungsDateiError);
          expect((fehler as Error).message).toMatch(meldung);
          await nichtsGeschrieben(ziel);
        }
      }
    });

    it('a restore that fails half-way leaves the target empty', async () => {
      // A well-formed file whose SQL breaks after all the rows: a statement at the end fails.
      const { kopf, sql } = leseSicherungsDatei(ruhig);
      const kaputt = baueSicherungsDatei(kopf, `${sql}\nINSERT INTO public."Kanzlei" (id) VALUES ('keine-uuid');\n`);
      for (const ziel of ziele()) {
        await expect(stelleWiederHer(kaputt, ziel)).rejects.toThrow(/keine-uuid|invalid input syntax/);
        await nichtsGeschrieben(ziel);
      }
      // Rows that do not match the header (a row missing) are refused too, and rolled back.
      const ohneZeile = baueSicherungsDatei({ ...kopf, tabellen: { ...kopf.tabellen, Akt: { ...kopf.tabellen.Akt!, zeilen: kopf.tabellen.Akt!.zeilen + 1 } } }, sql);
      for (const ziel of ziele()) {
        await expect(stelleWiederHer(ohneZeile, ziel)).rejects.toThrow(/stimmen nicht mit der Sicherung überein: Tabelle Akt: 4 Zeilen statt 5/);
        await nichtsGeschrieben(ziel);
      }
    });

    it('a target that is not empty is refused, and replaced with --ueberschreiben', async () => {
      for (const ziel of ziele()) {
        await stelleWiederHer(ruhig, ziel);
        await expect(stelleWiederHer(ruhig, ziel)).rejects.toThrow(ZielError);
        await expect(stelleWiederHer(ruhig, ziel)).rejects.toThrow(/nicht leer/);
        const { kopf } = await stelleWiederHer(ruhig, ziel, { ueberschreiben: true });
        expect(kopf.tabellen.Akt!.zeilen).toBe(4);
      }
    }, 120_000); // four restores: over 15 s on two loaded cores
  });

  it('an older backup is brought up to date by the migrations', async () => {
    const alle = readMigrations();
    // The embedded database one migration back: the image globalSetup made on its way (pgliteVorlage.ts).
    const alt = await PGlite.create({ loadDataDir: new Blob([readFileSync(`${inject('pgliteVorlage')}.alt`)]) });
    const { datei, kopf } = await erstelleSicherung({ kind: 'pglite', pglite: alt });
    await alt.close();
    expect(kopf.schema).toBe(alle.at(-2)!.name);
    const { nachgezogen } = await stelleWiederHer(datei, zielDerSuite('alt'));
    expect(nachgezogen).toEqual([alle.at(-1)!.name]);
  }, 60_000);
});
