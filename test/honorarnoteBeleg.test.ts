// Issue 16, invoices: a billed Leistung is locked until its Honorarnote is cancelled (item 4); an
// issued Honorarnote's PDF is frozen (item 11); no invoice without what UStG § 11 requires, and a
// Person's UID (item 12); the cancellation document is a "Stornorechnung" naming the original's
// number and date (item 13). Expected texts and amounts are worked out by hand.
import { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { pgliteSession } from '../server/db/database.js';
import { readMigrations } from '../server/db/migrationFiles.js';
import { applyMigrations } from '../server/db/migrate.js';
import { heute } from '../server/domain/dates.js';
import { ConflictError } from '../server/domain/errors.js';
import { belegSchema } from '../server/domain/honorarnote.js';
import { renderHonorarnotePdf } from '../server/dokumente/honorarnotePdf.js';
import { seedDemoIfFresh } from '../server/seed/demo.js';
import { inTransaction } from '../server/services/db.js';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { pdfText } from './support/pdfText.js';
import { testServer, type TestServer } from './support/testServer.js';



let t: TestServer;
let key: string;
let klient: string;
let akt: string;

const KLIENT = { kurzbezeichnung: 'K', name: 'Holzbau Gruber GmbH', art: 'UNTERNEHMEN', strasse: 'Sägewerkstraße 4', plz: '4020', ort: 'Linz' };

const pdf = async (id: string, k = key) => {
  const res = await createApp({ prisma: t.db.prisma }).fetch(`http://yoga/dokumente/honorarnote/${id}.pdf`, { headers: { authorization: `Bearer ${k}` } });
  expect(res.status).toBe(200);
  return { dateiname: res.headers.get('content-disposition'), bytes: new Uint8Array(await res.arrayBuffer()) };
};

const erstelle = async (input: object = {}, k = key) =>
  (await t.data(k, `mutation($i: ErstelleHonorarnoteInput!) { r: erstelleHonorarnote(input: $i) { __typename
    ... on ErstelleHonorarnotePayload { honorarnote { id nummer brutto } } ... on ValidationError { field message } } }`, { i: { aktId: akt, datum: '2026-11-26', ...input } })).r;

const storno = async (id: string) =>
  (await t.data(key, `mutation($id: ID!) { r: stornoHonorarnote(input: { id: $id }) { __typename ... on StornoHonorarnotePayload { honorarnote { id nummer datum } } } }`, { id })).r.honorarnote;

const mutation = async (name: string, input: object, k = key) =>
  (await t.data(k, `mutation($i: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { r: ${name}(input: $i) { __typename ... on Error { message } ... on ValidationError { field } } }`, { i: input })).r;

const updateKanzlei = (input: object) => mutation('updateKanzlei', input);

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Kanzlei Dr. Huber', 'HU');
  klient = await createPerson(t, key, KLIENT);
  akt = await createAkt(t, key, { aktenzeichen: '2026/0042', bezeichnung: 'x', klientId: klient });
});
afterEach(() => t.close());

describe('a billed Leistung is locked until its Honorarnote is cancelled (item 4)', () => {
  it('updateLeistung and deleteLeistung are refused naming the Honorarnote; after the Storno both work', async () => {
    const l = await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', text: 'Klage', verdienst: '100.00' });
    const note = (await erstelle()).honorarnote;
    expect(note.nummer).toBe('2026-0001');
    for (const [name, input] of [['updateLeistung', { id: l, text: 'etwas anderes', verdienst: '50.00' }], ['deleteLeistung', { id: l }]] as const) {
      expect(await mutation(name, input)).toEqual({ __typename: 'ValidationError', field: 'id', message: expect.stringMatching(/Honorarnote 2026-0001 verrechnet.*bis die Honorarnote storniert ist/) });
    }
    const stand = (await t.data(key, `query($id: ID!) { akt(id: $id) { leistungen { id text verdienst honorarnote { nummer } } } }`, { id: akt })).akt.leistungen;
    expect(stand).toEqual([{ id: l, text: 'Klage', verdienst: '100.00', honorarnote: { nummer: '2026-0001' } }]);
    await storno(note.id);
    expect((await mutation('updateLeistung', { id: l, text: 'Klage (berichtigt)' })).__typename).toBe('UpdateLeistungPayload');
    expect((await mutation('deleteLeistung', { id: l })).__typename).toBe('DeleteLeistungPayload');
  });

  it('a gerichtlich bestimmte Leistung is locked while its Titel stands', async () => {
    const l = await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: '2', verdienst: '50.00' });
    const titel = (await t.data(key, `mutation($l: ID!) { r: createTitelFromLeistung(input: { leistungId: $l, datum: "2026-10-20", beschlussart: KOSTENTITEL, gericht: "BG LINZ" }) { ... on CreateTitelFromLeistungPayload { titel { id } } } }`, { l })).r.titel.id;
    expect(await mutation('updateLeistung', { id: l, verdienst: '60.00' })).toEqual({ __typename: 'ValidationError', field: 'id', message: expect.stringMatching(/gerichtlich bestimmt \(Titel vom 20\.10\.2026\)/) });
    expect((await mutation('deleteLeistung', { id: l })).__typename).toBe('ValidationError');
    expect((await mutation('deleteTitel', { id: titel })).__typename).toBe('DeleteTitelPayload');
    expect((await mutation('updateLeistung', { id: l, verdienst: '60.00' })).__typename).toBe('UpdateLeistungPayload');
  });

  it('the database refuses it as the last line (a write path without the lock): ConflictError naming the note', async () => {
    const l = await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', verdienst: '100.00' });
    const frei = await createLeistung(t, key, { aktId: akt, datum: '2026-10-02', kuerzel: 'X', verdienst: '1.00' });
    await erstelle({ leistungIds: [l] });
    for (const work of [
      () => inTransaction(t.db.prisma, (tx) => tx.leistung.update({ where: { id: l }, data: { verdienst: '1.00' } })),
      () => inTransaction(t.db.prisma, (tx) => tx.leistung.delete({ where: { id: l } })),
    ]) {
      const error = await work().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ entity: 'Leistung', message: expect.stringMatching(/Honorarnote 2026-0001 verrechnet/) });
    }
    expect((await t.db.prisma.leistung.findUniqueOrThrow({ where: { id: l } })).verdienst.toString()).toBe('100');
    // An unbilled Leistung is still changed freely.
    await inTransaction(t.db.prisma, (tx) => tx.leistung.update({ where: { id: frei }, data: { text: 'frei' } }));
  });
});

describe('an issued Honorarnote is frozen (item 11)', () => {
  it('the PDF is the same bytes after updateKanzlei and a changed client address; a new invoice shows the new data', async () => {
    await updateKanzlei({ anschrift: 'Graben 1, 1010 Wien', uid: 'ATU12345678', iban: 'AT61 1904 3002 3457 3201', telefon: '+43 1 111' });
    await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', text: 'Klage', verdienst: '100.00' });
    const note = (await erstelle()).honorarnote;
    const vorher = await pdf(note.id);
    const text = await pdfText(vorher.bytes);
    for (const s of ['Graben 1, 1010 Wien', 'UID: ATU12345678', 'Sägewerkstraße 4', 'IBAN AT61 1904 3002 3457 3201']) expect(text).toContain(s);

    expect((await updateKanzlei({ anschrift: 'Kärntner Ring 5, 1010 Wien', uid: 'ATU87654321', iban: 'AT48 3200 0000 1234 5864', telefon: null })).__typename).toBe('UpdateKanzleiPayload');
    expect((await mutation('updatePerson', { id: klient, strasse: 'Neue Gasse 9', uid: 'ATU11111111' })).__typename).toBe('UpdatePersonPayload');
    const nachher = await pdf(note.id);
    expect(nachher.bytes.length).toBe(vorher.bytes.length);
    expect(Buffer.from(nachher.bytes).equals(Buffer.from(vorher.bytes))).toBe(true);

    await createLeistung(t, key, { aktId: akt, datum: '2026-10-02', kuerzel: 'X', text: 'Replik', verdienst: '10.00' });
    const neu = await pdfText((await pdf((await erstelle()).honorarnote.id)).bytes);
    for (const s of ['Kärntner Ring 5, 1010 Wien', 'UID: ATU87654321', 'Neue Gasse 9', 'IBAN AT48 3200 0000 1234 5864']) expect(neu).toContain(s);
    expect(neu).not.toContain('Graben 1');
  });

  it('the frozen content cannot be changed in the database', async () => {
    await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', verdienst: '100.00' });
    const note = (await erstelle()).honorarnote;
    const error = await inTransaction(t.db.prisma, (tx) => tx.honorarnote.update({ where: { id: note.id }, data: { beleg: {} } })).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ entity: 'Honorarnote', message: expect.stringMatching(/2026-0001 ist ausgestellt/) });
  });

  it('notes issued before the migration get their document from the data of that day, archived Akten included', async () => {
    const migrations = readMigrations();
    const mine = migrations.findIndex((m) => m.name.endsWith('_honorarnote_beleg'));
    const db = new PGlite();
    try {
      await applyMigrations(pgliteSession(db), migrations.slice(0, mine));
      await db.exec(`
        INSERT INTO "Kanzlei" (id, name, anschrift, uid, iban) VALUES ('00000000-0000-4000-8000-000000000001', 'Kanzlei Alt', 'Ring 1, 1010 Wien', 'ATU12345678', 'AT61 1904 3002 3457 3201');
        INSERT INTO "Person" (id, "kanzleiId", kurzbezeichnung, name) VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'K', 'Klient Alt');
        INSERT INTO "Akt" (id, "kanzleiId", aktenzeichen, bezeichnung, "klientId") VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', '2025/0001', 'a', '00000000-0000-4000-8000-000000000002');
        INSERT INTO "Honorarnote" (id, "kanzleiId", "aktId", art, jahr, laufnummer, nummer, datum, "faelligAm", "empfaengerName", "empfaengerAnschrift",
          verdienst, einheitssatz, streitgenossenzuschlag, "barauslagenUstPflichtig", "barauslagenUstFrei", "barauslagenDurchlaufer", "ustBasis", ust, brutto)
        VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003', 'RECHNUNG', 2025, 1, '2025-0001',
          '2025-03-04', '2025-03-18', 'Klient Alt', 'Weg 1' || chr(10) || '1100 Wien', 100, 0, 0, 0, 0, 50, 100, 20, 170),
          ('00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003', 'GUTSCHRIFT', 2025, 2, '2025-0002',
          '2025-03-10', '2025-03-10', 'Klient Alt', 'Weg 1' || chr(10) || '1100 Wien', -100, 0, 0, 0, 0, -50, -100, -20, -170);
        UPDATE "Honorarnote" SET "stornoVonId" = '00000000-0000-4000-8000-000000000004' WHERE id = '00000000-0000-4000-8000-000000000005';
        INSERT INTO "HonorarnotePosition" ("honorarnoteId", reihenfolge, datum, kuerzel, text, verdienst, einheitssatz, streitgenossenzuschlag, "barauslagenUstPflichtig", "barauslagenUstFrei", "barauslagenDurchlaufer")
        VALUES ('00000000-0000-4000-8000-000000000004', 1, '2025-02-01', 'X', 'Klage', 100, 0, 0, 0, 0, 50);
        UPDATE "Akt" SET status = 'ARCHIVIERT' WHERE id = '00000000-0000-4000-8000-000000000003';`);
      await applyMigrations(pgliteSession(db), migrations);
      const rows = (await db.query<{ nummer: string; beleg: unknown }>(`SELECT nummer, beleg FROM "Honorarnote" ORDER BY nummer`)).rows;
      const kanzlei = { name: 'Kanzlei Alt', anschrift: 'Ring 1, 1010 Wien', uid: 'ATU12345678', iban: 'AT61 1904 3002 3457 3201', email: null, telefon: null };
      const empfaenger = { name: 'Klient Alt', anschrift: 'Weg 1\n1100 Wien', uid: null };
      expect(belegSchema.parse(rows[0]!.beleg)).toEqual({
        version: 1, art: 'RECHNUNG', nummer: '2025-0001', datum: '2025-03-04', faelligAm: '2025-03-18', aktenzeichen: '2025/0001', kanzlei, empfaenger, stornoVon: null,
        positionen: [{ datum: '2025-02-01', kuerzel: 'X', text: 'Klage', tarifbasis: null, verdienst: '100.00', einheitssatz: '0.00', streitgenossenzuschlag: '0.00', barauslagenUstPflichtig: '0.00', barauslagenUstFrei: '0.00', barauslagenDurchlaufer: '50.00' }],
        summen: { verdienst: '100.00', einheitssatz: '0.00', streitgenossenzuschlag: '0.00', barauslagenUstPflichtig: '0.00', barauslagenUstFrei: '0.00', barauslagenDurchlaufer: '50.00', ustBasis: '100.00', ust: '20.00', brutto: '170.00' },
      });
      const storniert = belegSchema.parse(rows[1]!.beleg);
      expect(storniert).toMatchObject({ art: 'STORNORECHNUNG', nummer: '2025-0002', stornoVon: { nummer: '2025-0001', datum: '2025-03-04' }, positionen: [], summen: { brutto: '-170.00' } });
      const text = await pdfText(new Uint8Array(await renderHonorarnotePdf(storniert)));
      expect(text).toContain('Stornorechnung Nr. 2025-0002');
      expect(text).toContain('Storno der Honorarnote Nr. 2025-0001 vom 04.03.2025');
    } finally {
      await db.close();
    }
  });
});

describe('no invoice without what UStG § 11 requires (item 12)', () => {
  it('names every missing detail of office and recipient, and takes no number', async () => {
    await updateKanzlei({ anschrift: null, uid: null });
    const ohne = await createPerson(t, key, { kurzbezeichnung: 'OHNE', name: 'Otto Ohne' });
    const aktOhne = await createAkt(t, key, { aktenzeichen: '2026/0043', bezeichnung: 'y', klientId: ohne });
    await createLeistung(t, key, { aktId: aktOhne, datum: '2026-10-01', kuerzel: 'X', verdienst: '100.00' });
    expect(await erstelle({ aktId: aktOhne })).toEqual({
      __typename: 'ValidationError', field: 'aktId',
      message: 'aktId: Die Honorarnote kann nicht ausgestellt werden (UStG § 11): Kanzlei: Anschrift fehlt; Kanzlei: UID-Nummer fehlt; Empfänger: Anschrift fehlt',
    });
    await updateKanzlei({ anschrift: 'Graben 1, 1010 Wien', uid: 'ATU12345678' });
    await mutation('updatePerson', { id: ohne, plz: '1100', ort: 'Wien' });
    expect((await erstelle({ aktId: aktOhne })).message).toBe('aktId: Die Honorarnote kann nicht ausgestellt werden (UStG § 11): Empfänger: Anschrift unvollständig (Straße fehlt)');
    await mutation('updatePerson', { id: ohne, strasse: 'Favoritenstraße 1' });
    // The refusals used no number: the first invoice is 0001.
    expect(await erstelle({ aktId: aktOhne })).toMatchObject({ __typename: 'ErstelleHonorarnotePayload', honorarnote: { nummer: '2026-0001' } });
  });

  it('a business billed over 10 000 € gross needs its UID, which is then printed', async () => {
    // 8 333.33 + 20 % USt 1 666.67 (1 666.666) = 10 000.00: not over the threshold.
    const l1 = await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', verdienst: '8333.33' });
    const bis = await erstelle({ leistungIds: [l1] });
    expect(bis.honorarnote.brutto).toBe('10000.00');
    const ohneUid = await pdfText((await pdf(bis.honorarnote.id)).bytes);
    expect(ohneUid.match(/UID: /g)).toHaveLength(1); // the office's only
    // 8 333.34 + USt 1 666.67 (1 666.668) = 10 000.01: over it.
    const l2 = await createLeistung(t, key, { aktId: akt, datum: '2026-10-02', kuerzel: 'X', verdienst: '8333.34' });
    expect(await erstelle({ leistungIds: [l2] })).toMatchObject({ __typename: 'ValidationError', message: expect.stringMatching(/: Empfänger: UID-Nummer fehlt \(Unternehmer, Rechnung über 10\.000 € brutto\)$/) });
    await mutation('updatePerson', { id: klient, uid: 'atu 876.543-21' });
    expect((await t.data(key, `query($id: ID!) { person(id: $id) { uid } }`, { id: klient })).person.uid).toBe('ATU87654321');
    const note = await erstelle({ leistungIds: [l2] });
    expect(note.honorarnote).toMatchObject({ nummer: '2026-0002', brutto: '10000.01' });
    const text = await pdfText((await pdf(note.honorarnote.id)).bytes);
    expect(text).toContain('Holzbau Gruber GmbH Sägewerkstraße 4 4020 Linz UID: ATU87654321');
    // A natural person's UID (a sole trader recorded as such) is not printed.
    const np = await createPerson(t, key, { kurzbezeichnung: 'NP', name: 'Nora Privat', strasse: 'Gasse 1', plz: '8010', ort: 'Graz', uid: 'DE123456789' });
    const aktNp = await createAkt(t, key, { aktenzeichen: '2026/0044', bezeichnung: 'z', klientId: np });
    await createLeistung(t, key, { aktId: aktNp, datum: '2026-10-01', kuerzel: 'X', verdienst: '10.00' });
    expect(await pdfText((await pdf((await erstelle({ aktId: aktNp })).honorarnote.id)).bytes)).not.toContain('DE123456789');
  });

  it('a Person’s UID is checked against the EU formats', async () => {
    const create = (uid: string) => mutation('createPerson', { kurzbezeichnung: `U${Math.random().toString(36).slice(2, 8)}`, name: 'U', uid });
    for (const ok of ['ATU12345678', 'DE123456789', 'NL123456789B01', 'FR12345678901', 'EL123456789', '']) {
      expect((await create(ok)).__typename, ok).toBe('CreatePersonPayload');
    }
    for (const bad of ['ATU1234567', 'AT12345678', 'ATU123456789', 'DE12345678', 'XX123456', 'U12345678', 'ATU1234567X']) {
      expect(await create(bad), bad).toEqual({ __typename: 'ValidationError', field: 'uid', message: 'uid: ist keine UID-Nummer eines EU-Staats (z. B. ATU12345678)' });
    }
    expect((await updateKanzlei({ uid: 'ATU1234' })).__typename).toBe('ValidationError');
  });

  it('the demo office issues an invoice out of the box', async () => {
    const fresh = await testServer();
    try {
      const demo = (await seedDemoIfFresh(fresh.db.prisma))!;
      const akten = (await fresh.data(demo, '{ akten { edges { node { id aktenzeichen } } } }')).akten.edges.map((e: any) => e.node);
      for (const a of akten.filter((x: any) => x.aktenzeichen !== '2026/0003')) {
        const r = (await fresh.data(demo, `mutation($a: ID!) { r: erstelleHonorarnote(input: { aktId: $a }) { __typename ... on Error { message } } }`, { a: a.id })).r;
        expect(r, a.aktenzeichen).toEqual({ __typename: 'ErstelleHonorarnotePayload' });
      }
      const k = (await fresh.data(demo, '{ me { kanzlei { anschrift uid iban } } }')).me.kanzlei;
      expect(k).toEqual({ anschrift: 'Graben 12, 1010 Wien', uid: 'ATU12345678', iban: 'AT61 1904 3002 3457 3201' });
    } finally {
      await fresh.close();
    }
  });
});

describe('the cancellation document is a Stornorechnung (item 13)', () => {
  it('is titled Stornorechnung, names the original’s number and date, and is filed under that name', async () => {
    await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', text: 'Klage', verdienst: '100.00' });
    const note = (await erstelle()).honorarnote;
    const s = await storno(note.id);
    const jahr = heute().slice(0, 4);
    expect(s.nummer).toBe(`${jahr}-${jahr === '2026' ? '0002' : '0001'}`);
    const { dateiname, bytes } = await pdf(s.id);
    expect(dateiname).toBe(`inline; filename="Stornorechnung-${s.nummer}.pdf"`);
    const text = await pdfText(bytes);
    expect(text).toContain(`Stornorechnung Nr. ${s.nummer}`);
    expect(text).toContain('Storno der Honorarnote Nr. 2026-0001 vom 26.11.2026');
    expect(text).toContain('-120,00'); // 100.00 + 20 % USt, negated
    expect(text).not.toMatch(/Gutschrift/);
  });
});
