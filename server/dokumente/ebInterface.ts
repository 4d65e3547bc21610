// Renders a Honorarnote as an ebInterface 6.1 e-invoice (../shared/standards/ebinterface-6p1/):
// a RECHNUNG as DocumentType "Invoice", a STORNORECHNUNG as "CreditMemo" naming the cancelled
// original in CancelledOriginalDocument. Only from the note's frozen `beleg`, like the PDF
// (honorarnotePdf.ts): what was issued never changes, the same note gives the same bytes. Pure: no
// database, no clock.
//
// The rules decided here (the issue and the standard leave them open):
//
// Lines. Every billed Leistung (beleg.positionen[]) becomes one ListLineItem per non-zero amount
// it carries (Verdienst, Einheitssatz, Streitgenossenzuschlag, Barauslagen USt-pflichtig,
// Barauslagen USt-frei, durchlaufende Posten); a Leistung whose amounts are all zero still shows,
// as its Verdienst of 0.00. Quantity 1 (unit C62, "one"), UnitPrice = LineItemAmount = the frozen
// amount, the Leistung's date as the line's Delivery/Date (UStG § 11: date of the service).
//
// Tax categories (UN/CEFACT 5305 as the ebInterface appendix recommends):
// - Verdienst, ES, Streitgenossenzuschlag, Barauslagen USt-pflichtig: "S" 20 (standard rate);
// - Barauslagen USt-frei: "E" 0 (USt-befreit): outlays for exempt supplies the office passes on;
// - durchlaufende Posten (Gerichtsgebühren, paid in the client's name and for his account,
//   § 4 Abs. 3 UStG): "O" 0 (nicht USt-bar): not part of the fee at all. They stay ordinary lines
//   (not BelowTheLineItems) so the Tax summary states them, as the PDF does.
//
// Rounding and sums. Every amount is the frozen beleg's, already in cents; nothing is rounded
// here. The USt is computed once per rate on the rate's total net (as the PDF and
// server/domain/honorarnote.ts `summen` do, as UStG § 11 states it), not summed from rounded line
// taxes: so a ListLineItem's TaxItem carries TaxableAmount and TaxPercent but no TaxAmount (the XSD
// makes it optional), and Tax/TaxItem per (TaxPercent, TaxCategoryCode) carries
// TaxableAmount = Σ LineItemAmount of that category and, for "S",
// TaxAmount = half-up(TaxableAmount × 20 / 100) = beleg.summen.ust.
// TotalGrossAmount = Σ LineItemAmount + Σ TaxAmount (ebInterface's formula, no surcharges or
// reductions) = beleg.summen.brutto; no PrepaidAmount, no RoundingAmount: PayableAmount =
// TotalGrossAmount. The renderer checks each of these against the beleg and refuses (throws)
// rather than issue a document that disagrees with the PDF.
//
// Signs. ebInterface (section 6.1) reads a positive PayableAmount of a CreditMemo as a credit to
// the recipient. A Stornorechnung's beleg carries every amount negated; its CreditMemo carries them
// negated back (positive): the same figures as the PDF, with the sign in the DocumentType.
//
// Parties. Biller = the office (beleg.kanzlei), InvoiceRecipient = beleg.empfaenger; a UID that
// is not known is "ATU00000000" (the standard's convention for "none / need not be stated").
// Addresses are free text in the beleg; `teileAnschrift` below splits them.
//
// Payment. A Rechnung: UniversalBankTransaction to the office's IBAN (without spaces; BIC if known)
// with the note's ISO 11649 RF reference as PaymentReference (ebInterface's creditor reference for
// automatic matching, server/domain/rfReferenz.ts), DueDate = beleg.faelligAm. A Stornorechnung
// asks for no payment (NoPayment): what flows back is settled separately, as on the PDF, which
// prints no payment terms on it.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Beleg } from '../domain/honorarnote.js';
import { normalisiereIban } from '../domain/iban.js';
import { Decimal, USt_SATZ, ustAuf } from '../domain/money.js';
import { honorarnoteRfReferenz } from '../domain/rfReferenz.js';
import { datumAT } from './brief.js';

export const EBINTERFACE_NS = 'http://www.ebinterface.at/schema/6p1/';
const GENERATING_SYSTEM = 'kanzlei-graphql';
/** ebInterface 6.1, 4.6/4.7: the VATIdentificationNumber of a party without (a known) UID. */
export const UID_UNBEKANNT = 'ATU00000000';

type Kategorie = 'S' | 'E' | 'O';
const KATEGORIEN: Record<Kategorie, { prozent: Decimal; kommentar: string }> = {
  S: { prozent: USt_SATZ.times(100), kommentar: '20 % USt (Normalsteuersatz)' },
  E: { prozent: new Decimal(0), kommentar: 'Barauslagen USt-frei' },
  O: { prozent: new Decimal(0), kommentar: 'Durchlaufende Posten (Gerichtsgebühren), nicht USt-bar (§ 4 Abs. 3 UStG)' },
};

/** The amounts of a line, in the order a line shows them, with their name and tax category. */
const ARTEN = [
  ['verdienst', 'Verdienst', 'S'],
  ['einheitssatz', 'Einheitssatz', 'S'],
  ['streitgenossenzuschlag', 'Streitgenossenzuschlag', 'S'],
  ['barauslagenUstPflichtig', 'Barauslagen USt-pflichtig', 'S'],
  ['barauslagenUstFrei', 'Barauslagen USt-frei', 'E'],
  ['barauslagenDurchlaufer', 'Durchlaufende Posten (Gerichtsgebühren)', 'O'],
] as const satisfies readonly (readonly [keyof Beleg['summen'], string, Kategorie])[];

const LAENDER: Record<string, string> = { AT: 'Österreich', DE: 'Deutschland', CH: 'Schweiz', IT: 'Italien', LI: 'Liechtenstein' };
const LAND_NAMEN: Record<string, string> = {
  'österreich': 'AT', austria: 'AT', at: 'AT', deutschland: 'DE', germany: 'DE', de: 'DE',
  schweiz: 'CH', switzerland: 'CH', ch: 'CH', italien: 'IT', italy: 'IT', it: 'IT', liechtenstein: 'LI', li: 'LI',
};
const PLZ_PRAEFIX: Record<string, string> = { A: 'AT', AT: 'AT', D: 'DE', DE: 'DE', CH: 'CH', FL: 'LI', I: 'IT', IT: 'IT' };

export interface AnschriftTeile {
  street: string | null;
  zip: string;
  town: string;
  land: string;
}

/**
 * Splits a free-text address ("Graben 1, 1010 Wien", or with line breaks) into ebInterface's
 * Street / ZIP / Town / Country. The rule:
 * 1. parts are separated by line breaks or commas (trimmed, empty ones dropped);
 * 2. a last part that names a country (Österreich, Deutschland, Schweiz, Italien, Liechtenstein,
 *    in German or English, or its ISO code) gives the country and is dropped;
 * 3. a last part "NNNN Town" (4 or 5 digits, optionally prefixed "A-", "D-", "CH-", "FL-", "I-"
 *    which give the country) → ZIP and Town; any other last part is the Town, with an empty ZIP
 *    (the XSD requires the element; no ZIP is invented);
 * 4. the parts before it → Street, joined by ", " (none: no Street);
 * 5. the country is AT unless step 2 or 3 made another evident.
 * No address at all: empty Town and ZIP, country AT.
 */
export function teileAnschrift(text: string | null): AnschriftTeile {
  const teile = (text ?? '').split(/[\n\r,]+/).map((s) => s.trim()).filter(Boolean);
  let land: string | null = null;
  const letzter = teile.at(-1);
  if (letzter && teile.length > 1 && LAND_NAMEN[letzter.toLowerCase()]) {
    land = LAND_NAMEN[letzter.toLowerCase()]!;
    teile.pop();
  }
  const ort = teile.pop();
  if (ort === undefined) return { street: null, zip: '', town: '', land: land ?? 'AT' };
  const m = /^(?:([A-Za-z]{1,2})\s*-\s*)?(\d{4,5})\s+(.+)$/.exec(ort);
  const praefix = m?.[1] ? PLZ_PRAEFIX[m[1].toUpperCase()] : undefined;
  const street = teile.length ? teile.join(', ') : null;
  if (m && (m[1] === undefined || praefix)) return { street, zip: m[2]!, town: m[3]!.trim(), land: land ?? praefix ?? 'AT' };
  return { street, zip: '', town: ort, land: land ?? 'AT' };
}

/** A frozen amount as Decimal2Type: exactly two decimals, never "-0.00". */
function betrag(d: Decimal): string {
  if (d.decimalPlaces() > 2) throw new Error(`Betrag ${d.toString()} hat mehr als zwei Nachkommastellen`);
  return (d.isZero() ? new Decimal(0) : d).toFixed(2);
}


function adresse(parent: XMLBuilder, name: string, anschrift: string | null, kontakt: { telefon?: string | null; email?: string | null } = {}) {
  const a = teileAnschrift(anschrift);
  const el = parent.ele('Address');
  el.ele('Name').txt(name);
  if (a.street) el.ele('Street').txt(a.street);
  el.ele('Town').txt(a.town);
  el.ele('ZIP').txt(a.zip);
  el.ele('Country', { CountryCode: a.land }).txt(LAENDER[a.land] ?? a.land);
  if (kontakt.telefon?.trim()) el.ele('Phone').txt(kontakt.telefon.trim());
  if (kontakt.email?.trim()) el.ele('Email').txt(kontakt.email.trim());
}

/** The RF reference of a note from its number "YYYY-NNNN" (null for any other form). */
export function rfReferenzAusNummer(nummer: string): string | null {
  const m = /^(\d{4})-(\d{1,6})$/.exec(nummer);
  return m ? honorarnoteRfReferenz(Number(m[1]), Number(m[2])) : null;
}

/** The XML of a note's frozen beleg (UTF-8 text, deterministic). */
export function renderHonorarnoteEbInterface(d: Beleg): string {
  const storno = d.art === 'STORNORECHNUNG';
  // The sign lives in the DocumentType (see above): a Stornorechnung's negated amounts turn positive.
  const wert = (s: string) => (storno ? new Decimal(s).negated() : new Decimal(s));
  const titel = storno ? 'Stornorechnung' : 'Honorarnote';

  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const inv = doc.ele(EBINTERFACE_NS, 'Invoice', {
    GeneratingSystem: GENERATING_SYSTEM,
    DocumentType: storno ? 'CreditMemo' : 'Invoice',
    InvoiceCurrency: 'EUR',
    DocumentTitle: `${titel} ${d.nummer}`,
    Language: 'de',
  });
  inv.ele('InvoiceNumber').txt(d.nummer);
  inv.ele('InvoiceDate').txt(d.datum);
  if (storno) {
    if (!d.stornoVon) throw new Error(`Stornorechnung ${d.nummer} nennt keine stornierte Honorarnote`);
    const c = inv.ele('CancelledOriginalDocument');
    c.ele('InvoiceNumber').txt(d.stornoVon.nummer);
    c.ele('InvoiceDate').txt(d.stornoVon.datum);
    c.ele('DocumentType').txt('Invoice');
    c.ele('Comment').txt(`Storno der Honorarnote Nr. ${d.stornoVon.nummer} vom ${datumAT(d.stornoVon.datum)}`);
  }

  const biller = inv.ele('Biller');
  biller.ele('VATIdentificationNumber').txt(d.kanzlei.uid?.trim() || UID_UNBEKANNT);
  adresse(biller, d.kanzlei.name, d.kanzlei.anschrift, { telefon: d.kanzlei.telefon, email: d.kanzlei.email });

  const empfaenger = inv.ele('InvoiceRecipient');
  empfaenger.ele('VATIdentificationNumber').txt(d.empfaenger.uid?.trim() || UID_UNBEKANNT);
  adresse(empfaenger, d.empfaenger.name, d.empfaenger.anschrift);

  // Lines, and the sums per category as they go.
  const netto: Record<Kategorie, Decimal> = { S: new Decimal(0), E: new Decimal(0), O: new Decimal(0) };
  const hat: Record<Kategorie, boolean> = { S: false, E: false, O: false };
  const summeLinien = Object.fromEntries(ARTEN.map(([k]) => [k, new Decimal(0)])) as Record<(typeof ARTEN)[number][0], Decimal>;
  const details = inv.ele('Details');
  const liste = details.ele('ItemList');
  liste.ele('HeaderDescription').txt(`Akt ${d.aktenzeichen}`);
  let nr = 0;
  for (const p of d.positionen) {
    const beschreibung = [p.text ?? p.kuerzel, p.tarifbasis && `(${p.tarifbasis})`].filter(Boolean).join(' ');
    const arten = ARTEN.filter(([k]) => !new Decimal(p[k]).isZero());
    for (const [k, bezeichnung, kat] of arten.length ? arten : [ARTEN[0]]) {
      const v = wert(p[k]);
      summeLinien[k] = summeLinien[k].plus(v);
      netto[kat] = netto[kat].plus(v);
      hat[kat] = true;
      const z = liste.ele('ListLineItem');
      z.ele('PositionNumber').txt(String(++nr));
      z.ele('Description').txt(`${beschreibung} – ${bezeichnung}`);
      z.ele('Quantity', { Unit: 'C62' }).txt('1');
      z.ele('UnitPrice').txt(betrag(v));
      z.ele('Delivery').ele('Date').txt(p.datum);
      const t = z.ele('TaxItem');
      t.ele('TaxableAmount').txt(betrag(v));
      t.ele('TaxPercent', { TaxCategoryCode: kat }).txt(betrag(KATEGORIEN[kat].prozent));
      z.ele('LineItemAmount').txt(betrag(v));
    }
  }

  // The figures must be the PDF's (beleg.summen), to the cent.
  const summen = Object.fromEntries(Object.entries(d.summen).map(([k, v]) => [k, wert(v)])) as Record<keyof Beleg['summen'], Decimal>;
  for (const [k] of ARTEN) {
    if (!summeLinien[k].equals(summen[k])) throw new Error(`${titel} ${d.nummer}: Summe ${k} der Positionen ${summeLinien[k]} ≠ ${summen[k]}`);
  }
  if (!netto.S.equals(summen.ustBasis)) throw new Error(`${titel} ${d.nummer}: Bemessungsgrundlage ${netto.S} ≠ ${summen.ustBasis}`);
  const ust = ustAuf(netto.S);
  if (!ust.equals(summen.ust)) throw new Error(`${titel} ${d.nummer}: USt ${ust} ≠ ${summen.ust}`);
  const gesamt = netto.S.plus(ust).plus(netto.E).plus(netto.O);
  if (!gesamt.equals(summen.brutto)) throw new Error(`${titel} ${d.nummer}: Gesamtbetrag ${gesamt} ≠ ${summen.brutto}`);

  const tax = inv.ele('Tax');
  for (const kat of ['S', 'E', 'O'] as const) {
    if (!hat[kat]) continue;
    const t = tax.ele('TaxItem');
    t.ele('TaxableAmount').txt(betrag(netto[kat]));
    t.ele('TaxPercent', { TaxCategoryCode: kat }).txt(betrag(KATEGORIEN[kat].prozent));
    if (kat === 'S') t.ele('TaxAmount').txt(betrag(ust));
    t.ele('Comment').txt(KATEGORIEN[kat].kommentar);
  }
  inv.ele('TotalGrossAmount').txt(betrag(gesamt));
  inv.ele('PayableAmount').txt(betrag(gesamt));

  const zahlung = inv.ele('PaymentMethod');
  if (storno) {
    zahlung.ele('Comment').txt(`Storno der Honorarnote Nr. ${d.stornoVon?.nummer}: keine Zahlung`);
    zahlung.ele('NoPayment');
  } else {
    zahlung.ele('Comment').txt(`Überweisung unter Angabe der Zahlungsreferenz oder der Rechnungsnummer ${d.nummer}`);
    const ubt = zahlung.ele('UniversalBankTransaction');
    if (d.kanzlei.iban?.trim()) {
      const konto = ubt.ele('BeneficiaryAccount');
      const bic = d.kanzlei.bic?.replace(/\s+/g, '').toUpperCase();
      if (bic && /^[0-9A-Z]{8}([0-9A-Z]{3})?$/.test(bic)) konto.ele('BIC').txt(bic);
      konto.ele('IBAN').txt(normalisiereIban(d.kanzlei.iban));
      konto.ele('BankAccountOwner').txt(d.kanzlei.name.slice(0, 70));
    }
    const rf = rfReferenzAusNummer(d.nummer);
    if (rf) ubt.ele('PaymentReference').txt(rf);
    const bedingungen = inv.ele('PaymentConditions');
    bedingungen.ele('DueDate').txt(d.faelligAm);
    bedingungen.ele('Comment').txt(`Zahlbar bis ${datumAT(d.faelligAm)} ohne Abzug`);
  }
  return doc.end({ prettyPrint: true }) + '\n';
}
