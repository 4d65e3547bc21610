// The rest of the life cycle: communication log and client updates, the stages to the archive,
// retention deadlines (hand-computed), read-only archive, deletion after the deadline, and the
// dashboard's filters and counts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aufbewahrenBis, plusJahre } from '../server/domain/aufbewahrung.js';
import { heute } from '../server/domain/dates.js';
import { createAkt, createForderung, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let klient: string;
let gegner: string;
let akt: string;

const d = (s: string) => new Date(`${s}T00:00:00Z`);

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klara Klient', email: 'klara@example.at', strasse: 'Hauptplatz 7', plz: '8010', ort: 'Graz' });
  gegner = await createPerson(t, key, { kurzbezeichnung: 'G', name: 'Gerd Gegner' });
  akt = await createAkt(t, key, { aktenzeichen: '2026/0001', bezeichnung: 'x', klientId: klient, gegnerIds: [gegner] });
});
afterEach(() => t.close());

const status = (version: number, s: string) =>
  t.data(key, `mutation($i: SetAktStatusInput!) { r: setAktStatus(input: $i) { __typename ... on Error { message } } }`, { i: { aktId: akt, version, status: s } });

/** Closes the Akt on a given day (the representation ended then). */
async function abschliessen(am: string) {
  await status(1, 'IN_BEARBEITUNG');
  await status(2, 'ABGESCHLOSSEN');
  await t.db.prisma.akt.update({ where: { id: akt }, data: { abgeschlossenAm: d(am) } });
}

/** Today and yesterday as the office sees them (Vienna). */
const heuteIso = () => heute();
const gestern = () => new Date(d(heute()).getTime() - 86_400_000);

/** Time has passed for an archived Akt: its deadline (or hold) moved, as only these two may. */
const vergangen = (id: string, data: { aufbewahrenBis?: Date; rechtlicheSperreBis?: Date | null }) => t.db.prisma.akt.update({ where: { id }, data });

/** A further Akt of the Klient, archived directly with the given deadline and hold. */
async function archiviertesAkt(aktenzeichen: string, aufbewahrenBis: Date, rechtlicheSperreBis: Date | null = null) {
  const id = await createAkt(t, key, { aktenzeichen, bezeichnung: aktenzeichen, klientId: klient });
  await t.db.prisma.akt.update({ where: { id }, data: { status: 'ARCHIVIERT', abgeschlossenAm: d('2015-01-01'), archiviertAm: d('2015-01-02'), aufbewahrenBis, rechtlicheSperreBis } });
  return id;
}

const archivieren = (extra: object = {}) =>
  t.data(key, `mutation($i: ArchiviereAktInput!) { r: archiviereAkt(input: $i) { __typename ... on ArchiviereAktPayload { akt { status archiviertAm aufbewahrenBis rechtlicheSperreBis verlauf { nach grund } } } ... on ValidationError { field message } } }`, {
    i: { aktId: akt, version: 3, ...extra },
  });

describe('communication log', () => {
  it('lists contacts newest first, paginated; client updates separately', async () => {
    const log = async (i: object) =>
      (await t.data(key, `mutation($i: CreateKommunikationInput!) { r: createKommunikation(input: $i) { __typename ... on ValidationError { field } } }`, { i: { aktId: akt, ...i } })).r;
    expect((await log({ kanal: 'TELEFON', richtung: 'EINGEHEND', am: '2026-01-10T09:00:00Z', betreff: 'Erstgespräch' })).__typename).toBe('CreateKommunikationPayload');
    await log({ kanal: 'EMAIL', richtung: 'AUSGEHEND', am: '2026-01-12T15:30:00Z', betreff: 'Mahnung versandt', text: 'Die Mahnung ging heute hinaus.', fuerMandant: true });
    await log({ kanal: 'VIDEO', richtung: 'AUSGEHEND', am: '2026-02-01T10:00:00Z', betreff: 'Strategie besprochen', fuerMandant: true });
    await log({ kanal: 'BRIEF', richtung: 'EINGEHEND', am: '2026-02-03T08:00:00Z', betreff: 'Antwort des Gegners' });
    expect(await log({ kanal: 'EMAIL', richtung: 'AUSGEHEND', betreff: '' })).toEqual({ __typename: 'ValidationError', field: 'betreff' });

    const q = `query($id: ID!, $after: String) { akt(id: $id) { kommunikation(first: 3, after: $after) { edges { node { betreff kanal richtung am benutzer { kuerzel } } } pageInfo { hasNextPage endCursor } }
      mandantenUpdates { edges { node { betreff text } } } } }`;
    const p1 = (await t.data(key, q, { id: akt })).akt;
    expect(p1.kommunikation.edges.map((e: any) => e.node.betreff)).toEqual(['Antwort des Gegners', 'Strategie besprochen', 'Mahnung versandt']);
    expect(p1.kommunikation.edges[0].node).toEqual({ betreff: 'Antwort des Gegners', kanal: 'BRIEF', richtung: 'EINGEHEND', am: '2026-02-03T08:00:00.000Z', benutzer: { kuerzel: 'AL' } });
    const p2 = (await t.data(key, q, { id: akt, after: p1.kommunikation.pageInfo.endCursor })).akt;
    expect(p2.kommunikation.edges.map((e: any) => e.node.betreff)).toEqual(['Erstgespräch']);
    expect(p1.mandantenUpdates.edges.map((e: any) => e.node)).toEqual([
      { betreff: 'Strategie besprochen', text: null },
      { betreff: 'Mahnung versandt', text: 'Die Mahnung ging heute hinaus.' },
    ]);
  });
});

describe('retention deadline', () => {
  it('is 5 years after the representation ended, 7 years from the end of the year of the last receipt, or the legal hold, whichever is latest', () => {
    expect(plusJahre(d('2028-02-29'), 5).toISOString().slice(0, 10)).toBe('2033-02-28');
    const r = (belege: string[], sperre: string | null) => aufbewahrenBis({ endeVertretung: d('2026-03-15'), belege: belege.map(d), rechtlicheSperreBis: sperre ? d(sperre) : null });
    expect(r([], null)).toEqual({ bis: d('2031-03-15'), gruende: ['RAO § 12 (2): 5 Jahre nach Ende der Vertretung'] });
    // An invoice of 15 Jan 2026: 31 Dec 2026 + 7 years = 31 Dec 2033.
    expect(r(['2025-06-01', '2026-01-15'], null).bis).toEqual(d('2033-12-31'));
    expect(r(['2026-01-15'], '2035-06-30')).toEqual({ bis: d('2035-06-30'), gruende: ['rechtliche Sperre (Legal Hold)'] });
    expect(r([], '2027-01-01').bis).toEqual(d('2031-03-15')); // a shorter hold changes nothing
  });
});

describe('archive', () => {
  it('archives only a closed Akt, records the deadline and the reason in the history', async () => {
    expect((await t.data(key, `mutation($a: ID!) { r: archiviereAkt(input: { aktId: $a, version: 1 }) { __typename ... on ValidationError { field message } } }`, { a: akt })).r)
      .toEqual({ __typename: 'ValidationError', field: 'aktId', message: 'aktId: Archiviert wird nur ein abgeschlossener Akt (dieser ist ANGELEGT)' });
    await abschliessen('2026-03-15');
    const r = (await archivieren()).r;
    expect(r.akt).toMatchObject({ status: 'ARCHIVIERT', aufbewahrenBis: '2031-03-15', rechtlicheSperreBis: null, archiviertAm: expect.stringMatching(/^\d{4}-/) });
    expect(r.akt.verlauf.at(-1)).toEqual({ nach: 'ARCHIVIERT', grund: 'Aufbewahren bis 2031-03-15: RAO § 12 (2): 5 Jahre nach Ende der Vertretung' });
  });

  it('an invoice or payment keeps the Akt 7 years from the end of its year (BAO § 132)', async () => {
    await createLeistung(t, key, { aktId: akt, datum: '2026-01-01', kuerzel: 'X', verdienst: '10.00' });
    const note = await t.data(key, `mutation($a: ID!) { r: erstelleHonorarnote(input: { aktId: $a, datum: "2026-04-01" }) { ... on ErstelleHonorarnotePayload { honorarnote { id } } } }`, { a: akt });
    // Paid (10.00 + 20 % USt): an Akt with an open invoice is not archived.
    await t.data(key, `mutation($n: ID!) { erfasseHonorarzahlung(input: { honorarnoteId: $n, betrag: "12.00", bezahltAm: "2026-04-20" }) { __typename } }`, { n: note.r.honorarnote.id });
    await abschliessen('2026-03-15');
    // RAO: 2031-03-15; BAO: 31 Dec 2026 + 7 years = 2033-12-31
    expect((await archivieren()).r.akt).toMatchObject({ aufbewahrenBis: '2033-12-31', verlauf: expect.arrayContaining([{ nach: 'ARCHIVIERT', grund: 'Aufbewahren bis 2033-12-31: BAO § 132: 7 Jahre ab Ende des Jahres der letzten Rechnung/Zahlung' }]) });
  });

  it('an archived Akt is read-only: every write on it is refused and changes nothing', async () => {
    const f = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '100.00' });
    const l = await createLeistung(t, key, { aktId: akt, datum: '2026-01-01', kuerzel: 'X', verdienst: '10.00' });
    await abschliessen('2026-03-15');
    await archivieren();
    const before = JSON.stringify(await t.db.prisma.akt.findUnique({ where: { id: akt }, include: { forderungen: true, leistungen: true, gegner: true, titel: true, kommunikation: true } }));
    const writes: [string, object][] = [
      ['updateAkt(input: $i)', { id: akt, version: 4, bezeichnung: 'neu' }],
      ['setGegner(input: $i)', { aktId: akt, personIds: [] }],
      ['setAktStatus(input: $i)', { aktId: akt, version: 4, status: 'IN_BEARBEITUNG' }],
      ['createForderung(input: $i)', { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '1.00' }],
      ['updateForderung(input: $i)', { id: f, betrag: '1.00' }],
      ['deleteForderung(input: $i)', { id: f }],
      ['createLeistung(input: $i)', { aktId: akt, datum: '2026-01-01', kuerzel: 'X', verdienst: '1.00' }],
      ['updateLeistung(input: $i)', { id: l, verdienst: '1.00' }],
      ['deleteLeistung(input: $i)', { id: l }],
      ['createTitel(input: $i)', { aktId: akt, datum: '2026-01-01', beschlussart: 'KOSTENTITEL', gericht: 'BGHS WIEN' }],
      ['createTitelFromLeistung(input: $i)', { leistungId: l, datum: '2026-01-01', beschlussart: 'KOSTENTITEL', gericht: 'BGHS WIEN' }],
      ['createKommunikation(input: $i)', { aktId: akt, kanal: 'EMAIL', richtung: 'AUSGEHEND', betreff: 'x' }],
      ['setRatenvereinbarung(input: $i)', { aktId: akt, rate: '10.00', anzahl: 2, ersteFaelligkeit: '2026-01-01' }],
    ];
    const types: Record<string, string> = {
      updateAkt: 'UpdateAktInput', setGegner: 'SetGegnerInput', setAktStatus: 'SetAktStatusInput', createForderung: 'CreateForderungInput',
      updateForderung: 'UpdateForderungInput', deleteForderung: 'DeleteForderungInput', createLeistung: 'CreateLeistungInput',
      updateLeistung: 'UpdateLeistungInput', deleteLeistung: 'DeleteLeistungInput', createTitel: 'CreateTitelInput',
      createTitelFromLeistung: 'CreateTitelFromLeistungInput', createKommunikation: 'CreateKommunikationInput', setRatenvereinbarung: 'SetRatenvereinbarungInput',
    };
    for (const [call, input] of writes) {
      const name = call.split('(')[0]!;
      const res = await t.data(key, `mutation($i: ${types[name]}!) { r: ${call} { __typename ... on Error { message } } }`, { i: input });
      expect([name, res.r.__typename]).toEqual([name, 'ValidationError']);
      expect(res.r.message).toMatch(/archiviert|ARCHIVIERT/);
    }
    expect(JSON.stringify(await t.db.prisma.akt.findUnique({ where: { id: akt }, include: { forderungen: true, leistungen: true, gegner: true, titel: true, kommunikation: true } }))).toBe(before);
  });

  it('an Akt with an invoice and its credit note: kept until the invoice’s BAO deadline, then deleted with both', async () => {
    await createLeistung(t, key, { aktId: akt, datum: '2026-01-15', kuerzel: 'MES', verdienst: '33.80' });
    const note = await t.data(key, `mutation { r: erstelleHonorarnote(input: { aktId: "${akt}", datum: "2026-02-10" }) { ... on ErstelleHonorarnotePayload { honorarnote { id } } } }`);
    const storno = await t.data(key, `mutation($id: ID!) { r: stornoHonorarnote(input: { id: $id, grund: "falscher Betrag" }) { __typename } }`, { id: note.r.honorarnote.id });
    expect(storno.r.__typename).toBe('StornoHonorarnotePayload');
    await abschliessen('2026-03-15');
    const archiv = await archivieren();
    // The credit note is dated today (2026): BAO § 132, 7 years from the end of that year, beats
    // RAO § 12 (2), 5 years after the representation ended (2031-03-15).
    const jahr = new Date().getUTCFullYear();
    expect(archiv.r.akt.aufbewahrenBis).toBe(`${jahr + 7}-12-31`);
    const loesche = () => t.data(key, `mutation { r: loescheAbgelaufeneAkten { ... on LoescheAbgelaufeneAktenPayload { geloeschteAkten } } }`);
    expect((await loesche()).r.geloeschteAkten).toEqual([]);
    expect(await t.db.prisma.honorarnote.count({ where: { aktId: akt } })).toBe(2);
    // Seven years later (a Stichtag after today is refused): the deadline is yesterday.
    await vergangen(akt, { aufbewahrenBis: gestern() });
    expect((await loesche()).r.geloeschteAkten).toEqual(['2026/0001']);
    expect(await t.db.prisma.honorarnote.count({ where: { aktId: akt } })).toBe(0);
  });

  it('is not deleted before its deadline or while on hold; after it, deleted and its parties anonymised', async () => {
    await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '100.00' });
    // The Gegner is also named in another Akt: that Person stays as it is.
    const k2 = await createPerson(t, key, { kurzbezeichnung: 'K2', name: 'Zweiter Klient' });
    await createAkt(t, key, { aktenzeichen: '2026/0002', bezeichnung: 'y', klientId: k2, gegnerIds: [gegner] });
    // Closed in 2019: RAO § 12 (2) keeps it until 2024-03-15 (a Stichtag may not lie after today).
    await abschliessen('2019-03-15');
    expect((await archivieren()).r.akt.aufbewahrenBis).toBe('2024-03-15');
    const loesche = (stichtag: string) =>
      t.data(key, `mutation($s: Date) { r: loescheAbgelaufeneAkten(input: { stichtag: $s }) { __typename ... on LoescheAbgelaufeneAktenPayload { stichtag geloeschteAkten anonymisiertePersonen } } }`, { s: stichtag });
    expect((await loesche('2024-03-15')).r.geloeschteAkten).toEqual([]); // the deadline day itself is still kept
    await t.data(key, `mutation($a: ID!) { setRechtlicheSperre(input: { aktId: $a, rechtlicheSperreBis: "2025-01-31" }) { __typename } }`, { a: akt });
    expect((await t.data(key, `query($id: ID!) { akt(id: $id) { aufbewahrenBis } }`, { id: akt })).akt.aufbewahrenBis).toBe('2025-01-31');
    expect((await loesche('2024-06-01')).r.geloeschteAkten).toEqual([]);
    expect((await loesche('2025-01-31')).r.geloeschteAkten).toEqual([]); // the last day of the hold too
    const clerk = await t.key('Alpha', 'SB', 'SACHBEARBEITER');
    expect((await t.data(clerk, `mutation { r: loescheAbgelaufeneAkten { __typename } }`)).r.__typename).toBe('ForbiddenError');
    expect((await loesche('2025-02-01')).r).toEqual({ __typename: 'LoescheAbgelaufeneAktenPayload', stichtag: '2025-02-01', geloeschteAkten: ['2026/0001'], anonymisiertePersonen: 1 });
    expect(await t.db.prisma.akt.findUnique({ where: { id: akt } })).toBeNull();
    expect(await t.db.prisma.forderung.count({ where: { aktId: akt } })).toBe(0);
    expect(await t.db.prisma.person.findUnique({ where: { id: klient }, select: { name: true, email: true } })).toEqual({ name: 'anonymisiert', email: null });
    expect(await t.db.prisma.person.findUnique({ where: { id: gegner }, select: { name: true } })).toEqual({ name: 'Gerd Gegner' });
  });
});

describe('deletion after retention: never early', () => {
  const LOESCHE = `mutation($i: LoescheAbgelaufeneAktenInput) { r: loescheAbgelaufeneAkten(input: $i) { __typename
    ... on LoescheAbgelaufeneAktenPayload { stichtag vorschau geloeschteAkten anonymisiertePersonen anonymisierteAnfragen } ... on ValidationError { field message } } }`;
  const loesche = async (i?: object) => (await t.data(key, LOESCHE, { i })).r;
  const aktenzeichen = async () => (await t.db.prisma.akt.findMany({ select: { aktenzeichen: true }, orderBy: { aktenzeichen: 'asc' } })).map((a) => a.aktenzeichen);

  it('refuses a Stichtag after today and deletes nothing, also with a deadline and a hold in 2040', async () => {
    await archiviertesAkt('2010/0001', d('2040-06-30'), d('2040-12-31'));
    await archiviertesAkt('2010/0002', d('2020-01-01')); // past due: also not deleted by a refused run
    const vorher = await aktenzeichen();
    for (const stichtag of ['2999-12-31', '2040-12-31', heute(new Date(Date.now() + 2 * 86_400_000))]) {
      for (const nurVorschau of [false, true]) {
        const r = await loesche({ stichtag, nurVorschau });
        expect(r.__typename).toBe('ValidationError');
        expect(r.field).toBe('stichtag');
        expect(r.message).toContain(`nicht nach heute (${heuteIso()})`);
      }
    }
    expect(await aktenzeichen()).toEqual(vorher);
    expect(await t.db.prisma.person.findUnique({ where: { id: klient }, select: { name: true } })).toEqual({ name: 'Klara Klient' });
  });

  it('today’s run (no Stichtag) deletes only what is past both its deadline and its hold', async () => {
    const y = gestern();
    await archiviertesAkt('2010/0001', d('2040-06-30'), d('2040-12-31')); // deadline and hold ahead
    await archiviertesAkt('2010/0002', y, d('2040-12-31')); // deadline passed, hold in 2040
    await archiviertesAkt('2010/0003', d('2040-12-31')); // deadline in 2040, no hold
    await archiviertesAkt('2010/0004', y, d(heuteIso())); // the hold ends today: still kept today
    await archiviertesAkt('2010/0005', d(heuteIso())); // the deadline is today: still kept today
    await archiviertesAkt('2010/0006', y, y); // both passed
    await archiviertesAkt('2010/0007', y); // passed, no hold
    const r = await loesche();
    expect(r).toEqual({ __typename: 'LoescheAbgelaufeneAktenPayload', stichtag: heuteIso(), vorschau: false, geloeschteAkten: ['2010/0006', '2010/0007'], anonymisiertePersonen: 0, anonymisierteAnfragen: 0 });
    // The Klient is still named by the open Akt 2026/0001 and the kept ones: not anonymised.
    expect(await aktenzeichen()).toEqual(['2010/0001', '2010/0002', '2010/0003', '2010/0004', '2010/0005', '2026/0001']);
    expect(await t.db.prisma.person.findUnique({ where: { id: klient }, select: { name: true } })).toEqual({ name: 'Klara Klient' });
  });

  it('a dry run (nurVorschau) reports what would go and changes nothing; the real run then does exactly that', async () => {
    // The Akt of the beforeEach, past due: its Klient and Gegner are named by no other Akt.
    await abschliessen('2019-03-15');
    await archivieren();
    await vergangen(akt, { aufbewahrenBis: gestern() });
    await archiviertesAkt('2010/0001', d('2040-06-30'));
    const tabellen = async () => JSON.stringify([
      await t.db.prisma.akt.findMany({ orderBy: { id: 'asc' } }),
      await t.db.prisma.person.findMany({ orderBy: { id: 'asc' } }),
      await t.db.prisma.aktGegner.findMany({ orderBy: { aktId: 'asc' } }),
      await t.db.prisma.auditEntry.count(),
    ]);
    const vorher = await tabellen();
    const vorschau = await loesche({ nurVorschau: true });
    // Klara Klient is also the Klient of 2010/0001, which is kept: only Gerd Gegner would be anonymised.
    expect(vorschau).toEqual({ __typename: 'LoescheAbgelaufeneAktenPayload', stichtag: heuteIso(), vorschau: true, geloeschteAkten: ['2026/0001'], anonymisiertePersonen: 1, anonymisierteAnfragen: 0 });
    expect(await tabellen()).toBe(vorher);
    const echt = await loesche({ nurVorschau: false });
    expect(echt).toEqual({ ...vorschau, vorschau: false });
    expect(await aktenzeichen()).toEqual(['2010/0001']);
    expect(await t.db.prisma.person.findUnique({ where: { id: gegner }, select: { name: true } })).toEqual({ name: 'anonymisiert' });
    expect(await t.db.prisma.person.findUnique({ where: { id: klient }, select: { name: true } })).toEqual({ name: 'Klara Klient' });
  });
});

describe('dashboard', () => {
  it('filters by status, responsible lawyer, Sachgebiet and due date; counts by status', async () => {
    const [me] = (await t.data(key, '{ benutzer { id } }')).benutzer;
    const a2 = await createAkt(t, key, { aktenzeichen: '2026/0002', bezeichnung: 'b', sachgebiet: 'Inkasso', klientId: klient, zustaendigId: me.id });
    await createAkt(t, key, { aktenzeichen: '2026/0003', bezeichnung: 'c', sachgebiet: 'Familienrecht', klientId: klient });
    await createForderung(t, key, { aktId: a2, art: 'HAUPTFORDERUNG', betrag: '1.00', faelligAm: '2026-04-30' });
    await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '1.00', faelligAm: '2026-06-30' });
    await status(1, 'IN_BEARBEITUNG');
    const az = async (filter: object) =>
      (await t.data(key, `query($f: AktFilter) { akten(filter: $f) { edges { node { aktenzeichen } } } }`, { f: filter })).akten.edges.map((e: any) => e.node.aktenzeichen).sort();
    expect(await az({ zustaendigId: me.id })).toEqual(['2026/0002']);
    expect(await az({ sachgebiet: 'inkasso' })).toEqual(['2026/0002']);
    expect(await az({ faelligBis: '2026-04-30' })).toEqual(['2026/0002']);
    expect(await az({ faelligBis: '2026-12-31' })).toEqual(['2026/0001', '2026/0002']);
    expect(await az({ status: ['IN_BEARBEITUNG'] })).toEqual(['2026/0001']);
    expect(await az({ status: ['ANGELEGT'], sachgebiet: 'Familienrecht' })).toEqual(['2026/0003']);
    expect((await t.data(key, `{ aktenStatistik { gesamt nachStatus { status anzahl } } }`)).aktenStatistik).toEqual({
      gesamt: 3,
      nachStatus: [{ status: 'ANGELEGT', anzahl: 2 }, { status: 'IN_BEARBEITUNG', anzahl: 1 }, { status: 'ABGESCHLOSSEN', anzahl: 0 }, { status: 'ARCHIVIERT', anzahl: 0 }],
    });
    const beta = await t.key('Beta', 'BE');
    expect((await t.data(beta, `{ aktenStatistik { gesamt } }`)).aktenStatistik.gesamt).toBe(0);
  });
});
