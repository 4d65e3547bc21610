// The rules of a Titel (../shared/domain/titel.md): which fields a kind of decision needs, the
// § 54a ZPO default, the awarded total, the '#WV:' texts and the Geschäftszahl check. Pure.
import { z } from 'zod';
import { isoDate } from './dates.js';
import { Decimal, roundToCent, toDecimal, ustAuf, type DecimalLike } from './money.js';
import { amount, date, id, optionalText, text } from './validation.js';

export const BESCHLUSSARTEN = [
  'ZAHLUNGSBEFEHL', 'URTEIL', 'VERSAEUMUNGSURTEIL', 'ANERKENNTNISURTEIL', 'BESCHLUSS', 'KOSTENBESTIMMUNGSBESCHLUSS',
  'VERGLEICH', 'ZAHLUNGSAUFTRAG', 'NOTARIATSAKT', 'RUECKSTANDSAUSWEIS', 'SCHIEDSSPRUCH', 'BESCHEID',
  'EUROPAEISCHER_ZAHLUNGSBEFEHL', 'EUROPAEISCHER_VOLLSTRECKUNGSTITEL', 'KOSTENTITEL', 'SONSTIGER_TITEL',
] as const;
export type Beschlussart = (typeof BESCHLUSSARTEN)[number];

/** § 54a ZPO interest on the costs is owed by default for court cost decisions, not for the rest. */
const MIT_ZINSEN_54A: ReadonlySet<Beschlussart> = new Set([
  'ZAHLUNGSBEFEHL', 'URTEIL', 'VERSAEUMUNGSURTEIL', 'ANERKENNTNISURTEIL', 'BESCHLUSS', 'KOSTENBESTIMMUNGSBESCHLUSS',
  'KOSTENTITEL', 'EUROPAEISCHER_ZAHLUNGSBEFEHL',
]);
export const zinsen54aVorschlag = (art: Beschlussart): boolean => MIT_ZINSEN_54A.has(art);

/** A Kostentitel is the only kind that can be enforced without a Vollstreckbarkeitsbestätigung. */
export const brauchtVollstreckbarAm = (art: Beschlussart): boolean => art !== 'KOSTENTITEL';

export interface TitelBetraege {
  barauslagenDurchlaufer: Decimal;
  barauslagenUstFrei: Decimal;
  barauslagenUstPflichtig: Decimal;
  barauslagenKlient: Decimal;
  verdienst: Decimal;
  einheitssatz: Decimal;
  ust: Decimal;
}

export const BETRAG_FELDER = ['barauslagenDurchlaufer', 'barauslagenUstFrei', 'barauslagenUstPflichtig', 'barauslagenKlient', 'verdienst', 'einheitssatz', 'ust'] as const;

/** The awarded amounts of a stored Titel (database decimals) as decimal.js values. */
export const titelBetraege = (row: Record<(typeof BETRAG_FELDER)[number], DecimalLike>): TitelBetraege =>
  Object.fromEntries(BETRAG_FELDER.map((k) => [k, toDecimal(row[k])])) as unknown as TitelBetraege;

/** Awarded USt when none is entered: 20 % of Verdienst + ES + USt-pflichtige Barauslagen, to the cent. */
export const ustFuerTitel = (b: Pick<TitelBetraege, 'verdienst' | 'einheitssatz' | 'barauslagenUstPflichtig'>): Decimal =>
  ustAuf(b.verdienst.plus(b.einheitssatz).plus(b.barauslagenUstPflichtig));

/** Zugesprochen: all Barauslagen (the client's included) + Verdienst + ES + USt. */
export const zugesprochen = (b: TitelBetraege): Decimal =>
  b.barauslagenDurchlaufer.plus(b.barauslagenUstFrei).plus(b.barauslagenUstPflichtig).plus(b.barauslagenKlient)
    .plus(b.verdienst).plus(b.einheitssatz).plus(b.ust);

/**
 * The "Weiteres Vorbringen" texts of a memo: what stands between '#WV:' and the next '#'.
 * Text outside the markers is not copied, nor is an unclosed marker.
 */
export function weiteresVorbringen(memo: string | null | undefined): string[] {
  if (!memo) return [];
  return [...memo.matchAll(/#WV:([^#]*)#/g)].map((m) => m[1]!.trim()).filter((s) => s.length > 0);
}

/**
 * Austrian court case numbers look like "12 C 345/24k": Abteilung, Gattung, Nummer/Jahr and a
 * Prüfbuchstabe. Other forms are allowed (authorities number differently) but get a warning,
 * since the ERV refuses some of them.
 */
const GZ = /^\d{1,4} ?[A-Z][A-Za-z]{0,4} ?\d{1,6}\/\d{2}[a-z]$/;
export function geschaeftszahlHinweis(gz: string | null | undefined): string | null {
  if (!gz || GZ.test(gz.trim())) return null;
  return `„${gz}“ hat nicht die Form einer Geschäftszahl wie „12 C 345/24k“ (Abteilung Gattung Nummer/Jahr Prüfbuchstabe); das ERV kann sie ablehnen.`;
}

/** Whole days from `von` to `bis` (dates at UTC midnight). */
export const tage = (von: Date, bis: Date): number => Math.round((bis.getTime() - von.getTime()) / 86_400_000);

/**
 * Simple interest p.a. for a period, to the cent: Kapital × Satz % × Tage / 365 (actual days over
 * a 365-day year, the usual Austrian court practice). Nothing for an empty or negative period.
 */
export function zinsen(kapital: Decimal, satzProzent: Decimal, von: Date, bis: Date): Decimal {
  const t = tage(von, bis);
  if (t <= 0) return new Decimal(0);
  return roundToCent(kapital.times(satzProzent).dividedBy(100).times(t).dividedBy(365));
}

/** The § 54a ZPO rate: fixed 4 % p.a., not tied to the base rate (kept a dated setting). */
export const ZINSSATZ_54A: readonly { gueltigAb: string; satz: Decimal }[] = [{ gueltigAb: '1983-05-01', satz: new Decimal(4) }];

const betraege = {
  barauslagenDurchlaufer: amount().nullish(),
  barauslagenUstFrei: amount().nullish(),
  barauslagenUstPflichtig: amount().nullish(),
  barauslagenKlient: amount().nullish(),
  verdienst: amount().nullish(),
  einheitssatz: amount().nullish(),
  ust: amount().nullish(),
};

const felder = {
  datum: date(),
  beschlussart: z.enum(BESCHLUSSARTEN, { message: 'ist keine zulässige Beschlussart' }),
  honorartext: optionalText(2000),
  gericht: text(40).transform((s) => s.toUpperCase()),
  geschaeftszahl: optionalText(100),
  zinsen54a: z.boolean().nullish(),
  vollstreckbarAm: date().nullish(),
  gegenWen: z.number().int().min(1, { message: 'muss zwischen 1 und 10 liegen' }).max(10, { message: 'muss zwischen 1 und 10 liegen' }).nullish(),
  sachbearbeiter: optionalText(10),
  zeitMinuten: z.number().int().min(0).max(100_000).nullish(),
  memo: z.string().max(100_000).nullish(),
};

/** The rules that tie fields to the Beschlussart; applied to the merged state on update too. */
export function titelRegeln(t: { beschlussart: Beschlussart; honorartext?: string | null; vollstreckbarAm?: Date | null }): { field: string; message: string }[] {
  const issues = [];
  if (t.beschlussart === 'SONSTIGER_TITEL' && !t.honorartext) {
    issues.push({ field: 'honorartext', message: 'beschreibt einen sonstigen Titel und ist dann Pflicht' });
  }
  if (brauchtVollstreckbarAm(t.beschlussart) && !t.vollstreckbarAm) {
    issues.push({ field: 'vollstreckbarAm', message: 'ist Pflicht (außer bei einem Kostentitel)' });
  }
  return issues;
}

export const createTitelInput = z.object({ aktId: id(), ...felder, ...betraege });
export const updateTitelInput = z.object({
  id: id(),
  datum: felder.datum.optional(),
  beschlussart: felder.beschlussart.optional(),
  honorartext: felder.honorartext,
  gericht: felder.gericht.optional(),
  geschaeftszahl: felder.geschaeftszahl,
  zinsen54a: z.boolean().nullish(), // null = back to the Beschlussart's default
  vollstreckbarAm: felder.vollstreckbarAm,
  gegenWen: felder.gegenWen,
  sachbearbeiter: felder.sachbearbeiter,
  zeitMinuten: felder.zeitMinuten,
  memo: felder.memo,
  // Amounts of a Titel are never empty: left out = unchanged; ust: null = derived again (20 %).
  barauslagenDurchlaufer: amount().optional(),
  barauslagenUstFrei: amount().optional(),
  barauslagenUstPflichtig: amount().optional(),
  barauslagenKlient: amount().optional(),
  verdienst: amount().optional(),
  einheitssatz: amount().optional(),
  ust: amount().nullish(),
});
export const createTitelFromLeistungInput = createTitelInput.omit({ aktId: true }).extend({ leistungId: id() });
export const assignForderungenInput = z.object({
  titelId: id(),
  forderungIds: z.array(id()).min(1, { message: 'mindestens eine Forderung' }).refine((ids) => new Set(ids).size === ids.length, { message: 'enthält eine Forderung mehrfach' }),
});

/** How a Titel is named to the user: its Geschäftszahl, else its kind and date. */
export const titelName = (t: { geschaeftszahl: string | null; beschlussart: string; datum: Date }): string =>
  t.geschaeftszahl ?? `${t.beschlussart} vom ${isoDate(t.datum)}`;

/**
 * A Gegner list replaces the old one (setGegner): a position that a Titel names in gegenWen must keep
 * its person, since the Titel works against that person. Removing it, or putting someone else at that
 * position, is refused until those Titel's gegenWen is changed (cleared = all opponents, or another
 * position). Adding Gegner at the end, and changing positions no Titel names, is fine.
 * Returns the message for the user, or null.
 */
export function gegnerWechselFehler(
  titel: readonly { gegenWen: number | null; geschaeftszahl: string | null; beschlussart: string; datum: Date }[],
  alt: readonly { position: number; personId: string }[],
  neu: readonly string[],
): string | null {
  const vorher = new Map(alt.map((g) => [g.position, g.personId]));
  // (A position the Akt lacks already, in data older than this rule, may be filled.)
  const betroffen = titel.filter((t) => t.gegenWen != null && vorher.has(t.gegenWen) && neu[t.gegenWen - 1] !== vorher.get(t.gegenWen));
  if (betroffen.length === 0) return null;
  const liste = betroffen.map((t) => `${titelName(t)} (Gegner ${t.gegenWen})`).join(', ');
  return `Diese Titel richten sich gegen einen Gegner, den die neue Liste entfernt oder an dieser Stelle ersetzt: ${liste}. Ändern Sie zuerst gegenWen dieser Titel (leer = gegen alle Gegner).`;
}
