// npm run bench:kontoauszug — importing a bank statement of 10 000 entries (issue 18: "imports in
// seconds"), through the API as a client sends it: one importiereKontoauszug request with the
// camt.053 file as a variable (so Yoga's body handling and the query limits are on the path), on
// PGlite (in-process) and on a fresh PostgreSQL database (BENCH_ADMIN_URL, dropped afterwards).
//
// The statement (BENCH_KONTOAUSZUG_EINTRAEGE, default 10 000, amounts by hand): 20 % pay
// Honorarnoten by their RF reference (100 notes of 12 000.00, 20 payments of 60.00 each), 40 % pay
// (Akt, Gegner) pairs by their RF reference (200 debt-collection Akten), 10 % name an Aktenzeichen in
// the text (proposals), 20 % name nothing (queued), 10 % are outgoing (ignored). Then the same
// file again: every entry already known, nothing booked. Printed: the file's size, the wall-clock
// time of each import and the SQL statements it ran (the bookings run per entry through the
// ordinary payment code; the lookups are batched, one statement per 1 000 references).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createApp } from '../server/app.js';
import type { Viewer } from '../server/auth/viewer.js';
import { openDatabase, type Database } from '../server/db/database.js';
import { Decimal } from '../server/domain/money.js';
import { gegnerRfBasis, honorarnoteRfReferenz, rfReferenz } from '../server/domain/rfReferenz.js';
import { erstelleHonorarnote } from '../server/services/honorarnoten.js';
import { provisionApiKey } from '../server/services/kanzleien.js';
import { createLeistung } from '../server/services/leistungen.js';
import { camt053, type CamtEntry } from '../test/support/camt.js';
import { machine, table } from './report.js';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const N = Number(process.env.BENCH_KONTOAUSZUG_EINTRAEGE ?? 10_000);
const IBAN = 'AT611904300234573201';
const NOTEN = 100;
const AKTEN = 200;

const IMPORT = `mutation($i: ImportiereKontoauszugInput!) { r: importiereKontoauszug(input: $i) { __typename ... on Error { message }
  ... on ImportiereKontoauszugPayload { import { anzahlGebucht anzahlVorschlag anzahlOffen anzahlBekannt anzahlIgnoriert } } } }`;

async function aufsetzen(db: Database) {
  const prisma = db.prisma;
  const { kanzleiId, benutzerId, key } = await provisionApiKey(prisma, { kanzlei: 'Bench Konto', kuerzel: 'BK', rolle: 'ADMIN', name: 'Bench' });
  await prisma.kanzlei.update({ where: { id: kanzleiId }, data: { iban: IBAN, anschrift: 'Graben 1, 1010 Wien', uid: 'ATU12345678' } });
  const viewer: Viewer = { benutzerId, kanzleiId, rolle: 'ADMIN', kuerzel: 'BK', keyPrefix: 'bench', nurPersistiert: false };
  const klient = await prisma.person.create({ data: { kanzleiId, kurzbezeichnung: 'K', name: 'Klient GmbH', strasse: 'Ring 1', plz: '1010', ort: 'Wien' } });
  const beratung = await prisma.akt.create({ data: { kanzleiId, aktenzeichen: 'B/1', bezeichnung: 'Beratung', klientId: klient.id } });
  const noten: string[] = [];
  for (let i = 0; i < NOTEN; i++) {
    const l = await createLeistung(prisma, viewer, { aktId: beratung.id, datum: new Date('2026-11-01'), kuerzel: 'X', verdienst: new Decimal('10000.00') });
    const id = await erstelleHonorarnote(prisma, viewer, { aktId: beratung.id, datum: new Date('2026-11-26'), leistungIds: [l] });
    const n = await prisma.honorarnote.findUniqueOrThrow({ where: { id }, select: { jahr: true, laufnummer: true } });
    noten.push(honorarnoteRfReferenz(n.jahr, n.laufnummer));
  }
  const aktenzeichen: string[] = [];
  for (let i = 0; i < AKTEN; i++) {
    const g = await prisma.person.create({ data: { kanzleiId, kurzbezeichnung: `G${i}`, name: `Schuldner ${i}` } });
    const akt = await prisma.akt.create({ data: { kanzleiId, aktenzeichen: `I/${i}`, bezeichnung: 'Inkasso', klientId: klient.id, gegner: { create: { position: 1, personId: g.id } } } });
    await prisma.forderung.create({ data: { kanzleiId, aktId: akt.id, art: 'HAUPTFORDERUNG', bezeichnung: 'F', betrag: '100000.00', faelligAm: new Date('2026-10-01') } });
    aktenzeichen.push(akt.aktenzeichen);
  }
  const paare = (await prisma.zahlungsreferenz.findMany({ where: { kanzleiId }, select: { nummer: true } })).map((z) => rfReferenz(gegnerRfBasis(z.nummer)));
  return { key, noten, paare, aktenzeichen };
}

function statement(noten: string[], paare: string[], aktenzeichen: string[]): string {
  const eintraege: CamtEntry[] = [];
  for (let i = 0; i < N; i++) {
    const ref = `BENCH-${String(i).padStart(6, '0')}`;
    const art = i % 10;
    const zahler = `Zahler ${i} Müller`;
    if (art < 2) eintraege.push({ ref, betrag: '60.00', rf: noten[i % noten.length], zahler });
    else if (art < 6) eintraege.push({ ref, betrag: '12.34', rf: paare[i % paare.length], zahler });
    else if (art < 7) eintraege.push({ ref, betrag: '5.00', text: `Akt ${aktenzeichen[i % aktenzeichen.length]} Rate`, zahler });
    else if (art < 9) eintraege.push({ ref, betrag: '7.00', text: `Überweisung ${i}`, zahler });
    else eintraege.push({ ref, betrag: '9.99', richtung: 'DBIT', text: 'Miete' });
  }
  return camt053(IBAN, eintraege, 'BENCH-STMT');
}

async function messen(label: string, db: Database) {
  const s = await aufsetzen(db);
  const datei = statement(s.noten, s.paare, s.aktenzeichen);
  const app = createApp({ prisma: db.prisma, keyRateLimit: { max: 100_000, windowMs: 60_000 }, addressRateLimit: { max: 100_000, windowMs: 60_000 } });
  const body = JSON.stringify({ query: IMPORT, variables: { i: { format: 'CAMT053', datei } } });
  const rows: (string | number)[][] = [];
  for (const lauf of ['first import', 'same file again']) {
    const statements0 = db.statements.count;
    const t0 = performance.now();
    const res = await app.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.key}` }, body });
    const json = (await res.json()) as { data?: { r: { __typename: string; message?: string; import?: Record<string, number> } }; errors?: unknown };
    const ms = performance.now() - t0;
    if (res.status !== 200 || json.errors || json.data?.r.__typename !== 'ImportiereKontoauszugPayload') throw new Error(`${label}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
    const i = json.data.r.import!;
    rows.push([`${label}, ${lauf}`, (body.length / 2 ** 20).toFixed(1), (ms / 1000).toFixed(2), db.statements.count - statements0, i.anzahlGebucht!, i.anzahlVorschlag!, i.anzahlOffen!, i.anzahlBekannt!, i.anzahlIgnoriert!]);
  }
  return rows;
}

const rows: (string | number)[][] = [];
const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
try {
  rows.push(...(await messen('PGlite', pglite)));
} finally {
  await pglite.close();
}

const name = `kanzlei_bench_konto_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: ADMIN_URL });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
try {
  for (const line of await machine(url.toString())) console.log(line);
  const db = await openDatabase({ kind: 'postgresql', url: url.toString() });
  try {
    rows.push(...(await messen('PostgreSQL', db)));
  } finally {
    await db.close();
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
console.log(`camt.053 with ${N} entries, one importiereKontoauszug request each (in-process app.fetch):\n`);
console.log(table(['run', 'MiB', 'seconds', 'SQL statements', 'gebucht', 'vorschlag', 'offen', 'bekannt', 'ignoriert'], rows));
