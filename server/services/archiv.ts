// Archiving with a retention deadline, and deleting (anonymising) what is past it.
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { aufbewahrenBis } from '../domain/aufbewahrung.js';
import { dateFromIso, heute, isoDate } from '../domain/dates.js';
import { ForbiddenError, ValidationError } from '../domain/errors.js';
import { date, id, parseInput } from '../domain/validation.js';
import { bumpVersion } from './akten.js';
import { auditOhneWerte, inTransaction, orNotFound, type Db, type Tx } from './db.js';

/** BAO § 132: the dates of the Akt's invoices, credit notes and payments. */
async function belegDaten(tx: Tx, aktId: string): Promise<Date[]> {
  const [noten, zahlungen] = await Promise.all([
    tx.honorarnote.findMany({ where: { aktId }, select: { datum: true } }),
    tx.zahlung.findMany({ where: { aktId }, select: { datum: true } }),
  ]);
  return [...noten, ...zahlungen].map((x) => x.datum);
}

const archiviereInput = z.object({ aktId: id(), version: z.number().int().positive(), rechtlicheSperreBis: date().nullish() });
const sperreInput = z.object({ aktId: id(), rechtlicheSperreBis: date().nullable() });

/** Archives a closed Akt: it becomes read-only and gets its retention deadline. */
export async function archiviereAkt(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { aktId, version, rechtlicheSperreBis } = parseInput(archiviereInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = orNotFound(await tx.akt.findFirst({ where: { id: aktId, kanzleiId: viewer.kanzleiId }, select: { status: true, abgeschlossenAm: true } }), 'Akt', aktId);
    if (akt.status !== 'ABGESCHLOSSEN' || !akt.abgeschlossenAm) {
      throw new ValidationError({ field: 'aktId', message: `Archiviert wird nur ein abgeschlossener Akt (dieser ist ${akt.status})` });
    }
    const frist = aufbewahrenBis({ endeVertretung: akt.abgeschlossenAm, belege: await belegDaten(tx, aktId), rechtlicheSperreBis: rechtlicheSperreBis ?? null });
    await bumpVersion(tx, viewer, aktId, version, { status: 'ARCHIVIERT', archiviertAm: new Date(), aufbewahrenBis: frist.bis, rechtlicheSperreBis: rechtlicheSperreBis ?? null });
    await tx.aktStatusAenderung.create({ data: { aktId, von: 'ABGESCHLOSSEN', nach: 'ARCHIVIERT', benutzerId: viewer.benutzerId, grund: `Aufbewahren bis ${isoDate(frist.bis)}: ${frist.gruende.join('; ')}` } });
    return aktId;
  });
}

/** Sets or lifts a legal hold on an archived Akt; the deadline follows (never before the statutory one). */
export async function setRechtlicheSperre(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  if (viewer.rolle === 'SACHBEARBEITER') throw new ForbiddenError('Eine rechtliche Sperre setzt ein Anwalt.');
  const { aktId, rechtlicheSperreBis } = parseInput(sperreInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = orNotFound(await tx.akt.findFirst({ where: { id: aktId, kanzleiId: viewer.kanzleiId }, select: { status: true, abgeschlossenAm: true } }), 'Akt', aktId);
    if (akt.status !== 'ARCHIVIERT' || !akt.abgeschlossenAm) throw new ValidationError({ field: 'aktId', message: 'Nur für archivierte Akten' });
    const frist = aufbewahrenBis({ endeVertretung: akt.abgeschlossenAm, belege: await belegDaten(tx, aktId), rechtlicheSperreBis });
    await tx.akt.update({ where: { id: aktId }, data: { rechtlicheSperreBis, aufbewahrenBis: frist.bis } });
    return aktId;
  });
}

export interface Loeschbericht {
  stichtag: string;
  geloeschteAkten: string[];
  anonymisiertePersonen: number;
  anonymisierteAnfragen: number;
}

/**
 * Deletes archived Akten whose retention deadline (and legal hold) has passed, with everything
 * on them; anonymises the Persons no other Akt names and the requests they came from. ADMIN.
 */
export async function loescheAbgelaufeneAkten(db: Db, viewer: Viewer, raw: unknown): Promise<Loeschbericht> {
  if (viewer.rolle !== 'ADMIN') throw new ForbiddenError('Nur ADMIN darf Akten endgültig löschen.');
  const { stichtag } = parseInput(z.object({ stichtag: date().nullish() }), raw);
  const tag = stichtag ?? dateFromIso(heute());
  return inTransaction(db, async (tx) => {
    const faellig = await tx.akt.findMany({
      where: {
        kanzleiId: viewer.kanzleiId, status: 'ARCHIVIERT', aufbewahrenBis: { lt: tag },
        OR: [{ rechtlicheSperreBis: null }, { rechtlicheSperreBis: { lt: tag } }],
      },
      select: { id: true, aktenzeichen: true, klientId: true, gegner: { select: { personId: true } } },
    });
    const ids = faellig.map((a) => a.id);
    // The trail notes what was deleted and anonymised, but keeps no copy of the erased data.
    await auditOhneWerte(tx);
    const personen = [...new Set(faellig.flatMap((a) => [a.klientId, ...a.gegner.map((g) => g.personId)]))];
    const anfragen = await tx.mandatsanfrage.updateMany({
      where: { aktId: { in: ids } },
      data: { klientName: 'anonymisiert', klientStrasse: null, klientPlz: null, klientOrt: null, klientEmail: 'anonymisiert', klientTelefon: null, gegner: [], beschreibung: 'anonymisiert', dokumente: [], aktId: null },
    });
    // Their invoices go with them: the deadline counted them (BAO § 132). Credit notes first, since
    // each names the invoice it cancels (both references are RESTRICT, as is Honorarnote → Akt).
    await tx.honorarnote.deleteMany({ where: { aktId: { in: ids }, stornoVonId: { not: null } } });
    await tx.honorarnote.deleteMany({ where: { aktId: { in: ids } } });
    await tx.akt.deleteMany({ where: { id: { in: ids } } });
    // Persons still named by another Akt stay as they are.
    const frei = await tx.person.findMany({ where: { id: { in: personen }, klientIn: { none: {} }, gegnerIn: { none: {} } }, select: { id: true } });
    for (const p of frei) {
      await tx.person.update({ where: { id: p.id }, data: { name: 'anonymisiert', kurzbezeichnung: `ANON-${p.id.slice(0, 8)}`, strasse: null, plz: null, ort: null, email: null, telefon: null } });
    }
    return { stichtag: isoDate(tag), geloeschteAkten: faellig.map((a) => a.aktenzeichen).sort(), anonymisiertePersonen: frei.length, anonymisierteAnfragen: anfragen.count };
  });
}
