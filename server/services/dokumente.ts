// Documents served over HTTP (outside GraphQL): the Honorarnote as PDF and as ebInterface 6.1 XML.
import type { Viewer } from '../auth/viewer.js';
import { belegSchema, type Beleg } from '../domain/honorarnote.js';
import { isId } from '../domain/validation.js';
import { renderHonorarnoteEbInterface } from '../dokumente/ebInterface.js';
import { renderHonorarnotePdf } from '../dokumente/honorarnotePdf.js';
import type { Db } from './db.js';

/** The frozen document data of one of the caller's office's Honorarnoten, or null when there is none. */
async function beleg(db: Db, viewer: Viewer, id: string): Promise<Beleg | null> {
  if (!isId(id)) return null;
  const n = await db.honorarnote.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, select: { beleg: true } });
  return n ? belegSchema.parse(n.beleg) : null;
}

const dateiname = (b: Beleg, endung: 'pdf' | 'xml') => `${b.art === 'STORNORECHNUNG' ? 'Stornorechnung' : 'Honorarnote'}-${b.nummer}.${endung}`;

/**
 * The PDF of one of the caller's office's Honorarnoten, or null when there is none. Rendered from
 * what was frozen when it was issued (`beleg`) and nothing else: the same note gives the same bytes
 * however the office's letterhead or the address book changed since.
 */
export async function honorarnotePdf(db: Db, viewer: Viewer, id: string): Promise<{ dateiname: string; pdf: Buffer } | null> {
  const b = await beleg(db, viewer, id);
  return b && { dateiname: dateiname(b, 'pdf'), pdf: await renderHonorarnotePdf(b) };
}

/** The same note as an ebInterface 6.1 e-invoice (server/dokumente/ebInterface.ts), from the same `beleg`. */
export async function honorarnoteEbInterface(db: Db, viewer: Viewer, id: string): Promise<{ dateiname: string; xml: string } | null> {
  const b = await beleg(db, viewer, id);
  return b && { dateiname: dateiname(b, 'xml'), xml: renderHonorarnoteEbInterface(b) };
}
