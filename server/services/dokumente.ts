// Documents served over HTTP (outside GraphQL): the Honorarnote as PDF.
import type { Viewer } from '../auth/viewer.js';
import { belegSchema } from '../domain/honorarnote.js';
import { isId } from '../domain/validation.js';
import { renderHonorarnotePdf } from '../dokumente/honorarnotePdf.js';
import type { Db } from './db.js';

/**
 * The PDF of one of the caller's office's Honorarnoten, or null when there is none. Rendered from
 * what was frozen when it was issued (`beleg`) and nothing else: the same note gives the same bytes
 * however the office's letterhead or the address book changed since.
 */
export async function honorarnotePdf(db: Db, viewer: Viewer, id: string): Promise<{ dateiname: string; pdf: Buffer } | null> {
  if (!isId(id)) return null;
  const n = await db.honorarnote.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, select: { beleg: true } });
  if (!n) return null;
  const beleg = belegSchema.parse(n.beleg);
  const pdf = await renderHonorarnotePdf(beleg);
  return { dateiname: `${beleg.art === 'STORNORECHNUNG' ? 'Stornorechnung' : 'Honorarnote'}-${beleg.nummer}.pdf`, pdf };
}
