import type { Viewer } from '../auth/viewer.js';
import { createPersonInput, updatePersonInput } from '../domain/person.js';
import { parseInput } from '../domain/validation.js';
import { inTransaction, orNotFound, uniqueAs, type Db } from './db.js';

const duplicate = (kurz: string) => `Kurzbezeichnung „${kurz}“ ist in dieser Kanzlei schon vergeben`;

export async function createPerson(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(createPersonInput, raw);
  const person = await uniqueAs('kurzbezeichnung', duplicate(input.kurzbezeichnung), () =>
    inTransaction(db, (tx) => tx.person.create({ data: { ...input, kanzleiId: viewer.kanzleiId }, select: { id: true } })),
  );
  return person.id;
}

export async function updatePerson(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id, ...changes } = parseInput(updatePersonInput, raw);
  const { count } = await uniqueAs('kurzbezeichnung', duplicate(changes.kurzbezeichnung ?? ''), () =>
    inTransaction(db, (tx) => tx.person.updateMany({ where: { id, kanzleiId: viewer.kanzleiId }, data: changes })),
  );
  orNotFound(count ? id : null, 'Person', id);
  return id;
}
