// RF references (ISO 11649) of Honorarnoten and (Akt, Gegner) pairs as the API shows them: valid,
// equal to the documented scheme computed here independently, unique in the office, stable.
import { PGlite } from '@electric-sql/pglite';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { pgliteSession } from '../server/db/database.js';
import { applyMigrations } from '../server/db/migrate.js';
import { readMigrations } from '../server/db/migrationFiles.js';
import { rfReferenz } from '../server/domain/rfReferenz.js';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let personen: [string, string, string];
let akt1: string;
let akt2: string;

/** ISO 11649 from the documentation, with BigInt: letters to numbers, mod 97. */
const zahl = (s: string) => BigInt([...s].map((c) => parseInt(c, 36).toString()).join(''));
const erwartet = (basis: string) => `RF${String(98n - (zahl(`${basis}RF00`) % 97n)).padStart(2, '0')}${basis}`;
const gueltig = (r: string) => /^RF\d{2}[A-Z0-9]{1,21}$/.test(r) && zahl(r.slice(4) + r.slice(0, 4)) % 97n === 1n;

const REFS = `zahlungsreferenzen { gegnerPosition gegner { id } rfReferenz }`;
const refs = async (aktId: string) => (await t.data(key, `query($id: ID!) { akt(id: $id) { version ${REFS} } }`, { id: aktId })).akt;
const nummern = async () =>
  new Map((await t.db.prisma.zahlungsreferenz.findMany()).map((z) => [`${z.aktId}/${z.personId}`, z.nummer]));

const setGegner = async (aktId: string, personIds: string[]) =>
  (await t.data(key, `mutation($i: SetGegnerInput!) { r: setGegner(input: $i) { __typename } }`, { i: { aktId, personIds } })).r.__typename;

beforeAll(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klient GmbH', strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' });
  const gegner = (n: string) => createPerson(t, key, { kurzbezeichnung: n, name: `Schuldner ${n}` });
  personen = [await gegner('G1'), await gegner('G2'), await gegner('G3')];
  akt1 = await createAkt(t, key, { aktenzeichen: '2026/0001', bezeichnung: 'Inkasso 1', klientId: klient, gegnerIds: [personen[0], personen[1]] });
  akt2 = await createAkt(t, key, { aktenzeichen: '2026/0002', bezeichnung: 'Inkasso 2', klientId: klient, gegnerIds: [personen[0]] });
});
afterAll(() => t.close());

describe('(Akt, Gegner) references', () => {
  it('are valid, "A" + the pair number, and unique in the office', async () => {
    const n = await nummern();
    const a1 = await refs(akt1);
    const a2 = await refs(akt2);
    expect(a1.zahlungsreferenzen).toEqual([
      { gegnerPosition: 1, gegner: { id: personen[0] }, rfReferenz: erwartet(`A${n.get(`${akt1}/${personen[0]}`)}`) },
      { gegnerPosition: 2, gegner: { id: personen[1] }, rfReferenz: erwartet(`A${n.get(`${akt1}/${personen[1]}`)}`) },
    ]);
    expect(a2.zahlungsreferenzen).toEqual([{ gegnerPosition: 1, gegner: { id: personen[0] }, rfReferenz: erwartet(`A${n.get(`${akt2}/${personen[0]}`)}`) }]);
    const alle = [...a1.zahlungsreferenzen, ...a2.zahlungsreferenzen].map((z: { rfReferenz: string }) => z.rfReferenz);
    for (const r of alle) expect(gueltig(r)).toBe(true);
    expect(new Set(alle).size).toBe(3); // the same person on two Akten: two references
  });

  it('stay the same after updateAkt and setGegner keeping the Gegner; a reordered or re-added Gegner keeps its own', async () => {
    const vorher = await refs(akt1);
    const [r1, r2] = vorher.zahlungsreferenzen.map((z: { rfReferenz: string }) => z.rfReferenz);
    const upd = await t.data(key, `mutation($i: UpdateAktInput!) { r: updateAkt(input: $i) { __typename } }`, { i: { id: akt1, version: vorher.version, bezeichnung: 'Inkasso 1 neu' } });
    expect(upd.r.__typename).toBe('UpdateAktPayload');
    expect((await refs(akt1)).zahlungsreferenzen).toEqual(vorher.zahlungsreferenzen);

    expect(await setGegner(akt1, [personen[0], personen[1], personen[2]])).toBe('SetGegnerPayload');
    const mitDrittem = (await refs(akt1)).zahlungsreferenzen;
    expect(mitDrittem.slice(0, 2)).toEqual(vorher.zahlungsreferenzen);
    const r3 = mitDrittem[2].rfReferenz;
    expect(gueltig(r3)).toBe(true);
    expect([r1, r2]).not.toContain(r3);

    // Reordered: the reference belongs to the pair, not to the position.
    expect(await setGegner(akt1, [personen[1], personen[0]])).toBe('SetGegnerPayload');
    expect((await refs(akt1)).zahlungsreferenzen).toEqual([
      { gegnerPosition: 1, gegner: { id: personen[1] }, rfReferenz: r2 },
      { gegnerPosition: 2, gegner: { id: personen[0] }, rfReferenz: r1 },
    ]);
    // Removed and added again: the same reference (a late payment still finds the Akt meanwhile).
    expect(await setGegner(akt1, [personen[1], personen[0], personen[2]])).toBe('SetGegnerPayload');
    expect((await refs(akt1)).zahlungsreferenzen[2].rfReferenz).toBe(r3);
  });

  it('the database computes the check digits as the domain module does', async () => {
    const basen = ['A1', 'A97', 'A123456789', '539007547034', 'H2026000007', 'Z'.repeat(21), 'a0'];
    const rows = await t.db.prisma.$queryRawUnsafe<{ r: string }[]>(
      `SELECT rf_referenz(b) AS r FROM unnest($1::text[]) WITH ORDINALITY AS x(b, i) ORDER BY i`, basen);
    expect(rows.map((x) => x.r)).toEqual(basen.map((b) => rfReferenz(b)));
    expect(rows.map((x) => x.r)).toEqual(basen.map((b) => erwartet(b.toUpperCase())));
    // A reference that does not match its number is refused (the last line).
    await expect(t.db.prisma.$executeRawUnsafe(`UPDATE "Zahlungsreferenz" SET "rfReferenz" = 'RF18539007547034'`)).rejects.toThrow(/check/i);
  });
});

describe('Honorarnote references', () => {
  it('are "H" + year + six-digit number, valid, unique; a Stornorechnung gets its own', async () => {
    const NOTE = 'id nummer rfReferenz';
    const notes: { id: string; nummer: string; rfReferenz: string }[] = [];
    for (const aktId of [akt1, akt2, akt1]) {
      await createLeistung(t, key, { aktId, datum: '2026-10-01', kuerzel: 'X', verdienst: '100.00' });
      const r = await t.data(key, `mutation($i: ErstelleHonorarnoteInput!) { r: erstelleHonorarnote(input: $i) { __typename ... on ValidationError { field message } ... on ErstelleHonorarnotePayload { honorarnote { ${NOTE} } } } }`,
        { i: { aktId, datum: '2026-11-26' } });
      expect(r.r.__typename).toBe("ErstelleHonorarnotePayload");
      notes.push(r.r.honorarnote);
    }
    const storno = await t.data(key, `mutation($id: ID!) { r: stornoHonorarnote(input: { id: $id, grund: "falsch" }) { ... on StornoHonorarnotePayload { honorarnote { ${NOTE} } } } }`, { id: notes[0]!.id });
    notes.push(storno.r.honorarnote);
    for (const n of notes) {
      const [jahr, lauf] = n.nummer.split('-') as [string, string];
      expect(n.rfReferenz).toBe(erwartet(`H${jahr}${lauf.padStart(6, '0')}`));
      expect(gueltig(n.rfReferenz)).toBe(true);
    }
    // "2026-0001" by hand: H2026000001 + RF00 → 172026000001271500; mod 97 = 43; 98 − 43 = 55.
    expect(notes[0]).toMatchObject({ nummer: '2026-0001', rfReferenz: 'RF55H2026000001' });
    expect(new Set(notes.map((n) => n.rfReferenz)).size).toBe(4);
    // Read again later (and through the Akt), unchanged: it is the issued note's for good.
    const again = await t.data(key, `query($id: ID!) { akt(id: $id) { honorarnoten { nummer rfReferenz } } }`, { id: akt1 });
    for (const h of again.akt.honorarnoten) expect(h.rfReferenz).toBe(notes.find((n) => n.nummer === h.nummer)!.rfReferenz);
    // References of notes and of (Akt, Gegner) pairs never collide ("H…" against "A…").
    const paare = (await t.db.prisma.zahlungsreferenz.findMany()).map((z) => z.rfReferenz);
    expect(paare.filter((p) => notes.some((n) => n.rfReferenz === p))).toEqual([]);
  });
});

describe('migration rf_referenz', () => {
  it('gives the pairs that exist already their references', async () => {
    const alle = readMigrations();
    const bis = alle.findIndex((m) => m.name.endsWith('_rf_referenz'));
    const db = new PGlite();
    try {
      await applyMigrations(pgliteSession(db), alle.slice(0, bis));
      await db.exec(`
        INSERT INTO "Kanzlei" (id, name) VALUES ('00000000-0000-0000-0000-00000000000a', 'Alt');
        INSERT INTO "Person" (id, "kanzleiId", kurzbezeichnung, name, art) VALUES
          ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000000a', 'K', 'Klient', 'UNTERNEHMEN'),
          ('00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-00000000000a', 'G1', 'G1', 'NATUERLICHE_PERSON'),
          ('00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-00000000000a', 'G2', 'G2', 'NATUERLICHE_PERSON');
        INSERT INTO "Akt" (id, "kanzleiId", aktenzeichen, bezeichnung, "klientId") VALUES
          ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-00000000000a', '1', 'x', '00000000-0000-0000-0000-000000000001');
        INSERT INTO "AktGegner" ("aktId", position, "personId") VALUES
          ('00000000-0000-0000-0000-0000000000a1', 1, '00000000-0000-0000-0000-000000000002'),
          ('00000000-0000-0000-0000-0000000000a1', 2, '00000000-0000-0000-0000-000000000003');`);
      await applyMigrations(pgliteSession(db), alle);
      const rows = (await db.query<{ nummer: number; personId: string; rfReferenz: string; kanzleiId: string }>(
        'SELECT nummer, "personId", "rfReferenz", "kanzleiId" FROM "Zahlungsreferenz" ORDER BY nummer')).rows;
      expect(rows.map((r) => r.personId).sort()).toEqual(['00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003']);
      for (const r of rows) {
        expect(r.rfReferenz).toBe(erwartet(`A${r.nummer}`));
        expect(r.kanzleiId).toBe('00000000-0000-0000-0000-00000000000a');
      }
      // New pairs continue the sequence.
      await db.exec(`INSERT INTO "Person" (id, "kanzleiId", kurzbezeichnung, name, art) VALUES ('00000000-0000-0000-0000-000000000004', '00000000-0000-0000-0000-00000000000a', 'G3', 'G3', 'NATUERLICHE_PERSON');
        INSERT INTO "AktGegner" ("aktId", position, "personId") VALUES ('00000000-0000-0000-0000-0000000000a1', 3, '00000000-0000-0000-0000-000000000004');`);
      expect((await db.query<{ n: number }>('SELECT count(DISTINCT nummer)::int AS n FROM "Zahlungsreferenz"')).rows).toEqual([{ n: 3 }]);
    } finally {
      await db.close();
    }
  });
});
