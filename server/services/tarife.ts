// Editing the office's tariff tables, and what hangs off them (instalment agreements).
import type { Viewer } from '../auth/viewer.js';
import { isoDate } from '../domain/dates.js';
import { ValidationError } from '../domain/errors.js';
import { copyTarifInput, setLeistungsartInput, setPortoInput, setRatenvereinbarungInput, updateTarifInput, valorisiereRatgInput } from '../domain/tarife.js';
import { parseInput } from '../domain/validation.js';
import type { Prisma } from '../generated/prisma/client.js';
import { tabelleAlsJson, tabelleAm, valorisiere, type RatgTabelle } from '../tarif/ratg.js';
import { inTransaction, uniqueAs, type Db, type Tx } from './db.js';
import { melde } from '../webhooks/daten.js';
import { sperreOffenenAkt } from './sperren.js';
import { parseRatgTabelle } from './tarifdaten.js';

async function tarifByCode(tx: Tx, viewer: Viewer, code: string, field = 'code') {
  const tarif = await tx.tarif.findFirst({ where: { kanzleiId: viewer.kanzleiId, code }, include: { positionen: { orderBy: { reihenfolge: 'asc' } } } });
  if (!tarif) throw new ValidationError({ field, message: `Unbekannter Tarif „${code}“` });
  return tarif;
}

/** A new tariff as a copy of an existing one (e.g. MAKX from MAK); returns its id. */
export async function copyTarif(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(copyTarifInput, raw);
  return inTransaction(db, async (tx) => {
    const quelle = await tarifByCode(tx, viewer, input.code);
    const neu = await uniqueAs('neuerCode', `Tarif „${input.neuerCode}“ gibt es schon`, () =>
      tx.tarif.create({
        data: {
          kanzleiId: viewer.kanzleiId, code: input.neuerCode, name: input.name ?? `${quelle.name} (Kopie von ${quelle.code})`, porto: quelle.porto,
          positionen: { create: quelle.positionen.map(({ reihenfolge, post, zuschlag, anzahl }) => ({ reihenfolge, post, zuschlag, anzahl })) },
        },
        select: { id: true },
      }),
    );
    return neu.id;
  });
}

/** Renames a tariff, switches postage, or replaces its postings (in the given order). */
export async function updateTarif(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { code, positionen, ...changes } = parseInput(updateTarifInput, raw);
  return inTransaction(db, async (tx) => {
    const tarif = await tarifByCode(tx, viewer, code);
    await tx.tarif.update({ where: { id: tarif.id }, data: changes });
    if (positionen) {
      await tx.tarifPosition.deleteMany({ where: { tarifId: tarif.id } });
      await tx.tarifPosition.createMany({ data: positionen.map((p, i) => ({ tarifId: tarif.id, reihenfolge: i + 1, ...p })) });
    }
    return tarif.id;
  });
}

/** Points a Leistungskürzel at a Tarif or a RATG post; creates the Leistungsart if it is new. */
export async function setLeistungsart(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(setLeistungsartInput, raw);
  return inTransaction(db, async (tx) => {
    const tarifId = input.tarif ? (await tarifByCode(tx, viewer, input.tarif, 'tarif')).id : undefined;
    const preis = input.tarif ? { tarifId, ratgPost: null } : input.ratgPost ? { tarifId: null, ratgPost: input.ratgPost } : {};
    const existing = await tx.leistungsart.findFirst({ where: { kanzleiId: viewer.kanzleiId, kuerzel: input.kuerzel }, select: { id: true } });
    if (existing) {
      await tx.leistungsart.update({ where: { id: existing.id }, data: { ...preis, name: input.name, nachDauer: input.nachDauer } });
      return existing.id;
    }
    if (!input.name) throw new ValidationError({ field: 'name', message: 'Eine neue Leistungsart braucht einen Namen' });
    if (!('tarifId' in preis)) throw new ValidationError({ field: 'tarif', message: 'Eine neue Leistungsart braucht einen Tarif oder RATG-Posten' });
    const created = await tx.leistungsart.create({
      data: { kanzleiId: viewer.kanzleiId, kuerzel: input.kuerzel, name: input.name, nachDauer: input.nachDauer ?? false, ...preis },
      select: { id: true },
    });
    return created.id;
  });
}

/**
 * A valorisation: a new RATG table from `gueltigAb`, every amount of the table then in force
 * × `faktor`, rounded up to 10 cents. Returns the new table's id.
 */
export async function valorisiereRatg(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(valorisiereRatgInput, raw);
  return inTransaction(db, async (tx) => {
    const rows = await tx.ratgTabelle.findMany({ where: { kanzleiId: viewer.kanzleiId }, select: { definition: true } });
    const gueltigAb = isoDate(input.gueltigAb);
    let basis: RatgTabelle;
    try {
      basis = tabelleAm(rows.map(parseRatgTabelle), gueltigAb);
    } catch {
      throw new ValidationError({ field: 'gueltigAb', message: `Keine RATG-Tabelle vor ${gueltigAb}, die valorisiert werden könnte` });
    }
    if (basis.gueltigAb === gueltigAb) throw new ValidationError({ field: 'gueltigAb', message: `Ab ${gueltigAb} gilt schon eine Tabelle` });
    const neu = valorisiere(basis, input.faktor, gueltigAb, input.bezeichnung);
    const row = await tx.ratgTabelle.create({
      data: { kanzleiId: viewer.kanzleiId, gueltigAb: input.gueltigAb, bezeichnung: input.bezeichnung, definition: tabelleAlsJson(neu) as Prisma.InputJsonValue },
      select: { id: true },
    });
    return row.id;
  });
}

/** Sets the postage from a date (a new version, or the one of that date corrected). */
export async function setPorto(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(setPortoInput, raw);
  const row = await inTransaction(db, (tx) =>
    tx.portoSatz.upsert({
      where: { kanzleiId_gueltigAb: { kanzleiId: viewer.kanzleiId, gueltigAb: input.gueltigAb } },
      update: { betrag: input.betrag, bezeichnung: input.bezeichnung ?? null },
      create: { kanzleiId: viewer.kanzleiId, gueltigAb: input.gueltigAb, betrag: input.betrag, bezeichnung: input.bezeichnung ?? null },
      select: { id: true },
    }),
  );
  return row.id;
}

/** Sets (or replaces) the Akt's instalment agreement; returns the Akt's id. */
export async function setRatenvereinbarung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { aktId, ...data } = parseInput(setRatenvereinbarungInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreOffenenAkt(tx, viewer, aktId);
    await tx.ratenvereinbarung.upsert({ where: { aktId }, update: data, create: { aktId, ...data } });
    await melde(tx, viewer.kanzleiId, 'akt.geaendert', { art: 'akt', id: aktId });
    return aktId;
  });
}
