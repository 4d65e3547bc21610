import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { ValidationError } from '../domain/errors.js';
import { optionalText, parseInput, text } from '../domain/validation.js';
import type { Gericht, Prisma } from '../generated/prisma/client.js';
import { inTransaction, uniqueAs, type Db } from './db.js';
import { enthaelt } from './textsuche.js';

const createGerichtInput = z.object({
  kurzbezeichnung: text(40).transform((s) => s.toUpperCase()),
  name: text(200),
  art: z.enum(['OGH', 'OLG', 'LG', 'BG', 'SONDERGERICHT', 'BEHOERDE']).default('BEHOERDE'),
  strasse: optionalText(200),
  plz: z.string().trim().regex(/^\d{4}$/, { message: 'ist keine österreichische PLZ (4 Ziffern)' }),
  ort: text(100),
  bundesland: optionalText(40),
});

export async function createGericht(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(createGerichtInput, raw);
  const schonDa = `„${input.kurzbezeichnung}“ ist schon im Register`;
  return inTransaction(db, async (tx) => {
    const clash = await tx.gericht.count({ where: { kurzbezeichnung: input.kurzbezeichnung, OR: [{ kanzleiId: null }, { kanzleiId: viewer.kanzleiId }] } });
    if (clash) throw new ValidationError({ field: 'kurzbezeichnung', message: schonDa });
    const g = await uniqueAs('kurzbezeichnung', schonDa, () => tx.gericht.create({ data: { ...input, kanzleiId: viewer.kanzleiId }, select: { id: true } }));
    return g.id;
  });
}

/**
 * How the PLZ match works: Austrian postcodes are regional (first digit = region, first two =
 * area), and a court usually sits in the area it serves. So with `plz` the results are ranked
 * 0 = the court's own PLZ equals it, 1 = same first two digits, 2 = same first digit, 3 = the rest;
 * within a rank Bezirksgerichte first (the usual first instance), then by name. It is a ranking
 * aid, not the legal Sprengel: the user picks.
 */
export function plzRang(gerichtPlz: string, plz: string): number {
  if (gerichtPlz === plz) return 0;
  if (gerichtPlz.slice(0, 2) === plz.slice(0, 2)) return 1;
  if (gerichtPlz[0] === plz[0]) return 2;
  return 3;
}

const ART_RANG: Record<Gericht['art'], number> = { BG: 0, LG: 1, SONDERGERICHT: 2, BEHOERDE: 3, OLG: 4, OGH: 5 };

export async function sucheGerichte(
  db: Db,
  viewer: Viewer,
  args: { suche?: string | null; plz?: string | null; first?: number | null; query: { include?: Prisma.GerichtInclude; select?: Prisma.GerichtSelect } },
): Promise<Gericht[]> {
  const first = Math.min(Math.max(args.first ?? 50, 0), 200); // the schema refuses what lies outside
  const suche = args.suche?.trim();
  const plz = args.plz?.trim();
  const where: Prisma.GerichtWhereInput = {
    OR: [{ kanzleiId: null }, { kanzleiId: viewer.kanzleiId }],
    ...(suche ? { AND: [{ OR: [{ kurzbezeichnung: enthaelt(suche) }, { name: enthaelt(suche) }] }] } : {}),
  };
  // The register is small (a few hundred rows at most): rank in memory.
  const rows = (await db.gericht.findMany({ ...args.query, where })) as Gericht[];
  const key = (g: Gericht) => [plz ? plzRang(g.plz, plz) : 0, ART_RANG[g.art]] as const;
  rows.sort((a, b) => {
    const [ra, aa] = key(a);
    const [rb, ab] = key(b);
    return ra - rb || aa - ab || a.name.localeCompare(b.name, 'de');
  });
  return rows.slice(0, first);
}
