// The dunning letter (Mahnschreiben): every figure printed is checked against a value worked out
// by hand here (tariff tables, simple interest, the payment's allocation) and against what the API
// answers (Akt.mahnkosten, Akt.schuldnerstand) for the same date; the RF reference, the IBAN, the
// stufe after a recorded letter, the EPC QR code as a phone reads it from the rendered page, what
// was sent rendering identically later, tenancy, bad parameters, and the race on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAkt, createForderung, createPerson } from './support/fixtures.js';
import { createClient, DokumentError } from '../sdk/dist/index.js';
import { qrCodesAusPdf } from './support/qrAusPdf.js';
import { pdfText } from './support/pdfText.js';
import { testServer, type TestServer } from './support/testServer.js';



/** ISO 11649 from the documentation, with BigInt (as test/rfReferenz.test.ts). */
const zahl = (s: string) => BigInt([...s].map((c) => parseInt(c, 36).toString()).join(''));
const rf = (basis: string) => `RF${String(98n - (zahl(`${basis}RF00`) % 97n)).padStart(2, '0')}${basis}`;
const gruppen = (s: string) => s.replace(/(.{4})(?=.)/g, '$1 ');

const VERSENDEN = `mutation($i: MahnschreibenVersendenInput!) { r: mahnschreibenVersenden(input: $i) { __typename ... on Error { message } ... on ValidationError { field }
  ... on MahnschreibenVersendenPayload { mahnschreiben { id stufe bezeichnung gegnerPosition gegner { id } tarif datum faelligAm mahnkosten gesamt rfReferenz } } } }`;

let t: TestServer;
let key: string;
let fremd: string;
let akt: string;
let gegner: string[];
let leer: string;

const get = async (path: string, k: string | null = key) => {
  const res = await fetch(`${t.url.replace('/graphql', '')}${path}`, { headers: k ? { authorization: `Bearer ${k}` } : {} });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes: new Uint8Array(await res.arrayBuffer()) };
};
const fehler = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)).errors[0] as { message: string; extensions: { code: string; field?: string } };
const versenden = async (input: Record<string, unknown>, k = key) => (await t.data(k, VERSENDEN, { i: input })).r;

beforeAll(async () => {
  t = await testServer({}, {}, { overHttp: true });
  key = await t.key('Kanzlei Dr. Huber', 'HU');
  fremd = await t.key('Andere Kanzlei', 'AK');
  await t.data(key, `mutation { updateKanzlei(input: { bic: "BKAUATWW", zahlungszielTage: 14 }) { __typename } }`);
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Holzbau Gruber GmbH', strasse: 'Sägewerkstraße 4', plz: '4020', ort: 'Linz' });
  gegner = [
    await createPerson(t, key, { kurzbezeichnung: 'G1', name: 'Maximilian Schuldner', strasse: 'Mariahilfer Straße 12/3', plz: '1060', ort: 'Wien' }),
    await createPerson(t, key, { kurzbezeichnung: 'G2', name: 'Erika Schuldner', strasse: 'Mariahilfer Straße 12/3', plz: '1060', ort: 'Wien' }),
    await createPerson(t, key, { kurzbezeichnung: 'G3', name: 'Schuldner Bau OG', strasse: 'Ringstraße 1', plz: '8010', ort: 'Graz' }),
  ];
  akt = await createAkt(t, key, { aktenzeichen: '2026/0042', bezeichnung: 'Inkasso Schuldner', klientId: klient, gegnerIds: gegner });
  await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', bezeichnung: 'Rechnung 2025-117', betrag: '12345.67', zinssatz: '4', zinsenAb: '2026-01-01', faelligAm: '2026-01-01' });
  await createForderung(t, key, { aktId: akt, art: 'NEBENFORDERUNG', bezeichnung: 'Inkassospesen', betrag: '150.00', faelligAm: '2026-02-01' });
  await t.data(key, `mutation($a: ID!) { erfasseZahlung(input: { aktId: $a, betrag: "1000.00", datum: "2026-06-30" }) { __typename } }`, { a: akt });
  // An Akt whose only Forderung is paid in full: nothing to dun.
  leer = await createAkt(t, key, { aktenzeichen: '2026/0043', bezeichnung: 'Bezahlt', klientId: klient, gegnerIds: [gegner[0]] });
  await createForderung(t, key, { aktId: leer, art: 'HAUPTFORDERUNG', betrag: '100.00', faelligAm: '2026-01-01' });
  await t.data(key, `mutation($a: ID!) { erfasseZahlung(input: { aktId: $a, betrag: "100.00", datum: "2026-02-01" }) { __typename } }`, { a: leer });
}, 120_000);
afterAll(() => t?.close());

// Worked out by hand for 2026-11-30 (Gegner 1, tariff MAK):
// - Interest 4 % p.a. on 12 345.67 from 2026-01-01 to the payment on 2026-06-30: 180 days →
//   12 345.67 × 0.04 × 180 / 365 = 243.5310… → 243.53.
// - The payment of 1 000.00 (order costs, interest, capital): 243.53 to interest, 756.47 to the
//   Hauptforderung (oldest due first) → 11 589.20 open.
// - Interest 2026-06-30 → 2026-11-30: 153 days → 11 589.20 × 0.04 × 153 / 365 = 194.3175… → 194.32.
// - Open: capital 11 589.20 + 150.00 = 11 739.20, interest 194.32, costs 0 → 11 933.52.
// - MAK at BG 12 345.67 (the Hauptforderung, mahnkosten.md) with 3 Gegner: TP6 67.80; TP6 67.80
//   + 50 % 33.90 = 101.70; TP8/2 141.30 → F 310.80; SG 15 % 46.62; Porto 4.30; N 361.72;
//   USt 72.34; brutto 434.06 → 434.10.
// - Total 11 933.52 + 434.10 = 12 367.62; due 2026-11-30 + 14 days = 2026-12-14.
const HAND = {
  kapital: '11739.20', zinsen: '194.32', kosten: '0.00', bezahlt: '1000.00', offen: '11933.52',
  verdienst: '310.80', sgProzent: '15.00', sg: '46.62', porto: '4.30', netto: '361.72', ust: '72.34', brutto: '434.10',
  gesamt: '12367.62',
};

describe('the Mahnschreiben PDF', () => {
  it('prints every figure as computed by hand and as the API answers for the same date, the RF reference, IBAN, BIC and due date', async () => {
    const api = (await t.data(key, `query($a: ID!) { akt(id: $a) {
      mahnkosten(tarif: "MAK", datum: "2026-11-30") { bemessungsgrundlage positionen { tarifpost betrag } verdienst streitgenossenzuschlagProzent streitgenossenzuschlag porto netto ust brutto }
      schuldnerstand(stichtag: "2026-11-30") { kapital zinsen kosten bezahlt gesamt }
      zahlungsreferenzen { gegnerPosition rfReferenz } } }`, { a: akt })).akt;
    // The API agrees with the hand computation …
    expect(api.schuldnerstand).toEqual({ kapital: HAND.kapital, zinsen: HAND.zinsen, kosten: HAND.kosten, bezahlt: HAND.bezahlt, gesamt: HAND.offen });
    expect(api.mahnkosten).toEqual({
      bemessungsgrundlage: '12345.67', positionen: [{ tarifpost: 'TP6', betrag: '67.80' }, { tarifpost: 'TP6', betrag: '101.70' }, { tarifpost: 'TP8', betrag: '141.30' }],
      verdienst: HAND.verdienst, streitgenossenzuschlagProzent: HAND.sgProzent, streitgenossenzuschlag: HAND.sg, porto: HAND.porto, netto: HAND.netto, ust: HAND.ust, brutto: HAND.brutto,
    });
    const nummer = (await t.db.prisma.zahlungsreferenz.findFirstOrThrow({ where: { aktId: akt, personId: gegner[0] } })).nummer;
    const referenz = rf(`A${nummer}`);
    expect(api.zahlungsreferenzen[0]).toEqual({ gegnerPosition: 1, rfReferenz: referenz });

    const res = await get(`/dokumente/akt/${akt}/mahnschreiben.pdf?gegner=1&tarif=MAK&datum=2026-11-30`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.disposition).toBe('inline; filename="Mahnschreiben-2026-0042-Gegner1-Stufe1.pdf"');
    const text = await pdfText(res.bytes);
    for (const erwartet of [
      'Kanzlei Dr. Huber', 'Graben 1, 1010 Wien', 'UID: ATU12345678',
      'Maximilian Schuldner', 'Mariahilfer Straße 12/3', '1060 Wien',
      'Datum: 30.11.2026', 'Akt: 2026/0042', `Zahlungsreferenz: ${gruppen(referenz)}`,
      'Mahnung', 'Wir vertreten Holzbau Gruber GmbH',
      'Rechnung 2025-117 (Hauptforderung, 4 % Zinsen p.a. ab 01.01.2026) 12.345,67',
      'Inkassospesen (Nebenforderung) 150,00',
      'Zahlung vom 30.06.2026 1.000,00', 'Summe der Zahlungen 1.000,00',
      'Kapital 11.739,20', 'Zinsen bis 30.11.2026 194,32', 'Kosten laut Titel 0,00', 'Offener Betrag 11.933,52',
      'Mahnkosten (Tarif MAK, RATG ab 01.05.2023, Bemessungsgrundlage 12.345,67)',
      'TP 6 anderer Brief 67,80', 'TP 6 anderer Brief + 50 % (Informationszuschlag 33,90) 101,70', 'TP 8 Besprechung (je halbe Stunde) 141,30',
      'Verdienst 310,80', 'Streitgenossenzuschlag 15 % 46,62', 'Porto 4,30', 'Netto 361,72', '20 % USt 72,34', 'Mahnkosten 434,10',
      'Gesamtbetrag EUR 12.367,62',
      'den Gesamtbetrag von EUR 12.367,62 bis 14.12.2026 auf das Konto IBAN AT61 1904 3002 3457 3201, BIC BKAUATWW',
      'Zahlen mit Code',
    ]) {
      expect(text).toContain(erwartet);
    }
    expect(text).not.toContain('Zweite Mahnung');
  });

  it('carries an EPC QR code that decodes (from the rendered page) to every line of the payment', async () => {
    const res = await get(`/dokumente/akt/${akt}/mahnschreiben.pdf?gegner=2&tarif=MAK&datum=2026-11-30`);
    expect(res.status).toBe(200);
    const nummer = (await t.db.prisma.zahlungsreferenz.findFirstOrThrow({ where: { aktId: akt, personId: gegner[1] } })).nummer;
    const codes = await qrCodesAusPdf(res.bytes);
    expect(codes).toHaveLength(1);
    expect(codes[0]!.split('\n')).toEqual([
      'BCD', '002', '1', 'SCT', 'BKAUATWW', 'Kanzlei Dr. Huber', 'AT611904300234573201', `EUR${HAND.gesamt}`, '', rf(`A${nummer}`), '', 'Akt 2026/0042',
    ]);
  });

  it('prices under the chosen tariff: MES gives its own breakdown and total', async () => {
    // MES at 12 345.67 with 3 Gegner: TP5 33.90 + 50 % 17.00 (16.95 to 10 cents) = 50.90; TP6 67.80
    // + 33.90 = 101.70 → F 152.60; SG 15 % 22.89; N 152.60 + 22.89 + 4.30 = 179.79; USt 35.96;
    // 215.75 → 215.80. Total 11 933.52 + 215.80 = 12 149.32.
    const api = (await t.data(key, `query($a: ID!) { akt(id: $a) { mahnkosten(tarif: "mes", datum: "2026-11-30") { verdienst brutto } } }`, { a: akt })).akt.mahnkosten;
    expect(api).toEqual({ verdienst: '152.60', brutto: '215.80' });
    const text = await pdfText((await get(`/dokumente/akt/${akt}/mahnschreiben.pdf?gegner=1&tarif=mes&datum=2026-11-30`)).bytes);
    for (const erwartet of ['Tarif MES', 'Verdienst 152,60', 'Streitgenossenzuschlag 15 % 22,89', 'Netto 179,79', '20 % USt 35,96', 'Mahnkosten 215,80', 'Gesamtbetrag EUR 12.149,32']) {
      expect(text).toContain(erwartet);
    }
  });

  it('answers bad parameters with 400 and a typed code naming the parameter', async () => {
    const faelle: [string, string, string][] = [
      ['tarif=MAK', 'BAD_REQUEST', 'gegner'],
      ['gegner=0&tarif=MAK', 'BAD_REQUEST', 'gegner'],
      ['gegner=11&tarif=MAK', 'BAD_REQUEST', 'gegner'],
      ['gegner=eins&tarif=MAK', 'BAD_REQUEST', 'gegner'],
      ['gegner=1', 'BAD_REQUEST', 'tarif'],
      ['gegner=1&tarif=M%20K', 'BAD_REQUEST', 'tarif'],
      [`gegner=1&tarif=${'X'.repeat(21)}`, 'BAD_REQUEST', 'tarif'],
      ['gegner=1&tarif=MAK&datum=2026-02-30', 'BAD_REQUEST', 'datum'],
      ['gegner=1&tarif=MAK&datum=30.11.2026', 'BAD_REQUEST', 'datum'],
      ['gegner=4&tarif=MAK', 'BAD_REQUEST', 'gegner'],
      ['gegner=1&tarif=XYZ', 'TARIF_ERROR', 'tarif'],
      ['gegner=1&tarif=MAK&datum=2020-01-01', 'TARIF_ERROR', 'datum'],
    ];
    for (const [query, code, field] of faelle) {
      const res = await get(`/dokumente/akt/${akt}/mahnschreiben.pdf?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.type).toBe('application/json');
      const e = fehler(res.bytes);
      expect(e.extensions, query).toEqual({ code, field });
      expect(e.message).toBeTruthy();
    }
    // Nothing owed: a clear refusal, no letter.
    const res = await get(`/dokumente/akt/${leer}/mahnschreiben.pdf?gegner=1&tarif=MAK&datum=2026-11-30`);
    expect(res.status).toBe(400);
    expect(fehler(res.bytes)).toMatchObject({ extensions: { code: 'BAD_REQUEST', field: 'aktId' }, message: expect.stringContaining('nichts offen') });
  });

  it('needs the API key, and another office’s Akt or letter is not found', async () => {
    expect((await get(`/dokumente/akt/${akt}/mahnschreiben.pdf?gegner=1&tarif=MAK`, null)).status).toBe(401);
    const anderes = await get(`/dokumente/akt/${akt}/mahnschreiben.pdf?gegner=1&tarif=MAK&datum=2026-11-30`, fremd);
    expect(anderes.status).toBe(404);
    expect(fehler(anderes.bytes).extensions.code).toBe('NOT_FOUND');
    expect((await get(`/dokumente/akt/kein-akt/mahnschreiben.pdf?gegner=1&tarif=MAK`)).status).toBe(404);
    expect((await get(`/dokumente/mahnschreiben/00000000-0000-4000-8000-000000000000.pdf`)).status).toBe(404);
    const r = await versenden({ aktId: akt, gegnerPosition: 1, tarif: 'MAK', datum: '2026-11-30' }, fremd);
    expect(r.__typename).toBe('NotFoundError');
  });
});

describe('mahnschreibenVersenden', () => {
  it('refuses a Gegner the Akt does not have, an unknown tariff, nothing owed, a day to come', async () => {
    expect(await versenden({ aktId: akt, gegnerPosition: 4, tarif: 'MAK', datum: '2026-11-01' })).toMatchObject({ __typename: 'ValidationError', field: 'gegnerPosition' });
    expect(await versenden({ aktId: akt, gegnerPosition: 11, tarif: 'MAK', datum: '2026-11-01' })).toMatchObject({ __typename: 'ValidationError', field: 'gegnerPosition' });
    expect(await versenden({ aktId: akt, gegnerPosition: 1, tarif: 'XYZ', datum: '2026-11-01' })).toMatchObject({ __typename: 'ValidationError', field: 'tarif' });
    expect(await versenden({ aktId: leer, gegnerPosition: 1, tarif: 'MAK', datum: '2026-11-01' })).toMatchObject({ __typename: 'ValidationError', field: 'aktId' });
    expect(await versenden({ aktId: akt, gegnerPosition: 1, tarif: 'MAK', datum: '2999-01-01' })).toMatchObject({ __typename: 'ValidationError', field: 'datum' });
    expect(await t.db.prisma.mahnschreiben.count()).toBe(0);
  });

  it('records the letter as it was previewed, numbers the next one "Zweite Mahnung", and renders what was sent identically later', async () => {
    const vorschau = await get(`/dokumente/akt/${akt}/mahnschreiben.pdf?gegner=1&tarif=MAK&datum=2026-11-30`);
    const erstes = await versenden({ aktId: akt, gegnerPosition: 1, tarif: 'mak', datum: '2026-11-30' });
    expect(erstes.__typename).toBe('MahnschreibenVersendenPayload');
    const nummer = (await t.db.prisma.zahlungsreferenz.findFirstOrThrow({ where: { aktId: akt, personId: gegner[0] } })).nummer;
    expect(erstes.mahnschreiben).toMatchObject({
      stufe: 1, bezeichnung: 'Mahnung', gegnerPosition: 1, gegner: { id: gegner[0] }, tarif: 'MAK', datum: '2026-11-30', faelligAm: '2026-12-14',
      mahnkosten: HAND.brutto, gesamt: HAND.gesamt, rfReferenz: rf(`A${nummer}`),
    });
    // The same day again: one letter per Gegner and day.
    expect(await versenden({ aktId: akt, gegnerPosition: 1, tarif: 'MAK', datum: '2026-11-30' })).toMatchObject({ __typename: 'ValidationError', field: 'datum' });
    // Not dated before the last one.
    expect(await versenden({ aktId: akt, gegnerPosition: 1, tarif: 'MAK', datum: '2026-11-29' })).toMatchObject({ __typename: 'ValidationError', field: 'datum' });

    // What was sent is what the preview showed, byte for byte.
    const gesendet = await get(`/dokumente/mahnschreiben/${erstes.mahnschreiben.id}.pdf`);
    expect(gesendet.status).toBe(200);
    expect(Buffer.from(gesendet.bytes).equals(Buffer.from(vorschau.bytes))).toBe(true);

    // The next letter to Gegner 1 is the second; Gegner 2 still gets a first one.
    const zweite = await pdfText((await get(`/dokumente/akt/${akt}/mahnschreiben.pdf?gegner=1&tarif=MAK&datum=2026-12-01`)).bytes);
    expect(zweite).toContain('Zweite Mahnung');
    expect((await get(`/dokumente/akt/${akt}/mahnschreiben.pdf?gegner=1&tarif=MAK&datum=2026-12-01`)).disposition).toContain('Stufe2');
    const g2 = await pdfText((await get(`/dokumente/akt/${akt}/mahnschreiben.pdf?gegner=2&tarif=MAK&datum=2026-12-01`)).bytes);
    expect(g2).toContain('Mahnung');
    expect(g2).not.toContain('Zweite Mahnung');

    // A later payment, a new letterhead and a new address change nothing of the letter sent.
    await t.data(key, `mutation($a: ID!) { erfasseZahlung(input: { aktId: $a, betrag: "500.00", datum: "2026-12-01" }) { __typename } }`, { a: akt });
    await t.data(key, `mutation { updateKanzlei(input: { anschrift: "Kärntner Ring 5, 1010 Wien" }) { __typename } }`);
    await t.data(key, `mutation($id: ID!) { updatePerson(input: { id: $id, strasse: "Neubaugasse 1" }) { __typename } }`, { id: gegner[0] });
    const spaeter = await get(`/dokumente/mahnschreiben/${erstes.mahnschreiben.id}.pdf`);
    expect(Buffer.from(spaeter.bytes).equals(Buffer.from(vorschau.bytes))).toBe(true);
    expect(spaeter.disposition).toBe('inline; filename="Mahnschreiben-2026-0042-Gegner1-Stufe1.pdf"');
    // … and another office cannot read it.
    expect((await get(`/dokumente/mahnschreiben/${erstes.mahnschreiben.id}.pdf`, fremd)).status).toBe(404);

    const zweiterBrief = await versenden({ aktId: akt, gegnerPosition: 1, tarif: 'MAK', datum: '2026-12-01' });
    expect(zweiterBrief.mahnschreiben).toMatchObject({ stufe: 2, bezeichnung: 'Zweite Mahnung' });
    const liste = (await t.data(key, `query($a: ID!) { akt(id: $a) { mahnschreiben { stufe datum gegnerPosition bezeichnung } } }`, { a: akt })).akt.mahnschreiben;
    expect(liste).toEqual([
      { stufe: 1, datum: '2026-11-30', gegnerPosition: 1, bezeichnung: 'Mahnung' },
      { stufe: 2, datum: '2026-12-01', gegnerPosition: 1, bezeichnung: 'Zweite Mahnung' },
    ]);
    // The database keeps a sent letter as it is.
    await expect(t.db.prisma.mahnschreiben.update({ where: { id: erstes.mahnschreiben.id }, data: { gesamt: '1.00' } })).rejects.toThrow(/versendet/);
  });
});

describe('through the SDK', () => {
  it('records a letter and downloads it and the preview; a refusal is a DokumentError with the code', async () => {
    const client = createClient({ url: t.url, apiKey: key });
    const vorschau = await client.dokumente.mahnschreibenPdf(akt, { gegner: 2, tarif: 'MAK', datum: '2026-11-30' });
    expect(vorschau.contentType).toBe('application/pdf');
    expect(vorschau.dateiname).toBe('Mahnschreiben-2026-0042-Gegner2-Stufe1.pdf');
    const r = await client.mutation.mahnschreibenVersenden({ aktId: akt, gegnerPosition: 2, tarif: 'MAK', datum: '2026-11-30' });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.value.mahnschreiben).toMatchObject({ stufe: 1, bezeichnung: 'Mahnung', gesamt: HAND.gesamt });
    const gesendet = await client.dokumente.mahnschreibenVersendetPdf(r.value.mahnschreiben.id);
    expect(Buffer.from(gesendet.bytes).equals(Buffer.from(vorschau.bytes))).toBe(true);
    const fehler = await client.dokumente.mahnschreibenPdf(akt, { gegner: 2, tarif: 'XYZ' }).catch((e: unknown) => e);
    expect(fehler).toBeInstanceOf(DokumentError);
    expect(fehler).toMatchObject({ status: 400, code: 'TARIF_ERROR' });
  });
});

// PGlite runs one transaction at a time: the race exists on PostgreSQL only.
describe.runIf(process.env.TEST_DATABASE_URL)('two identical requests at once on PostgreSQL over HTTP', () => {
  it('end with one letter (stufe 1); the other is told the Gegner was dunned that day; then stufen stay distinct and gapless', async () => {
    for (const [runde, datum] of ['2026-10-01', '2026-10-02', '2026-10-05'].entries()) {
      const ergebnisse = await Promise.all(Array.from({ length: 4 }, () => versenden({ aktId: akt, gegnerPosition: 3, tarif: 'MAK', datum })));
      const gewinner = ergebnisse.filter((r) => r.__typename === 'MahnschreibenVersendenPayload');
      expect(gewinner, JSON.stringify(ergebnisse)).toHaveLength(1);
      expect(gewinner[0].mahnschreiben.stufe).toBe(runde + 1);
      for (const r of ergebnisse.filter((x) => x.__typename !== 'MahnschreibenVersendenPayload')) {
        expect(['ValidationError', 'ConflictError']).toContain(r.__typename);
        expect(r.message).toBeTruthy();
      }
    }
    const rows = await t.db.prisma.mahnschreiben.findMany({ where: { aktId: akt, personId: gegner[2] }, orderBy: { stufe: 'asc' } });
    expect(rows.map((r) => [r.stufe, r.datum.toISOString().slice(0, 10)])).toEqual([[1, '2026-10-01'], [2, '2026-10-02'], [3, '2026-10-05']]);
  });
});
