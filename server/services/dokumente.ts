// Documents served over HTTP (outside GraphQL): the Honorarnote as PDF and as ebInterface 6.1 XML,
// the Mahnschreiben as PDF.
import type { Viewer } from '../auth/viewer.js';
import { belegSchema, type Beleg } from '../domain/honorarnote.js';
import { isId } from '../domain/validation.js';
import { renderHonorarnoteEbInterface } from '../dokumente/ebInterface.js';
import { renderHonorarnotePdf, type Zahlschein } from '../dokumente/honorarnotePdf.js';
import { zahlungsstand } from '../domain/honorarzahlung.js';
import { honorarnoteRfReferenz } from '../domain/rfReferenz.js';
import type { Db } from './db.js';
import { NOTEN_STAND_SELECT, notenDaten } from './honorarzahlungen.js';

/** The frozen document data of one of the caller's office's Honorarnoten, or null when there is none. */
async function beleg(db: Db, viewer: Viewer, id: string): Promise<Beleg | null> {
  if (!isId(id)) return null;
  const n = await db.honorarnote.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, select: { beleg: true } });
  return n ? belegSchema.parse(n.beleg) : null;
}

const dateiname = (b: Beleg, endung: 'pdf' | 'xml') => `${b.art === 'STORNORECHNUNG' ? 'Stornorechnung' : 'Honorarnote'}-${b.nummer}.${endung}`;
import { ValidationError } from '../domain/errors.js';
import type { MahnBeleg } from '../domain/mahnschreiben.js';
import { renderMahnschreibenPdf } from '../dokumente/mahnschreibenPdf.js';
import type { Tarifdaten } from '../tarif/preise.js';
import { gespeichertesMahnschreiben, mahnBeleg, vorschauParameter } from './mahnschreiben.js';

/**
 * The PDF of one of the caller's office's Honorarnoten, or null when there is none. The invoice is
 * rendered from what was frozen when it was issued (`beleg`) and nothing else: the same note gives
 * the same bytes however the office's letterhead or the address book changed since.
 *
 * The one part that is not frozen is the payment slip under it ("Zahlen mit Code", EPC QR code):
 * it asks for what is open when the PDF is fetched (brutto − the client's uncancelled payments), to
 * the IBAN printed on the invoice, with the note's RF reference. A note paid in full, written off,
 * cancelled, and a Stornorechnung carry no code; nor does one issued before the office had an IBAN.
 * So a reprint after a partial payment asks only for the rest, and nobody pays a paid invoice twice.
 */
export async function honorarnotePdf(db: Db, viewer: Viewer, id: string): Promise<{ dateiname: string; pdf: Buffer } | null> {
  if (!isId(id)) return null;
  const n = await db.honorarnote.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, select: { beleg: true, jahr: true, laufnummer: true, ...NOTEN_STAND_SELECT } });
  if (!n) return null;
  const b = belegSchema.parse(n.beleg);
  const { offen } = zahlungsstand(notenDaten(n));
  const zahlschein: Zahlschein | null = offen.greaterThan(0) ? { offen, rfReferenz: honorarnoteRfReferenz(n.jahr, n.laufnummer) } : null;
  return { dateiname: dateiname(b, 'pdf'), pdf: await renderHonorarnotePdf(b, zahlschein) };
}

/** The same note as an ebInterface 6.1 e-invoice (server/dokumente/ebInterface.ts), from the same `beleg`. */
export async function honorarnoteEbInterface(db: Db, viewer: Viewer, id: string): Promise<{ dateiname: string; xml: string } | null> {
  const b = await beleg(db, viewer, id);
  return b && { dateiname: dateiname(b, 'xml'), xml: renderHonorarnoteEbInterface(b) };
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
