import type { Viewer } from '../auth/viewer.js';
import { createAktInput, setGegnerInput, updateAktInput } from '../domain/akt.js';
import { setAktStatusInput, statusWechselFehler } from '../domain/mandat.js';
import { ConflictError, ValidationError } from '../domain/errors.js';
import { gegnerWechselFehler } from '../domain/titel.js';
import { parseInput } from '../domain/validation.js';
import { inTransaction, orNotFound, requireAllInKanzlei, uniqueAs, type Db, type Tx } from './db.js';
import { archiviert, sperreAkt, teileAnnahmeSperre } from './sperren.js';
import { melde } from '../webhooks/daten.js';

const klientIstGegner = (field: string) =>
  new ValidationError({ field, message: 'Der Klient kann nicht zugleich Gegner desselben Akts sein' });

const duplicate = (az: string) => `Aktenzeichen „${az}“ ist in dieser Kanzlei schon vergeben`;

/** Klient, Gegner and the responsible user must all be of the caller's office. */
async function requireReferences(
  tx: Tx,
  kanzleiId: string,
  refs: { klientId?: string; gegnerIds?: string[]; zustaendigId?: string | null },
  gegnerField = 'gegnerIds',
) {
  const personen = (ids: string[]) => tx.person.findMany({ where: { id: { in: ids }, kanzleiId }, select: { id: true } });
  if (refs.klientId) await requireAllInKanzlei(personen, [refs.klientId], 'klientId', 'Person');
  if (refs.gegnerIds) await requireAllInKanzlei(personen, refs.gegnerIds, gegnerField, 'Person');
  if (refs.zustaendigId) {
    await requireAllInKanzlei(
      (ids) => tx.benutzer.findMany({ where: { id: { in: ids }, kanzleiId }, select: { id: true } }),
      [refs.zustaendigId],
      'zustaendigId',
      'Benutzer',
    );
  }
}

/** Gegner rows in the given order: the first id is Gegner 1. */
const gegnerRows = (personIds: string[]) => personIds.map((personId, i) => ({ personId, position: i + 1 }));

export async function createAkt(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  return inTransaction(db, async (tx) => {
    await teileAnnahmeSperre(tx, viewer);
    const id = await insertAkt(tx, viewer, raw);
    await melde(tx, viewer.kanzleiId, 'akt.angelegt', { art: 'akt', id });
    return id;
  });
}

/** createAkt inside a transaction that is already open (accepting a Mandatsanfrage). */
export async function insertAkt(tx: Tx, viewer: Viewer, raw: unknown): Promise<string> {
  const { gegnerIds, ...input } = parseInput(createAktInput, raw);
  if (gegnerIds.includes(input.klientId)) throw klientIstGegner('gegnerIds');
  await requireReferences(tx, viewer.kanzleiId, { ...input, gegnerIds });
  const akt = await uniqueAs('aktenzeichen', duplicate(input.aktenzeichen), () =>
    tx.akt.create({
      data: {
        ...input,
        kanzleiId: viewer.kanzleiId,
        gegner: { create: gegnerRows(gegnerIds) },
        verlauf: { create: { von: null, nach: 'ANGELEGT', benutzerId: viewer.benutzerId } },
      },
      select: { id: true },
    }),
  );
  return akt.id;
}

/** Moves the Akt to another stage (lifecycle.md): allowed transitions only, recorded in its Verlauf. */
export async function setAktStatus(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { aktId, version, status, grund } = parseInput(setAktStatusInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = await sperreAkt(tx, viewer, aktId);
    const fehler = statusWechselFehler(akt.status, status);
    if (fehler) throw new ValidationError({ field: 'status', message: fehler });
    await bumpVersion(tx, viewer, aktId, version, { status, abgeschlossenAm: status === 'ABGESCHLOSSEN' ? new Date() : null });
    await tx.aktStatusAenderung.create({ data: { aktId, von: akt.status, nach: status, benutzerId: viewer.benutzerId, grund: grund ?? null } });
    await melde(tx, viewer.kanzleiId, 'akt.status_geaendert', { art: 'akt', id: aktId });
    return aktId;
  });
}

/**
 * Optimistic concurrency: the write names the version it was based on and bumps it. When no row
 * matches, the Akt is either missing (or another office's) or was changed in between.
 */
export async function bumpVersion(tx: Tx, viewer: Viewer, id: string, version: number, data: object): Promise<void> {
  const { count } = await tx.akt.updateMany({
    where: { id, kanzleiId: viewer.kanzleiId, version, status: { not: 'ARCHIVIERT' } },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const current = orNotFound(
    await tx.akt.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, select: { version: true, status: true } }),
    'Akt',
    id,
  );
  if (current.status === 'ARCHIVIERT') throw archiviert('id');
  throw ConflictError.staleVersion('Akt', current.version);
}

export async function updateAkt(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id, version, ...changes } = parseInput(updateAktInput, raw);
  return inTransaction(db, async (tx) => {
    await teileAnnahmeSperre(tx, viewer);
    await sperreAkt(tx, viewer, id);
    await requireReferences(tx, viewer.kanzleiId, changes);
    if (changes.klientId && (await tx.aktGegner.count({ where: { aktId: id, personId: changes.klientId } }))) {
      throw klientIstGegner('klientId');
    }
    await uniqueAs('aktenzeichen', duplicate(changes.aktenzeichen ?? ''), () => bumpVersion(tx, viewer, id, version, changes));
    await melde(tx, viewer.kanzleiId, 'akt.geaendert', { art: 'akt', id });
    return id;
  });
}

/** Replaces the Gegner list (order = position) and bumps the Akt's version. */
export async function setGegner(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { aktId, personIds } = parseInput(setGegnerInput, raw);
  return inTransaction(db, async (tx) => {
    await teileAnnahmeSperre(tx, viewer);
    const akt = await sperreAkt(tx, viewer, aktId);
    if (personIds.includes(akt.klientId)) throw klientIstGegner('personIds');
    await requireReferences(tx, viewer.kanzleiId, { gegnerIds: personIds }, 'personIds');
    // A Titel's gegenWen names a position: it keeps its person (read under the Akt lock; the
    // database refuses, as the last line, to delete a position a Titel names).
    const [titel, alt] = await Promise.all([
      tx.titel.findMany({ where: { aktId, gegenWen: { not: null } }, select: { gegenWen: true, geschaeftszahl: true, beschlussart: true, datum: true }, orderBy: [{ datum: 'asc' }, { id: 'asc' }] }),
      tx.aktGegner.findMany({ where: { aktId }, select: { position: true, personId: true } }),
    ]);
    await bumpVersion(tx, viewer, aktId, akt.version, {}); // an archived Akt is refused first
    const fehler = gegnerWechselFehler(titel, alt, personIds);
    if (fehler) throw new ValidationError({ field: 'personIds', message: fehler });
    // Rows of positions that keep their person stay (the database refuses deleting a position a
    // Titel names); the others are replaced.
    const bleibt = new Set(alt.filter((g) => personIds[g.position - 1] === g.personId).map((g) => g.position));
    await tx.aktGegner.deleteMany({ where: { aktId, position: { notIn: [...bleibt] } } });
    await tx.aktGegner.createMany({ data: gegnerRows(personIds).filter((g) => !bleibt.has(g.position)).map((g) => ({ ...g, aktId })) });
    await melde(tx, viewer.kanzleiId, 'akt.geaendert', { art: 'akt', id: aktId });
    return aktId;
  });
}
