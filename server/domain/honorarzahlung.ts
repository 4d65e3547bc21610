// Whether a Honorarnote is paid (lifecycle.md, stages 6 and 7): the client's payments on it, what
// is still open, and which notes keep an Akt from being archived. Pure.
import { ValidationError } from './errors.js';
import { Decimal, formatDecimal, toDecimal, type DecimalLike } from './money.js';

export const ZAHLUNGSSTATUS = ['OFFEN', 'TEILBEZAHLT', 'BEZAHLT', 'ABGESCHRIEBEN', 'STORNIERT'] as const;
export type Zahlungsstatus = (typeof ZAHLUNGSSTATUS)[number];

/** What the status of a note is computed from (all its payments, reversed ones included). */
export interface NotenDaten {
  art: 'RECHNUNG' | 'STORNORECHNUNG';
  brutto: DecimalLike;
  /** Cancelled by a Stornorechnung. */
  storniert: boolean;
  abgeschrieben: boolean;
  zahlungen: readonly { betrag: DecimalLike; bezahltAm: Date; storniertAm: Date | null }[];
}

export interface Zahlungsstand {
  status: Zahlungsstatus;
  /** The sum of the uncancelled payments. */
  bezahlt: Decimal;
  /** What the client still owes: brutto − bezahlt; 0 for a cancelled or written-off note and for a Stornorechnung. */
  offen: Decimal;
  /** The date of the payment that closed the note (the latest uncancelled one); null while it is not BEZAHLT. */
  bezahltAm: Date | null;
}

const NULL = new Decimal(0);

export function zahlungsstand(n: NotenDaten): Zahlungsstand {
  const gueltig = n.zahlungen.filter((z) => !z.storniertAm);
  const bezahlt = gueltig.reduce((s, z) => s.plus(toDecimal(z.betrag)), NULL);
  if (n.art === 'STORNORECHNUNG' || n.storniert) return { status: 'STORNIERT', bezahlt, offen: NULL, bezahltAm: null };
  if (n.abgeschrieben) return { status: 'ABGESCHRIEBEN', bezahlt, offen: NULL, bezahltAm: null };
  const offen = toDecimal(n.brutto).minus(bezahlt);
  if (offen.lessThanOrEqualTo(0)) {
    const letzte = gueltig.reduce<Date | null>((m, z) => (m === null || z.bezahltAm > m ? z.bezahltAm : m), null);
    return { status: 'BEZAHLT', bezahlt, offen: NULL, bezahltAm: letzte };
  }
  return { status: bezahlt.greaterThan(0) ? 'TEILBEZAHLT' : 'OFFEN', bezahlt, offen, bezahltAm: null };
}

/** A payment of `betrag` on the note: refused on a Stornorechnung, a cancelled or written-off note, and beyond what is open. */
export function pruefeZahlung(nummer: string, n: NotenDaten, betrag: Decimal): void {
  if (n.art === 'STORNORECHNUNG') throw new ValidationError({ field: 'honorarnoteId', message: `${nummer} ist eine Stornorechnung: darauf wird nichts bezahlt` });
  const stand = zahlungsstand(n);
  if (stand.status === 'STORNIERT') throw new ValidationError({ field: 'honorarnoteId', message: `Die Honorarnote ${nummer} ist storniert: keine Zahlung mehr darauf` });
  if (stand.status === 'ABGESCHRIEBEN') throw new ValidationError({ field: 'honorarnoteId', message: `Die Honorarnote ${nummer} ist abgeschrieben: keine Zahlung mehr darauf` });
  if (betrag.greaterThan(stand.offen)) {
    throw new ValidationError({
      field: 'betrag',
      message: `${formatDecimal(betrag)} übersteigt den offenen Betrag der Honorarnote ${nummer} (${formatDecimal(stand.offen)}): eine Überzahlung wird nicht erfasst`,
    });
  }
}

/** A write-off of what is open: refused on a Stornorechnung, a cancelled, written-off or paid note. */
export function pruefeAbschreibung(nummer: string, n: NotenDaten): Decimal {
  if (n.art === 'STORNORECHNUNG') throw new ValidationError({ field: 'honorarnoteId', message: `${nummer} ist eine Stornorechnung: sie wird nicht abgeschrieben` });
  const stand = zahlungsstand(n);
  if (stand.status === 'STORNIERT') throw new ValidationError({ field: 'honorarnoteId', message: `Die Honorarnote ${nummer} ist storniert: nichts abzuschreiben` });
  if (stand.status === 'ABGESCHRIEBEN') throw new ValidationError({ field: 'honorarnoteId', message: `Die Honorarnote ${nummer} ist schon abgeschrieben` });
  if (stand.status === 'BEZAHLT') throw new ValidationError({ field: 'honorarnoteId', message: `Die Honorarnote ${nummer} ist bezahlt: nichts abzuschreiben` });
  return stand.offen;
}

/** Archiving an Akt (lifecycle.md: "archiving with open invoices" is refused): names each open note and its open amount. */
export function pruefeKeineOffenenNoten(noten: readonly (NotenDaten & { nummer: string })[]): void {
  const offen = noten.map((n) => ({ nummer: n.nummer, stand: zahlungsstand(n) })).filter((n) => n.stand.offen.greaterThan(0));
  if (offen.length === 0) return;
  const liste = offen.map((n) => `${n.nummer} (offen ${formatDecimal(n.stand.offen)} €)`).join(', ');
  throw new ValidationError({
    field: 'aktId',
    message: `Der Akt hat ${offen.length === 1 ? 'eine offene Honorarnote' : `${offen.length} offene Honorarnoten`}: ${liste}. ` +
      'Archiviert wird erst, wenn jede bezahlt, storniert oder von einem ADMIN abgeschrieben ist (schreibeHonorarnoteAb)',
  });
}
