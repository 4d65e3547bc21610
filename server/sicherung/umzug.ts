// npm run migrate-to-postgres's work: the embedded database into PostgreSQL, checked.
// 1. The data folder is opened as the server would (its lock refuses while a server runs on it:
//    the move needs a state nobody writes to any more) and migrated to this program's schema.
// 2. Backup and restore as npm run backup / restore do (all or nothing in PostgreSQL).
// 3. Checked: every table's rows (count and checksum of every row) and every sequence equal on both
//    sides, and the API answers the same on both (apiVergleich.ts).
// A check that fails takes the copy back out of PostgreSQL: nobody starts a server on a copy that
// differs. The data folder keeps its rows (only a pending migration of step 1 is applied to it); it
// stays as the way back.
import { mitPgSession, openDatabase, pgliteSession } from '../db/database.js';
import { antwortUnterschiede, apiAntworten } from './apiVergleich.js';
import type { SicherungsKopf } from './datei.js';
import { erstelleSicherung, type Fortschritt } from './erstellen.js';
import { standUnterschiede, tabellenStand } from './tabellenStand.js';
import { stelleWiederHer } from './wiederherstellen.js';

export class UmzugError extends Error {
  override name = 'UmzugError';
}

export interface Umzug {
  kopf: SicherungsKopf;
  /** How many API answers were compared (all equal). */
  antworten: number;
  groesse: number;
}

export async function zieheNachPostgres(
  dataDir: string, url: string, { ueberschreiben = false, fortschritt = () => {} }: { ueberschreiben?: boolean; fortschritt?: Fortschritt } = {},
): Promise<Umzug> {
  const quelle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    if (quelle.verbindung.kind !== 'pglite') throw new Error('unreachable');
    const { datei, kopf } = await erstelleSicherung(quelle.verbindung, fortschritt);
    fortschritt('Sicherung erstellt; sie wird in PostgreSQL eingespielt …');
    await stelleWiederHer(datei, { kind: 'postgresql', url }, { ueberschreiben, fortschritt });
    try {
      fortschritt('Zeilen beider Datenbanken werden verglichen …');
      const unterschiede = standUnterschiede(await tabellenStand(pgliteSession(quelle.verbindung.pglite)), await mitPgSession(url, tabellenStand));
      if (unterschiede.length) throw new UmzugError(`Die Zeilen in PostgreSQL weichen von der eingebetteten Datenbank ab: ${unterschiede.slice(0, 5).join('; ')}`);
      fortschritt('Antworten der API werden verglichen …');
      const ziel = await openDatabase({ kind: 'postgresql', url });
      try {
        const vorher = await apiAntworten(quelle.prisma);
        const nachher = await apiAntworten(ziel.prisma);
        const anders = antwortUnterschiede(vorher, nachher);
        if (anders.length) throw new UmzugError(`Die API antwortet auf PostgreSQL anders: ${anders.slice(0, 5).join('; ')}`);
        return { kopf, antworten: vorher.size, groesse: datei.length };
      } finally {
        await ziel.close();
      }
    } catch (error) {
      // The copy is taken back out: the target is empty again.
      await mitPgSession(url, (s) => s.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public')).catch(() => {});
      throw error;
    }
  } finally {
    await quelle.close();
  }
}
