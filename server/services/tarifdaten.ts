// The office's tariff data: seeded from server/tarif/data on office creation, loaded for pricing
// (a constant number of statements, however many Akten are priced); queries take it from the
// per-office cache in tarifdatenCache.ts, mutations and their transactions load it here.
import { readFileSync } from 'node:fs';
import { dateFromIso, isoDate } from '../domain/dates.js';
import { toDecimal } from '../domain/money.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Tarifpost } from '../generated/prisma/enums.js';
import { ratgTabelleSchema, tabelleAlsJson, type RatgTabelle } from '../tarif/ratg.js';
import type { Tarifdaten } from '../tarif/preise.js';
import type { Db, Tx } from './db.js';

const dataFile = (name: string) => new URL(`../tarif/data/${name}`, import.meta.url);

interface Seed {
  tarife: { code: string; name: string; porto: boolean; positionen: { post: Tarifpost; zuschlag: boolean; anzahl: number }[] }[];
  leistungsarten: { kuerzel: string; name: string; tarif?: string; ratgPost?: Tarifpost; nachDauer?: boolean }[];
  porto: { gueltigAb: string; betrag: string; bezeichnung: string }[];
}

const seed: Seed = JSON.parse(readFileSync(dataFile('tarife.json'), 'utf8'));
const ratg2023: RatgTabelle = ratgTabelleSchema.parse(JSON.parse(readFileSync(dataFile('ratg-2023-05-01.json'), 'utf8')));

/** The statutory tables and the six dunning tariffs for an office that has none yet. */
export async function seedTarifdaten(tx: Tx, kanzleiId: string): Promise<void> {
  // Under the office's row lock: two server processes starting at once both find an office without
  // tables; the second waits here and then sees the first one's (READ COMMITTED reads anew).
  await tx.$queryRaw`SELECT id FROM "Kanzlei" WHERE id = ${kanzleiId}::uuid FOR UPDATE`;
  if (await tx.ratgTabelle.count({ where: { kanzleiId } })) return;
  await tx.ratgTabelle.create({
    data: { kanzleiId, gueltigAb: dateFromIso(ratg2023.gueltigAb), bezeichnung: ratg2023.bezeichnung, definition: tabelleAlsJson(ratg2023) as Prisma.InputJsonValue },
  });
  await tx.portoSatz.createMany({
    data: seed.porto.map((p) => ({ kanzleiId, gueltigAb: dateFromIso(p.gueltigAb), betrag: p.betrag, bezeichnung: p.bezeichnung })),
  });
  const ids = new Map<string, string>();
  for (const t of seed.tarife) {
    const tarif = await tx.tarif.create({
      data: {
        kanzleiId, code: t.code, name: t.name, porto: t.porto,
        positionen: { create: t.positionen.map((p, i) => ({ reihenfolge: i + 1, ...p })) },
      },
      select: { id: true },
    });
    ids.set(t.code, tarif.id);
  }
  await tx.leistungsart.createMany({
    data: seed.leistungsarten.map((l) => ({
      kanzleiId, kuerzel: l.kuerzel, name: l.name, tarifId: l.tarif ? ids.get(l.tarif)! : null, ratgPost: l.ratgPost ?? null, nachDauer: l.nachDauer ?? false,
    })),
  });
}

/** Offices created before the tariff tables existed get them too (run at start). */
export async function seedTarifdatenForAll(db: Db): Promise<void> {
  const ohne = await db.kanzlei.findMany({ where: { ratgTabellen: { none: {} } }, select: { id: true } });
  for (const k of ohne) await db.$transaction((tx) => seedTarifdaten(tx, k.id));
}

export const parseRatgTabelle = (row: { definition: unknown }): RatgTabelle => ratgTabelleSchema.parse(row.definition);

export async function loadTarifdaten(db: Db | Tx, kanzleiId: string): Promise<Tarifdaten> {
  const [tabellen, porto, tarife] = await Promise.all([
    db.ratgTabelle.findMany({ where: { kanzleiId }, select: { definition: true } }),
    db.portoSatz.findMany({ where: { kanzleiId }, select: { gueltigAb: true, betrag: true } }),
    db.tarif.findMany({ where: { kanzleiId }, include: { positionen: { orderBy: { reihenfolge: 'asc' } } } }),
  ]);
  return {
    tabellen: tabellen.map(parseRatgTabelle),
    porto: porto.map((p) => ({ gueltigAb: isoDate(p.gueltigAb), betrag: toDecimal(p.betrag) })),
    tarife: new Map(
      tarife.map((t) => [t.code, { code: t.code, name: t.name, porto: t.porto, positionen: t.positionen.map((p) => ({ post: p.post, zuschlag: p.zuschlag, anzahl: p.anzahl })) }]),
    ),
  };
}
