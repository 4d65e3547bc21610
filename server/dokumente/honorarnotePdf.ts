// Renders a Honorarnote as an Austrian invoice PDF (§ 11 UStG: issuer with UID, recipient (with
// UID for a business), number and date, the services, net amounts per rate, the tax, the total;
// plus payment terms), or the Stornorechnung that cancels one (naming the original's number and
// date). Only from the frozen document data, with the issue date as the PDF's creation date: the
// same note renders to the same bytes.
import { EpcQrError, epcQrPayload } from '../domain/epcQr.js';
import type { Beleg } from '../domain/honorarnote.js';
import { ibanDruck } from '../domain/iban.js';
import { toDecimal, type Decimal, type DecimalLike } from '../domain/money.js';
import { rfReferenzDruck } from '../domain/rfReferenz.js';
import { briefkopf, datumAT, euro, neuesDokument } from './brief.js';
import { zeichneZahlenMitCode } from './qrCode.js';

/** What the PDF prints: exactly the note's frozen `beleg` (server/domain/honorarnote.ts). */
export type HonorarnotePdfDaten = Beleg;

export { euro } from './brief.js';

/** The payment slip under an invoice: what is open now and the note's RF reference (services/dokumente.ts). */
export interface Zahlschein {
  offen: Decimal;
  rfReferenz: string;
}

/**
 * The EPC QR payload for the slip, or null when none can be made: no IBAN on the invoice, or one
 * that fails its check digits (entered before IBANs were checked). The invoice itself still renders.
 */
function zahlscheinPayload(d: HonorarnotePdfDaten, z: Zahlschein): string | null {
  if (!d.kanzlei.iban) return null;
  try {
    return epcQrPayload({ empfaenger: d.kanzlei.name, iban: d.kanzlei.iban, bic: d.kanzlei.bic, betrag: z.offen, rfReferenz: z.rfReferenz, hinweis: `Honorarnote ${d.nummer}` });
  } catch (e) {
    if (e instanceof EpcQrError) return null;
    throw e;
  }
}

export function renderHonorarnotePdf(d: HonorarnotePdfDaten, zahlschein: Zahlschein | null = null): Promise<Buffer> {
  const titel = d.art === 'STORNORECHNUNG' ? 'Stornorechnung' : 'Honorarnote';
  const { doc, fertig: done } = neuesDokument(`${titel} ${d.nummer}`, d.kanzlei.name, d.datum);
  briefkopf(doc, d.kanzlei);
  // Recipient
  doc.fontSize(10).text(d.empfaenger.name);
  if (d.empfaenger.anschrift) doc.text(d.empfaenger.anschrift);
  if (d.empfaenger.uid) doc.text(`UID: ${d.empfaenger.uid}`);
  doc.moveDown(2);
  // Title
  doc.font('Helvetica-Bold').fontSize(13).text(`${titel} Nr. ${d.nummer}`);
  doc.font('Helvetica').fontSize(10).text(`Datum: ${datumAT(d.datum)}    Akt: ${d.aktenzeichen}`);
  if (d.stornoVon) doc.text(`Storno der Honorarnote Nr. ${d.stornoVon.nummer} vom ${datumAT(d.stornoVon.datum)}`);
  doc.moveDown();

  // Lines
  const x = { datum: 56, text: 120, betrag: 440 };
  doc.font('Helvetica-Bold').fontSize(9);
  const kopf = doc.y;
  doc.text('Datum', x.datum, kopf).text('Leistung', x.text, kopf).text('EUR', x.betrag, kopf, { width: 100, align: 'right' });
  doc.font('Helvetica');
  for (const p of d.positionen) {
    const y = doc.y + 4;
    const beschreibung = [p.text ?? p.kuerzel, p.tarifbasis && `(${p.tarifbasis})`].filter(Boolean).join(' ');
    const details = [
      `Verdienst ${euro(p.verdienst)}`,
      !toDecimal(p.einheitssatz).isZero() && `ES ${euro(p.einheitssatz)}`,
      !toDecimal(p.streitgenossenzuschlag).isZero() && `Streitgenossenzuschlag ${euro(p.streitgenossenzuschlag)}`,
    ].filter(Boolean).join(', ');
    const summe = toDecimal(p.verdienst).plus(toDecimal(p.einheitssatz)).plus(toDecimal(p.streitgenossenzuschlag));
    doc.text(datumAT(p.datum), x.datum, y).text(`${beschreibung}\n${details}`, x.text, y, { width: 300 });
    const unten = doc.y;
    doc.text(euro(summe), x.betrag, y, { width: 100, align: 'right' });
    doc.y = Math.max(unten, doc.y);
  }
  doc.moveDown();

  // Totals and VAT breakdown
  const zeile = (label: string, wert: DecimalLike, fett = false) => {
    const y = doc.y;
    doc.font(fett ? 'Helvetica-Bold' : 'Helvetica').text(label, x.text, y, { width: 300 }).text(euro(wert), x.betrag, y, { width: 100, align: 'right' });
  };
  const s = d.summen;
  zeile('Verdienst', s.verdienst);
  zeile('Einheitssatz', s.einheitssatz);
  zeile('Streitgenossenzuschlag', s.streitgenossenzuschlag);
  zeile('Barauslagen USt-pflichtig', s.barauslagenUstPflichtig);
  zeile('Bemessungsgrundlage 20 % USt', s.ustBasis, true);
  zeile('20 % USt', s.ust);
  zeile('Barauslagen USt-frei', s.barauslagenUstFrei);
  zeile('Durchlaufende Posten (Gerichtsgebühren)', s.barauslagenDurchlaufer);
  doc.moveDown(0.5);
  zeile('Gesamtbetrag EUR', s.brutto, true);
  doc.moveDown(2);

  doc.font('Helvetica').fontSize(9);
  if (d.art === 'RECHNUNG') {
    doc.text(`Zahlbar bis ${datumAT(d.faelligAm)} ohne Abzug${d.kanzlei.iban ? ` auf IBAN ${d.kanzlei.iban}` : ''}, unter Angabe der Rechnungsnummer ${d.nummer}.`, x.datum, doc.y);
  }
  const payload = d.art === 'RECHNUNG' && zahlschein ? zahlscheinPayload(d, zahlschein) : null;
  if (zahlschein && payload) {
    // The slip: code on the left, what the banking app will show on the right. Kept on one page.
    const groesse = 120;
    if (doc.y + groesse + 40 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y + 16;
    zeichneZahlenMitCode(doc, payload, x.datum, y, groesse);
    const rechts = x.datum + groesse + 20;
    doc.font('Helvetica').fontSize(9);
    doc.text(`Empfänger: ${d.kanzlei.name}`, rechts, y + 10, { width: 330 });
    doc.text(`IBAN: ${ibanDruck(d.kanzlei.iban!)}${d.kanzlei.bic ? `    BIC: ${d.kanzlei.bic}` : ''}`, rechts, doc.y, { width: 330 });
    doc.text(`Zahlungsreferenz: ${rfReferenzDruck(zahlschein.rfReferenz)}`, rechts, doc.y, { width: 330 });
    doc.font('Helvetica-Bold').text(`Offener Betrag: EUR ${euro(zahlschein.offen)}`, rechts, doc.y, { width: 330 });
    doc.font('Helvetica').text('Mit der Banking-App scannen: Betrag und Zahlungsreferenz sind ausgefüllt.', rechts, doc.y, { width: 330 });
  }
  doc.end();
  return done;
}
