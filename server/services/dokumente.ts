// Documents served over HTTP (outside GraphQL): the Honorarnote as PDF.
import type { Viewer } from '../auth/viewer.js';
import { isoDate } from '../domain/dates.js';
import { isId } from '../domain/validation.js';
import { renderHonorarnotePdf } from '../dokumente/honorarnotePdf.js';
import type { Db } from './db.js';

/** The PDF of one of the caller's office's Honorarnoten, or null when there is none. */
export async function honorarnotePdf(db: Db, viewer: Viewer, id: string): Promise<{ dateiname: string; pdf: Buffer } | null> {
  if (!isId(id)) return null;
  const n = await db.honorarnote.findFirst({
    where: { id, kanzleiId: viewer.kanzleiId },
    include: { kanzlei: true, akt: { select: { aktenzeichen: true } }, positionen: { orderBy: { reihenfolge: 'asc' } }, stornoVon: { select: { nummer: true } } },
  });
  if (!n) return null;
  const pdf = await renderHonorarnotePdf({
    kanzlei: n.kanzlei,
    art: n.art,
    nummer: n.nummer,
    datum: isoDate(n.datum),
    faelligAm: isoDate(n.faelligAm),
    stornoVon: n.stornoVon?.nummer ?? null,
    aktenzeichen: n.akt.aktenzeichen,
    empfaengerName: n.empfaengerName,
    empfaengerAnschrift: n.empfaengerAnschrift,
    positionen: n.positionen.map((p) => ({ ...p, datum: isoDate(p.datum) })),
    summen: n,
  });
  return { dateiname: `${n.art === 'GUTSCHRIFT' ? 'Gutschrift' : 'Honorarnote'}-${n.nummer}.pdf`, pdf };
}
