// Renders a dunning letter (Mahnschreiben) to a Gegner: letterhead, the Gegner's address, the
// Aktenzeichen, "Mahnung" / "Zweite Mahnung" / …, the Forderungen, what is open on the letter's
// date (capital, interest to that day, awarded costs, payments received), the Mahnkosten with
// their breakdown, the total, the due date, the office's account with the RF reference, and the
// EPC QR code ("Zahlen mit Code"). Only from the letter's data (server/domain/mahnschreiben.ts),
// with the letter's date as the PDF's creation date: the same letter renders to the same bytes.
import { ibanDruck } from '../domain/iban.js';
import { stufeText, type MahnBeleg } from '../domain/mahnschreiben.js';
import { rfReferenzDruck } from '../domain/rfReferenz.js';
import { toDecimal, type DecimalLike } from '../domain/money.js';
import { briefkopf, datumAT, euro, neuesDokument } from './brief.js';
import { zeichneZahlenMitCode } from './qrCode.js';

/** "4" → "4", "9.2" → "9,2": a rate as printed. */
const prozent = (s: string) => s.replace('.', ',');

export function renderMahnschreibenPdf(d: MahnBeleg): Promise<Buffer> {
  const titel = stufeText(d.stufe);
  const { doc, fertig: done } = neuesDokument(`${titel} ${d.aktenzeichen}`, d.kanzlei.name, d.datum);
  briefkopf(doc, d.kanzlei);
  // Recipient
  doc.fontSize(10).text(d.empfaenger.name);
  doc.text(d.empfaenger.anschrift);
  doc.moveDown(2);
  doc.text(`Datum: ${datumAT(d.datum)}    Akt: ${d.aktenzeichen}    Zahlungsreferenz: ${rfReferenzDruck(d.rfReferenz)}`);
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(13).text(titel);
  doc.font('Helvetica').fontSize(10).moveDown(0.5);
  doc.text(`Wir vertreten ${d.klient.name}. Zu Ihren Lasten sind zum ${datumAT(d.datum)} die folgenden Beträge offen.`);
  doc.moveDown();

  const x = { links: 56, text: 70, betrag: 440 };
  const zeile = (label: string, wert: DecimalLike, opt: { fett?: boolean; einzug?: number } = {}) => {
    const y = doc.y;
    doc.font(opt.fett ? 'Helvetica-Bold' : 'Helvetica').text(label, x.links + (opt.einzug ?? 0), y, { width: 370 - (opt.einzug ?? 0) });
    const unten = doc.y;
    doc.text(euro(wert), x.betrag, y, { width: 100, align: 'right' });
    doc.y = Math.max(unten, doc.y);
  };
  const ueberschrift = (s: string) => {
    doc.moveDown(0.5);
    doc.font('Helvetica-Bold').text(s, x.links, doc.y);
    doc.font('Helvetica');
  };

  doc.fontSize(9);
  ueberschrift('Forderungen');
  for (const f of d.forderungen) {
    const art = f.art === 'HAUPTFORDERUNG' ? 'Hauptforderung' : 'Nebenforderung';
    const zinsen = f.zinssatz && f.zinsenAb ? `, ${prozent(f.zinssatz)} % Zinsen p.a. ab ${datumAT(f.zinsenAb)}` : '';
    zeile(`${f.bezeichnung} (${art}${zinsen})`, f.betrag, { einzug: 14 });
  }
  if (d.zahlungen.length) {
    ueberschrift('Bereits erhaltene Zahlungen (angerechnet)');
    for (const z of d.zahlungen) zeile(`Zahlung vom ${datumAT(z.datum)}`, z.betrag, { einzug: 14 });
    zeile('Summe der Zahlungen', d.stand.bezahlt, { einzug: 14 });
  }
  ueberschrift(`Offen zum ${datumAT(d.datum)} (nach Anrechnung der Zahlungen)`);
  zeile('Kapital', d.stand.kapital, { einzug: 14 });
  zeile(`Zinsen bis ${datumAT(d.datum)}`, d.stand.zinsen, { einzug: 14 });
  zeile('Kosten laut Titel', d.stand.kosten, { einzug: 14 });
  zeile('Offener Betrag', d.stand.gesamt, { fett: true });

  const m = d.mahnkosten;
  ueberschrift(`Mahnkosten (Tarif ${m.tarif}, RATG ab ${datumAT(m.ratgGueltigAb)}, Bemessungsgrundlage ${euro(m.bemessungsgrundlage)})`);
  for (const p of m.positionen) {
    // The posting's name says "+ 50 %" and "× n" already (server/tarif/mahnkosten.ts).
    const zuschlag = toDecimal(p.zuschlag).isZero() ? '' : ` (Informationszuschlag ${euro(p.zuschlag)})`;
    zeile(`${p.bezeichnung}${zuschlag}`, p.betrag, { einzug: 14 });
  }
  zeile('Verdienst', m.verdienst, { einzug: 14 });
  if (!toDecimal(m.streitgenossenzuschlag).isZero()) zeile(`Streitgenossenzuschlag ${prozent(m.streitgenossenzuschlagProzent)} %`, m.streitgenossenzuschlag, { einzug: 14 });
  if (!toDecimal(m.porto).isZero()) zeile('Porto', m.porto, { einzug: 14 });
  zeile('Netto', m.netto, { einzug: 14 });
  zeile('20 % USt', m.ust, { einzug: 14 });
  zeile('Mahnkosten', m.brutto, { fett: true });
  doc.moveDown(0.5);
  doc.fontSize(11);
  zeile('Gesamtbetrag EUR', d.gesamt, { fett: true });
  doc.fontSize(9).moveDown(1.5);

  // Payment request and the QR code beside it (on a new page when this one is full).
  const qr = 110;
  if (doc.y + qr + 20 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const oben = doc.y;
  doc.font('Helvetica').text(
    `Wir ersuchen Sie, den Gesamtbetrag von EUR ${euro(d.gesamt)} bis ${datumAT(d.faelligAm)} auf das Konto IBAN ${ibanDruck(d.kanzlei.iban)}` +
      `${d.kanzlei.bic ? `, BIC ${d.kanzlei.bic}` : ''}, lautend auf ${d.kanzlei.name}, unter Angabe der Zahlungsreferenz ${rfReferenzDruck(d.rfReferenz)} zu überweisen. ` +
      'Nach Ablauf dieser Frist müssen wir ohne weitere Verständigung gerichtliche Schritte einleiten.',
    x.links, oben, { width: 340 },
  );
  zeichneZahlenMitCode(doc, d.epcQr, x.betrag - 10, oben, qr);
  doc.end();
  return done;
}
