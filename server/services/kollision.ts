// Runs the conflict check against every Akt of the office, open or closed.
import { kollisionen, type Treffer } from '../domain/kollision.js';
import type { Db, Tx } from './db.js';

export interface BekannteRolle {
  personId: string;
  aktId: string;
  aktenzeichen: string;
}

/** Every party of every Akt of the office with its role there (one query per side). */
async function parteien(db: Db | Tx, kanzleiId: string) {
  const [klienten, gegner] = await Promise.all([
    db.akt.findMany({ where: { kanzleiId }, select: { id: true, aktenzeichen: true, klient: { select: { id: true, name: true } } } }),
    db.aktGegner.findMany({ where: { akt: { kanzleiId } }, select: { akt: { select: { id: true, aktenzeichen: true } }, person: { select: { id: true, name: true } } } }),
  ]);
  return [
    ...klienten.map((a) => ({ name: a.klient.name, rolle: 'KLIENT' as const, ref: { personId: a.klient.id, aktId: a.id, aktenzeichen: a.aktenzeichen } })),
    ...gegner.map((g) => ({ name: g.person.name, rolle: 'GEGNER' as const, ref: { personId: g.person.id, aktId: g.akt.id, aktenzeichen: g.akt.aktenzeichen } })),
  ];
}

export async function pruefeKollisionen(db: Db | Tx, kanzleiId: string, neu: { klient: string[]; gegner: string[] }): Promise<Treffer<BekannteRolle>[]> {
  return kollisionen(neu, await parteien(db, kanzleiId));
}
