// Billing: Honorarnote figures by hand, gapless numbers under concurrency, Storno, and the
// Beschlusskostennote.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let klient: string;
let akt: string;

const NOTE = `id art nummer datum faelligAm empfaengerName empfaengerAnschrift verdienst einheitssatz streitgenossenzuschlag barauslagenUstPflichtig
  barauslagenUstFrei barauslagenDurchlaufer ustBasis ust brutto positionen { reihenfolge kuerzel verdienst barauslagenDurchlaufer } stornoVon { nummer } storniertDurch { nummer } stornoGrund`;

const erstelle = async (input: object) =>
  (await t.data(key, `mutation($i: ErstelleHonorarnoteInput!) { r: erstelleHonorarnote(input: $i) { __typename
    ... on ErstelleHonorarnotePayload { honorarnote { ${NOTE} } } ... on ValidationError { field message } } }`, { i: { aktId: akt, datum: '2026-11-26', ...input } })).r;

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Holzbau Gruber GmbH', strasse: 'Sägewerkstraße 4', plz: '4020', ort: 'Linz' });
  akt = await createAkt(t, key, { aktenzeichen: '2026/0001', bezeichnung: 'x', klientId: klient });
});
afterEach(() => t.close());

describe('Honorarnote', () => {
  it('bills the open Leistungen with USt on fee, ES, SG and USt-pflichtige Barauslagen', async () => {
    const l1 = await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: '3A', verdienst: '208.20', einheitssatz: '124.92', streitgenossenzuschlag: '33.31', barauslagenUstPflichtig: '4.30' });
    const l2 = await createLeistung(t, key, { aktId: akt, datum: '2026-10-05', kuerzel: 'X', verdienst: '100.00', barauslagenUstFrei: '12.00', barauslagenDurchlaufer: '107.00' });
    // A Leistung made into a Titel is not billed to the client.
    const l3 = await createLeistung(t, key, { aktId: akt, datum: '2026-10-07', kuerzel: '2', verdienst: '50.00' });
    await t.data(key, `mutation($l: ID!) { createTitelFromLeistung(input: { leistungId: $l, datum: "2026-10-20", beschlussart: KOSTENTITEL, gericht: "BG LINZ" }) { __typename } }`, { l: l3 });

    const r = await erstelle({});
    expect(r.__typename).toBe('ErstelleHonorarnotePayload');
    // ustBasis 308.20 + 124.92 + 33.31 + 4.30 = 470.73; USt 94.146 → 94.15; brutto 470.73 + 94.15 + 12.00 + 107.00 = 683.88
    expect(r.honorarnote).toMatchObject({
      art: 'RECHNUNG', nummer: '2026-0001', datum: '2026-11-26', faelligAm: '2026-12-10',
      empfaengerName: 'Holzbau Gruber GmbH', empfaengerAnschrift: 'Sägewerkstraße 4\n4020 Linz',
      verdienst: '308.20', einheitssatz: '124.92', streitgenossenzuschlag: '33.31', barauslagenUstPflichtig: '4.30',
      barauslagenUstFrei: '12.00', barauslagenDurchlaufer: '107.00', ustBasis: '470.73', ust: '94.15', brutto: '683.88',
      positionen: [
        { reihenfolge: 1, kuerzel: '3A', verdienst: '208.20', barauslagenDurchlaufer: '0.00' },
        { reihenfolge: 2, kuerzel: 'X', verdienst: '100.00', barauslagenDurchlaufer: '107.00' },
      ],
      stornoVon: null, storniertDurch: null,
    });
    const leistungen = (await t.data(key, `query($id: ID!) { akt(id: $id) { leistungen { id honorarnote { nummer } gerichtlichBestimmt } } }`, { id: akt })).akt.leistungen;
    expect(leistungen).toEqual([
      { id: l1, honorarnote: { nummer: '2026-0001' }, gerichtlichBestimmt: false },
      { id: l2, honorarnote: { nummer: '2026-0001' }, gerichtlichBestimmt: false },
      { id: l3, honorarnote: null, gerichtlichBestimmt: true },
    ]);
    // Nothing left to bill; a gerichtlich bestimmte Leistung cannot be billed by name either.
    expect(await erstelle({})).toMatchObject({ __typename: 'ValidationError', field: 'aktId' });
    expect(await erstelle({ leistungIds: [l3] })).toMatchObject({ __typename: 'ValidationError', field: 'leistungIds', message: expect.stringMatching(/Gerichtlich bestimmt/) });
    expect(await erstelle({ leistungIds: [l1] })).toMatchObject({ __typename: 'ValidationError', field: 'leistungIds', message: expect.stringMatching(/Schon verrechnet/) });
  });

  it('Storno: a credit note with its own number and negated amounts frees the Leistungen; numbers stay gapless', async () => {
    await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', verdienst: '100.00', barauslagenDurchlaufer: '50.00' });
    const first = (await erstelle({})).honorarnote;
    expect([first.nummer, first.brutto]).toEqual(['2026-0001', '170.00']); // 100 + 20 USt + 50
    const storno = async (id: string) =>
      (await t.data(key, `mutation($id: ID!) { r: stornoHonorarnote(input: { id: $id, grund: "falscher Empfänger" }) { __typename
        ... on StornoHonorarnotePayload { honorarnote { ${NOTE} } } ... on ValidationError { message } } }`, { id })).r;
    const g = (await storno(first.id)).honorarnote;
    const jahr = new Date().getUTCFullYear();
    expect(g).toMatchObject({
      art: 'STORNORECHNUNG', nummer: `${jahr}-${jahr === 2026 ? '0002' : '0001'}`, verdienst: '-100.00', ust: '-20.00', barauslagenDurchlaufer: '-50.00', brutto: '-170.00',
      stornoVon: { nummer: '2026-0001' }, stornoGrund: 'falscher Empfänger', positionen: [{ reihenfolge: 1, kuerzel: 'X', verdienst: '-100.00', barauslagenDurchlaufer: '-50.00' }],
    });
    expect((await storno(first.id)).message).toMatch(/Schon storniert/);
    expect((await storno(g.id)).message).toMatch(/Stornorechnung wird nicht storniert/);
    // Freed: billed again on a new invoice.
    const again = (await erstelle({})).honorarnote;
    expect(again.brutto).toBe('170.00');
    const alle = (await t.data(key, `query($id: ID!) { akt(id: $id) { honorarnoten { nummer art storniertDurch { nummer } } } }`, { id: akt })).akt.honorarnoten;
    expect(alle.map((n: any) => n.art)).toEqual(['RECHNUNG', 'STORNORECHNUNG', 'RECHNUNG']);
    expect(alle[0].storniertDurch).toEqual({ nummer: g.nummer });
  });

  it('numbers are gapless and unique when several invoices are issued at once', async () => {
    const akten = await Promise.all(Array.from({ length: 6 }, async (_, i) => {
      const a = await createAkt(t, key, { aktenzeichen: `P/${i}`, bezeichnung: 'p', klientId: klient });
      await createLeistung(t, key, { aktId: a, datum: '2026-10-01', kuerzel: 'X', verdienst: `${i + 1}0.00` });
      return a;
    }));
    const results = await Promise.all(akten.map((aktId) =>
      t.data(key, `mutation($i: ErstelleHonorarnoteInput!) { r: erstelleHonorarnote(input: $i) { __typename ... on ErstelleHonorarnotePayload { honorarnote { nummer } } } }`, { i: { aktId, datum: '2026-11-26' } })));
    const nummern = results.map((r) => r.r.honorarnote.nummer).sort();
    expect(nummern).toEqual(['2026-0001', '2026-0002', '2026-0003', '2026-0004', '2026-0005', '2026-0006']);
    // A new year starts again at 1; another office has its own sequence.
    await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', verdienst: '1.00' });
    expect((await erstelle({ datum: '2027-01-02' })).honorarnote.nummer).toBe('2027-0001');
    const beta = await t.key('Beta', 'BE');
    const kb = await createPerson(t, beta, { kurzbezeichnung: 'K', name: 'K', strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' });
    const ab = await createAkt(t, beta, { aktenzeichen: '1', bezeichnung: 'b', klientId: kb });
    await createLeistung(t, beta, { aktId: ab, datum: '2026-10-01', kuerzel: 'X', verdienst: '1.00' });
    const nb = await t.data(beta, `mutation($a: ID!) { r: erstelleHonorarnote(input: { aktId: $a, datum: "2026-11-26" }) { ... on ErstelleHonorarnotePayload { honorarnote { nummer } } } }`, { a: ab });
    expect(nb.r.honorarnote.nummer).toBe('2026-0001');
    // … and cannot see or cancel office A's invoices.
    const [a1] = (await t.data(key, `query($id: ID!) { akt(id: $id) { honorarnoten { id } } }`, { id: akt })).akt.honorarnoten;
    expect((await t.data(beta, `query($id: ID!) { honorarnote(id: $id) { id } }`, { id: a1.id })).honorarnote).toBeNull();
    expect((await t.data(beta, `mutation($id: ID!) { r: stornoHonorarnote(input: { id: $id }) { __typename } }`, { id: a1.id })).r.__typename).toBe('NotFoundError');
  });
});

describe('Beschlusskostennote', () => {
  it('lists the awarded costs of every Titel, with the client’s Barauslagen separately', async () => {
    const titel = (input: object) =>
      t.data(key, `mutation($i: CreateTitelInput!) { createTitel(input: $i) { __typename } }`, { i: { aktId: akt, gericht: 'BG LINZ', vollstreckbarAm: '2026-06-15', ...input } });
    await titel({ datum: '2026-05-12', beschlussart: 'ZAHLUNGSBEFEHL', honorartext: 'Kosten des Zahlungsbefehls', geschaeftszahl: '12 C 345/26k', verdienst: '173.80', einheitssatz: '104.28', barauslagenDurchlaufer: '107.00' });
    await titel({ datum: '2026-06-01', beschlussart: 'BESCHLUSS', honorartext: 'Kosten des Zustellantrags', verdienst: '26.60', einheitssatz: '15.96', barauslagenKlient: '10.00' });
    const b = (await t.data(key, `query($id: ID!) { akt(id: $id) { beschlusskostennote { summe barauslagenKlient summeKanzlei
      titel { honorartext geschaeftszahl verdienst einheitssatz ust barauslagenDurchlaufer barauslagenKlient zugesprochen } } } }`, { id: akt })).akt.beschlusskostennote;
    // 173.80 + 104.28 + USt 55.62 + 107.00 = 440.70; 26.60 + 15.96 + USt 8.51 + 10.00 = 61.07
    expect(b).toEqual({
      summe: '501.77', barauslagenKlient: '10.00', summeKanzlei: '491.77',
      titel: [
        { honorartext: 'Kosten des Zahlungsbefehls', geschaeftszahl: '12 C 345/26k', verdienst: '173.80', einheitssatz: '104.28', ust: '55.62', barauslagenDurchlaufer: '107.00', barauslagenKlient: '0.00', zugesprochen: '440.70' },
        { honorartext: 'Kosten des Zustellantrags', geschaeftszahl: null, verdienst: '26.60', einheitssatz: '15.96', ust: '8.51', barauslagenDurchlaufer: '0.00', barauslagenKlient: '10.00', zugesprochen: '61.07' },
      ],
    });
  });
});
