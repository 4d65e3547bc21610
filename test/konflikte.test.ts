// The database as the last line of defence (migration `nebenlaeufigkeit`): a write path that
// forgets the lock of server/services/sperren.ts, here plain Prisma writes in a transaction, still
// cannot break an invariant. Each refusal arrives as a ConflictError with a message for the user,
// and the transaction leaves nothing behind. The allowed writes next to each rule still work.
// Runs on PGlite and PostgreSQL (the rules are triggers; the races are in races.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../server/domain/errors.js';
import { inTransaction, type Tx } from '../server/services/db.js';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
const ids = {} as Record<'akt' | 'archiviert' | 'l1' | 'l2' | 'l3' | 'noteA' | 'noteB' | 'titel' | 'zahlung' | 'stornierteZahlung' | 'abgelehnt' | 'forderungArchiv', string>;

const ok = async (query: string, variables: Record<string, unknown>, path: string) => {
  const d = await t.data(key, query, variables);
  const r = d.r;
  if (!r.__typename.endsWith('Payload')) throw new Error(JSON.stringify(r));
  return path.split('.').reduce((o, k) => o[k], r) as string;
};

/** Runs the write as a forgetful code path would: in a transaction, without the lock. */
const schreibe = (work: (tx: Tx) => Promise<unknown>) => inTransaction(t.db.prisma, work);

async function abgelehnt(work: (tx: Tx) => Promise<unknown>, entity: string, message: RegExp) {
  const error = await schreibe(work).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConflictError);
  expect(error).toMatchObject({ entity, currentVersion: null, message: expect.stringMatching(message) });
}

beforeAll(async () => {
  t = await testServer();
  key = await t.key('Verteidigung', 'VT');
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klient Verteidigung', strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' });
  ids.akt = await createAkt(t, key, { aktenzeichen: 'V/1', bezeichnung: 'offen', klientId: klient });
  const leistung = () => createLeistung(t, key, { aktId: ids.akt, datum: '2026-10-01', kuerzel: 'X', verdienst: '100.00' });
  [ids.l1, ids.l2, ids.l3] = [await leistung(), await leistung(), await leistung()];
  const note = (l: string) => ok(`mutation($i: ErstelleHonorarnoteInput!) { r: erstelleHonorarnote(input: $i) { __typename ... on ErstelleHonorarnotePayload { honorarnote { id } } } }`, { i: { aktId: ids.akt, leistungIds: [l] } }, 'honorarnote.id');
  ids.noteA = await note(ids.l1);
  ids.noteB = await note(ids.l2);
  ids.titel = await ok(`mutation($i: CreateTitelFromLeistungInput!) { r: createTitelFromLeistung(input: $i) { __typename ... on CreateTitelFromLeistungPayload { titel { id } } } }`,
    { i: { leistungId: ids.l3, datum: '2026-11-20', beschlussart: 'KOSTENTITEL', gericht: 'BG LINZ' } }, 'titel.id');
  const zahlung = () => ok(`mutation($i: ErfasseZahlungInput!) { r: erfasseZahlung(input: $i) { __typename ... on ErfasseZahlungPayload { zahlung { id } } } }`, { i: { aktId: ids.akt, betrag: '10.00', datum: '2026-11-01' } }, 'zahlung.id');
  ids.zahlung = await zahlung();
  ids.stornierteZahlung = await zahlung();
  await ok(`mutation($i: StornoZahlungInput!) { r: stornoZahlung(input: $i) { __typename ... on StornoZahlungPayload { zahlung { id } } } }`, { i: { id: ids.stornierteZahlung, grund: 'Irrtum' } }, 'zahlung.id');

  ids.archiviert = await createAkt(t, key, { aktenzeichen: 'V/2', bezeichnung: 'archiviert', klientId: klient });
  ids.forderungArchiv = await ok(`mutation($i: CreateForderungInput!) { r: createForderung(input: $i) { __typename ... on CreateForderungPayload { forderung { id } } } }`, { i: { aktId: ids.archiviert, art: 'HAUPTFORDERUNG', betrag: '500.00' } }, 'forderung.id');
  for (const status of ['IN_BEARBEITUNG', 'ABGESCHLOSSEN']) {
    const { version } = (await t.data(key, `query($id: ID!) { akt(id: $id) { version } }`, { id: ids.archiviert })).akt;
    await ok(`mutation($i: SetAktStatusInput!) { r: setAktStatus(input: $i) { __typename ... on SetAktStatusPayload { akt { id } } } }`, { i: { aktId: ids.archiviert, version, status } }, 'akt.id');
  }
  const { version } = (await t.data(key, `query($id: ID!) { akt(id: $id) { version } }`, { id: ids.archiviert })).akt;
  await ok(`mutation($i: ArchiviereAktInput!) { r: archiviereAkt(input: $i) { __typename ... on ArchiviereAktPayload { akt { id } } } }`, { i: { aktId: ids.archiviert, version } }, 'akt.id');

  const intake = (await t.data(key, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token;
  await t.gql(intake, `mutation { submitMandatsanfrage(input: { klient: { name: "Otto Offen", email: "o@example.at" }, sachgebiet: "Zivilrecht", beschreibung: "Eine Sache, die abgelehnt wird." }) { __typename } }`);
  ids.abgelehnt = (await t.data(key, '{ mandatsanfragen(first: 1) { edges { node { id } } } }')).mandatsanfragen.edges[0].node.id;
  await ok(`mutation($i: UpdateMandatsanfrageInput!) { r: updateMandatsanfrage(input: $i) { __typename ... on UpdateMandatsanfragePayload { mandatsanfrage { id } } } }`,
    { i: { id: ids.abgelehnt, status: 'ABGELEHNT', ablehnungsgrund: 'Kein Sachgebiet der Kanzlei' } }, 'mandatsanfrage.id');
}, 120_000);
afterAll(() => t?.close());

describe('a Leistung is billed once, and billed or gerichtlich bestimmt', () => {
  it('is not moved from one uncancelled Honorarnote to another', () =>
    abgelehnt((tx) => tx.leistung.update({ where: { id: ids.l1 }, data: { honorarnoteId: ids.noteB } }), 'Leistung', /schon auf einer anderen Honorarnote/));

  it('a gerichtlich bestimmte Leistung is not billed', () =>
    abgelehnt((tx) => tx.leistung.update({ where: { id: ids.l3 }, data: { honorarnoteId: ids.noteA } }), 'Leistung', /gerichtlich bestimmt/));

  it('a billed Leistung is not made into a Titel', () =>
    abgelehnt((tx) => tx.titel.update({ where: { id: ids.titel }, data: { leistungId: ids.l1 } }), 'Leistung', /schon auf einer Honorarnote verrechnet/));

  it('a second Titel from the same Leistung is refused by the unique index', async () => {
    const titel = await t.db.prisma.titel.findUniqueOrThrow({ where: { id: ids.titel } });
    const { id: _id, angelegtAm: _a, ...kopie } = titel;
    await abgelehnt((tx) => tx.titel.create({ data: kopie }), 'Leistung', /schon gerichtlich bestimmt/);
  });

  it('a Storno frees it, and then it is billed again', async () => {
    await schreibe((tx) => tx.leistung.update({ where: { id: ids.l2 }, data: { honorarnoteId: null } }));
    await schreibe((tx) => tx.leistung.update({ where: { id: ids.l2 }, data: { honorarnoteId: ids.noteA } }));
    expect((await t.db.prisma.leistung.findUniqueOrThrow({ where: { id: ids.l2 } })).honorarnoteId).toBe(ids.noteA);
    await schreibe((tx) => tx.leistung.update({ where: { id: ids.l2 }, data: { honorarnoteId: null } }));
    await schreibe((tx) => tx.leistung.update({ where: { id: ids.l2 }, data: { honorarnoteId: ids.noteB } }));
  });
});

describe('nothing is written under an archived Akt', () => {
  it('no payment is added, no Forderung changed or deleted, no Verlauf entry added', async () => {
    const { kanzleiId } = await t.db.prisma.akt.findUniqueOrThrow({ where: { id: ids.archiviert } });
    await abgelehnt((tx) => tx.zahlung.create({ data: { kanzleiId, aktId: ids.archiviert, betrag: '1.00', datum: new Date('2026-11-30') } }), 'Akt', /archiviert/);
    await abgelehnt((tx) => tx.forderung.update({ where: { id: ids.forderungArchiv }, data: { betrag: '1.00' } }), 'Akt', /archiviert/);
    await abgelehnt((tx) => tx.forderung.delete({ where: { id: ids.forderungArchiv } }), 'Akt', /archiviert/);
    await abgelehnt((tx) => tx.aktStatusAenderung.create({ data: { aktId: ids.archiviert, von: 'ARCHIVIERT', nach: 'IN_BEARBEITUNG' } }), 'Akt', /archiviert/);
    // A row moved out of it changes it as well.
    await abgelehnt((tx) => tx.forderung.update({ where: { id: ids.forderungArchiv }, data: { aktId: ids.akt } }), 'Akt', /archiviert/);
    expect(await t.db.prisma.forderung.findUniqueOrThrow({ where: { id: ids.forderungArchiv }, select: { betrag: true, aktId: true } })).toMatchObject({ aktId: ids.archiviert });
  });

  it('the Akt itself changes only its legal hold and deadline', async () => {
    await abgelehnt((tx) => tx.akt.update({ where: { id: ids.archiviert }, data: { bezeichnung: 'geändert' } }), 'Akt', /archiviert/);
    await abgelehnt((tx) => tx.akt.update({ where: { id: ids.archiviert }, data: { status: 'IN_BEARBEITUNG' } }), 'Akt', /archiviert/);
    await abgelehnt((tx) => tx.akt.delete({ where: { id: ids.archiviert } }), 'Akt', /archiviert/);
    await schreibe((tx) => tx.akt.update({ where: { id: ids.archiviert }, data: { rechtlicheSperreBis: new Date('2040-01-01'), aufbewahrenBis: new Date('2040-01-01') } }));
    expect((await t.db.prisma.akt.findUniqueOrThrow({ where: { id: ids.archiviert } })).bezeichnung).toBe('archiviert');
  });

  it('an open Akt is written as before', () => schreibe((tx) => tx.akt.update({ where: { id: ids.akt }, data: { bezeichnung: 'offen, geändert' } })));
});

describe('a Mandatsanfrage is decided once', () => {
  it('a rejected request is not accepted afterwards, nor its reason changed', async () => {
    await abgelehnt((tx) => tx.mandatsanfrage.update({ where: { id: ids.abgelehnt }, data: { status: 'ANGENOMMEN', ablehnungsgrund: null } }), 'Mandatsanfrage', /schon ABGELEHNT/);
    await abgelehnt((tx) => tx.mandatsanfrage.update({ where: { id: ids.abgelehnt }, data: { ablehnungsgrund: 'anders' } }), 'Mandatsanfrage', /schon ABGELEHNT/);
    // Its other fields (e.g. anonymised after the retention deadline) still change.
    await schreibe((tx) => tx.mandatsanfrage.update({ where: { id: ids.abgelehnt }, data: { bewertung: 'notiert' } }));
  });

  it('a rejection needs its reason, an acceptance has none', async () => {
    const anfrage = await t.db.prisma.mandatsanfrage.create({
      data: { kanzleiId: (await t.db.prisma.akt.findUniqueOrThrow({ where: { id: ids.akt } })).kanzleiId, referenz: 'MA-TEST-1', klientArt: 'NATUERLICHE_PERSON', klientName: 'Paula Prüfung', klientEmail: 'p@example.at', gegner: [], sachgebiet: 'x', beschreibung: 'y', dokumente: [], ablehnungsgrund: 'Entwurf' },
    });
    await abgelehnt((tx) => tx.mandatsanfrage.update({ where: { id: anfrage.id }, data: { status: 'ANGENOMMEN' } }), 'Mandatsanfrage', /keinen Ablehnungsgrund/);
    await abgelehnt((tx) => tx.mandatsanfrage.update({ where: { id: anfrage.id }, data: { status: 'ABGELEHNT', ablehnungsgrund: null } }), 'Mandatsanfrage', /braucht einen Grund/);
  });
});

describe('an invoice or a payment is cancelled once', () => {
  it('a reversed payment is not reversed again, and no payment is edited', async () => {
    await abgelehnt((tx) => tx.zahlung.update({ where: { id: ids.stornierteZahlung }, data: { stornoGrund: 'zweiter Grund', storniertAm: new Date() } }), 'Zahlung', /schon storniert/);
    await abgelehnt((tx) => tx.zahlung.update({ where: { id: ids.zahlung }, data: { betrag: '99.00' } }), 'Zahlung', /nicht geändert/);
    expect((await t.db.prisma.zahlung.findUniqueOrThrow({ where: { id: ids.stornierteZahlung } })).stornoGrund).toBe('Irrtum');
  });

  it('a second credit note for one invoice is refused by the unique index', async () => {
    const storno = `mutation($i: StornoHonorarnoteInput!) { r: stornoHonorarnote(input: $i) { __typename ... on StornoHonorarnotePayload { honorarnote { id } } } }`;
    const stornorechnung = await ok(storno, { i: { id: ids.noteA } }, 'honorarnote.id');
    const { id: _id, angelegtAm: _a, laufnummer, nummer, beleg, ...kopie } = await t.db.prisma.honorarnote.findUniqueOrThrow({ where: { id: stornorechnung } });
    await abgelehnt((tx) => tx.honorarnote.create({ data: { ...kopie, beleg: beleg!, laufnummer: laufnummer + 100, nummer: `${nummer}-2` } }), 'Honorarnote', /schon storniert/);
  });
});
