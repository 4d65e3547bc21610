// Payments from the debtor: allocation in both orders, partial payments, overpayment, the
// client's share, reversal, Schuldnerstand on several dates, open instalments. All by hand:
// interest = capital × rate × days / 365, to the cent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAkt, createForderung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let akt: string;
let f1: string;

const STAND = `query($id: ID!, $s: Date) { akt(id: $id) { schuldnerstand(stichtag: $s) { stichtag kapital zinsen kosten barauslagenKlient gesamt bezahlt ueberzahlung anKlient
  zahlungen { datum betrag ueberzahlung anKlient anrechnungen { art kostenArt betrag } } } } }`;
const stand = async (s: string) => (await t.data(key, STAND, { id: akt, s })).akt.schuldnerstand;
const zahle = async (betrag: string, datum: string) =>
  (await t.data(key, `mutation($i: ErfasseZahlungInput!) { r: erfasseZahlung(input: $i) { __typename ... on ErfasseZahlungPayload { zahlung { id } } ... on ValidationError { field message } } }`, { i: { aktId: akt, betrag, datum } })).r;

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  const k = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'K' });
  const g = await createPerson(t, key, { kurzbezeichnung: 'G', name: 'G' });
  akt = await createAkt(t, key, { aktenzeichen: '1', bezeichnung: 'x', klientId: k, gegnerIds: [g] });
  f1 = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', bezeichnung: 'Rechnung 1', betrag: '1000.00', faelligAm: '2025-12-31', zinssatz: '4', zinsenAb: '2026-01-01' });
  await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', bezeichnung: 'Rechnung 2', betrag: '500.00', faelligAm: '2026-02-01' });
  // Costs 262.00: Durchlaufer 50.00, fee 100.00 + ES 60.00 + USt 32.00 = 192.00, Barauslagen Klient 20.00; § 54a from 1 March.
  await t.data(key, `mutation($i: CreateTitelInput!) { createTitel(input: $i) { __typename } }`, {
    i: { aktId: akt, datum: '2026-03-01', beschlussart: 'URTEIL', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-04-01', verdienst: '100.00', einheitssatz: '60.00', barauslagenDurchlaufer: '50.00', barauslagenKlient: '20.00' },
  });
});
afterEach(() => t.close());

describe('Schuldnerstand', () => {
  it('before any payment: capital, interest to the day, costs', async () => {
    // F1: 1000 × 4 % × 89/365 = 9.75. § 54a: none yet, the Urteil is enforceable from 1 April (costs
    // paid before then bear no interest).
    expect(await stand('2026-03-31')).toMatchObject({ kapital: '1500.00', zinsen: '9.75', kosten: '262.00', barauslagenKlient: '20.00', gesamt: '1771.75', bezahlt: '0.00', zahlungen: [] });
    // On 1 April: F1 1000 × 4 % × 90/365 = 9.86; § 54a from the decision date on the 262.00 open
    // that day: 262 × 4 % × 31/365 = 0.89. 1500 + 9.86 + 0.89 + 262 = 1772.75.
    expect(await stand('2026-04-01')).toMatchObject({ kapital: '1500.00', zinsen: '10.75', kosten: '262.00', gesamt: '1772.75' });
  });

  it('costs, then interest, then capital; partial payments; overpayment; the client’s share', async () => {
    await zahle('300.00', '2026-04-01');
    await zahle('1500.00', '2026-07-01');
    const s = await stand('2026-12-31');
    // 1 Apr: interest F1 90 days 9.86, § 54a 31 days 0.89. 300 → Durchlaufer 50, fee 192, Klient 20,
    // interest 9.86 + 0.89, capital F1 27.25 (F1 open 972.75).
    expect(s.zahlungen[0]).toEqual({
      datum: '2026-04-01', betrag: '300.00', ueberzahlung: '0.00', anKlient: '20.00',
      anrechnungen: [
        { art: 'KOSTEN', kostenArt: 'BARAUSLAGEN_USTFREI', betrag: '50.00' },
        { art: 'KOSTEN', kostenArt: 'HONORAR', betrag: '192.00' },
        { art: 'KOSTEN', kostenArt: 'BARAUSLAGEN_KLIENT', betrag: '20.00' },
        { art: 'ZINSEN', kostenArt: null, betrag: '9.86' },
        { art: 'ZINSEN', kostenArt: null, betrag: '0.89' },
        { art: 'KAPITAL', kostenArt: null, betrag: '27.25' },
      ],
    });
    // 1 Jul: interest on 972.75 for 91 days = 9.70; then F1 972.75, F2 500.00; 17.55 too much.
    expect(s.zahlungen[1]).toEqual({
      datum: '2026-07-01', betrag: '1500.00', ueberzahlung: '17.55', anKlient: '0.00',
      anrechnungen: [
        { art: 'ZINSEN', kostenArt: null, betrag: '9.70' },
        { art: 'KAPITAL', kostenArt: null, betrag: '972.75' },
        { art: 'KAPITAL', kostenArt: null, betrag: '500.00' },
      ],
    });
    expect(s).toMatchObject({ kapital: '0.00', zinsen: '0.00', kosten: '0.00', gesamt: '0.00', bezahlt: '1800.00', ueberzahlung: '17.55', anKlient: '20.00' });
    // Between the payments: 972.75 × 4 % × 30/365 = 3.20
    expect(await stand('2026-05-01')).toMatchObject({ kapital: '1472.75', zinsen: '3.20', kosten: '0.00', gesamt: '1475.95', bezahlt: '300.00' });
  });

  it('§ 1416 ABGB order: interest, then capital, then costs', async () => {
    await t.data(key, `mutation($a: ID!) { updateAkt(input: { id: $a, version: 1, zahlungsreihenfolge: ZINSEN_KAPITAL_KOSTEN }) { __typename } }`, { a: akt });
    await zahle('300.00', '2026-04-01');
    const s = await stand('2026-04-01');
    expect(s.zahlungen[0].anrechnungen).toEqual([
      { art: 'ZINSEN', kostenArt: null, betrag: '9.86' },
      { art: 'ZINSEN', kostenArt: null, betrag: '0.89' },
      { art: 'KAPITAL', kostenArt: null, betrag: '289.25' },
    ]);
    expect(s).toMatchObject({ kapital: '1210.75', zinsen: '0.00', kosten: '262.00', anKlient: '0.00' });
  });

  it('a reversed payment no longer counts; it stays on record and cannot be reversed twice', async () => {
    await zahle('300.00', '2026-04-01');
    const p2 = (await zahle('1500.00', '2026-07-01')).zahlung.id;
    const storno = (grund: string) =>
      t.data(key, `mutation($id: ID!, $g: String!) { r: stornoZahlung(input: { id: $id, grund: $g }) { __typename ... on StornoZahlungPayload { zahlung { storniertAm stornoGrund } } ... on ValidationError { field message } } }`, { id: p2, g: grund });
    expect((await storno(' ')).r).toMatchObject({ __typename: 'ValidationError', field: 'grund' });
    expect((await storno('falsches Konto')).r.zahlung).toMatchObject({ stornoGrund: 'falsches Konto', storniertAm: expect.stringMatching(/^\d{4}-/) });
    expect((await storno('nochmal')).r).toMatchObject({ __typename: 'ValidationError', message: expect.stringMatching(/schon storniert/) });
    // Only the first payment: 972.75 × 4 % × 274/365 = 29.21 to the end of the year.
    expect(await stand('2026-12-31')).toMatchObject({ kapital: '1472.75', zinsen: '29.21', kosten: '0.00', gesamt: '1501.96', bezahlt: '300.00', ueberzahlung: '0.00' });
    const list = (await t.data(key, `query($id: ID!) { akt(id: $id) { zahlungen { betrag storniertAm } } }`, { id: akt })).akt.zahlungen;
    expect(list.map((z: any) => [z.betrag, z.storniertAm !== null])).toEqual([['300.00', false], ['1500.00', true]]);
  });

  it('refuses bad payments and other offices', async () => {
    expect(await zahle('0', '2026-04-01')).toMatchObject({ __typename: 'ValidationError', field: 'betrag' });
    expect(await zahle('-5.00', '2026-04-01')).toMatchObject({ __typename: 'ValidationError', field: 'betrag' });
    expect(await zahle('1.001', '2026-04-01')).toMatchObject({ __typename: 'ValidationError', field: 'betrag' });
    const beta = await t.key('Beta', 'BE');
    const r = await t.data(beta, `mutation($a: ID!) { r: erfasseZahlung(input: { aktId: $a, betrag: "1.00", datum: "2026-01-01" }) { __typename } }`, { a: akt });
    expect(r.r.__typename).toBe('NotFoundError');
    expect(await t.db.prisma.zahlung.count()).toBe(0);
  });
});

describe('§ 54a interest and enforceability; costs awarded after a payment (issue 16.2, 16.3)', () => {
  const neuerAkt = async (aktenzeichen: string) => {
    const k = await createPerson(t, key, { kurzbezeichnung: `K${aktenzeichen}`, name: `K${aktenzeichen}` });
    akt = await createAkt(t, key, { aktenzeichen, bezeichnung: 'x', klientId: k });
  };
  // Zahlungsbefehl of 10 Feb 2026, enforceable (Vollstreckbarkeitsbestätigung) 16 Mar 2026; costs
  // Verdienst 1000.00 + USt 200.00 = 1200.00.
  const zahlungsbefehl = () =>
    t.data(key, `mutation($i: CreateTitelInput!) { createTitel(input: $i) { __typename } }`, {
      i: { aktId: akt, datum: '2026-02-10', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-03-16', verdienst: '1000.00' },
    });

  it('costs paid in full before the decision is enforceable bear no § 54a interest', async () => {
    await neuerAkt('2');
    await zahlungsbefehl();
    await zahle('1200.00', '2026-02-11');
    const s = await stand('2026-06-30');
    expect(s.zahlungen[0].anrechnungen).toEqual([{ art: 'KOSTEN', kostenArt: 'HONORAR', betrag: '1200.00' }]);
    // Before: 1200 × 4 % × 1/365 = 0.13 stayed open as interest.
    expect(s).toMatchObject({ kapital: '0.00', zinsen: '0.00', kosten: '0.00', gesamt: '0.00', ueberzahlung: '0.00' });
  });

  it('paid in part before: the part still open on the day it is enforceable bears interest from the decision date', async () => {
    await neuerAkt('3');
    await zahlungsbefehl();
    await zahle('600.00', '2026-02-11');
    // Before enforceability nothing is owed on the costs.
    expect(await stand('2026-03-15')).toMatchObject({ zinsen: '0.00', kosten: '600.00', gesamt: '600.00' });
    // 10 Feb → 16 Mar = 18 + 16 = 34 days on the 600.00 open: 600 × 4 % × 34/365 = 816/365 = 2.24;
    // 16 Mar → 15 Apr = 30 days: 600 × 4 % × 30/365 = 720/365 = 1.97. Together 4.21.
    expect(await stand('2026-04-15')).toMatchObject({ zinsen: '4.21', kosten: '600.00', gesamt: '604.21' });
    // Before: 1200 × 4 % × 1/365 = 0.13, then 600 × 4 % × 63/365 = 4.14: 4.27.
  });

  it('a payment is not allocated to costs awarded after it', async () => {
    await neuerAkt('4');
    await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', bezeichnung: 'Rechnung', betrag: '1000.00', faelligAm: '2025-01-01' });
    await zahle('200.00', '2025-02-01');
    await t.data(key, `mutation($i: CreateTitelInput!) { createTitel(input: $i) { __typename } }`, {
      i: { aktId: akt, datum: '2025-03-01', beschlussart: 'KOSTENTITEL', gericht: 'BGHS WIEN', barauslagenUstFrei: '100.00' },
    });
    const s = await stand('2025-04-01');
    // On 1 Feb no costs existed: all 200 go to capital (before: 100 costs + 100 capital).
    expect(s.zahlungen[0].anrechnungen).toEqual([{ art: 'KAPITAL', kostenArt: null, betrag: '200.00' }]);
    // The Forderung bears no interest; the Kostentitel (no Vollstreckbarkeitsbestätigung needed, so
    // enforceable from its date) § 54a from 1 Mar: 100 × 4 % × 31/365 = 124/365 = 0.34.
    // 800.00 + 100.00 + 0.34 = 900.34.
    expect(s).toMatchObject({ kapital: '800.00', kosten: '100.00', zinsen: '0.34', gesamt: '900.34', bezahlt: '200.00' });
    // Before the Kostentitel its costs are not owed yet.
    expect(await stand('2025-02-15')).toMatchObject({ kapital: '800.00', kosten: '0.00', zinsen: '0.00', gesamt: '800.00' });
  });
});

describe('Ratenvereinbarung', () => {
  it('payments cover the instalments in order; the rest are open, overdue after their date', async () => {
    await t.data(key, `mutation($a: ID!) { setRatenvereinbarung(input: { aktId: $a, rate: "100.00", anzahl: 5, ersteFaelligkeit: "2026-01-31" }) { __typename } }`, { a: akt });
    await zahle('250.00', '2026-03-15');
    const q = `query($id: ID!, $s: Date) { akt(id: $id) { offeneRaten(stichtag: $s) { nummer faelligAm betrag bezahlt offen ueberfaellig } } }`;
    // 250 pays instalments 1 and 2 and half of 3; month ends roll: 31 Jan, 28 Feb, 31 Mar, 30 Apr, 31 May.
    expect((await t.data(key, q, { id: akt, s: '2026-04-15' })).akt.offeneRaten).toEqual([
      { nummer: 3, faelligAm: '2026-03-31', betrag: '100.00', bezahlt: '50.00', offen: '50.00', ueberfaellig: true },
      { nummer: 4, faelligAm: '2026-04-30', betrag: '100.00', bezahlt: '0.00', offen: '100.00', ueberfaellig: false },
      { nummer: 5, faelligAm: '2026-05-31', betrag: '100.00', bezahlt: '0.00', offen: '100.00', ueberfaellig: false },
    ]);
    // Before the payment only the schedule counts.
    expect((await t.data(key, q, { id: akt, s: '2026-02-01' })).akt.offeneRaten.map((r: any) => [r.nummer, r.ueberfaellig])).toEqual([[1, true], [2, false], [3, false], [4, false], [5, false]]);
  });
});
