// What the import does with each transaction of a parsed statement, before anything is looked up:
// which entries are ignored (and why), and what in the remittance text could name a Honorarnote or
// an Akt. Pure; the service (server/services/kontoauszug.ts) looks the candidates up in batches.
import { Decimal } from '../money.js';
import { honorarnoteAusRfReferenz, istGueltigeRfReferenz } from '../rfReferenz.js';
import type { Buchungseintrag, Transaktion } from './typen.js';

/** The office books in euro: an entry in another currency is reported, not booked. */
export const WAEHRUNG = 'EUR';

/** Why an entry is ignored (reported with status IGNORIERT), or null when it is an incoming euro payment. */
export function ignorierGrund(e: Buchungseintrag, t: Transaktion): string | null {
  if (e.storno) return 'Storno einer früheren Buchung der Bank: nicht gebucht (eine gebuchte Zahlung wird von Hand storniert)';
  if (e.richtung === 'DBIT') return 'Abgang (Lastschrift): nur eingehende Zahlungen werden gebucht';
  if (t.waehrung.toUpperCase() !== WAEHRUNG || e.waehrung.toUpperCase() !== WAEHRUNG) return `Fremdwährung ${t.waehrung}: nur Euro wird gebucht`;
  const betrag = new Decimal(t.betrag);
  if (!betrag.isFinite() || betrag.lessThanOrEqualTo(0) || betrag.decimalPlaces() > 2) return `Betrag ${t.betrag} ist kein positiver Euro-Betrag`;
  return null;
}

/** What a structured reference names: a Honorarnote (year, number), an (Akt, Gegner) pair's reference, or nothing valid. */
export type Referenzziel =
  | { art: 'HONORARNOTE'; jahr: number; laufnummer: number; rf: string }
  | { art: 'GEGNER'; rf: string }
  | { art: 'UNGUELTIG'; rf: string };

const normal = (s: string) => s.replace(/\s+/g, '').toUpperCase();

export function referenzziel(ref: string | null): Referenzziel | null {
  if (!ref || !ref.trim()) return null;
  const rf = normal(ref);
  if (!istGueltigeRfReferenz(rf)) return { art: 'UNGUELTIG', rf };
  const note = honorarnoteAusRfReferenz(rf);
  if (note) return { art: 'HONORARNOTE', ...note, rf };
  // Every (Akt, Gegner) reference has the basis "A" + digits; looked up in Zahlungsreferenz.
  if (/^RF[0-9]{2}A[0-9]+$/.test(rf)) return { art: 'GEGNER', rf };
  return { art: 'UNGUELTIG', rf };
}

/** An RF reference written into the free text (payers often type it there): the first valid one. */
export function rfImText(text: string | null): string | null {
  if (!text) return null;
  for (const m of text.toUpperCase().matchAll(/RF\s?[0-9]{2}(?:\s?[A-Z0-9]){1,21}/g)) {
    // Grouped in fours with spaces, the match may run into the next word: shorten until valid.
    let kandidat = normal(m[0]);
    while (kandidat.length > 4) {
      if (istGueltigeRfReferenz(kandidat)) return kandidat;
      kandidat = kandidat.slice(0, -1);
    }
  }
  return null;
}

/** Invoice numbers ("2026-0007") in the text, as (year, running number). */
export function rechnungsnummernImText(text: string | null): { jahr: number; laufnummer: number }[] {
  if (!text) return [];
  const out: { jahr: number; laufnummer: number }[] = [];
  for (const m of text.matchAll(/(?<![0-9])([12][0-9]{3})[-/]([0-9]{4,6})(?![0-9])/g)) {
    const laufnummer = Number(m[2]);
    if (laufnummer >= 1) out.push({ jahr: Number(m[1]), laufnummer });
  }
  return out;
}

/**
 * Words of the text that could be an Aktenzeichen (the office chooses its own scheme, e.g.
 * "2026/0001" or "K-17/26"): tokens of letters, digits and / - . that hold a digit, upper-cased.
 * The service looks them up among the office's Aktenzeichen (case-insensitive, exact).
 */
export function aktenzeichenKandidaten(text: string | null): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9/.\-_]*[A-Za-z0-9]/g)) {
    const w = m[0];
    if (/[0-9]/.test(w) && w.length >= 3 && w.length <= 60) out.add(w.toUpperCase());
  }
  return [...out];
}

/** The date a payment counts from (interest stops on the value date): the value date, else the booking date. */
export const zahlungsdatum = (e: Buchungseintrag): string => e.valutadatum ?? e.buchungsdatum;
