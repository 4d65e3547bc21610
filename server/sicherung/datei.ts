// The backup file: a plain SQL script (pg_dump's output, readable by psql) between two comment
// lines of ours. The first names the format, the schema version and, per table, the row count and a
// checksum of every row, all taken from the same snapshot as the dump. The last holds the SHA-256
// of everything before it: a file cut short (a full disk, an interrupted copy) or edited by hand
// has no valid last line and is refused before anything is written anywhere.
import { createHash } from 'node:crypto';
import { z } from 'zod';

const KOPF_PRAEFIX = '-- Kanzlei-Sicherung ';
const ENDE_PRAEFIX = '-- Kanzlei-Sicherung Ende sha256=';
export const FORMAT_VERSION = 1;

const tabellenStandSchema = z.object({ zeilen: z.number().int().nonnegative(), pruefsumme: z.string().max(200) });
export const kopfSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  erstellt: z.string().max(40),
  /** The database the backup was taken from. */
  quelle: z.enum(['pglite', 'postgresql']),
  /** The newest migration applied to it: the schema version. */
  schema: z.string().max(255),
  migrationen: z.number().int().nonnegative(),
  tabellen: z.record(z.string().max(63), tabellenStandSchema),
  /** Sequence values (name → last value), so numbering continues without a gap. */
  sequenzen: z.record(z.string().max(63), z.string().max(40)),
});
export type SicherungsKopf = z.infer<typeof kopfSchema>;
export type TabellenStand = Pick<SicherungsKopf, 'tabellen' | 'sequenzen'>;

/** A file that is not a complete backup of ours; nothing was written. */
export class SicherungsDateiError extends Error {
  override name = 'SicherungsDateiError';
}

export function baueSicherungsDatei(kopf: SicherungsKopf, sql: string): Buffer {
  const body = Buffer.from(`${KOPF_PRAEFIX}${JSON.stringify(kopf)}\n${sql.endsWith('\n') ? sql : `${sql}\n`}`, 'utf8');
  const hash = createHash('sha256').update(body).digest('hex');
  return Buffer.concat([body, Buffer.from(`${ENDE_PRAEFIX}${hash}\n`, 'utf8')]);
}

/** The header and the SQL of a backup file, or a SicherungsDateiError saying what is wrong with it. */
export function leseSicherungsDatei(datei: Buffer): { kopf: SicherungsKopf; sql: string } {
  const kopfPraefix = Buffer.from(KOPF_PRAEFIX, 'utf8');
  if (datei.length === 0) throw new SicherungsDateiError('Die Datei ist leer.');
  if (!datei.subarray(0, kopfPraefix.length).equals(kopfPraefix)) {
    throw new SicherungsDateiError('Die Datei ist keine Kanzlei-Sicherung (die erste Zeile fehlt); erstellt wird eine mit npm run backup.');
  }
  // The last line, without its newline: "-- Kanzlei-Sicherung Ende sha256=<64 hex>".
  const ohneNl = datei[datei.length - 1] === 0x0a ? datei.subarray(0, -1) : datei;
  const start = ohneNl.lastIndexOf(0x0a) + 1;
  const letzte = ohneNl.subarray(start).toString('utf8');
  const match = new RegExp(`^${ENDE_PRAEFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([0-9a-f]{64})$`).exec(letzte);
  if (!match) throw new SicherungsDateiError('Die Sicherung ist unvollständig: ihre letzte Zeile fehlt (abgebrochen oder abgeschnitten).');
  const body = datei.subarray(0, start);
  if (createHash('sha256').update(body).digest('hex') !== match[1]) {
    throw new SicherungsDateiError('Die Sicherung ist beschädigt: ihre Prüfsumme stimmt nicht (Datei verändert oder unvollständig kopiert).');
  }
  const text = body.toString('utf8');
  const zeilenEnde = text.indexOf('\n');
  let kopf: SicherungsKopf;
  try {
    kopf = kopfSchema.parse(JSON.parse(text.slice(KOPF_PRAEFIX.length, zeilenEnde)));
  } catch {
    throw new SicherungsDateiError(`Die Kopfzeile der Sicherung ist unlesbar (Format ${FORMAT_VERSION} erwartet: eine neuere Version dieses Programms?).`);
  }
  return { kopf, sql: text.slice(zeilenEnde + 1) };
}
