// The dunning letter (Mahnschreiben) to one Gegner of an Akt: what it prints, frozen into
// Mahnschreiben.beleg when it is recorded as sent. Pure: the figures come in from the one
// computation the API uses (server/services/aktBetraege.ts); nothing here computes an amount but
// the letter's total.
//
// Rules decided here (the issue is silent on them):
// - Stufe: the number of letters already recorded as sent to that Person on that Akt, plus one.
//   1 "Mahnung", 2 "Zweite Mahnung", … 10 "Zehnte Mahnung", then "11. Mahnung".
// - The figures are the Akt's (Gegner are jointly liable for the Akt's claim): Schuldnerstand on
//   the letter's date (capital, interest to that day, awarded costs, payments received) and the
//   Mahnkosten under the chosen tariff on that date (with the Streitgenossenzuschlag for the
//   number of Gegner, as Akt.mahnkosten computes it).
// - Total = Schuldnerstand.gesamt + this letter's Mahnkosten (brutto). Earlier letters' Mahnkosten
//   are not added again: an office that claims them records them as a Nebenforderung.
// - Due date = the letter's date + the office's zahlungszielTage (default 14), like its invoices.
// - A letter needs something to claim (Schuldnerstand.gesamt > 0), the office's IBAN and address,
//   and the Gegner's address (Straße, PLZ, Ort): otherwise a ValidationError naming every gap.
import { z } from 'zod';
import { Decimal } from './money.js';

const ORDINAL = ['', '', 'Zweite', 'Dritte', 'Vierte', 'Fünfte', 'Sechste', 'Siebente', 'Achte', 'Neunte', 'Zehnte'];

/** "Mahnung", "Zweite Mahnung", … (see above). */
export function stufeText(stufe: number): string {
  if (!Number.isInteger(stufe) || stufe < 1) throw new Error(`Ungültige Mahnstufe ${stufe}`);
  if (stufe === 1) return 'Mahnung';
  return stufe < ORDINAL.length ? `${ORDINAL[stufe]} Mahnung` : `${stufe}. Mahnung`;
}

const betrag = z.string().regex(/^-?\d+(\.\d+)?$/);
const isoTag = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Everything the letter prints: amounts as exact decimal text, dates ISO. */
export const mahnBelegSchema = z.object({
  version: z.literal(1),
  datum: isoTag,
  faelligAm: isoTag,
  stufe: z.number().int().min(1),
  aktenzeichen: z.string(),
  kanzlei: z.object({ name: z.string(), anschrift: z.string().nullable(), uid: z.string().nullable(), iban: z.string(), bic: z.string().nullable(), email: z.string().nullable(), telefon: z.string().nullable() }),
  klient: z.object({ name: z.string() }),
  empfaenger: z.object({ gegnerPosition: z.number().int(), name: z.string(), anschrift: z.string() }),
  rfReferenz: z.string(),
  forderungen: z.array(z.object({ art: z.enum(['HAUPTFORDERUNG', 'NEBENFORDERUNG']), bezeichnung: z.string(), betrag, zinssatz: betrag.nullable(), zinsenAb: isoTag.nullable() })),
  zahlungen: z.array(z.object({ datum: isoTag, betrag })),
  stand: z.object({ kapital: betrag, zinsen: betrag, kosten: betrag, bezahlt: betrag, gesamt: betrag }),
  mahnkosten: z.object({
    tarif: z.string(), bemessungsgrundlage: betrag, ratgGueltigAb: isoTag,
    positionen: z.array(z.object({ tarifpost: z.string(), bezeichnung: z.string(), zuschlag: betrag, anzahl: z.number().int(), betrag })),
    verdienst: betrag, streitgenossenzuschlagProzent: betrag, streitgenossenzuschlag: betrag, porto: betrag, netto: betrag, ust: betrag, brutto: betrag,
  }),
  gesamt: betrag,
  /** The EPC QR code's text ("Zahlen mit Code"), built when the letter was made. */
  epcQr: z.string(),
});
export type MahnBeleg = z.infer<typeof mahnBelegSchema>;

/** The letter's total: what is open plus this letter's Mahnkosten. */
export const mahnGesamt = (offen: Decimal, mahnkostenBrutto: Decimal): Decimal => offen.plus(mahnkostenBrutto);

/** Due date: the letter's date + the office's payment term in days. */
export const mahnFaelligAm = (datum: Date, zahlungszielTage: number): Date => new Date(datum.getTime() + zahlungszielTage * 86_400_000);

/** What stops a letter from being made, each named (empty: it can be made). */
export function fehlendeMahnangaben(args: {
  kanzlei: { iban: string | null; anschrift: string | null };
  empfaenger: { strasse: string | null; plz: string | null; ort: string | null };
}): string[] {
  const fehlt: string[] = [];
  if (!args.kanzlei.iban?.trim()) fehlt.push('Kanzlei: IBAN fehlt');
  if (!args.kanzlei.anschrift?.trim()) fehlt.push('Kanzlei: Anschrift fehlt');
  const teile = [['Straße', args.empfaenger.strasse], ['PLZ', args.empfaenger.plz], ['Ort', args.empfaenger.ort]] as const;
  const ohne = teile.filter(([, v]) => !v?.trim()).map(([k]) => k);
  if (ohne.length === teile.length) fehlt.push('Gegner: Anschrift fehlt');
  else if (ohne.length) fehlt.push(`Gegner: Anschrift unvollständig (${ohne.join(', ')} fehlt)`);
  return fehlt;
}
