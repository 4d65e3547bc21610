// Archiving with a retention deadline, and deleting (anonymising) what is past it.
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { aufbewahrenBis } from '../domain/aufbewahrung.js';
import { dateFromIso, heute, isoDate } from '../domain/dates.js';
import { ValidationError } from '../domain/errors.js';
import { date, id, parseInput } from '../domain/validation.js';
import { bumpVersion } from './akten.js';
import { auditOhneWerte, inTransaction, type Db, type Tx } from './db.js';
import { anonymisiereAnfragen, anonymisierePersonen, schwaerzeAuditTrail, zieleDerAkten } from './loeschung.js';
import { pruefeArchivierbar } from './honorarzahlungen.js';
import { sperreAkt } from './sperren.js';
import { melde } from '../webhooks/daten.js';
import { loescheEreignisseMit } from '../webhooks/outbox.js';
import { Prisma } from '../generated/prisma/client.js';

/** BAO § 132: the dates of the Akt's invoices, Stornorechnungen and payments (the debtor's and the client's). */
async function belegDaten(tx: Tx, aktId: string): Promise<Date[]> {
  const [noten, zahlungen, honorarzahlungen] = await Promise.all([
    tx.honorarnote.findMany({ where: { aktId }, select: { datum: true } }),
    tx.zahlung.findMany({ where: { aktId }, select: { datum: true } }),
    tx.honorarzahlung.findMany({ where: { aktId }, select: { bezahltAm: true } }),
  ]);
  return [...noten, ...zahlungen].map((x) => x.datum).concat(honorarzahlungen.map((x) => x.bezahltAm));
}

const archiviereInput = z.object({ aktId: id(), version: z.number().int().positive(), rechtlicheSperreBis: date().nullish() });
const sperreInput = z.object({ aktId: id(), rechtlicheSperreBis: date().nullable() });

/** Archives a closed Akt: it becomes read-only and gets its retention deadline. */
export async function archiviereAkt(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { aktId, version, rechtlicheSperreBis } = parseInput(archiviereInput, raw);
  return inTransaction(db, async (tx) => {
    // Locked first: a payment or invoice in flight on this Akt either commits before (and counts
    // for the deadline read below) or waits and then finds the Akt archived.
    const akt = await sperreAkt(tx, viewer, aktId);
    if (akt.status !== 'ABGESCHLOSSEN' || !akt.abgeschlossenAm) {
      throw new ValidationError({ field: 'aktId', message: `Archiviert wird nur ein abgeschlossener Akt (dieser ist ${akt.status})` });
    }
    // lifecycle.md: no archive while an invoice is open (paid in full, cancelled or written off).
    await pruefeArchivierbar(tx, aktId);
    const frist = aufbewahrenBis({ endeVertretung: akt.abgeschlossenAm, belege: await belegDaten(tx, aktId), rechtlicheSperreBis: rechtlicheSperreBis ?? null });
    // The Verlauf entry first: once the Akt is archived, nothing on it is written any more.
    await tx.aktStatusAenderung.create({ data: { aktId, von: 'ABGESCHLOSSEN', nach: 'ARCHIVIERT', benutzerId: viewer.benutzerId, grund: `Aufbewahren bis ${isoDate(frist.bis)}: ${frist.gruende.join('; ')}` } });
    await bumpVersion(tx, viewer, aktId, version, { status: 'ARCHIVIERT', archiviertAm: new Date(), aufbewahrenBis: frist.bis, rechtlicheSperreBis: rechtlicheSperreBis ?? null });
    // A status change like any other, and the archiving itself (with its deadline).
    await melde(tx, viewer.kanzleiId, 'akt.status_geaendert', { art: 'akt', id: aktId });
    await melde(tx, viewer.kanzleiId, 'akt.archiviert', { art: 'akt', id: aktId });
    return aktId;
  });
}

/** Sets or lifts a legal hold on an archived Akt; the deadline follows (never before the statutory one). */
export async function setRechtlicheSperre(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { aktId, rechtlicheSperreBis } = parseInput(sperreInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = await sperreAkt(tx, viewer, aktId);
    if (akt.status !== 'ARCHIVIERT' || !akt.abgeschlossenAm) throw new ValidationError({ field: 'aktId', message: 'Nur für archivierte Akten' });
    const frist = aufbewahrenBis({ endeVertretung: akt.abgeschlossenAm, belege: await belegDaten(tx, aktId), rechtlicheSperreBis });
    await tx.akt.update({ where: { id: aktId }, data: { rechtlicheSperreBis, aufbewahrenBis: frist.bis } });
    await melde(tx, viewer.kanzleiId, 'akt.geaendert', { art: 'akt', id: aktId });
    return aktId;
  });
}

export interface Loeschbericht {
  stichtag: string;
  /** A dry run: what a real run on this Stichtag would delete and anonymise; nothing was changed. */
  vorschau: boolean;
  geloeschteAkten: string[];
  anonymisiertePersonen: number;
  anonymisierteAnfragen: number;
}

const loescheInput = z.object({ stichtag: date().nullish(), nurVorschau: z.boolean().nullish() });

/**
 * Deletes archived Akten whose retention deadline (and legal hold) has passed, with everything
 * on them; anonymises the Persons no other Akt names and the requests they came from, and redacts
 * their values in the audit trail (server/services/loeschung.ts). ADMIN.
 * `nurVorschau`: reports the same without changing anything.
 */
export async function loescheAbgelaufeneAkten(db: Db, viewer: Viewer, raw: unknown): Promise<Loeschbericht> {
  const { stichtag, nurVorschau } = parseInput(loescheInput, raw);
  const heuteTag = dateFromIso(heute());
  // A Stichtag in the future would declare deadlines passed that have not passed: nothing may be
  // deleted before its day (a dry run may look ahead no more than a real run may).
  if (stichtag && stichtag > heuteTag) {
    throw new ValidationError({ field: 'stichtag', message: `darf nicht nach heute (${isoDate(heuteTag)}) liegen` });
  }
  const tag = stichtag ?? heuteTag;
  const vorschau = nurVorschau ?? false;
  return inTransaction(db, async (tx) => {
    // The Akten due, locked (in id order, so two runs cannot deadlock); a legal hold set meanwhile
    // is seen here, since a locking read re-checks its condition on the newest row. Kept: an Akt
    // whose deadline or hold is on or after the Stichtag. A dry run takes no locks.
    const gesperrt = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM "Akt"
      WHERE "kanzleiId" = ${viewer.kanzleiId}::uuid AND status = 'ARCHIVIERT' AND "aufbewahrenBis" < ${tag}::date
        AND ("rechtlicheSperreBis" IS NULL OR "rechtlicheSperreBis" < ${tag}::date)
      ORDER BY id ${vorschau ? Prisma.empty : Prisma.sql`FOR UPDATE`}`;
    const faellig = await tx.akt.findMany({
      where: { id: { in: gesperrt.map((a) => a.id) } },
      orderBy: { id: 'asc' },
      select: { id: true, aktenzeichen: true, klientId: true, gegner: { select: { personId: true } } },
    });
    const ids = faellig.map((a) => a.id);
    const personen = [...new Set(faellig.flatMap((a) => [a.klientId, ...a.gegner.map((g) => g.personId)]))];
    const geloeschteAkten = faellig.map((a) => a.aktenzeichen).sort();
    if (vorschau) {
      // The same answer a real run would give: Persons no Akt outside these names, their requests.
      const [frei, anfragen] = await Promise.all([
        tx.person.count({ where: { id: { in: personen }, klientIn: { every: { id: { in: ids } } }, gegnerIn: { every: { aktId: { in: ids } } } } }),
        tx.mandatsanfrage.count({ where: { aktId: { in: ids } } }),
      ]);
      return { stichtag: isoDate(tag), vorschau, geloeschteAkten, anonymisiertePersonen: frei, anonymisierteAnfragen: anfragen };
    }
    // The one write allowed to touch archived Akten (the triggers of migration `nebenlaeufigkeit`).
    await tx.$executeRaw`SELECT set_config('kanzlei.aufbewahrung_loeschen', 'on', true)`;
    // The trail notes what was deleted and anonymised, but keeps no copy of the erased data.
    await auditOhneWerte(tx);
    const anfragen = await tx.mandatsanfrage.findMany({ where: { aktId: { in: ids } }, select: { id: true, aktId: true } });
    const anfragenIds = anfragen.map((a) => a.id);
    // What was on these Akten, read from the trail before the rows go (their entries lose their free text).
    const aktZiele = await zieleDerAkten(tx, viewer, ids);
    const anfrageWerte = await anonymisiereAnfragen(tx, anfragenIds, { loeseAkt: true });
    // Their invoices go with them: the deadline counted them (BAO § 132). Stornorechnungen first, since
    // each names the invoice it cancels (both references are RESTRICT, as is Honorarnote → Akt).
    await tx.honorarnote.deleteMany({ where: { aktId: { in: ids }, stornoVonId: { not: null } } });
    await tx.honorarnote.deleteMany({ where: { aktId: { in: ids } } });
    await tx.akt.deleteMany({ where: { id: { in: ids } } });
    // Persons still named by another Akt stay as they are, and so do their values in the trail.
    const frei = (await tx.person.findMany({ where: { id: { in: personen }, klientIn: { none: {} }, gegnerIn: { none: {} } }, select: { id: true } })).map((p) => p.id);
    const personWerte = await anonymisierePersonen(tx, frei);
    // A request's requester is erased with its Akt's Klient only: a Klient kept for another Akt keeps the trail's values.
    const klientFrei = new Set(faellig.filter((a) => frei.includes(a.klientId)).map((a) => a.id));
    const anfrageWerteFrei = anfragen.filter((a) => a.aktId && klientFrei.has(a.aktId)).flatMap((a) => anfrageWerte.get(a.id) ?? []);
    await schwaerzeAuditTrail(
      tx, viewer,
      [...aktZiele, ...frei.map((id) => ({ entity: 'Person' as const, id })), ...anfragenIds.map((id) => ({ entity: 'Mandatsanfrage' as const, id }))],
      [...personWerte, ...anfrageWerteFrei],
    );
    await loescheEreignisseMit(tx, viewer.kanzleiId, [...ids, ...frei, ...anfragenIds], [...personWerte, ...anfrageWerteFrei]);
    return { stichtag: isoDate(tag), vorschau, geloeschteAkten, anonymisiertePersonen: frei.length, anonymisierteAnfragen: anfragenIds.length };
  });
}
