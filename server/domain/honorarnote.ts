// The figures of a Honorarnote (lifecycle.md, billing): lines from Leistungen, Barauslagen by kind,
// 20 % USt on fee, ES, Streitgenossenzuschlag and USt-pflichtige Barauslagen, total. Pure.
import { z } from 'zod';
import type { LeistungBetraege } from './leistung.js';
import { Decimal, ustAuf } from './money.js';

/** A billed line carries exactly the amounts of its Leistung. */
export type Posten = LeistungBetraege;

export interface Summen extends Posten {
  ustBasis: Decimal;
  ust: Decimal;
  brutto: Decimal;
}

const BETRAEGE = ['verdienst', 'einheitssatz', 'streitgenossenzuschlag', 'barauslagenUstPflichtig', 'barauslagenUstFrei', 'barauslagenDurchlaufer'] as const;

/**
 * The totals. The USt is computed once on the total USt basis and rounded half up to the cent (as
 * an Austrian invoice states it: net per rate, tax per rate), not summed from rounded line taxes,
 * so every figure can be reproduced from the lines.
 */
export function summen(posten: readonly Posten[]): Summen {
  const s = Object.fromEntries(BETRAEGE.map((k) => [k, posten.reduce((acc, p) => acc.plus(p[k]), new Decimal(0))])) as unknown as Posten;
  const ustBasis = s.verdienst.plus(s.einheitssatz).plus(s.streitgenossenzuschlag).plus(s.barauslagenUstPflichtig);
  const ust = ustAuf(ustBasis);
  return { ...s, ustBasis, ust, brutto: ustBasis.plus(ust).plus(s.barauslagenUstFrei).plus(s.barauslagenDurchlaufer) };
}

/** A Stornorechnung carries every amount of a line negated. */
export const negiertePosten = (p: { [K in (typeof BETRAEGE)[number]]: { toString(): string } }): Posten =>
  Object.fromEntries(BETRAEGE.map((k) => [k, new Decimal(p[k].toString()).negated()])) as unknown as Posten;

export const POSTEN_BETRAEGE = BETRAEGE;
export const SUMMEN_BETRAEGE = [...BETRAEGE, 'ustBasis', 'ust', 'brutto'] as const;

/** "2026-0007": year and the office's gapless running number. */
export const rechnungsnummer = (jahr: number, laufnummer: number) => `${jahr}-${String(laufnummer).padStart(4, '0')}`;

/** UStG § 11: the recipient's UID is required on an invoice to a business above this gross amount. */
export const UID_PFLICHT_EMPFAENGER_AB = new Decimal('10000');

export interface RechnungsBeteiligte {
  kanzlei: { name: string; anschrift: string | null; uid: string | null };
  empfaenger: { name: string; art: 'NATUERLICHE_PERSON' | 'UNTERNEHMEN' | 'BEHOERDE'; strasse: string | null; plz: string | null; ort: string | null; uid: string | null };
  brutto: Decimal;
}

/**
 * What an invoice lacks of the issuer's and recipient's details UStG § 11 requires
 * (zahlungsverkehr.md): issuer name, address and UID; recipient name and address (street, PLZ,
 * place); for a business recipient and more than 10 000 € gross, the recipient's UID. Empty: complete.
 */
export function fehlendeRechnungsangaben({ kanzlei, empfaenger, brutto }: RechnungsBeteiligte): string[] {
  const fehlt: string[] = [];
  if (!kanzlei.name.trim()) fehlt.push('Kanzlei: Name fehlt');
  if (!kanzlei.anschrift?.trim()) fehlt.push('Kanzlei: Anschrift fehlt');
  if (!kanzlei.uid?.trim()) fehlt.push('Kanzlei: UID-Nummer fehlt');
  if (!empfaenger.name.trim()) fehlt.push('Empfänger: Name fehlt');
  const teile = [['Straße', empfaenger.strasse], ['PLZ', empfaenger.plz], ['Ort', empfaenger.ort]] as const;
  const ohne = teile.filter(([, v]) => !v?.trim()).map(([k]) => k);
  if (ohne.length === teile.length) fehlt.push('Empfänger: Anschrift fehlt');
  else if (ohne.length) fehlt.push(`Empfänger: Anschrift unvollständig (${ohne.join(', ')} fehlt)`);
  if (empfaenger.art === 'UNTERNEHMEN' && !empfaenger.uid && brutto.greaterThan(UID_PFLICHT_EMPFAENGER_AB)) {
    fehlt.push('Empfänger: UID-Nummer fehlt (Unternehmer, Rechnung über 10.000 € brutto)');
  }
  return fehlt;
}

/** Whether the recipient's UID is printed: on invoices to a business (it may be set on others). */
export const uidGedruckt = (art: RechnungsBeteiligte['empfaenger']['art']) => art === 'UNTERNEHMEN';

/**
 * Everything the document prints, frozen at issue time into Honorarnote.beleg (and for older
 * notes filled by the migration `honorarnote_beleg`): amounts as exact decimal text, dates ISO.
 */
const betrag = z.string().regex(/^-?\d+(\.\d+)?$/);
const isoTag = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const belegSchema = z.object({
  version: z.literal(1),
  art: z.enum(['RECHNUNG', 'STORNORECHNUNG']),
  nummer: z.string(),
  datum: isoTag,
  faelligAm: isoTag,
  aktenzeichen: z.string(),
  kanzlei: z.object({ name: z.string(), anschrift: z.string().nullable(), uid: z.string().nullable(), iban: z.string().nullable(), bic: z.string().nullable().optional(), email: z.string().nullable(), telefon: z.string().nullable() }),
  empfaenger: z.object({ name: z.string(), anschrift: z.string().nullable(), uid: z.string().nullable() }),
  stornoVon: z.object({ nummer: z.string(), datum: isoTag }).nullable(),
  positionen: z.array(z.object({
    datum: isoTag, kuerzel: z.string(), text: z.string().nullable(), tarifbasis: z.string().nullable(),
    ...Object.fromEntries(BETRAEGE.map((k) => [k, betrag])) as Record<(typeof BETRAEGE)[number], typeof betrag>,
  })),
  summen: z.object(Object.fromEntries(SUMMEN_BETRAEGE.map((k) => [k, betrag])) as Record<(typeof SUMMEN_BETRAEGE)[number], typeof betrag>),
});
export type Beleg = z.infer<typeof belegSchema>;
