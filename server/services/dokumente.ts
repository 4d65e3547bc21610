// Documents served over HTTP (outside GraphQL): the Honorarnote and the Mahnschreiben as PDF.
import type { Viewer } from '../auth/viewer.js';
import { belegSchema } from '../domain/honorarnote.js';
import { isId } from '../domain/validation.js';
import { ValidationError } from '../domain/errors.js';
import { renderHonorarnotePdf } from '../dokumente/honorarnotePdf.js';
import type { Db } from './db.js';
import type { MahnBeleg } from '../domain/mahnschreiben.js';
import { renderMahnschreibenPdf } from '../dokumente/mahnschreibenPdf.js';
import type { Tarifdaten } from '../tarif/preise.js';
import { gespeichertesMahnschreiben, mahnBeleg, vorschauParameter } from './mahnschreiben.js';

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

/** A file name from the letter: ASCII only (the Aktenzeichen may hold "/" or umlauts). */
const mahnDateiname = (b: MahnBeleg) =>
  `Mahnschreiben-${b.aktenzeichen.replace(/[^A-Za-z0-9._-]+/g, '-')}-Gegner${b.empfaenger.gegnerPosition}-Stufe${b.stufe}.pdf`;

/**
 * The letter to a Gegner as it would go out on `datum` (query `gegner`, `tarif`, `datum`):
 * null when the Akt is not the office's. Bad parameters and what stops a letter are thrown
 * (ValidationError, TarifError) for the route to answer with 400.
 */
export async function mahnschreibenVorschauPdf(db: Db, viewer: Viewer, daten: () => Tarifdaten | Promise<Tarifdaten>, aktId: string, query: URLSearchParams): Promise<{ dateiname: string; pdf: Buffer } | null> {
  const parameter = vorschauParameter(query);
  if (!isId(aktId) || !(await db.akt.findFirst({ where: { id: aktId, kanzleiId: viewer.kanzleiId }, select: { id: true } }))) return null;
  const { beleg } = await mahnBeleg(db, viewer, await daten(), { aktId, ...parameter }).catch((error: unknown) => {
    // The query parameter is called `gegner`.
    if (error instanceof ValidationError && error.field === 'gegnerPosition') throw new ValidationError({ field: 'gegner', message: error.message });
    throw error;
  });
  return { dateiname: mahnDateiname(beleg), pdf: await renderMahnschreibenPdf(beleg) };
}

/** A letter recorded as sent, rendered from what was frozen then; null when not the office's. */
export async function mahnschreibenPdf(db: Db, viewer: Viewer, id: string): Promise<{ dateiname: string; pdf: Buffer } | null> {
  const beleg = await gespeichertesMahnschreiben(db, viewer, id);
  return beleg ? { dateiname: mahnDateiname(beleg), pdf: await renderMahnschreibenPdf(beleg) } : null;
}
