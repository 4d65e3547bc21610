// Bank statements read into the format-independent Kontoauszug (./typen.ts): pure, no database.
// The caller (the import service) books, proposes or queues what comes back; a file that cannot be
// read throws KontoauszugFormatError naming the line (MT940) or element/entry (camt), and then
// nothing may be imported.
//
// Input is a JS string: the caller decodes the bytes. camt files are UTF-8 (XML); MT940 files from
// Austrian banks are often ISO-8859-1 (decode with `new TextDecoder('latin1')`), some carry U+FFFD
// replacement characters where umlauts were lost: those are kept as they are. A leading byte order
// mark is ignored. Size and entry count are bounded before anything is parsed.
import { zaehleCamtEintraege, parseCamt } from './camt.js';
import { fehler, MAX_KONTOAUSZUG_EINTRAEGE, MAX_KONTOAUSZUG_ZEICHEN } from './gemeinsam.js';
import { parseMt940, zaehleMt940Eintraege } from './mt940.js';
import type { Kontoauszug, KontoauszugFormat } from './typen.js';

export { MAX_KONTOAUSZUG_EINTRAEGE, MAX_KONTOAUSZUG_TRANSAKTIONEN, MAX_KONTOAUSZUG_ZEICHEN, rfReferenzImText } from './gemeinsam.js';
export * from './typen.js';

export const KONTOAUSZUG_FORMATE: readonly KontoauszugFormat[] = ['CAMT053', 'CAMT054', 'MT940'];

/** Parses a bank statement file of the given format; throws KontoauszugFormatError if it cannot be read. */
export function parseKontoauszug(format: KontoauszugFormat, datei: string): Kontoauszug {
  if (typeof datei !== 'string') throw fehler('Die Datei muss als Text übergeben werden', 'Datei');
  if (datei.length > MAX_KONTOAUSZUG_ZEICHEN) {
    throw fehler(`Die Datei ist größer als ${MAX_KONTOAUSZUG_ZEICHEN / (1024 * 1024)} MB (${datei.length} Zeichen)`, 'Datei');
  }
  const text = datei.charCodeAt(0) === 0xfeff ? datei.slice(1) : datei;
  if (text.trim() === '') throw fehler('Die Datei ist leer', 'Datei');
  switch (format) {
    case 'CAMT053':
    case 'CAMT054': {
      const n = zaehleCamtEintraege(text);
      if (n > MAX_KONTOAUSZUG_EINTRAEGE) throw fehler(`Mehr als ${MAX_KONTOAUSZUG_EINTRAEGE} Buchungen (Ntry: ${n})`, 'Datei');
      return parseCamt(format, text);
    }
    case 'MT940': {
      const n = zaehleMt940Eintraege(text);
      if (n > MAX_KONTOAUSZUG_EINTRAEGE) throw fehler(`Mehr als ${MAX_KONTOAUSZUG_EINTRAEGE} Buchungen (:61:: ${n})`, 'Datei');
      return parseMt940(text);
    }
    default:
      throw fehler(`Unbekanntes Format ${String(format)}`, 'Datei');
  }
}
