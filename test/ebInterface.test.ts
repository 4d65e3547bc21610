// Issue 18, e-invoices: GET /dokumente/honorarnote/<id>.xml is the Honorarnote as an ebInterface 6.1
// Invoice (a Stornorechnung as CreditMemo), rendered only from the frozen `beleg`. Every document is
// validated against the official XSD with libxml2's xmllint (Debian's libxml2-utils; with
// REQUIRE_CHROMIUM=1 or CI set, a missing xmllint fails the run instead of skipping it). Expected
// figures are worked out by hand in the comments, and compared with the PDF's (read with pdf.js).
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { createApp } from '../server/app.js';
import { Decimal } from '../server/domain/money.js';
import type { Beleg } from '../server/domain/honorarnote.js';
import { renderHonorarnoteEbInterface, teileAnschrift } from '../server/dokumente/ebInterface.js';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { pdfText } from './support/pdfText.js';
import { testServer, type TestServer } from './support/testServer.js';
import { EBINTERFACE_FIXTURES, EBINTERFACE_XSD, xmllint, XMLLINT_DA, XMLLINT_PFLICHT } from './support/xmllint.js';

const NS = 'http://www.ebinterface.at/schema/6p1/';
const FIXTURES = EBINTERFACE_FIXTURES;
const XSD = EBINTERFACE_XSD;

// --- xmllint (test/support/xmllint.ts) ------------------------------------------------------------

const gueltig = (xml: string) => {
  const r = xmllint(xml);
  expect(r.meldung).toContain('- validates');
  expect(r.ok).toBe(true);
};
const describeXmllint = XMLLINT_DA || XMLLINT_PFLICHT ? describe : describe.skip;

// --- reading the XML back (a DOM parser, not the code that wrote it) ------------------------------

interface El {
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<El>;
  getAttribute(name: string): string | null;
  textContent: string | null;
}
const lies = (xml: string) => create(xml).root().node as unknown as El;
const alle = (el: El, name: string) => Array.from(el.getElementsByTagNameNS(NS, name));
const eins = (el: El, name: string): El => {
  const e = alle(el, name);
  if (e.length === 0) throw new Error(`kein ${name}`);
  return e[0]!;
};
const text = (el: El, name: string) => eins(el, name).textContent;

// --- the PDF's figures ----------------------------------------------------------------------------

/** "1.600,01" → "1600.01". */
const ausEuro = (s: string) => s.replace(/\./g, '').replace(',', '.');
function pdfSummen(text: string) {
  const nach = (muster: string) => {
    const m = new RegExp(`${muster} (-?[\\d.]+,\\d\\d)`).exec(text);
    if (!m) throw new Error(`PDF: ${muster} nicht gefunden in ${text}`);
    return ausEuro(m[1]!);
  };
  return {
    ustBasis: nach('Bemessungsgrundlage 20 % USt'),
    ust: nach('\\d,\\d\\d 20 % USt'),
    ustFrei: nach('Barauslagen USt-frei'),
    durchlaufer: nach('Durchlaufende Posten \\(Gerichtsgebühren\\)'),
    brutto: nach('Gesamtbetrag EUR'),
  };
}

/** ISO 11649 check digits by hand (BigInt, independent of server/domain/rfReferenz.ts). */
function rfVonHand(basis: string): string {
  const ziffern = `${basis}RF00`.split('').map((c) => String(parseInt(c, 36))).join('');
  return `RF${String(98n - (BigInt(ziffern) % 97n)).padStart(2, '0')}${basis}`;
}

// --- the app --------------------------------------------------------------------------------------

let t: TestServer;
let key: string;

const get = (path: string, k: string | null, method = 'GET') =>
  createApp({ prisma: t.db.prisma }).fetch(`http://yoga${path}`, { method, headers: k ? { authorization: `Bearer ${k}` } : {} });
const xmlVon = async (id: string, k = key) => {
  const res = await get(`/dokumente/honorarnote/${id}.xml`, k);
  expect(res.status).toBe(200);
  return { res, xml: await res.text() };
};
const pdfVon = async (id: string) => {
  const res = await get(`/dokumente/honorarnote/${id}.pdf`, key);
  expect(res.status).toBe(200);
  return pdfText(new Uint8Array(await res.arrayBuffer()));
};
const mutation = async (name: string, input: object, k = key) =>
  (await t.data(k, `mutation($i: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { r: ${name}(input: $i) { __typename ... on Error { message } } }`, { i: input })).r;
const erstelle = async (aktId: string, datum = '2026-11-26') =>
  (await t.data(key, `mutation($a: ID!, $d: Date) { r: erstelleHonorarnote(input: { aktId: $a, datum: $d }) { __typename ... on Error { message } ... on ErstelleHonorarnotePayload { honorarnote { id nummer brutto } } } }`, { a: aktId, d: datum })).r;

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Kanzlei Dr. Huber', 'HU');
});
afterEach(() => t.close());

/**
 * A note with every kind of line. By hand:
 *  L1 Klage (2026-10-01): Verdienst 208.20, ES 124.92, Streitgenossenzuschlag 33.31, Barauslagen USt-pflichtig 4.30
 *  L2 Pauschalgebühr (2026-10-05): durchlaufende Posten 1 107.00 (Verdienst 0)
 *  L3 Firmenbuchauszug (2026-10-07): Barauslagen USt-frei 12.03, Barauslagen USt-pflichtig 10.03
 *  L4 Kopien (2026-10-09): Barauslagen USt-pflichtig 10.03
 *  L5 Telefonat (2026-10-10): Verdienst 10.03
 *  20 % basis: 208.20 + 124.92 + 33.31 + 4.30 + 10.03 + 10.03 + 10.03 = 400.82
 *  USt: 400.82 × 0.2 = 80.164 → 80.16 (once, on the basis). Rounded per line it would be
 *       41.64 + 24.98 + 6.66 + 0.86 + 2.01 + 2.01 + 2.01 = 80.17: one cent more, which is why the lines
 *       carry no TaxAmount.
 *  USt-frei 12.03, durchlaufend 1 107.00
 *  Gesamt: 400.82 + 80.16 + 12.03 + 1 107.00 = 1 600.01
 */
async function noteMitAllenZeilen() {
  expect((await mutation('updateKanzlei', { anschrift: 'Graben 1, 1010 Wien', uid: 'ATU12345678', iban: 'AT61 1904 3002 3457 3201', bic: 'GIBAATWWXXX', telefon: '+43 1 111', email: 'office@huber.at', zahlungszielTage: 14 })).__typename).toBe('UpdateKanzleiPayload');
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Holzbau Gruber GmbH', art: 'UNTERNEHMEN', uid: 'ATU87654321', strasse: 'Sägewerkstraße 4', plz: '4020', ort: 'Linz' });
  const akt = await createAkt(t, key, { aktenzeichen: '2026/0042', bezeichnung: 'x', klientId: klient });
  await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: '3A', text: 'Klage', verdienst: '208.20', einheitssatz: '124.92', streitgenossenzuschlag: '33.31', barauslagenUstPflichtig: '4.30' });
  await createLeistung(t, key, { aktId: akt, datum: '2026-10-05', kuerzel: 'X', text: 'Pauschalgebühr', verdienst: '0.00', barauslagenDurchlaufer: '1107.00' });
  await createLeistung(t, key, { aktId: akt, datum: '2026-10-07', kuerzel: 'X', text: 'Firmenbuchauszug', verdienst: '0.00', barauslagenUstFrei: '12.03', barauslagenUstPflichtig: '10.03' });
  await createLeistung(t, key, { aktId: akt, datum: '2026-10-09', kuerzel: 'X', text: 'Kopien', verdienst: '0.00', barauslagenUstPflichtig: '10.03' });
  await createLeistung(t, key, { aktId: akt, datum: '2026-10-10', kuerzel: 'X', text: 'Telefonat', verdienst: '10.03' });
  const r = await erstelle(akt);
  expect(r.honorarnote).toEqual({ id: expect.any(String), nummer: '2026-0001', brutto: '1600.01' });
  return { klient, akt, note: r.honorarnote as { id: string; nummer: string } };
}

/** The lines as [description, tax category, amount, date], and the summary items, as read from the XML. */
const zeilen = (doc: El) =>
  alle(doc, 'ListLineItem').map((z) => [text(z, 'Description'), eins(z, 'TaxPercent').getAttribute('TaxCategoryCode'), text(z, 'LineItemAmount'), text(z, 'Date')]);
const steuern = (doc: El) =>
  alle(eins(doc, 'Tax'), 'TaxItem').map((s) => [eins(s, 'TaxPercent').getAttribute('TaxCategoryCode'), text(s, 'TaxPercent'), text(s, 'TaxableAmount'), alle(s, 'TaxAmount')[0]?.textContent ?? null]);

/** ebInterface's own arithmetic, from the XML's figures: Σ LineItemAmount + Σ TaxAmount = TotalGrossAmount = PayableAmount. */
function rechnetNach(doc: El) {
  const linien = alle(doc, 'LineItemAmount').reduce((s, e) => s.plus(e.textContent!), new Decimal(0));
  for (const z of alle(doc, 'ListLineItem')) {
    // Quantity × UnitPrice = LineItemAmount; TaxableAmount = LineItemAmount.
    expect(new Decimal(text(z, 'Quantity')!).times(text(z, 'UnitPrice')!).equals(text(z, 'LineItemAmount')!)).toBe(true);
    expect(text(z, 'TaxableAmount')).toBe(text(z, 'LineItemAmount'));
    expect(alle(z, 'TaxAmount')).toHaveLength(0);
  }
  const tax = eins(doc, 'Tax');
  const basen = alle(tax, 'TaxableAmount').reduce((s, e) => s.plus(e.textContent!), new Decimal(0));
  expect(basen.equals(linien)).toBe(true);
  const steuer = alle(tax, 'TaxAmount').reduce((s, e) => s.plus(e.textContent!), new Decimal(0));
  for (const s of alle(tax, 'TaxItem')) {
    const betrag = alle(s, 'TaxAmount')[0]?.textContent ?? '0';
    // TaxAmount = TaxableAmount × TaxPercent / 100, half up to the cent.
    expect(new Decimal(text(s, 'TaxableAmount')!).times(text(s, 'TaxPercent')!).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).equals(betrag)).toBe(true);
  }
  expect(linien.plus(steuer).toFixed(2)).toBe(text(doc, 'TotalGrossAmount'));
  expect(text(doc, 'PayableAmount')).toBe(text(doc, 'TotalGrossAmount'));
}

describe('the address rule (free text → Street / ZIP / Town / Country)', () => {
  it('splits by hand-checked examples', () => {
    expect(teileAnschrift('Graben 1, 1010 Wien')).toEqual({ street: 'Graben 1', zip: '1010', town: 'Wien', land: 'AT' });
    expect(teileAnschrift('Sägewerkstraße 4\n4020 Linz')).toEqual({ street: 'Sägewerkstraße 4', zip: '4020', town: 'Linz', land: 'AT' });
    expect(teileAnschrift('c/o Treuhand GmbH\r\nHauptplatz 3/2/14\n8010  Graz ')).toEqual({ street: 'c/o Treuhand GmbH, Hauptplatz 3/2/14', zip: '8010', town: 'Graz', land: 'AT' });
    expect(teileAnschrift('Graben 1, 1010 Wien, Österreich')).toEqual({ street: 'Graben 1', zip: '1010', town: 'Wien', land: 'AT' });
    expect(teileAnschrift('Leopoldstraße 8\n80802 München\nDeutschland')).toEqual({ street: 'Leopoldstraße 8', zip: '80802', town: 'München', land: 'DE' });
    expect(teileAnschrift('Bahnhofstrasse 1, CH-8001 Zürich')).toEqual({ street: 'Bahnhofstrasse 1', zip: '8001', town: 'Zürich', land: 'CH' });
    expect(teileAnschrift('Ring 1, A-1010 Wien')).toEqual({ street: 'Ring 1', zip: '1010', town: 'Wien', land: 'AT' });
    expect(teileAnschrift('1010 Wien')).toEqual({ street: null, zip: '1010', town: 'Wien', land: 'AT' });
    // No "NNNN Town" at the end: the last part is the town, no ZIP is invented.
    expect(teileAnschrift('Postfach 12, Wien')).toEqual({ street: 'Postfach 12', zip: '', town: 'Wien', land: 'AT' });
    expect(teileAnschrift(null)).toEqual({ street: null, zip: '', town: '', land: 'AT' });
    expect(teileAnschrift('  \n ')).toEqual({ street: null, zip: '', town: '', land: 'AT' });
  });
});

describeXmllint('the validator really validates', () => {
  it('the vendored XSD imports nothing (offline), is the official one, and xmllint accepts the sample and rejects sample-invalid.xml', () => {
    const xsd = readFileSync(XSD, 'utf8');
    expect(xsd).not.toMatch(/<xs:(import|include|redefine)\b/);
    const offiziell = fileURLToPath(new URL('../../shared/standards/ebinterface-6p1/Invoice.xsd', import.meta.url));
    if (existsSync(offiziell)) expect(xsd).toBe(readFileSync(offiziell, 'utf8'));
    gueltig(readFileSync(`${FIXTURES}sample-documentation.xml`, 'utf8'));
    const falsch = xmllint(readFileSync(`${FIXTURES}sample-invalid.xml`, 'utf8'));
    expect(falsch.ok).toBe(false);
    expect(falsch.meldung).toMatch(/InvoiceDate': This element is not expected\. Expected is \( \{http:\/\/www\.ebinterface\.at\/schema\/6p1\/\}InvoiceNumber \)/);
    expect(falsch.meldung).toContain('fails to validate');
  });
});

describeXmllint('GET /dokumente/honorarnote/<id>.xml', () => {
  it('a Rechnung with every kind of line: a valid Invoice whose figures are the hand-computed ones and the PDF’s', async () => {
    const { note } = await noteMitAllenZeilen();
    const { res, xml } = await xmlVon(note.id);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="Honorarnote-2026-0001.xml"');
    gueltig(xml);

    const doc = lies(xml);
    expect([doc.getAttribute('DocumentType'), doc.getAttribute('InvoiceCurrency'), doc.getAttribute('Language')]).toEqual(['Invoice', 'EUR', 'de']);
    expect([text(doc, 'InvoiceNumber'), text(doc, 'InvoiceDate')]).toEqual(['2026-0001', '2026-11-26']);
    expect(alle(doc, 'CancelledOriginalDocument')).toHaveLength(0);
    const biller = eins(doc, 'Biller');
    expect(['VATIdentificationNumber', 'Name', 'Street', 'ZIP', 'Town', 'Country', 'Phone', 'Email'].map((n) => text(biller, n)))
      .toEqual(['ATU12345678', 'Kanzlei Dr. Huber', 'Graben 1', '1010', 'Wien', 'Österreich', '+43 1 111', 'office@huber.at']);
    expect(eins(biller, 'Country').getAttribute('CountryCode')).toBe('AT');
    const empfaenger = eins(doc, 'InvoiceRecipient');
    expect(['VATIdentificationNumber', 'Name', 'Street', 'ZIP', 'Town'].map((n) => text(empfaenger, n)))
      .toEqual(['ATU87654321', 'Holzbau Gruber GmbH', 'Sägewerkstraße 4', '4020', 'Linz']);

    expect(zeilen(doc)).toEqual([
      ['Klage – Verdienst', 'S', '208.20', '2026-10-01'],
      ['Klage – Einheitssatz', 'S', '124.92', '2026-10-01'],
      ['Klage – Streitgenossenzuschlag', 'S', '33.31', '2026-10-01'],
      ['Klage – Barauslagen USt-pflichtig', 'S', '4.30', '2026-10-01'],
      ['Pauschalgebühr – Durchlaufende Posten (Gerichtsgebühren)', 'O', '1107.00', '2026-10-05'],
      ['Firmenbuchauszug – Barauslagen USt-pflichtig', 'S', '10.03', '2026-10-07'],
      ['Firmenbuchauszug – Barauslagen USt-frei', 'E', '12.03', '2026-10-07'],
      ['Kopien – Barauslagen USt-pflichtig', 'S', '10.03', '2026-10-09'],
      ['Telefonat – Verdienst', 'S', '10.03', '2026-10-10'],
    ]);
    expect(alle(doc, 'PositionNumber').map((e) => e.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(steuern(doc)).toEqual([
      ['S', '20.00', '400.82', '80.16'],
      ['E', '0.00', '12.03', null],
      ['O', '0.00', '1107.00', null],
    ]);
    expect([text(doc, 'TotalGrossAmount'), text(doc, 'PayableAmount')]).toEqual(['1600.01', '1600.01']);
    expect(alle(doc, 'PrepaidAmount')).toHaveLength(0);
    expect(alle(doc, 'RoundingAmount')).toHaveLength(0);
    rechnetNach(doc);

    // Payment: the office's IBAN without spaces, its BIC, the RF reference of 2026-0001 (basis H2026000001).
    const konto = eins(doc, 'BeneficiaryAccount');
    expect([text(konto, 'BIC'), text(konto, 'IBAN'), text(konto, 'BankAccountOwner')]).toEqual(['GIBAATWWXXX', 'AT611904300234573201', 'Kanzlei Dr. Huber']);
    expect(text(doc, 'PaymentReference')).toBe(rfVonHand('H2026000001'));
    expect(text(doc, 'DueDate')).toBe('2026-12-10');

    // The PDF's totals, to the cent.
    const pdf = pdfSummen(await pdfVon(note.id));
    expect(pdf).toEqual({ ustBasis: '400.82', ust: '80.16', ustFrei: '12.03', durchlaufer: '1107.00', brutto: '1600.01' });
    const [s, e, o] = steuern(doc);
    expect({ ustBasis: s![2], ust: s![3], ustFrei: e![2], durchlaufer: o![2], brutto: text(doc, 'TotalGrossAmount') }).toEqual(pdf);
  });

  it('a Stornorechnung is a valid CreditMemo naming the original, with the PDF’s amounts (the sign in the DocumentType)', async () => {
    const { note } = await noteMitAllenZeilen();
    const original = (await xmlVon(note.id)).xml;
    const s = (await t.data(key, `mutation($id: ID!) { r: stornoHonorarnote(input: { id: $id }) { ... on StornoHonorarnotePayload { honorarnote { id nummer datum } } } }`, { id: note.id })).r.honorarnote;
    expect(s.nummer).toBe('2026-0002');
    const { res, xml } = await xmlVon(s.id);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="Stornorechnung-2026-0002.xml"');
    gueltig(xml);
    const doc = lies(xml);
    expect(doc.getAttribute('DocumentType')).toBe('CreditMemo');
    expect([text(doc, 'InvoiceNumber'), text(doc, 'InvoiceDate')]).toEqual(['2026-0002', s.datum]);
    const c = eins(doc, 'CancelledOriginalDocument');
    expect(['InvoiceNumber', 'InvoiceDate', 'DocumentType', 'Comment'].map((n) => text(c, n)))
      .toEqual(['2026-0001', '2026-11-26', 'Invoice', 'Storno der Honorarnote Nr. 2026-0001 vom 26.11.2026']);
    // The same lines and figures as the original, positive: a CreditMemo's positive PayableAmount is a credit.
    expect(zeilen(doc)).toEqual(zeilen(lies(original)));
    expect(steuern(doc)).toEqual([
      ['S', '20.00', '400.82', '80.16'],
      ['E', '0.00', '12.03', null],
      ['O', '0.00', '1107.00', null],
    ]);
    expect([text(doc, 'TotalGrossAmount'), text(doc, 'PayableAmount')]).toEqual(['1600.01', '1600.01']);
    rechnetNach(doc);
    // Nothing to pay on a Stornorechnung (the PDF prints no payment terms either).
    expect(alle(doc, 'NoPayment')).toHaveLength(1);
    expect(alle(doc, 'UniversalBankTransaction')).toHaveLength(0);
    expect(alle(doc, 'PaymentConditions')).toHaveLength(0);

    const pdf = pdfSummen(await pdfVon(s.id));
    expect(pdf).toEqual({ ustBasis: '-400.82', ust: '-80.16', ustFrei: '-12.03', durchlaufer: '-1107.00', brutto: '-1600.01' });
    expect(new Decimal(text(doc, 'PayableAmount')!).negated().toFixed(2)).toBe(pdf.brutto);

    // The original's XML is untouched by its cancellation.
    expect((await xmlVon(note.id)).xml).toBe(original);
  });

  it('the same note gives the same bytes; a letterhead or address change after issue changes nothing', async () => {
    const { klient, akt, note } = await noteMitAllenZeilen();
    const vorher = (await xmlVon(note.id)).xml;
    expect((await xmlVon(note.id)).xml).toBe(vorher);
    expect((await mutation('updateKanzlei', { anschrift: 'Kärntner Ring 5\n1010 Wien', uid: 'ATU11111111', iban: 'AT48 3200 0000 1234 5864', bic: null, telefon: null })).__typename).toBe('UpdateKanzleiPayload');
    expect((await mutation('updatePerson', { id: klient, name: 'Holzbau Gruber AG', strasse: 'Neue Gasse 9', uid: 'ATU22222222' })).__typename).toBe('UpdatePersonPayload');
    const nachher = (await xmlVon(note.id)).xml;
    expect(Buffer.from(nachher).equals(Buffer.from(vorher))).toBe(true);

    // A new note shows the new data.
    await createLeistung(t, key, { aktId: akt, datum: '2026-11-02', kuerzel: 'X', text: 'Replik', verdienst: '10.00' });
    const neu = lies((await xmlVon((await erstelle(akt, '2026-11-27')).honorarnote.id)).xml);
    expect([text(eins(neu, 'Biller'), 'Street'), text(eins(neu, 'InvoiceRecipient'), 'Street'), text(neu, 'IBAN')]).toEqual(['Kärntner Ring 5', 'Neue Gasse 9', 'AT483200000012345864']);
    expect(alle(neu, 'BIC')).toHaveLength(0);
  });

  it('a private client without UID gets ATU00000000; rounding up; no IBAN known: the reference alone', async () => {
    expect((await mutation('updateKanzlei', { anschrift: 'Graben 1\n1010 Wien', uid: 'ATU12345678', iban: null })).__typename).toBe('UpdateKanzleiPayload');
    const klient = await createPerson(t, key, { kurzbezeichnung: 'B', name: 'Maria Berger', strasse: 'Hauptstraße 12/3', plz: '8010', ort: 'Graz' });
    const akt = await createAkt(t, key, { aktenzeichen: '2026/0043', bezeichnung: 'x', klientId: klient });
    // 20 % basis 33.33 + 20.00 = 53.33; USt 10.666 → 10.67; Gesamt 64.00.
    await createLeistung(t, key, { aktId: akt, datum: '2026-11-03', kuerzel: 'X', text: 'Beratung', verdienst: '33.33', einheitssatz: '20.00' });
    const note = (await erstelle(akt)).honorarnote;
    expect(note.brutto).toBe('64.00');
    const { xml } = await xmlVon(note.id);
    gueltig(xml);
    const doc = lies(xml);
    expect(text(eins(doc, 'InvoiceRecipient'), 'VATIdentificationNumber')).toBe('ATU00000000');
    expect(['Street', 'ZIP', 'Town'].map((n) => text(eins(doc, 'Biller'), n))).toEqual(['Graben 1', '1010', 'Wien']);
    expect(steuern(doc)).toEqual([['S', '20.00', '53.33', '10.67']]);
    expect([text(doc, 'TotalGrossAmount'), text(doc, 'PayableAmount')]).toEqual(['64.00', '64.00']);
    rechnetNach(doc);
    expect(alle(doc, 'BeneficiaryAccount')).toHaveLength(0);
    expect(text(doc, 'PaymentReference')).toBe(rfVonHand('H2026000001'));
    const pdf = await pdfVon(note.id);
    expect(pdf).toContain('Gesamtbetrag EUR 64,00');
    expect(pdf).toContain('20 % USt 10,67');
  });
});

describe('who may read it', () => {
  it('needs the API key; another office’s note, an unknown id and other methods are refused like the PDF', async () => {
    expect((await mutation('updateKanzlei', { anschrift: 'Graben 1, 1010 Wien', uid: 'ATU12345678' })).__typename).toBe('UpdateKanzleiPayload');
    const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'K', strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' });
    const akt = await createAkt(t, key, { aktenzeichen: '1', bezeichnung: 'x', klientId: klient });
    await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', verdienst: '1.00' });
    const { id } = (await erstelle(akt)).honorarnote;
    const ohne = await get(`/dokumente/honorarnote/${id}.xml`, null);
    expect([ohne.status, ohne.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);
    const other = await t.key('Andere Kanzlei', 'AK');
    for (const [pfad, k] of [[`/dokumente/honorarnote/${id}.xml`, other], ['/dokumente/honorarnote/nicht-da.xml', key], [`/dokumente/honorarnote/${randomUUID()}.xml`, key]] as const) {
      const res = await get(pfad, k);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ errors: [{ message: 'Diese Honorarnote gibt es in Ihrer Kanzlei nicht.', extensions: { code: 'NOT_FOUND' } }] });
    }
    expect((await get(`/dokumente/honorarnote/${id}.xml`, key, 'POST')).status).toBe(405);
    expect((await get(`/dokumente/honorarnote/${id}.xml`, key)).status).toBe(200);
  });
});

describe('the renderer refuses a document that disagrees with its own figures', () => {
  const beleg = (): Beleg => ({
    version: 1, art: 'RECHNUNG', nummer: '2026-0007', datum: '2026-11-26', faelligAm: '2026-12-10', aktenzeichen: 'A',
    kanzlei: { name: 'K', anschrift: 'Graben 1, 1010 Wien', uid: 'ATU12345678', iban: null, bic: null, email: null, telefon: null },
    empfaenger: { name: 'E', anschrift: null, uid: null }, stornoVon: null,
    positionen: [{ datum: '2026-11-01', kuerzel: 'X', text: null, tarifbasis: null, verdienst: '10.03', einheitssatz: '0.00', streitgenossenzuschlag: '0.00', barauslagenUstPflichtig: '0.00', barauslagenUstFrei: '0.00', barauslagenDurchlaufer: '0.00' }],
    // 10.03 × 0.2 = 2.006 → 2.01; 12.04
    summen: { verdienst: '10.03', einheitssatz: '0.00', streitgenossenzuschlag: '0.00', barauslagenUstPflichtig: '0.00', barauslagenUstFrei: '0.00', barauslagenDurchlaufer: '0.00', ustBasis: '10.03', ust: '2.01', brutto: '12.04' },
  });
  it('renders a consistent beleg; throws on a wrong USt, a wrong total or a line sum that differs', () => {
    expect(renderHonorarnoteEbInterface(beleg())).toContain('<PayableAmount>12.04</PayableAmount>');
    expect(renderHonorarnoteEbInterface(beleg())).toContain(`<PaymentReference>${rfVonHand('H2026000007')}</PaymentReference>`);
    expect(() => renderHonorarnoteEbInterface({ ...beleg(), summen: { ...beleg().summen, ust: '2.00', brutto: '12.03' } })).toThrow(/USt 2\.01 ≠ 2/);
    expect(() => renderHonorarnoteEbInterface({ ...beleg(), summen: { ...beleg().summen, brutto: '12.05' } })).toThrow(/Gesamtbetrag 12\.04 ≠ 12\.05/);
    expect(() => renderHonorarnoteEbInterface({ ...beleg(), summen: { ...beleg().summen, verdienst: '10.04' } })).toThrow(/Summe verdienst/);
    expect(() => renderHonorarnoteEbInterface({ ...beleg(), positionen: [{ ...beleg().positionen[0]!, verdienst: '10.031' }] })).toThrow(/mehr als zwei Nachkommastellen/);
  });
});
