// GET /dokumente/honorarnote/<id>.pdf renders a proper invoice; its text is read back with pdf.js.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { euro } from '../server/dokumente/honorarnotePdf.js';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { pdfText } from './support/pdfText.js';
import { testServer, type TestServer } from './support/testServer.js';


let t: TestServer;
let key: string;


const get = (path: string, k: string | null) =>
  createApp({ prisma: t.db.prisma }).fetch(`http://yoga${path}`, { headers: k ? { authorization: `Bearer ${k}` } : {} });

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Kanzlei Dr. Huber', 'HU');
});
afterEach(() => t.close());

describe('Honorarnote as PDF', () => {
  it('formats amounts the Austrian way', () => {
    expect([euro('1234.5'), euro('683.88'), euro('-1170.00'), euro('1234567.89')]).toEqual(['1.234,50', '683,88', '-1.170,00', '1.234.567,89']);
  });

  it('shows letterhead with UID, client address, number, date, lines, VAT breakdown, total and payment terms', async () => {
    await t.data(key, `mutation { updateKanzlei(input: { anschrift: "Graben 1, 1010 Wien", uid: "ATU12345678", iban: "AT61 1904 3002 3457 3201", zahlungszielTage: 14 }) { __typename } }`);
    const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Holzbau Gruber GmbH', strasse: 'Sägewerkstraße 4', plz: '4020', ort: 'Linz' });
    const akt = await createAkt(t, key, { aktenzeichen: '2026/0042', bezeichnung: 'x', klientId: klient });
    await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: '3A', text: 'Klage', verdienst: '208.20', einheitssatz: '124.92', streitgenossenzuschlag: '33.31', barauslagenUstPflichtig: '4.30' });
    await createLeistung(t, key, { aktId: akt, datum: '2026-10-05', kuerzel: 'X', text: 'Pauschalgebühr', verdienst: '100.00', barauslagenUstFrei: '12.00', barauslagenDurchlaufer: '1107.00' });
    const note = (await t.data(key, `mutation($a: ID!) { r: erstelleHonorarnote(input: { aktId: $a, datum: "2026-11-26" }) { ... on ErstelleHonorarnotePayload { honorarnote { id nummer brutto } } } }`, { a: akt })).r.honorarnote;
    // ustBasis 470.73, USt 94.15, brutto 470.73 + 94.15 + 12.00 + 1 107.00 = 1 683.88
    expect(note.brutto).toBe('1683.88');

    const res = await get(`/dokumente/honorarnote/${note.id}.pdf`, key);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="Honorarnote-2026-0001.pdf"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = await pdfText(bytes);
    for (const expected of [
      'Kanzlei Dr. Huber', 'Graben 1, 1010 Wien', 'UID: ATU12345678',
      'Holzbau Gruber GmbH', 'Sägewerkstraße 4', '4020 Linz',
      'Honorarnote Nr. 2026-0001', 'Datum: 26.11.2026', 'Akt: 2026/0042',
      'Klage Verdienst 208,20', 'Verdienst 208,20, ES 124,92, Streitgenossenzuschlag 33,31', '366,43',
      'Pauschalgebühr', '100,00',
      'Bemessungsgrundlage 20 % USt', '470,73', '20 % USt', '94,15', 'Barauslagen USt-frei', '12,00',
      'Durchlaufende Posten (Gerichtsgebühren)', '1.107,00', 'Gesamtbetrag EUR', '1.683,88',
      'Zahlbar bis 10.12.2026 ohne Abzug auf IBAN AT61 1904 3002 3457 3201',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('needs the same API key, and shows only the own office’s notes', async () => {
    const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'K', strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' });
    const akt = await createAkt(t, key, { aktenzeichen: '1', bezeichnung: 'x', klientId: klient });
    await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', verdienst: '1.00' });
    const { id } = (await t.data(key, `mutation($a: ID!) { r: erstelleHonorarnote(input: { aktId: $a }) { ... on ErstelleHonorarnotePayload { honorarnote { id } } } }`, { a: akt })).r.honorarnote;
    expect((await get(`/dokumente/honorarnote/${id}.pdf`, null)).status).toBe(401);
    const other = await t.key('Andere Kanzlei', 'AK');
    expect((await get(`/dokumente/honorarnote/${id}.pdf`, other)).status).toBe(404);
    expect((await get(`/dokumente/honorarnote/nicht-da.pdf`, key)).status).toBe(404);
  });
});
