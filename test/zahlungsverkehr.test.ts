// Issue 18, "Done when", as a user does it through the SDK over real HTTP: issue a Honorarnote and
// get its PDF with a working QR code and its ebInterface XML that validates; send a Mahnschreiben;
// import a bank statement in which payments for that note and for a debt-collection Akt arrive,
// and see both booked, the note paid, the Schuldnerstand reduced, the unknown entry waiting in the
// queue; import the same file again and see nothing change. Figures by hand:
// - the note: one Leistung of 1 000.00 Verdienst + 20 % USt 200.00 = brutto 1 200.00;
// - the Akt: a Hauptforderung of 500.00 without interest; MES at 500 € with one Gegner costs
//   net 38.10 + USt 7.62 = 45.70 (TP 5 and the tariff's postings, as in test/sdk/sdk.test.ts), so the
//   letter asks for 545.70; the bank pays 300.00 on it → 200.00 left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, DokumentError } from '../sdk/src/index.js';
import { camt053 } from './support/camt.js';
import { qrCodesAusPdf } from './support/qrAusPdf.js';
import { testServer, type TestServer } from './support/testServer.js';
import { xmllint } from './support/xmllint.js';

let t: TestServer;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  t = await testServer({}, {}, { overHttp: true });
  client = createClient({ url: t.url, apiKey: await t.key('Kanzlei Dr. Huber', 'HU', 'ADMIN') });
});
afterAll(() => t?.close());

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('money in and out through the SDK', () => {
  it('QR code, e-invoice, dunning letter, bank statement import, and the same statement again', async () => {
    ok(await client.mutation.updateKanzlei({ anschrift: 'Graben 1, 1010 Wien', uid: 'ATU12345678', iban: 'AT61 1904 3002 3457 3201', bic: 'BKAUATWW' }));
    const klient = ok(await client.mutation.createPerson({ kurzbezeichnung: 'GRUBER', name: 'Holzbau Gruber GmbH', art: 'UNTERNEHMEN', strasse: 'Sägewerkstraße 4', plz: '4020', ort: 'Linz' })).person.id;
    const schuldner = ok(await client.mutation.createPerson({ kurzbezeichnung: 'SAEUMIG', name: 'Jörg Säumig', strasse: 'Hauptplatz 3', plz: '8010', ort: 'Graz' })).person.id;

    // The Honorarnote, its PDF with "Zahlen mit Code", its e-invoice.
    const beratung = ok(await client.mutation.createAkt({ aktenzeichen: '2026/0001', bezeichnung: 'Beratung', klientId: klient })).akt.id;
    ok(await client.mutation.createLeistung({ aktId: beratung, datum: '2026-11-02', kuerzel: 'X', text: 'Beratung', verdienst: '1000.00' }));
    const note = ok(await client.mutation.erstelleHonorarnote({ aktId: beratung, datum: '2026-11-26' }, { honorarnote: { id: true, nummer: true, brutto: true, rfReferenz: true } })).honorarnote;
    // RF for basis H2026000001: check digits 55 (worked out in test/honorarnoteQr.test.ts).
    expect(note).toMatchObject({ nummer: '2026-0001', brutto: '1200.00', rfReferenz: 'RF55H2026000001' });
    const pdf = await client.dokumente.honorarnotePdf(note.id);
    expect([pdf.contentType, pdf.dateiname]).toEqual(['application/pdf', 'Honorarnote-2026-0001.pdf']);
    expect(await qrCodesAusPdf(pdf.bytes)).toEqual(['BCD\n002\n1\nSCT\nBKAUATWW\nKanzlei Dr. Huber\nAT611904300234573201\nEUR1200.00\n\nRF55H2026000001\n\nHonorarnote 2026-0001']);
    const xml = await client.dokumente.honorarnoteXml(note.id);
    const text = new TextDecoder().decode(xml.bytes);
    const pruefung = xmllint(text);
    expect(pruefung.meldung).toContain('- validates');
    expect(text).toContain('<PayableAmount>1200.00</PayableAmount>');
    expect(text).toContain('<PaymentReference>RF55H2026000001</PaymentReference>');

    // The debt-collection Akt and its Mahnschreiben.
    const inkasso = ok(await client.mutation.createAkt({ aktenzeichen: '2026/0002', bezeichnung: 'Inkasso Säumig', klientId: klient, gegnerIds: [schuldner] })).akt.id;
    ok(await client.mutation.createForderung({ aktId: inkasso, art: 'HAUPTFORDERUNG', bezeichnung: 'Rechnung 17', betrag: '500.00', faelligAm: '2026-10-01' }));
    const akt = await client.query.akt({ id: inkasso }, { zahlungsreferenzen: { rfReferenz: true }, mahnkosten: { $args: { tarif: 'MES', datum: '2026-12-01' }, netto: true, ust: true, brutto: true } });
    expect(akt?.mahnkosten).toEqual({ netto: '38.10', ust: '7.62', brutto: '45.70' });
    const gegnerRf = akt!.zahlungsreferenzen[0]!.rfReferenz;
    const brief = ok(await client.mutation.mahnschreibenVersenden({ aktId: inkasso, gegnerPosition: 1, tarif: 'MES', datum: '2026-12-01' }, { mahnschreiben: { id: true, stufe: true, bezeichnung: true, gesamt: true, rfReferenz: true } })).mahnschreiben;
    expect(brief).toMatchObject({ stufe: 1, bezeichnung: 'Mahnung', gesamt: '545.70', rfReferenz: gegnerRf });
    const [briefCode] = await qrCodesAusPdf((await client.dokumente.mahnschreibenVersendetPdf(brief.id)).bytes);
    expect(briefCode!.split('\n').slice(4, 10)).toEqual(['BKAUATWW', 'Kanzlei Dr. Huber', 'AT611904300234573201', 'EUR545.70', '', gegnerRf]);
    // The next letter would be the second.
    const vorschau = await client.dokumente.mahnschreibenPdf(inkasso, { gegner: 1, tarif: 'MES', datum: '2026-12-02' });
    expect(vorschau.contentType).toBe('application/pdf');
    await expect(client.dokumente.mahnschreibenPdf(inkasso, { gegner: 7, tarif: 'MES' })).rejects.toBeInstanceOf(DokumentError);

    // The bank statement: the note paid in full, 300.00 on the Akt, one entry nobody can place.
    const datei = camt053('AT611904300234573201', [
      { ref: 'E2E-1', betrag: '1200.00', rf: note.rfReferenz, zahler: 'Holzbau Gruber GmbH', valutadatum: '2026-12-01' },
      { ref: 'E2E-2', betrag: '300.00', rf: gegnerRf, zahler: 'Jörg Säumig', valutadatum: '2026-12-01' },
      { ref: 'E2E-3', betrag: '42.00', text: 'Mitgliedsbeitrag', zahler: 'Verein' },
    ]);
    const auswahl = { import: { anzahlGebucht: true, anzahlVorschlag: true, anzahlOffen: true, anzahlBekannt: true, anzahlIgnoriert: true } } as const;
    const erster = ok(await client.mutation.importiereKontoauszug({ format: 'CAMT053', datei }, auswahl));
    expect(erster.import).toEqual({ anzahlGebucht: 2, anzahlVorschlag: 0, anzahlOffen: 1, anzahlBekannt: 0, anzahlIgnoriert: 0 });

    const stand = async () => ({
      note: await client.query.honorarnote({ id: note.id }, { zahlungsstatus: true, offenerBetrag: true }),
      akt: (await client.query.akt({ id: inkasso }, { schuldnerstand: { $args: { stichtag: '2026-12-31' }, kapital: true, bezahlt: true, gesamt: true } }))?.schuldnerstand,
      queue: (await client.query.offeneBuchungen({ first: 10 }, { totalCount: true, edges: { node: { bankReferenz: true, betrag: true, status: true } } })),
    });
    const danach = await stand();
    expect(danach.note).toEqual({ zahlungsstatus: 'BEZAHLT', offenerBetrag: '0.00' });
    expect(danach.akt).toEqual({ kapital: '200.00', bezahlt: '300.00', gesamt: '200.00' });
    expect(danach.queue.totalCount).toBe(1);
    expect(danach.queue.edges[0]!.node).toEqual({ bankReferenz: 'E2E-3', betrag: '42.00', status: 'OFFEN' });
    // A paid note carries no payment code any more.
    expect(await qrCodesAusPdf((await client.dokumente.honorarnotePdf(note.id)).bytes)).toEqual([]);

    // The same file again: all three already known, nothing booked, nothing changed.
    const zweiter = ok(await client.mutation.importiereKontoauszug({ format: 'CAMT053', datei }, auswahl));
    expect(zweiter.import).toEqual({ anzahlGebucht: 0, anzahlVorschlag: 0, anzahlOffen: 0, anzahlBekannt: 3, anzahlIgnoriert: 0 });
    expect(await stand()).toEqual(danach);
  });
});
