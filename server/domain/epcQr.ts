// The EPC QR code ("Zahlen mit Code", EPC069-12 / STUZZA): the text a banking app reads to fill a
// SEPA credit transfer. Facts: ../shared/domain/zahlungsverkehr.md. Pure: builds and checks the
// payload; drawing it is server/dokumente/qrCode.ts.
//
// Rules the office relies on:
// - Version 002 (BIC optional in the EEA): the BIC line is written when the office has one.
// - Amount: "EUR" + the amount with a point and two decimals, 0.01 … 999999999.99. Nothing open
//   (0 or less) means no QR code at all: a code for 0 € would invite a pointless transfer.
// - Exactly one of the structured reference (line 10, RF…) and the text (line 11): we always have
//   an RF reference, and the bank passes it through unchanged, so the import can match the payment.
// - Beneficiary name at most 70 characters: longer office names are cut (the IBAN decides where the
//   money goes, the name is only shown). Line breaks in any field would shift the lines and are
//   replaced by spaces.
// - The whole payload at most 331 bytes in UTF-8 (the standard's limit).
import { Decimal } from 'decimal.js';
import { istGueltigeBic, istGueltigeIban, normalisiereIban } from './iban.js';
import { istGueltigeRfReferenz } from './rfReferenz.js';

export interface EpcZahlung {
  empfaenger: string;
  iban: string;
  bic?: string | null;
  /** Decimal text or Decimal; two decimals after rounding are checked, never rounded here. */
  betrag: Decimal | string;
  rfReferenz: string;
  /** Line 12, e.g. "Honorarnote 2026-0007" (max 70). */
  hinweis?: string | null;
}

export const EPC_MAX_BYTES = 331;
export const EPC_MAX_BETRAG = new Decimal('999999999.99');

/** Why no code can be made (e.g. the office has no IBAN yet): shown to the user, not thrown away. */
export class EpcQrError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EpcQrError';
  }
}

const einzeilig = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();
const kuerze = (s: string, max: number) => [...s].slice(0, max).join('');

/** The payload lines joined by LF, without trailing empty lines. Throws EpcQrError on bad data. */
export function epcQrPayload(z: EpcZahlung): string {
  const iban = normalisiereIban(z.iban);
  if (!istGueltigeIban(iban)) throw new EpcQrError(`Die IBAN ${z.iban} ist ungültig.`);
  const bic = z.bic ? z.bic.trim().toUpperCase() : '';
  if (bic && !istGueltigeBic(bic)) throw new EpcQrError(`Der BIC ${z.bic} ist ungültig.`);
  const betrag = new Decimal(z.betrag);
  if (!betrag.equals(betrag.toDecimalPlaces(2))) throw new EpcQrError(`Der Betrag ${betrag.toString()} hat mehr als zwei Nachkommastellen.`);
  if (betrag.lessThan('0.01') || betrag.greaterThan(EPC_MAX_BETRAG)) throw new EpcQrError(`Der Betrag ${betrag.toFixed(2)} liegt nicht zwischen 0,01 und 999.999.999,99.`);
  const referenz = z.rfReferenz.replace(/\s+/g, '').toUpperCase();
  if (!istGueltigeRfReferenz(referenz)) throw new EpcQrError(`${z.rfReferenz} ist keine gültige RF-Referenz.`);
  const name = kuerze(einzeilig(z.empfaenger), 70);
  if (!name) throw new EpcQrError('Der Name des Empfängers fehlt.');
  const zeilen = ['BCD', '002', '1', 'SCT', bic, name, iban, `EUR${betrag.toFixed(2)}`, '', referenz, '', z.hinweis ? kuerze(einzeilig(z.hinweis), 70) : ''];
  while (zeilen.at(-1) === '') zeilen.pop();
  const payload = zeilen.join('\n');
  if (Buffer.byteLength(payload, 'utf8') > EPC_MAX_BYTES) throw new EpcQrError(`Der QR-Code-Inhalt ist länger als ${EPC_MAX_BYTES} Bytes.`);
  return payload;
}
