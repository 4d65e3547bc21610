// Bank statement import through the API (issue 18, "Done when"): a note issued, a debt-collection
// Akt with a Forderung, a camt.053 statement in which payments for both arrive → both booked, the
// note paid, the Schuldnerstand reduced, the unknown entry queued; the same file again changes
// nothing. Figures by hand: a Leistung of 1 000.00 Verdienst + 20 % USt = brutto 1 200.00 (note 1);
// 500.00 → 600.00 (note 2); 200.00 → 240.00 (note 3). Forderung 1 000.00 without interest and no
// costs: the Schuldnerstand is 1 000.00 less what was paid.
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hookedAdapter } from '../server/db/adapterHooks.js';
import { createClient } from '../sdk/dist/index.js';
import { camt053, type CamtEntry } from './support/camt.js';
import { createAkt, createForderung, createLeistung, createPerson } from './support/fixtures.js';
import { TEST_BRIEFKOPF, testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let admin: string;
let anwalt: string;
let sb: string;
let akt: string;
let inkasso: string;
let gegnerRf: string;
const IBAN = TEST_BRIEFKOPF.iban;

const BUCHUNG = 'id bankReferenz transaktionIndex teil betrag status grund zahlerName verwendungszweck akt { id } honorarnote { id nummer } zahlung { id betrag datum } honorarzahlung { id betrag bezahltAm }';
const IMPORT = `mutation($i: ImportiereKontoauszugInput!) { r: importiereKontoauszug(input: $i) { __typename ... on Error { message }
  ... on ImportiereKontoauszugPayload { import { id format kontoIban auszugId anzahlGebucht anzahlVorschlag anzahlOffen anzahlBekannt anzahlIgnoriert }
    gebucht { ${BUCHUNG} } vorgeschlagen { ${BUCHUNG} } offen { ${BUCHUNG} } ignoriert { ${BUCHUNG} } bereitsBekannt { ${BUCHUNG} } } } }`;

const importiere = (datei: string, key = admin) => t.gql(key, IMPORT, { i: { format: 'CAMT053', datei } });
async function importiereOk(datei: string, key = admin) {
  const res = await importiere(datei, key);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  expect(res.body.data.r.__typename, res.body.data.r.message).toBe('ImportiereKontoauszugPayload');
  return res.body.data.r;
}

const zuordnen = async (i: Record<string, unknown>, key = admin) =>
  (await t.data(key, `mutation($i: BuchungZuordnenInput!) { r: buchungZuordnen(input: $i) { __typename ... on Error { message } ... on ValidationError { field }
    ... on BuchungZuordnenPayload { bankbuchung { ${BUCHUNG} } } } }`, { i })).r;
const verwerfen = async (i: Record<string, unknown>, key = admin) =>
  (await t.data(key, `mutation($i: BuchungVerwerfenInput!) { r: buchungVerwerfen(input: $i) { __typename ... on Error { message } ... on ValidationError { field }
    ... on BuchungVerwerfenPayload { bankbuchung { ${BUCHUNG} } } } }`, { i })).r;
const queue = async (key = admin, status?: string[]) =>
  (({ totalCount, edges }) => ({ totalCount, nodes: edges.map((e: any) => e.node) }))(
    (await t.data(key, `query($f: BankbuchungFilter) { offeneBuchungen(first: 100, filter: $f) { totalCount edges { node { ${BUCHUNG} } } } }`, { f: status ? { status } : null })).offeneBuchungen);
const ALLE = ['GEBUCHT', 'VORSCHLAG', 'OFFEN', 'VERWORFEN', 'IGNORIERT'];

const NOTE = 'id nummer rfReferenz brutto zahlungsstatus offenerBetrag bezahlterBetrag honorarzahlungen { betrag bezahltAm }';
const lies = async (id: string) => (await t.data(admin, `query($id: ID!) { honorarnote(id: $id) { ${NOTE} } }`, { id })).honorarnote;
const stand = async () =>
  (await t.data(admin, `query($id: ID!) { akt(id: $id) { schuldnerstand(stichtag: "2026-12-31") { kapital zinsen kosten gesamt bezahlt } zahlungen { betrag datum } } }`, { id: inkasso })).akt;

async function note(verdienst: string): Promise<{ id: string; nummer: string; rfReferenz: string; brutto: string }> {
  const l = await createLeistung(t, admin, { aktId: akt, datum: '2026-11-01', kuerzel: 'X', verdienst });
  const r = (await t.data(admin, `mutation($i: ErstelleHonorarnoteInput!) { r: erstelleHonorarnote(input: $i) { __typename ... on Error { message }
    ... on ErstelleHonorarnotePayload { honorarnote { id nummer rfReferenz brutto } } } }`, { i: { aktId: akt, datum: '2026-11-26', leistungIds: [l] } })).r;
  expect(r.__typename, r.message).toBe('ErstelleHonorarnotePayload');
  return r.honorarnote;
}

beforeEach(async () => {
  t = await testServer();
  admin = await t.key('Alpha', 'AD', 'ADMIN');
  anwalt = await t.key('Alpha', 'AN', 'ANWALT');
  sb = await t.key('Alpha', 'SB', 'SACHBEARBEITER');
  const klient = await createPerson(t, admin, { kurzbezeichnung: 'K', name: 'Holzbau Gruber GmbH', strasse: 'Sägewerkstraße 4', plz: '4020', ort: 'Linz' });
  const schuldner = await createPerson(t, admin, { kurzbezeichnung: 'S', name: 'Jörg Säumig' });
  akt = await createAkt(t, admin, { aktenzeichen: '2026/0001', bezeichnung: 'Beratung', klientId: klient });
  inkasso = await createAkt(t, admin, { aktenzeichen: '2026/0002', bezeichnung: 'Inkasso Säumig', klientId: klient, gegnerIds: [schuldner] });
  await createForderung(t, admin, { aktId: inkasso, art: 'HAUPTFORDERUNG', bezeichnung: 'Rechnung 17', betrag: '1000.00', faelligAm: '2026-10-01' });
  gegnerRf = (await t.data(admin, `query($id: ID!) { akt(id: $id) { zahlungsreferenzen { rfReferenz } } }`, { id: inkasso })).akt.zahlungsreferenzen[0].rfReferenz;
});
afterEach(() => t.close());

describe('through the SDK', () => {
  it('importiereKontoauszug, offeneBuchungen, buchungZuordnen and buchungVerwerfen are SDK methods', async () => {
    const s = await testServer({}, {}, { overHttp: true });
    try {
      const k = await s.key('Delta', 'DE', 'ANWALT');
      const client = createClient({ url: s.url, apiKey: k });
      const klient = await createPerson(s, k, { kurzbezeichnung: 'K', name: 'Klient' });
      const aktId = await createAkt(s, k, { aktenzeichen: 'D/1', bezeichnung: 'x', klientId: klient });
      const r = await client.mutation.importiereKontoauszug({ format: 'CAMT053', datei: camt053(IBAN, [{ ref: 'S-1', betrag: '10.00', text: 'a' }, { ref: 'S-2', betrag: '20.00', text: 'b' }]) });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.value.import).toMatchObject({ anzahlOffen: 2, anzahlGebucht: 0 });
      const [a, b] = r.value.offen;
      const q = await client.query.offeneBuchungen({ first: 10 });
      expect(q?.totalCount).toBe(2);
      const z = await client.mutation.buchungZuordnen({ buchungId: a!.id, aktId });
      expect(z.ok && z.value.bankbuchung).toMatchObject({ status: 'GEBUCHT', betrag: '10.00', zahlung: { id: expect.any(String) } });
      const v = await client.mutation.buchungVerwerfen({ buchungId: b!.id, grund: 'Rückbuchung' });
      expect(v.ok && v.value.bankbuchung).toMatchObject({ status: 'VERWORFEN', grund: 'Rückbuchung' });
      expect((await client.query.offeneBuchungen({ first: 10 }))?.totalCount).toBe(0);
    } finally {
      await s.close();
    }
  });
});

describe('a large file through the request limits', () => {
  it('the answer’s lists are not cut off by the time the import took (the execution deadline starts anew once it committed)', async () => {
    // The import must outlast the deadline, on any machine: its first statement on the Bankbuchungen
    // is held back for longer than the deadline. Reading the answer after the commit takes about
    // 60 ms on two quiet cores, far inside the deadline.
    const deadlineMs = 1_000;
    let aufgehalten = false;
    const langsam = (adapter: SqlDriverAdapterFactory) =>
      hookedAdapter(adapter, {
        statement: async (sql, inTransaction, send) => {
          if (inTransaction && !aufgehalten && sql.includes('"Bankbuchung"')) {
            aufgehalten = true;
            await new Promise((resolve) => setTimeout(resolve, deadlineMs + 100));
          }
          return send();
        },
      });
    const s = await testServer({ limits: { maxExecutionMs: deadlineMs } }, { wrapAdapter: langsam });
    try {
      const k = await s.key('Gamma', 'GA', 'ADMIN');
      const eintraege = Array.from({ length: 600 }, (_, i) => ({ ref: `L-${i}`, betrag: '1.00', text: 'ohne Bezug' }));
      const t0 = performance.now();
      const res = await s.gql(k, `mutation($i: ImportiereKontoauszugInput!) { r: importiereKontoauszug(input: $i) { ... on ImportiereKontoauszugPayload { import { anzahlOffen } offen { id } } } }`,
        { i: { format: 'CAMT053', datei: camt053(IBAN, eintraege) } });
      expect(aufgehalten).toBe(true);
      expect(performance.now() - t0).toBeGreaterThan(deadlineMs);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.r.import.anzahlOffen).toBe(600);
      expect(res.body.data.r.offen).toHaveLength(600);
    } finally {
      await s.close();
    }
  });
});

describe('importiereKontoauszug', () => {
  it('books by RF reference, proposes from the text, queues the rest, ignores what is no incoming euro; the same file again changes nothing', async () => {
    const n1 = await note('1000.00');
    const n2 = await note('500.00');
    const n3 = await note('200.00');
    expect([n1.nummer, n1.brutto, n2.brutto, n3.nummer, n3.brutto]).toEqual(['2026-0001', '1200.00', '600.00', '2026-0003', '240.00']);
    expect(await stand()).toMatchObject({ schuldnerstand: { kapital: '1000.00', zinsen: '0.00', kosten: '0.00', gesamt: '1000.00', bezahlt: '0.00' } });

    const eintraege: CamtEntry[] = [
      { ref: 'B-001', betrag: '1200.00', rf: n1.rfReferenz, zahler: 'Holzbau Gruber GmbH' },
      { ref: 'B-002', betrag: '300.00', rf: gegnerRf, zahler: 'Jörg Säumig', valutadatum: '2026-11-30' },
      { ref: 'B-003', betrag: '700.00', rf: n2.rfReferenz, zahler: 'Holzbau Gruber GmbH' },
      { ref: 'B-004', betrag: '50.00', text: 'Spende Ballverein', zahler: 'Unbekannt' },
      { ref: 'B-005', tx: [{ betrag: '100.00', rf: gegnerRf, zahler: 'Jörg Säumig' }, { betrag: '25.00', text: 'Rest', zahler: 'Anna Ärger' }] },
      { ref: 'B-006', betrag: '240.00', text: 'Rechnung 2026-0003 danke', zahler: 'Holzbau Gruber GmbH' },
      { ref: 'B-007', betrag: '80.00', text: 'Zahlung zu 2026/0002', zahler: 'Jörg Säumig' },
      { ref: 'B-008', betrag: '80.00', richtung: 'DBIT', text: 'Miete' },
      { ref: 'B-009', betrag: '99.00', waehrung: 'USD', rf: n3.rfReferenz },
      { ref: 'B-010', betrag: '1200.00', storno: true, rf: n1.rfReferenz },
    ];
    const datei = camt053(IBAN, eintraege);
    const r = await importiereOk(datei);
    expect(r.import).toMatchObject({ format: 'CAMT053', kontoIban: 'AT611904300234573201', auszugId: 'STMT-2026-12-01', anzahlGebucht: 4, anzahlVorschlag: 2, anzahlOffen: 3, anzahlBekannt: 0, anzahlIgnoriert: 3 });
    const kurz = (b: any) => [b.bankReferenz, b.transaktionIndex, b.teil, b.betrag];
    expect(r.gebucht.map(kurz)).toEqual([['B-001', 0, 0, '1200.00'], ['B-002', 0, 0, '300.00'], ['B-003', 0, 0, '600.00'], ['B-005', 0, 0, '100.00']]);
    expect(r.gebucht[0]).toMatchObject({ honorarnote: { id: n1.id }, honorarzahlung: { betrag: '1200.00', bezahltAm: '2026-12-01' }, zahlerName: 'Holzbau Gruber GmbH' });
    // The value date is the payment's date.
    expect(r.gebucht[1]).toMatchObject({ akt: { id: inkasso }, zahlung: { betrag: '300.00', datum: '2026-11-30' }, zahlerName: 'Jörg Säumig' });
    expect(r.gebucht[2].grund).toBe('Überzahlung: 600.00 auf Honorarnote 2026-0002 gebucht, 100.00 offen');
    expect(r.vorgeschlagen.map(kurz)).toEqual([['B-006', 0, 0, '240.00'], ['B-007', 0, 0, '80.00']]);
    expect(r.vorgeschlagen[0]).toMatchObject({ honorarnote: { id: n3.id }, honorarzahlung: null, grund: 'Rechnungsnummer 2026-0003 im Verwendungszweck, Betrag passt (offen 240.00)' });
    expect(r.vorgeschlagen[1]).toMatchObject({ akt: { id: inkasso }, honorarnote: null, zahlung: null, grund: 'Aktenzeichen 2026/0002 im Verwendungszweck' });
    expect(r.offen.map(kurz)).toEqual([['B-003', 0, 1, '100.00'], ['B-004', 0, 0, '50.00'], ['B-005', 1, 0, '25.00']]);
    expect(r.offen[0].grund).toBe('Überzahlung der Honorarnote 2026-0002 (offen waren 600.00): 100.00 zuzuordnen oder zu verwerfen');
    expect(r.offen[1].grund).toBe('Keine RF-Referenz, Rechnungsnummer oder Aktenzeichen erkannt');
    expect(r.ignoriert.map((b: any) => [b.bankReferenz, b.grund])).toEqual([
      ['B-008', 'Abgang (Lastschrift): nur eingehende Zahlungen werden gebucht'],
      ['B-009', 'Fremdwährung USD: nur Euro wird gebucht'],
      ['B-010', 'Storno einer früheren Buchung der Bank: nicht gebucht (eine gebuchte Zahlung wird von Hand storniert)'],
    ]);
    expect(r.bereitsBekannt).toEqual([]);

    // Ordinary payments: the notes' open amounts and the Schuldnerstand (1 000.00 − 300.00 − 100.00).
    expect(await lies(n1.id)).toMatchObject({ zahlungsstatus: 'BEZAHLT', offenerBetrag: '0.00', bezahlterBetrag: '1200.00' });
    expect(await lies(n2.id)).toMatchObject({ zahlungsstatus: 'BEZAHLT', offenerBetrag: '0.00', bezahlterBetrag: '600.00' });
    expect(await lies(n3.id)).toMatchObject({ zahlungsstatus: 'OFFEN', offenerBetrag: '240.00' });
    expect((await stand()).schuldnerstand).toMatchObject({ kapital: '600.00', gesamt: '600.00', bezahlt: '400.00' });
    expect((await queue()).totalCount).toBe(5);

    // The same file again: every entry already known, nothing booked twice.
    const wieder = await importiereOk(datei);
    expect(wieder.import).toMatchObject({ anzahlGebucht: 0, anzahlVorschlag: 0, anzahlOffen: 0, anzahlBekannt: 12, anzahlIgnoriert: 0 });
    expect(wieder.gebucht).toEqual([]);
    expect(wieder.bereitsBekannt).toHaveLength(12);
    expect(await lies(n1.id)).toMatchObject({ offenerBetrag: '0.00', honorarzahlungen: [{ betrag: '1200.00' }] });
    expect((await stand()).zahlungen).toHaveLength(2);
    expect((await stand()).schuldnerstand).toMatchObject({ gesamt: '600.00', bezahlt: '400.00' });
    expect((await queue(admin, ALLE)).totalCount).toBe(12);

    // An overlapping statement: the known entry is left alone, the new one booked.
    const weiter = await importiereOk(camt053(IBAN, [eintraege[1]!, { ref: 'B-011', betrag: '50.00', rf: gegnerRf, buchungsdatum: '2026-12-02' }], 'STMT-2026-12-02'));
    expect(weiter.import).toMatchObject({ anzahlGebucht: 1, anzahlBekannt: 1 });
    expect((await stand()).schuldnerstand).toMatchObject({ gesamt: '550.00', bezahlt: '450.00' });
  });

  it('MT940 (STUZZA): the note and the Akt by their RF references, the same file twice books once', async () => {
    const n1 = await note('1000.00');
    const mt940 = [
      ':20:STMT0001', ':25:19043/00234573201', ':28C:00001/001', ':60F:C261130EUR10000,00',
      ':61:2612011201CR1200,00NTRFNONREF//MT-0001', `:86:166?00GUTSCHRIFT SEPA?20${n1.rfReferenz}?21Honorar?32Holzbau Gruber GmbH`,
      ':61:2612011201CR300,00NTRFNONREF//MT-0002', `:86:166?00GUTSCHRIFT SEPA?20${gegnerRf}?32J?rg S?umig`,
      ':61:2612011201DR80,00NCHGNONREF//MT-0003', ':86:Kontoführung',
      ':62F:C261201EUR11420,00', '-',
    ].join('\r\n');
    const a = await t.gql(admin, IMPORT, { i: { format: 'MT940', datei: mt940 } });
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data.r.import).toMatchObject({ format: 'MT940', kontoIban: 'AT611904300234573201', anzahlGebucht: 2, anzahlIgnoriert: 1, anzahlBekannt: 0 });
    expect(await lies(n1.id)).toMatchObject({ zahlungsstatus: 'BEZAHLT', offenerBetrag: '0.00' });
    expect((await stand()).schuldnerstand).toMatchObject({ gesamt: '700.00', bezahlt: '300.00' });
    const b = await t.gql(admin, IMPORT, { i: { format: 'MT940', datei: mt940 } });
    expect(b.body.data.r.import).toMatchObject({ anzahlGebucht: 0, anzahlBekannt: 3 });
    expect((await stand()).schuldnerstand).toMatchObject({ gesamt: '700.00', bezahlt: '300.00' });
    // A broken :61: line: the error names the line.
    const c = await t.gql(admin, IMPORT, { i: { format: 'MT940', datei: mt940.replace(':61:2612011201CR300,00', ':61:26120CR300,00') } });
    expect(c.body.errors?.[0]?.extensions).toMatchObject({ code: 'KONTOAUSZUG_FORMAT' });
    expect(c.body.errors?.[0]?.extensions?.fundstelle).toMatch(/Zeile 7/);
  });

  it('proposals are accepted, queued entries assigned by hand or dismissed with a reason', async () => {
    const n1 = await note('1000.00');
    const n3 = await note('200.00');
    const r = await importiereOk(camt053(IBAN, [
      { ref: 'P-1', betrag: '240.00', text: `RE ${n3.nummer}`, zahler: 'Holzbau Gruber GmbH' },
      { ref: 'P-2', betrag: '25.00', text: 'Rest', zahler: 'Anna Ärger' },
      { ref: 'P-3', betrag: '50.00', text: 'Spende' },
      { ref: 'P-4', betrag: '1300.00', text: `RE ${n1.nummer}` },
    ]));
    // A number whose note cannot take the amount is queued with why, not proposed.
    expect(r.offen.find((b: any) => b.bankReferenz === 'P-4').grund).toBe('Rechnungsnummer 2026-0001 im Verwendungszweck, aber offen sind 1200.00, nicht 1300.00');
    const [vorschlag] = r.vorgeschlagen;
    const rest = r.offen.find((b: any) => b.bankReferenz === 'P-2');
    const spende = r.offen.find((b: any) => b.bankReferenz === 'P-3');

    // Role: a SACHBEARBEITER may neither import nor decide.
    expect(await zuordnen({ buchungId: vorschlag.id }, sb)).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await verwerfen({ buchungId: spende.id, grund: 'x' }, sb)).toMatchObject({ __typename: 'ForbiddenError' });
    expect((await importiere(camt053(IBAN, [{ ref: 'X', betrag: '1.00' }]), sb)).body.data.r.__typename).toBe('ForbiddenError');

    expect(await zuordnen({ buchungId: vorschlag.id }, anwalt)).toMatchObject({ __typename: 'BuchungZuordnenPayload', bankbuchung: { status: 'GEBUCHT', honorarnote: { id: n3.id }, honorarzahlung: { betrag: '240.00' } } });
    expect(await lies(n3.id)).toMatchObject({ zahlungsstatus: 'BEZAHLT', offenerBetrag: '0.00' });
    expect(await zuordnen({ buchungId: vorschlag.id })).toMatchObject({ __typename: 'ValidationError', field: 'buchungId', message: 'buchungId: Die Bankbuchung ist schon gebucht: nichts mehr zuzuordnen' });
    // No proposal, no target: refused; more than is open on a note: refused, nothing written.
    expect(await zuordnen({ buchungId: rest.id })).toMatchObject({ __typename: 'ValidationError', field: 'honorarnoteId' });
    expect(await zuordnen({ buchungId: rest.id, honorarnoteId: n3.id })).toMatchObject({ __typename: 'ValidationError', field: 'betrag' });
    expect(await zuordnen({ buchungId: rest.id, aktId: inkasso })).toMatchObject({ bankbuchung: { status: 'GEBUCHT', akt: { id: inkasso }, zahlung: { betrag: '25.00', datum: '2026-12-01' } } });
    expect((await stand()).schuldnerstand).toMatchObject({ gesamt: '975.00', bezahlt: '25.00' });

    expect(await verwerfen({ buchungId: spende.id, grund: '  ' })).toMatchObject({ __typename: 'ValidationError', field: 'grund' });
    expect(await verwerfen({ buchungId: spende.id, grund: 'Fehlüberweisung, zurücküberwiesen' })).toMatchObject({ bankbuchung: { status: 'VERWORFEN', grund: 'Fehlüberweisung, zurücküberwiesen' } });
    expect(await verwerfen({ buchungId: spende.id, grund: 'nochmal' })).toMatchObject({ __typename: 'ValidationError', field: 'buchungId' });
    expect((await queue()).nodes.map((b: any) => b.bankReferenz)).toEqual(['P-4']);
    expect((await queue(admin, ['VERWORFEN'])).nodes.map((b: any) => b.bankReferenz)).toEqual(['P-3']);
  });

  it('a malformed file is a typed error naming the element, a foreign account is refused: nothing written', async () => {
    const n1 = await note('1000.00');
    const kaputt = camt053(IBAN, [{ ref: 'K-1', betrag: '1200.00', rf: n1.rfReferenz }]).replace('<AcctSvcrRef>K-1</AcctSvcrRef>', '');
    const a = await importiere(kaputt);
    expect(a.body.errors?.[0]?.extensions?.code).toBe('KONTOAUSZUG_FORMAT');
    expect(a.body.errors?.[0]?.extensions?.fundstelle).toMatch(/Ntry/);
    const b = await importiere('<Document><nicht');
    expect(b.body.errors?.[0]?.extensions?.code).toBe('KONTOAUSZUG_FORMAT');

    const fremd = await importiere(camt053('AT48 3200 0000 1234 5864', [{ ref: 'F-1', betrag: '1200.00', rf: n1.rfReferenz }]));
    expect(fremd.body.errors?.[0]).toMatchObject({ extensions: { code: 'KONTOAUSZUG_FREMDES_KONTO', kontoIban: 'AT483200000012345864' } });
    expect((await queue(admin, ALLE)).totalCount).toBe(0);
    expect(await lies(n1.id)).toMatchObject({ offenerBetrag: '1200.00', honorarzahlungen: [] });
  });

  it('the bookings emit the ordinary webhook events (zahlung.erfasst, honorarzahlung.erfasst, honorarnote.bezahlt)', async () => {
    const n1 = await note('1000.00');
    const { id: kanzleiId } = await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Alpha' } });
    await t.db.prisma.webhook.create({ data: { kanzleiId, url: 'https://example.invalid/hook', ereignisse: ['zahlung.erfasst', 'honorarzahlung.erfasst', 'honorarnote.bezahlt'], secret: 'whsec_test' } });
    const r = await importiereOk(camt053(IBAN, [
      { ref: 'W-1', betrag: '1000.00', rf: n1.rfReferenz },
      { ref: 'W-2', betrag: '200.00', rf: n1.rfReferenz },
      { ref: 'W-3', betrag: '12.50', rf: gegnerRf },
    ]));
    const ereignisse = await t.db.prisma.webhookEreignis.findMany({ where: { kanzleiId }, select: { typ: true, daten: true } });
    const typen = ereignisse.map((e) => e.typ).sort();
    expect(typen).toEqual(['honorarnote.bezahlt', 'honorarzahlung.erfasst', 'honorarzahlung.erfasst', 'zahlung.erfasst']);
    expect(ereignisse.find((e) => e.typ === 'zahlung.erfasst')!.daten).toMatchObject({ id: r.gebucht[2].zahlung.id, betrag: '12.50' });
    expect(ereignisse.find((e) => e.typ === 'honorarnote.bezahlt')!.daten).toMatchObject({ id: n1.id, offenerBetrag: '0.00' });
  });

  it('GDPR erasure of a Person erases them as payer of bank entries, in the table and in the audit trail', async () => {
    const anna = await createPerson(t, admin, { kurzbezeichnung: 'AA', name: 'Anna Ärger' });
    const r = await importiereOk(camt053(IBAN, [
      { ref: 'G-1', tx: [{ betrag: '25.00', text: 'Rückzahlung Anna', zahler: 'Anna Ärger', zahlerIban: 'AT483200000012345864' }, { betrag: '5.00', text: 'x', zahler: 'Bert Bleibt' }] },
    ]));
    const [annas, berts] = r.offen;
    // A decision on the entry is in the trail, with its values (the reason names her).
    expect(await verwerfen({ buchungId: annas.id, grund: 'Zurück an Anna Ärger' })).toMatchObject({ bankbuchung: { status: 'VERWORFEN' } });
    expect(JSON.stringify(await t.db.prisma.auditEntry.findMany({ where: { entityId: annas.id }, select: { changes: true } }))).toContain('Anna Ärger');
    const e = await t.data(admin, `mutation($p: ID!) { r: loeschePersonendaten(input: { personId: $p }) { __typename } }`, { p: anna });
    expect(e.r.__typename).toBe('LoeschePersonendatenPayload');
    const nachher = (await queue(admin, ALLE)).nodes;
    expect(nachher.find((b: any) => b.id === annas.id)).toMatchObject({ zahlerName: 'anonymisiert', verwendungszweck: null, grund: 'anonymisiert', betrag: '25.00', bankReferenz: 'G-1' });
    expect(nachher.find((b: any) => b.id === berts.id)).toMatchObject({ zahlerName: 'Bert Bleibt' });
    const spur = JSON.stringify(await t.db.prisma.auditEntry.findMany({ where: { entityId: annas.id }, select: { changes: true } }));
    expect(spur).not.toContain('Anna Ärger');
    expect(spur).not.toContain('AT483200000012345864');
  });

  it('another office sees none of it, and its RF references do not find this office’s notes', async () => {
    const n1 = await note('1000.00');
    await importiereOk(camt053(IBAN, [{ ref: 'O-1', betrag: '10.00', text: 'x' }]));
    const [eigene] = (await queue()).nodes;
    const beta = await t.key('Beta', 'BA', 'ADMIN');
    expect((await queue(beta, ALLE)).totalCount).toBe(0);
    expect(await zuordnen({ buchungId: eigene.id, aktId: inkasso }, beta)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await verwerfen({ buchungId: eigene.id, grund: 'x' }, beta)).toMatchObject({ __typename: 'NotFoundError' });
    // Beta's own statement (same test IBAN) paying Alpha's note reference: Beta has no such note.
    const r = await importiereOk(camt053(IBAN, [{ ref: 'O-1', betrag: '1200.00', rf: n1.rfReferenz }]), beta);
    expect(r.import).toMatchObject({ anzahlGebucht: 0, anzahlOffen: 1, anzahlBekannt: 0 });
    expect(r.offen[0].grund).toBe(`RF-Referenz ${n1.rfReferenz}: keine Honorarnote 2026-0001 in der Kanzlei`);
    expect(await lies(n1.id)).toMatchObject({ offenerBetrag: '1200.00' });
  });
});
