// IBAN (ISO 13616) and BIC (ISO 9362) of the office's bank account. An EPC QR code with a wrong
// IBAN is refused by the payer's banking app, and a bank statement is matched to the office by its
// IBAN, so both are checked when entered, not when first used.

/** Spaces out, upper case: "at61 1904 3002 3457 3201" → "AT611904300234573201". */
export const normalisiereIban = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/** Whether s is an IBAN: country code, two check digits, up to 30 alphanumerics, mod 97 = 1 (ISO 13616). */
export function istGueltigeIban(s: string): boolean {
  const iban = normalisiereIban(s);
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  // Austrian IBANs have exactly 20 characters; other countries are checked by the mod-97 rule alone.
  if (iban.startsWith('AT') && iban.length !== 20) return false;
  let rest = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    for (const z of String(parseInt(ch, 36))) rest = (rest * 10 + Number(z)) % 97;
  }
  return rest === 1;
}

/** The printed form in groups of four: "AT61 1904 3002 3457 3201". */
export const ibanDruck = (s: string) => normalisiereIban(s).replace(/(.{4})(?=.)/g, '$1 ');

/** BIC: 4 letters bank, 2 letters country, 2 alphanumerics location, optional 3 alphanumerics branch. */
export const istGueltigeBic = (s: string) => /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(s.trim().toUpperCase());
