import type { Viewer } from '../auth/viewer.js';
import { createLeistungInput, ustFuerLeistung, updateLeistungInput } from '../domain/leistung.js';
import { Decimal, toDecimal } from '../domain/money.js';
import { byIdInput, parseInput } from '../domain/validation.js';
import { requireAkt } from './akten.js';
import { inTransaction, orNotFound, requireAllInKanzlei, type Db, type Tx } from './db.js';

const ZERO = new Decimal(0);

async function requireSachbearbeiter(tx: Tx, viewer: Viewer, id: string | null | undefined) {
  if (!id) return;
  await requireAllInKanzlei(
    (ids) => tx.benutzer.findMany({ where: { id: { in: ids }, kanzleiId: viewer.kanzleiId }, select: { id: true } }),
    [id],
    'sachbearbeiterId',
    'Benutzer',
  );
}

export async function createLeistung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(createLeistungInput, raw);
  const betraege = {
    verdienst: input.verdienst,
    einheitssatz: input.einheitssatz ?? ZERO,
    barauslagenUstPflichtig: input.barauslagenUstPflichtig ?? ZERO,
    barauslagenUstFrei: input.barauslagenUstFrei ?? ZERO,
    barauslagenDurchlaufer: input.barauslagenDurchlaufer ?? ZERO,
  };
  return inTransaction(db, async (tx) => {
    await requireAkt(tx, viewer, input.aktId);
    await requireSachbearbeiter(tx, viewer, input.sachbearbeiterId);
    const l = await tx.leistung.create({
      data: { ...input, ...betraege, ust: input.ust ?? ustFuerLeistung(betraege), kanzleiId: viewer.kanzleiId },
      select: { id: true },
    });
    return l.id;
  });
}

export async function updateLeistung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id, ust, ...changes } = parseInput(updateLeistungInput, raw);
  return inTransaction(db, async (tx) => {
    const current = orNotFound(await tx.leistung.findFirst({ where: { id, kanzleiId: viewer.kanzleiId } }), 'Leistung', id);
    await requireSachbearbeiter(tx, viewer, changes.sachbearbeiterId);
    // An amount changed without a USt given: the USt follows the amounts (an entered USt is kept
    // only while nobody touches the amounts it was entered for).
    const amountsChanged = [changes.verdienst, changes.einheitssatz, changes.barauslagenUstPflichtig].some((v) => v !== undefined);
    const neueUst =
      ust !== undefined && ust !== null
        ? ust
        : ust === null || amountsChanged
          ? ustFuerLeistung({
              verdienst: changes.verdienst ?? toDecimal(current.verdienst),
              einheitssatz: changes.einheitssatz ?? toDecimal(current.einheitssatz),
              barauslagenUstPflichtig: changes.barauslagenUstPflichtig ?? toDecimal(current.barauslagenUstPflichtig),
              barauslagenUstFrei: ZERO,
              barauslagenDurchlaufer: ZERO,
            })
          : undefined;
    await tx.leistung.update({ where: { id }, data: { ...changes, ust: neueUst } });
    return id;
  });
}

export async function deleteLeistung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id } = parseInput(byIdInput, raw);
  return inTransaction(db, async (tx) => {
    const l = orNotFound(
      await tx.leistung.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, select: { aktId: true } }),
      'Leistung',
      id,
    );
    await tx.leistung.delete({ where: { id } });
    return l.aktId;
  });
}
