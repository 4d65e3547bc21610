// The client's payments on a Honorarnote (issue 16, item 14): partial payments, offenerBetrag,
// bezahltAm, Zahlungsstatus, reversal, no overpayment, nothing on a cancelled note; archiving is
// refused while a note is open unless an ADMIN writes it off with a reason. Figures by hand:
// a Leistung of 1 000.00 Verdienst + 20 % USt 200.00 = brutto 1 200.00.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let admin: string;
let anwalt: string;
let akt: string;

const STAND = 'id nummer art brutto zahlungsstatus bezahlterBetrag offenerBetrag bezahltAm';

beforeEach(async () => {
  t = await testServer();
  admin = await t.key('Alpha', 'AD', 'ADMIN');
  anwalt = await t.key('Alpha', 'AN', 'ANWALT');
  // What UStG § 11 asks of an invoice: the office's address and UID, the recipient's address.
  await t.data(admin, `mutation { updateKanzlei(input: { anschrift: "Ring 1\\n1010 Wien", uid: "ATU12345678" }) { __typename } }`);
  const klient = await createPerson(t, admin, { kurzbezeichnung: 'K', name: 'Holzbau Gruber GmbH', strasse: 'Sägewerkstraße 4', plz: '4020', ort: 'Linz' });
  akt = await createAkt(t, admin, { aktenzeichen: '2026/0001', bezeichnung: 'x', klientId: klient });
});
afterEach(() => t.close());

/** A note over the given Verdienst (brutto = Verdienst × 1.2), dated 2026-11-26. */
async function note(verdienst: string): Promise<{ id: string; nummer: string; brutto: string }> {
  const l = await createLeistung(t, admin, { aktId: akt, datum: '2026-11-01', kuerzel: 'X', verdienst });
  const r = (await t.data(admin, `mutation($i: ErstelleHonorarnoteInput!) { r: erstelleHonorarnote(input: $i) { __typename ... on Error { message }
    ... on ErstelleHonorarnotePayload { honorarnote { id nummer brutto } } } }`, { i: { aktId: akt, datum: '2026-11-26', leistungIds: [l] } })).r;
  expect(r.__typename, r.message).toBe('ErstelleHonorarnotePayload');
  return r.honorarnote;
}

const zahle = async (honorarnoteId: string, betrag: string, bezahltAm: string, key = admin, extra: object = {}) =>
  (await t.data(key, `mutation($i: ErfasseHonorarzahlungInput!) { r: erfasseHonorarzahlung(input: $i) { __typename ... on Error { message } ... on ValidationError { field }
    ... on ErfasseHonorarzahlungPayload { honorarzahlung { id betrag bezahltAm verwendungszweck storniertAm } honorarnote { ${STAND} } } } }`,
  { i: { honorarnoteId, betrag, bezahltAm, ...extra } })).r;

const storno = async (id: string, grund: string) =>
  (await t.data(admin, `mutation($i: StornoHonorarzahlungInput!) { r: stornoHonorarzahlung(input: $i) { __typename ... on Error { message } ... on ValidationError { field }
    ... on StornoHonorarzahlungPayload { honorarzahlung { id storniertAm stornoGrund } honorarnote { ${STAND} } } } }`, { i: { id, grund } })).r;

const abschreiben = async (honorarnoteId: string, grund: string, key = admin) =>
  (await t.data(key, `mutation($i: SchreibeHonorarnoteAbInput!) { r: schreibeHonorarnoteAb(input: $i) { __typename ... on Error { message } ... on ValidationError { field }
    ... on SchreibeHonorarnoteAbPayload { honorarnote { ${STAND} abschreibung { betrag grund am benutzer { kuerzel } } } } } }`, { i: { honorarnoteId, grund } })).r;

const lies = async (id: string) =>
  (await t.data(admin, `query($id: ID!) { honorarnote(id: $id) { ${STAND} honorarzahlungen { betrag bezahltAm storniertAm stornoGrund } } }`, { id })).honorarnote;

async function abschliessen() {
  for (const [version, status] of [[1, 'IN_BEARBEITUNG'], [2, 'ABGESCHLOSSEN']] as const) {
    const r = await t.data(admin, `mutation($i: SetAktStatusInput!) { r: setAktStatus(input: $i) { __typename } }`, { i: { aktId: akt, version, status } });
    expect(r.r.__typename).toBe('SetAktStatusPayload');
  }
}
const archivieren = async () =>
  (await t.data(admin, `mutation($a: ID!) { r: archiviereAkt(input: { aktId: $a, version: 3 }) { __typename ... on Error { message } ... on ValidationError { field }
    ... on ArchiviereAktPayload { akt { status } } } }`, { a: akt })).r;

describe('client payments on a Honorarnote', () => {
  it('partial payments: 1 200.00 − 500.00 = 700.00 TEILBEZAHLT, then 700.00 closes it (BEZAHLT, bezahltAm); no overpayment', async () => {
    const n = await note('1000.00');
    expect(n.brutto).toBe('1200.00');
    expect(await lies(n.id)).toMatchObject({ zahlungsstatus: 'OFFEN', bezahlterBetrag: '0.00', offenerBetrag: '1200.00', bezahltAm: null, honorarzahlungen: [] });

    const erste = await zahle(n.id, '500.00', '2026-12-05', admin, { verwendungszweck: 'RE 2026-0001 Teilzahlung' });
    expect(erste).toMatchObject({
      __typename: 'ErfasseHonorarzahlungPayload',
      honorarzahlung: { betrag: '500.00', bezahltAm: '2026-12-05', verwendungszweck: 'RE 2026-0001 Teilzahlung', storniertAm: null },
      honorarnote: { id: n.id, zahlungsstatus: 'TEILBEZAHLT', bezahlterBetrag: '500.00', offenerBetrag: '700.00', bezahltAm: null },
    });
    // One cent more than is open is refused, and nothing is written.
    expect(await zahle(n.id, '700.01', '2026-12-20')).toMatchObject({
      __typename: 'ValidationError', field: 'betrag', message: 'betrag: 700.01 übersteigt den offenen Betrag der Honorarnote 2026-0001 (700.00): eine Überzahlung wird nicht erfasst',
    });
    expect(await zahle(n.id, '0', '2026-12-20')).toMatchObject({ __typename: 'ValidationError', field: 'betrag' });
    expect(await zahle(n.id, '-5.00', '2026-12-20')).toMatchObject({ __typename: 'ValidationError', field: 'betrag' });
    expect((await lies(n.id)).honorarzahlungen).toHaveLength(1);

    const zweite = await zahle(n.id, '700.00', '2026-12-20');
    expect(zweite.honorarnote).toMatchObject({ zahlungsstatus: 'BEZAHLT', bezahlterBetrag: '1200.00', offenerBetrag: '0.00', bezahltAm: '2026-12-20' });
    expect(await zahle(n.id, '0.01', '2026-12-21')).toMatchObject({ __typename: 'ValidationError', field: 'betrag', message: expect.stringContaining('(0.00)') });

    // Reversed (once, with a reason): open again by that amount.
    expect(await storno(erste.honorarzahlung.id, '')).toMatchObject({ __typename: 'ValidationError', field: 'grund' });
    const s = await storno(erste.honorarzahlung.id, 'Rückbuchung der Bank');
    expect(s).toMatchObject({
      __typename: 'StornoHonorarzahlungPayload',
      honorarzahlung: { stornoGrund: 'Rückbuchung der Bank', storniertAm: expect.any(String) },
      honorarnote: { zahlungsstatus: 'TEILBEZAHLT', bezahlterBetrag: '700.00', offenerBetrag: '500.00', bezahltAm: null },
    });
    expect(await storno(erste.honorarzahlung.id, 'nochmal')).toMatchObject({ __typename: 'ValidationError', message: 'id: Die Honorarzahlung ist schon storniert' });
    // Entered again with an earlier date: the note is closed by the latest payment, 2026-12-20.
    expect((await zahle(n.id, '500.00', '2026-12-10')).honorarnote).toMatchObject({ zahlungsstatus: 'BEZAHLT', offenerBetrag: '0.00', bezahltAm: '2026-12-20' });
    expect((await lies(n.id)).honorarzahlungen).toEqual([
      { betrag: '500.00', bezahltAm: '2026-12-05', storniertAm: expect.any(String), stornoGrund: 'Rückbuchung der Bank' },
      { betrag: '500.00', bezahltAm: '2026-12-10', storniertAm: null, stornoGrund: null },
      { betrag: '700.00', bezahltAm: '2026-12-20', storniertAm: null, stornoGrund: null },
    ]);
  });

  it('nothing is paid on a cancelled note or a credit note; a note with payments is cancelled only after they are reversed', async () => {
    const n = await note('100.00'); // brutto 120.00
    const z = await zahle(n.id, '20.00', '2026-12-01');
    const stornoNote = async () => (await t.data(admin, `mutation($id: ID!) { r: stornoHonorarnote(input: { id: $id, grund: "falscher Empfänger" }) { __typename ... on Error { message }
      ... on StornoHonorarnotePayload { honorarnote { ${STAND} } } } }`, { id: n.id })).r;
    expect(await stornoNote()).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('Auf der Honorarnote 2026-0001 ist eine Zahlung gebucht') });
    await storno(z.honorarzahlung.id, 'Wird auf die neue Honorarnote gebucht');
    const g = (await stornoNote()).honorarnote;
    expect(g).toMatchObject({ art: 'STORNORECHNUNG', brutto: '-120.00', zahlungsstatus: 'STORNIERT', offenerBetrag: '0.00', bezahltAm: null });
    expect(await lies(n.id)).toMatchObject({ zahlungsstatus: 'STORNIERT', bezahlterBetrag: '0.00', offenerBetrag: '0.00' });
    expect(await zahle(n.id, '10.00', '2026-12-02')).toMatchObject({ __typename: 'ValidationError', field: 'honorarnoteId', message: expect.stringContaining('storniert') });
    expect(await zahle(g.id, '10.00', '2026-12-02')).toMatchObject({ __typename: 'ValidationError', field: 'honorarnoteId', message: expect.stringContaining('Stornorechnung') });
    // Another office's note looks like none.
    const beta = await t.key('Beta', 'BE');
    expect((await zahle(n.id, '1.00', '2026-12-02', beta)).__typename).toBe('NotFoundError');
  });

  it('the database refuses an overpayment and a payment on a cancelled note by itself (last line)', async () => {
    const n = await note('100.00');
    const row = await t.db.prisma.honorarnote.findUniqueOrThrow({ where: { id: n.id } });
    const zahlung = (betrag: string) =>
      t.db.prisma.honorarzahlung.create({ data: { kanzleiId: row.kanzleiId, aktId: row.aktId, honorarnoteId: row.id, betrag, bezahltAm: new Date('2026-12-01') } });
    await zahlung('100.00');
    await expect(zahlung('20.01')).rejects.toThrow(/übersteigen den Bruttobetrag/);
    const ok = await zahlung('20.00');
    await expect(t.db.prisma.honorarzahlung.update({ where: { id: ok.id }, data: { betrag: '1.00' } })).rejects.toThrow(/nicht geändert/);
    await expect(t.db.prisma.honorarzahlung.delete({ where: { id: ok.id } })).rejects.toThrow(/nicht gelöscht/);
  });
});

describe('archiving and the write-off', () => {
  it('is refused while a note is open, naming each with its open amount; an ADMIN writes one off with a reason', async () => {
    const a = await note('1000.00'); // 2026-0001, brutto 1 200.00
    const b = await note('100.00'); // 2026-0002, brutto 120.00
    const c = await note('50.00'); // 2026-0003, cancelled
    await t.data(admin, `mutation($id: ID!) { stornoHonorarnote(input: { id: $id, grund: "doppelt" }) { __typename } }`, { id: c.id });
    await zahle(a.id, '500.00', '2026-12-05');
    await abschliessen();
    expect(await archivieren()).toEqual({
      __typename: 'ValidationError', field: 'aktId',
      message: 'aktId: Der Akt hat 2 offene Honorarnoten: 2026-0001 (offen 700.00 €), 2026-0002 (offen 120.00 €). ' +
        'Archiviert wird erst, wenn jede bezahlt, storniert oder von einem ADMIN abgeschrieben ist (schreibeHonorarnoteAb)',
    });

    // Only an ADMIN writes off, with a reason of bounded length.
    expect(await abschreiben(a.id, 'Klient insolvent', anwalt)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await abschreiben(a.id, '   ')).toMatchObject({ __typename: 'ValidationError', field: 'grund' });
    expect(await abschreiben(a.id, 'x'.repeat(2001))).toMatchObject({ __typename: 'ValidationError', field: 'grund' });
    const ab = await abschreiben(a.id, 'Klient insolvent, Konkursquote nicht zu erwarten');
    expect(ab).toMatchObject({
      __typename: 'SchreibeHonorarnoteAbPayload',
      honorarnote: {
        zahlungsstatus: 'ABGESCHRIEBEN', bezahlterBetrag: '500.00', offenerBetrag: '0.00', bezahltAm: null,
        abschreibung: { betrag: '700.00', grund: 'Klient insolvent, Konkursquote nicht zu erwarten', am: expect.any(String), benutzer: { kuerzel: 'AD' } },
      },
    });
    expect(await abschreiben(a.id, 'nochmal')).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('schon abgeschrieben') });
    expect(await abschreiben(c.id, 'storniert')).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('storniert') });
    // A written-off note takes no payment, and its payments stay as they were.
    expect(await zahle(a.id, '1.00', '2026-12-06')).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('abgeschrieben') });
    const [zahlung] = (await t.data(admin, `query($id: ID!) { honorarnote(id: $id) { honorarzahlungen { id } } }`, { id: a.id })).honorarnote.honorarzahlungen;
    expect(await storno(zahlung.id, 'Irrtum')).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('abgeschrieben') });
    // The trail says who wrote off what and when.
    const trail = (await t.data(admin, `{ auditLog(first: 20, filter: { entity: "HonorarnoteAbschreibung" }) { edges { node { operation benutzerKuerzel action changes { field after } } } } }`)).auditLog.edges;
    expect(trail).toHaveLength(1);
    expect(trail[0].node).toMatchObject({ operation: 'schreibeHonorarnoteAb', benutzerKuerzel: 'AD', action: 'CREATE' });
    expect(trail[0].node.changes).toEqual(expect.arrayContaining([{ field: 'betrag', after: '700.00' }, { field: 'grund', after: 'Klient insolvent, Konkursquote nicht zu erwarten' }]));

    expect((await archivieren()).message).toBe('aktId: Der Akt hat eine offene Honorarnote: 2026-0002 (offen 120.00 €). ' +
      'Archiviert wird erst, wenn jede bezahlt, storniert oder von einem ADMIN abgeschrieben ist (schreibeHonorarnoteAb)');
    // A paid note needs no write-off.
    expect((await zahle(b.id, '120.00', '2026-12-07')).honorarnote).toMatchObject({ zahlungsstatus: 'BEZAHLT', bezahltAm: '2026-12-07' });
    expect(await abschreiben(b.id, 'bezahlt')).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('bezahlt') });
    expect(await archivieren()).toEqual({ __typename: 'ArchiviereAktPayload', akt: { status: 'ARCHIVIERT' } });
    // Archived: read-only, payments included.
    expect(await zahle(b.id, '1.00', '2026-12-08')).toMatchObject({ __typename: 'ValidationError', message: expect.stringMatching(/archiviert/) });
  });

  it('the database refuses archiving with an open note by itself (last line)', async () => {
    await note('100.00');
    await abschliessen();
    await expect(t.db.prisma.akt.update({ where: { id: akt }, data: { status: 'ARCHIVIERT' } })).rejects.toThrow(/offene Honorarnoten: 2026-0001 \(offen 120.00\)/);
  });
});

describe('dashboards', () => {
  it('reading the paid state of many notes costs no statement per note', async () => {
    const count = async () => {
      t.db.statements.reset();
      const d = await t.data(admin, `query($id: ID!) { akt(id: $id) { honorarnoten { nummer zahlungsstatus offenerBetrag bezahltAm bezahlterBetrag storniertDurch { id }
        honorarzahlungen { betrag } abschreibung { betrag } } } }`, { id: akt });
      return { n: t.db.statements.count, noten: d.akt.honorarnoten };
    };
    const n1 = await note('10.00');
    await zahle(n1.id, '5.00', '2026-12-01');
    const eine = await count();
    for (let i = 0; i < 5; i++) await zahle((await note(`${i + 1}0.00`)).id, '1.00', '2026-12-01');
    const sechs = await count();
    expect(sechs.noten).toHaveLength(6);
    expect(sechs.noten[0]).toMatchObject({ zahlungsstatus: 'TEILBEZAHLT', offenerBetrag: '7.00', bezahlterBetrag: '5.00' }); // 12.00 − 5.00
    expect(sechs.n).toBe(eine.n);
  });
});
