// The office's users as the API changes them: a lawyer's Sachgebiete (lifecycle.md stage 2, the
// assignment proposal ranks lawyers by them). Users and keys themselves are made by the CLI
// (server/services/kanzleien.ts).
import type { Viewer } from '../auth/viewer.js';
import { setSachgebieteInput } from '../domain/mandat.js';
import { parseInput } from '../domain/validation.js';
import { inTransaction, orNotFound, type Db } from './db.js';

/** Replaces the Sachgebiete of a user of the office (ADMIN, see server/auth/rollen.ts). */
export async function setSachgebiete(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { benutzerId, sachgebiete } = parseInput(setSachgebieteInput, raw);
  const { count } = await inTransaction(db, (tx) =>
    tx.benutzer.updateMany({ where: { id: benutzerId, kanzleiId: viewer.kanzleiId }, data: { sachgebiete } }),
  );
  orNotFound(count ? benutzerId : null, 'Benutzer', benutzerId);
  return benutzerId;
}
