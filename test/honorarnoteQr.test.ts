// The Honorarnote PDF carries "Zahlen mit Code": the EPC QR code is decoded from the rendered page
// (test/support/qrAusPdf.ts), never taken from what the server built, and every line is checked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { qrCodesAusPdf, textAusPdf } from './support/qrAusPdf.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;

const pdf = async (id: string) => {
  const res = await createApp({ prisma: t.db.prisma }).fetch(`http://yoga/dokumente/honorarnote/${id}.pdf`, { headers: { authorization: `Bearer ${key}` } });
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};

/** Issues the note of test/pdf.test.ts: brutto 1 683.88 (ustBasis 470.73, USt 94.15, USt-frei 12.00, Durchlaufer 1 107.00). */
async function note(): Promise<{ id: string; nummer: string; rfReferenz: string; brutto: string }> {
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Holzbau Gruber GmbH', strasse: 'Sägewerkstraße 4', plz: '4020', ort: 'Linz' });
  const akt = await createAkt(t, key, { aktenzeichen: '2026/0042', bezeichnung: 'x', klientId: klient });
  await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: '3A', text: 'Klage', verdienst: '208.20', einheitssatz: '124.92', streitgenossenzuschlag: '33.31', barauslagenUstPflichtig: '4.30' });
  await createLeistung(t, key, { aktId: akt, datum: '2026-10-05', kuerzel: 'X', text: 'Pauschalgebühr', verdienst: '100.00', barauslagenUstFrei: '12.00', barauslagenDurchlaufer: '1107.00' });
  return (await t.data(key, `mutation($a: ID!) { r: erstelleHonorarnote(input: { aktId: $a, datum: "2026-11-26" }) { ... on ErstelleHonorarnotePayload { honorarnote { id nummer rfReferenz brutto } } } }`, { a: akt })).r.honorarnote;
}

const zahle = (honorarnoteId: string, betrag: string) =>
  t.data(key, `mutation($i: ErfasseHonorarzahlungInput!) { r: erfasseHonorarzahlung(input: $i) { __typename } }`, { i: { honorarnoteId, betrag, bezahltAm: '2026-11-30' } });

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Kanzlei Dr. Huber', 'HU');
  await t.data(key, `mutation { updateKanzlei(input: { anschrift: "Graben 1, 1010 Wien", uid: "ATU12345678", iban: "AT61 1904 3002 3457 3201", bic: "BKAUATWW" }) { __typename } }`);
});
afterEach(() => t.close());

describe('Honorarnote PDF with the EPC QR code', () => {
  it('carries a code with every line right: version 002, BIC, office, IBAN without spaces, the open amount, the RF reference', async () => {
    const n = await note();
    // The reference by hand (ISO 11649): basis H2026000001; "H2026000001RF00" with H=17, R=27, F=15
    // is 172026000001271500; mod 97 = 43; check digits 98 − 43 = 55.
    expect(n.rfReferenz).toBe('RF55H2026000001');
    const bytes = await pdf(n.id);
    expect((await qrCodesAusPdf(bytes)).map((c) => c.split('\n'))).toEqual([[
      'BCD', '002', '1', 'SCT', 'BKAUATWW', 'Kanzlei Dr. Huber', 'AT611904300234573201', 'EUR1683.88', '', 'RF55H2026000001', '', 'Honorarnote 2026-0001',
    ]]);
    const text = textAusPdf(bytes).replace(/\s+/g, ' ');
    for (const s of ['Zahlen mit Code', 'IBAN: AT61 1904 3002 3457 3201 BIC: BKAUATWW', 'Zahlungsreferenz: RF55 H202 6000 001', 'Offener Betrag: EUR 1.683,88']) expect(text).toContain(s);
  });

  it('asks only for the rest after a partial payment, and carries no code once paid', async () => {
    const n = await note();
    expect((await zahle(n.id, '683.88')).r.__typename).toBe('ErfasseHonorarzahlungPayload');
    const [teil] = await qrCodesAusPdf(await pdf(n.id));
    // 1 683.88 − 683.88 = 1 000.00
    expect(teil!.split('\n')[7]).toBe('EUR1000.00');
    await zahle(n.id, '1000.00');
    const bezahlt = await pdf(n.id);
    expect(await qrCodesAusPdf(bezahlt)).toEqual([]);
    expect(textAusPdf(bezahlt)).not.toContain('Zahlen mit Code');
  });

  it('puts no code on a Stornorechnung nor on the note it cancels', async () => {
    const n = await note();
    const storno = (await t.data(key, `mutation($i: StornoHonorarnoteInput!) { r: stornoHonorarnote(input: $i) { ... on StornoHonorarnotePayload { honorarnote { id } } } }`, { i: { id: n.id, grund: 'Falscher Empfänger' } })).r.honorarnote;
    expect(await qrCodesAusPdf(await pdf(storno.id))).toEqual([]);
    expect(await qrCodesAusPdf(await pdf(n.id))).toEqual([]);
  });

  it('leaves the code out when the office had no IBAN at issue, and refuses a wrong IBAN at entry', async () => {
    const falsch = await t.gql(key, `mutation { r: updateKanzlei(input: { iban: "AT61 1904 3002 3457 3202" }) { __typename ... on ValidationError { message issues { message } } } }`);
    expect(JSON.stringify(falsch.body)).toContain('ist keine gültige IBAN');
    await t.data(key, `mutation { updateKanzlei(input: { iban: null }) { __typename } }`);
    const n = await note();
    expect(await qrCodesAusPdf(await pdf(n.id))).toEqual([]);
  });
});
