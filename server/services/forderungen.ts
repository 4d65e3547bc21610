import type { Viewer } from '../auth/viewer.js';
import { ValidationError } from '../domain/errors.js';
import { createForderungInput, updateForderungInput, zinsenConsistent, zinsenIssue } from '../domain/forderung.js';
import { byIdInput, parseInput } from '../domain/validation.js';
import { inTransaction, orNotFound, type Db } from './db.js';
import { sperreAktVon, sperreOffenenAkt } from './sperren.js';
import { ersterTitel } from './titel.js';
import { isoDate } from '../domain/dates.js';
import { melde } from '../webhooks/daten.js';

export interface NeueForderung {
  id: string;
  /** Set when the Forderung was put on the Akt's first Titel: the user should check it. */
  hinweis: string | null;
}

export async function createForderung(db: Db, viewer: Viewer, raw: unknown): Promise<NeueForderung> {
  const input = parseInput(createForderungInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreOffenenAkt(tx, viewer, input.aktId);
    const titel = await ersterTitel(tx, input.aktId);
    const f = await tx.forderung.create({ data: { ...input, kanzleiId: viewer.kanzleiId, titelId: titel?.id ?? null }, select: { id: true } });
    await melde(tx, viewer.kanzleiId, 'forderung.angelegt', { art: 'forderung', id: f.id, aktId: input.aktId });
    const hinweis = titel
      ? `Die Forderung wurde dem ersten Titel des Akts zugeordnet (${titel.beschlussart} vom ${isoDate(titel.datum)}` +
        `${titel.geschaeftszahl ? `, ${titel.geschaeftszahl}` : ''}). Falls sie ein anderer Titel zuspricht: assignForderungenToTitel.`
      : null;
    return { id: f.id, hinweis };
  });
}

export async function updateForderung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id, ...changes } = parseInput(updateForderungInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = await sperreAktVon(tx, viewer, 'Forderung', id);
    const current = orNotFound(
      await tx.forderung.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, select: { zinssatz: true, zinsenAb: true } }),
      'Forderung',
      id,
    );
    const merged = { zinssatz: current.zinssatz, zinsenAb: current.zinsenAb, ...changes };
    if (!zinsenConsistent(merged)) throw new ValidationError(zinsenIssue);
    await tx.forderung.update({ where: { id }, data: changes });
    await melde(tx, viewer.kanzleiId, 'forderung.geaendert', { art: 'forderung', id, aktId: akt.id });
    return id;
  });
}

/** Deletes the Forderung; returns the id of its Akt. */
export async function deleteForderung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id } = parseInput(byIdInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = await sperreAktVon(tx, viewer, 'Forderung', id);
    // Rendered before the row goes: the Forderung as it was.
    await melde(tx, viewer.kanzleiId, 'forderung.geloescht', { art: 'forderung', id, aktId: akt.id });
    await tx.forderung.delete({ where: { id } });
    return akt.id;
  });
}
