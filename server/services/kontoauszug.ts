// Importing the office's bank statements (issue 18): every incoming euro transaction is booked
// (an RF reference of a Honorarnote → a Honorarzahlung, of an (Akt, Gegner) pair → a Zahlung),
// proposed (a Rechnungsnummer or Aktenzeichen in the text), or queued; outgoing, foreign-currency
// and reversal entries are recorded as IGNORIERT and reported. The bookings are ordinary payments:
// the same rows as erfasseZahlung / erfasseHonorarzahlung write (the same rule, pruefeZahlung, on
// each note's state as the import goes), the same events (melde), written in batches after the
// Akten are locked; buchungZuordnen books one entry with the services' own bucheZahlung /
// bucheHonorarzahlung. They show in schuldnerstand, offenerBetrag, the audit trail and webhooks.
//
// Rules decided here (the issue is silent):
// - Overpayment of a Honorarnote: what is open is booked on it; the rest becomes a second entry
//   (teil 1) in the queue (OFFEN, grund "Überzahlung …") for a user to assign or dismiss.
// - A note that cannot take a payment (paid, cancelled, written off, its Akt archived), an unknown
//   or invalid RF reference: the whole transaction is queued with the reason.
// - A proposal from the text: a Rechnungsnummer of an open note whose open amount is at least the
//   transaction's amount (the amount is the check; partial payments are common), else an
//   Aktenzeichen of an Akt not archived (a debt's amount is not checked: interest runs to the day,
//   and every payment reduces it). A number whose note cannot take the amount is queued with why.
// - The payment's date is the value date (interest stops then), else the booking date.
// - An entry is identified by (office, account, bank reference, booking date, transaction index);
//   an entry seen before, also in another file, is reported as already known and left alone.
//
// Locking discipline: an import first takes the advisory lock of (office, account) for its
// transaction (polled, see sperreKonto), so two imports of the same account run one after the other (the second then finds
// every entry known); after resolving the references it locks every Akt it will book on in id
// order (one statement), then books. buchungZuordnen / buchungVerwerfen lock the Bankbuchung row
// (FOR UPDATE), then the Akt. Order: account lock → Bankbuchung → Akt (server/services/sperren.ts),
// so no two of these wait on each other in a circle. The unique index on the entry's identity is
// the last line.
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { ConflictError, ValidationError } from '../domain/errors.js';
import { pruefeZahlung, zahlungsstand, type NotenDaten } from '../domain/honorarzahlung.js';
import { normalisiereIban } from '../domain/iban.js';
import type { Buchungseintrag, Kontoauszug, Transaktion } from '../domain/kontoauszug/typen.js';
import { aktenzeichenKandidaten, ignorierGrund, rechnungsnummernImText, referenzziel, rfImText, zahlungsdatum } from '../domain/kontoauszug/zuordnung.js';
import { Decimal, formatDecimal } from '../domain/money.js';
import { id, parseInput } from '../domain/validation.js';
import { inTransaction, orNotFound, type Db, type Tx } from './db.js';
import { bucheHonorarzahlung, NOTEN_STAND_SELECT, notenDaten } from './honorarzahlungen.js';
import { bucheZahlung } from './zahlungen.js';
import { melde } from '../webhooks/daten.js';
import type { EreignisTyp } from '../webhooks/ereignisse.js';

/** Namespace of the advisory lock on an office's bank account during an import. */
const KONTO_SPERRE = 75836711;
/** Rows per statement when looking up or inserting in batches (well below PostgreSQL's 65 535 parameters). */
const STAPEL = 1000;
/**
 * An import is one transaction (all or nothing): 10 000 entries take seconds (BENCHMARKS.md), more
 * than Prisma's 5 s default for an interactive transaction. The file is bounded (the parser's
 * MAX_KONTOAUSZUG_ZEICHEN / _EINTRAEGE), so is this.
 */
const IMPORT_TIMEOUT_MS = 120_000;

export class FremdesKontoError extends Error {
  readonly kontoIban: string;
  constructor(kontoIban: string) {
    super(`Der Kontoauszug ist für das Konto ${kontoIban}, nicht für das Konto der Kanzlei: nichts wurde importiert`);
    this.name = 'FremdesKontoError';
    this.kontoIban = kontoIban;
  }
}

export interface ImportErgebnis {
  importId: string;
  /** Entries of earlier imports that this file held again. */
  bekannteIds: string[];
}

type Status = 'GEBUCHT' | 'VORSCHLAG' | 'OFFEN' | 'IGNORIERT';
interface Zeile {
  id: string;
  eintrag: Buchungseintrag;
  t: Transaktion;
  teil: number;
  betrag: Decimal;
  status: Status;
  grund: string | null;
  aktId: string | null;
  honorarnoteId: string | null;
  zahlungId: string | null;
  honorarzahlungId: string | null;
}

const schluessel = (bankReferenz: string, buchungsdatum: string, index: number) => `${bankReferenz}|${buchungsdatum}|${index}`;
const tag = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoTag = (d: Date) => d.toISOString().slice(0, 10);
const stapel = <T>(xs: T[]): T[][] => Array.from({ length: Math.ceil(xs.length / STAPEL) }, (_, i) => xs.slice(i * STAPEL, (i + 1) * STAPEL));
const kurz = (s: string | null, max: number) => (s == null ? null : s.length > max ? s.slice(0, max) : s);

/** The payment's text: the bank's reference, and what the payer wrote. */
const zahlungstext = (e: Buchungseintrag, t: Transaktion) =>
  kurz(`Bank ${e.bankReferenz}${t.strukturierteReferenz ? ` ${t.strukturierteReferenz}` : ''}${t.verwendungszweck ? `: ${t.verwendungszweck}` : ''}`, 500);

/** Imports a parsed statement in one transaction: all of it, or (on any error) nothing. */
export async function importiereAuszug(db: Db, viewer: Viewer, auszug: Kontoauszug, dateiBytes: number): Promise<ImportErgebnis> {
  const kontoIban = normalisiereIban(auszug.kontoIban);
  return inTransaction(db, async (tx) => {
    await sperreKonto(tx, `${viewer.kanzleiId}|${kontoIban}`);
    const kanzlei = await tx.kanzlei.findUniqueOrThrow({ where: { id: viewer.kanzleiId }, select: { iban: true } });
    if (!kanzlei.iban || normalisiereIban(kanzlei.iban) !== kontoIban) throw new FremdesKontoError(kontoIban);

    // Entries already imported (by any earlier file): one query per 1 000 bank references.
    const referenzen = [...new Set(auszug.eintraege.map((e) => e.bankReferenz))];
    const bekannt = new Map<string, string[]>();
    for (const teil of stapel(referenzen)) {
      const rows = await tx.bankbuchung.findMany({
        where: { kanzleiId: viewer.kanzleiId, kontoIban, bankReferenz: { in: teil } },
        select: { id: true, bankReferenz: true, buchungsdatum: true, transaktionIndex: true },
      });
      for (const r of rows) {
        const k = schluessel(r.bankReferenz, isoTag(r.buchungsdatum), r.transaktionIndex);
        bekannt.set(k, [...(bekannt.get(k) ?? []), r.id]);
      }
    }

    const zeilen: Zeile[] = [];
    const bekannteIds: string[] = [];
    const gesehen = new Set<string>();
    for (const eintrag of auszug.eintraege) {
      for (const t of eintrag.transaktionen) {
        const k = schluessel(eintrag.bankReferenz, eintrag.buchungsdatum, t.index);
        const alt = bekannt.get(k);
        if (alt) {
          bekannteIds.push(...alt);
          continue;
        }
        // The same entry twice in one file (a concatenated download): the first counts.
        if (gesehen.has(k)) continue;
        gesehen.add(k);
        const grund = ignorierGrund(eintrag, t);
        zeilen.push({
          id: crypto.randomUUID(), eintrag, t, teil: 0, betrag: grund ? new Decimal(t.betrag).abs() : new Decimal(t.betrag), status: grund ? 'IGNORIERT' : 'OFFEN', grund,
          aktId: null, honorarnoteId: null, zahlungId: null, honorarzahlungId: null,
        });
      }
    }
    const eingaenge = zeilen.filter((z) => z.status === 'OFFEN');

    // Resolve every reference in batches: notes by (year, number), pairs by their RF reference.
    const ziele = new Map(eingaenge.map((z) => [z, referenzziel(z.t.strukturierteReferenz ?? rfImText(z.t.verwendungszweck))]));
    const notenPaare = new Map<string, { jahr: number; laufnummer: number }>();
    const gegnerRefs = new Set<string>();
    for (const ziel of ziele.values()) {
      if (ziel?.art === 'HONORARNOTE') notenPaare.set(`${ziel.jahr}-${ziel.laufnummer}`, ziel);
      if (ziel?.art === 'GEGNER') gegnerRefs.add(ziel.rf);
    }
    const ohneZiel = eingaenge.filter((z) => !ziele.get(z) || ziele.get(z)!.art === 'UNGUELTIG');
    for (const z of ohneZiel) for (const n of rechnungsnummernImText(z.t.verwendungszweck)) notenPaare.set(`${n.jahr}-${n.laufnummer}`, n);
    const noten = await ladeNotenNachNummer(tx, viewer.kanzleiId, [...notenPaare.values()]);
    const paare = new Map<string, string>();
    for (const teil of stapel([...gegnerRefs])) {
      for (const r of await tx.zahlungsreferenz.findMany({ where: { kanzleiId: viewer.kanzleiId, rfReferenz: { in: teil } }, select: { rfReferenz: true, aktId: true } })) {
        paare.set(r.rfReferenz, r.aktId);
      }
    }
    const kandidaten = [...new Set(ohneZiel.flatMap((z) => aktenzeichenKandidaten(z.t.verwendungszweck)))];
    const aktenNachZeichen = new Map<string, { id: string; aktenzeichen: string }>();
    for (const teil of stapel(kandidaten)) {
      const rows = await tx.$queryRaw<{ id: string; aktenzeichen: string }[]>`
        SELECT id::text, aktenzeichen FROM "Akt" WHERE "kanzleiId" = ${viewer.kanzleiId}::uuid AND upper(aktenzeichen) = ANY (${teil}::text[])`;
      for (const r of rows) aktenNachZeichen.set(r.aktenzeichen.toUpperCase(), r);
    }

    // Lock every Akt that may be booked on or proposed for, in id order; read their state under the lock.
    const aktIds = new Set<string>([...noten.values()].map((n) => n.aktId));
    for (const a of paare.values()) aktIds.add(a);
    for (const a of aktenNachZeichen.values()) aktIds.add(a.id);
    const archiviert = new Set<string>();
    for (const teil of stapel([...aktIds].sort())) {
      const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
        SELECT id::text, status::text FROM "Akt" WHERE id = ANY (${teil}::uuid[]) AND "kanzleiId" = ${viewer.kanzleiId}::uuid ORDER BY id FOR UPDATE`;
      for (const r of rows) if (r.status === 'ARCHIVIERT') archiviert.add(r.id);
    }
    // What is open on each note, read under the lock and kept up to date while booking.
    const offen = new Map<string, Decimal>();
    const stand = new Map<string, NotenDaten>();
    for (const teil of stapel([...noten.values()].map((n) => n.id))) {
      for (const n of await tx.honorarnote.findMany({ where: { id: { in: teil } }, select: { id: true, ...NOTEN_STAND_SELECT } })) {
        stand.set(n.id, { ...notenDaten(n), zahlungen: [...n.honorarzahlungen] });
        offen.set(n.id, zahlungsstand(notenDaten(n)).offen);
      }
    }
    // The payments, written in batches after the loop (one statement per 1 000, not three per entry).
    const zahlungen: { id: string; aktId: string; betrag: Decimal; datum: Date; verwendungszweck: string | null }[] = [];
    const honorarzahlungen: { id: string; aktId: string; honorarnoteId: string; betrag: Decimal; bezahltAm: Date; verwendungszweck: string | null }[] = [];
    const bezahlteNoten: string[] = [];

    const reste: Zeile[] = [];
    for (const z of eingaenge) {
      const ziel = ziele.get(z) ?? null;
      const datum = tag(zahlungsdatum(z.eintrag));
      const text = zahlungstext(z.eintrag, z.t);
      if (ziel?.art === 'HONORARNOTE') {
        const note = noten.get(`${ziel.jahr}-${ziel.laufnummer}`);
        if (!note) {
          z.grund = `RF-Referenz ${ziel.rf}: keine Honorarnote ${ziel.jahr}-${String(ziel.laufnummer).padStart(4, '0')} in der Kanzlei`;
          continue;
        }
        const rest = offen.get(note.id) ?? new Decimal(0);
        z.honorarnoteId = note.id;
        z.aktId = note.aktId;
        if (archiviert.has(note.aktId) || rest.lessThanOrEqualTo(0)) {
          z.grund = archiviert.has(note.aktId)
            ? `Honorarnote ${note.nummer}: ihr Akt ist archiviert`
            : `Honorarnote ${note.nummer} ist nicht offen (bezahlt, storniert, abgeschrieben oder eine Stornorechnung): nichts gebucht`;
          continue;
        }
        const gebucht = Decimal.min(rest, z.betrag);
        // The same rule as erfasseHonorarzahlung, on the note's state as this import left it.
        const daten = stand.get(note.id)!;
        pruefeZahlung(note.nummer, daten, gebucht);
        daten.zahlungen = [...daten.zahlungen, { betrag: gebucht, bezahltAm: datum, storniertAm: null }];
        z.honorarzahlungId = crypto.randomUUID();
        honorarzahlungen.push({ id: z.honorarzahlungId, aktId: note.aktId, honorarnoteId: note.id, betrag: gebucht, bezahltAm: datum, verwendungszweck: text });
        if (zahlungsstand(daten).status === 'BEZAHLT') bezahlteNoten.push(note.id);
        offen.set(note.id, rest.minus(gebucht));
        z.status = 'GEBUCHT';
        if (gebucht.lessThan(z.betrag)) {
          const ueber = z.betrag.minus(gebucht);
          z.grund = `Überzahlung: ${formatDecimal(gebucht)} auf Honorarnote ${note.nummer} gebucht, ${formatDecimal(ueber)} offen`;
          z.betrag = gebucht;
          reste.push({
            ...z, id: crypto.randomUUID(), teil: 1, betrag: ueber, status: 'OFFEN', honorarzahlungId: null, zahlungId: null,
            grund: `Überzahlung der Honorarnote ${note.nummer} (offen waren ${formatDecimal(gebucht)}): ${formatDecimal(ueber)} zuzuordnen oder zu verwerfen`,
          });
        }
        continue;
      }
      if (ziel?.art === 'GEGNER') {
        const aktId = paare.get(ziel.rf);
        if (!aktId) {
          z.grund = `RF-Referenz ${ziel.rf} ist keiner Forderung der Kanzlei zugeordnet`;
          continue;
        }
        z.aktId = aktId;
        if (archiviert.has(aktId)) {
          z.grund = `RF-Referenz ${ziel.rf}: der Akt ist archiviert`;
          continue;
        }
        z.zahlungId = crypto.randomUUID();
        zahlungen.push({ id: z.zahlungId, aktId, betrag: z.betrag, datum, verwendungszweck: text });
        z.status = 'GEBUCHT';
        continue;
      }
      // No usable reference: a proposal from the text, or the queue.
      const gruende: string[] = ziel?.art === 'UNGUELTIG' ? [`„${ziel.rf}“ ist keine gültige RF-Referenz der Kanzlei`] : [];
      for (const nr of rechnungsnummernImText(z.t.verwendungszweck)) {
        const note = noten.get(`${nr.jahr}-${nr.laufnummer}`);
        if (!note) continue;
        const rest = offen.get(note.id) ?? new Decimal(0);
        if (!archiviert.has(note.aktId) && rest.greaterThanOrEqualTo(z.betrag)) {
          Object.assign(z, { status: 'VORSCHLAG', honorarnoteId: note.id, aktId: note.aktId, grund: `Rechnungsnummer ${note.nummer} im Verwendungszweck, Betrag passt (offen ${formatDecimal(rest)})` });
          break;
        }
        gruende.push(`Rechnungsnummer ${note.nummer} im Verwendungszweck, aber offen sind ${formatDecimal(rest)}, nicht ${formatDecimal(z.betrag)}`);
      }
      if ((z.status as Status) === 'VORSCHLAG') continue;
      for (const w of aktenzeichenKandidaten(z.t.verwendungszweck)) {
        const akt = aktenNachZeichen.get(w);
        if (akt && !archiviert.has(akt.id)) {
          Object.assign(z, { status: 'VORSCHLAG', aktId: akt.id, grund: `Aktenzeichen ${akt.aktenzeichen} im Verwendungszweck` });
          break;
        }
      }
      if (z.status !== 'VORSCHLAG') z.grund = gruende.length ? gruende.join('; ') : 'Keine RF-Referenz, Rechnungsnummer oder Aktenzeichen erkannt';
    }

    // The rows erfasseZahlung / erfasseHonorarzahlung write, and their events (melde renders only
    // when a webhook listens; the Akten are locked above, archived ones were queued instead).
    for (const teil of stapel(zahlungen)) {
      await tx.zahlung.createMany({ data: teil.map((p) => ({ ...p, kanzleiId: viewer.kanzleiId, benutzerId: viewer.benutzerId })) });
    }
    for (const teil of stapel(honorarzahlungen)) {
      await tx.honorarzahlung.createMany({ data: teil.map((p) => ({ ...p, kanzleiId: viewer.kanzleiId, benutzerId: viewer.benutzerId })) });
    }
    if (await hoertZu(tx, viewer.kanzleiId, 'zahlung.erfasst')) for (const p of zahlungen) await melde(tx, viewer.kanzleiId, 'zahlung.erfasst', { art: 'zahlung', id: p.id, aktId: p.aktId });
    if (await hoertZu(tx, viewer.kanzleiId, 'honorarzahlung.erfasst')) for (const p of honorarzahlungen) await melde(tx, viewer.kanzleiId, 'honorarzahlung.erfasst', { art: 'honorarzahlung', id: p.id });
    if (await hoertZu(tx, viewer.kanzleiId, 'honorarnote.bezahlt')) for (const id of bezahlteNoten) await melde(tx, viewer.kanzleiId, 'honorarnote.bezahlt', { art: 'honorarnote', id });

    const alle = [...zeilen, ...reste];
    const zaehle = (s: Status) => alle.filter((z) => z.status === s).length;
    const imp = await tx.kontoauszugImport.create({
      data: {
        kanzleiId: viewer.kanzleiId, format: auszug.format, kontoIban, auszugId: kurz(auszug.auszugId, 200)!, dateiBytes, benutzerId: viewer.benutzerId,
        anzahlGebucht: zaehle('GEBUCHT'), anzahlVorschlag: zaehle('VORSCHLAG'), anzahlOffen: zaehle('OFFEN'), anzahlBekannt: bekannteIds.length, anzahlIgnoriert: zaehle('IGNORIERT'),
      },
      select: { id: true },
    });
    for (const teil of stapel(alle)) {
      await tx.bankbuchung.createMany({
        data: teil.map((z) => ({
          id: z.id, kanzleiId: viewer.kanzleiId, importId: imp.id, kontoIban, bankReferenz: z.eintrag.bankReferenz, buchungsdatum: tag(z.eintrag.buchungsdatum),
          valutadatum: z.eintrag.valutadatum ? tag(z.eintrag.valutadatum) : null, transaktionIndex: z.t.index, teil: z.teil, betrag: z.betrag,
          waehrung: z.t.waehrung, richtung: z.eintrag.richtung, verwendungszweck: kurz(z.t.verwendungszweck, 2000), strukturierteReferenz: kurz(z.t.strukturierteReferenz, 100),
          zahlerName: kurz(z.t.zahlerName, 200), zahlerIban: kurz(z.t.zahlerIban, 50), endToEndId: kurz(z.t.endToEndId, 100), status: z.status, grund: z.grund,
          aktId: z.aktId, honorarnoteId: z.honorarnoteId, zahlungId: z.zahlungId, honorarzahlungId: z.honorarzahlungId,
          benutzerId: viewer.benutzerId, erledigtAm: z.status === 'GEBUCHT' ? new Date() : null,
        })),
      });
    }
    return { importId: imp.id, bekannteIds };
  }, { timeoutMs: IMPORT_TIMEOUT_MS });
}

/** Whether a webhook of the office subscribed to `typ` (else melde writes nothing: skip the calls). */
async function hoertZu(tx: Tx, kanzleiId: string, typ: EreignisTyp): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Webhook" WHERE "kanzleiId" = ${kanzleiId}::uuid AND ${typ} = ANY ("ereignisse") LIMIT 1`;
  return rows.length > 0;
}

/**
 * The (office, account) lock, waited for by polling: one waiting statement would be cancelled by the
 * pool's statement timeout (8 s, lock waits included) while an import of 10 000 entries runs longer.
 */
async function sperreKonto(tx: Tx, schluessel: string): Promise<void> {
  const bis = performance.now() + IMPORT_TIMEOUT_MS;
  for (;;) {
    const [row] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${KONTO_SPERRE}::int, hashtext(${schluessel})) AS ok`;
    if (row?.ok) return;
    if (performance.now() > bis) throw new ConflictError('Ein anderer Import dieses Kontos läuft noch; nichts wurde importiert. Bitte erneut senden.', 'Kontoauszug');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Notes of the office by (year, running number), keyed "jahr-laufnummer": one query per 1 000. */
async function ladeNotenNachNummer(tx: Tx, kanzleiId: string, paare: { jahr: number; laufnummer: number }[]) {
  const out = new Map<string, { id: string; aktId: string; nummer: string }>();
  for (const teil of stapel(paare)) {
    const rows = await tx.$queryRaw<{ id: string; aktId: string; nummer: string; jahr: number; laufnummer: number }[]>`
      SELECT h.id::text, h."aktId"::text AS "aktId", h.nummer, h.jahr, h.laufnummer FROM "Honorarnote" h
       JOIN unnest(${teil.map((p) => p.jahr)}::int[], ${teil.map((p) => p.laufnummer)}::int[]) AS p(jahr, laufnummer)
         ON h.jahr = p.jahr AND h.laufnummer = p.laufnummer
       WHERE h."kanzleiId" = ${kanzleiId}::uuid`;
    for (const r of rows) out.set(`${r.jahr}-${r.laufnummer}`, r);
  }
  return out;
}

// ---- The queue: assign by hand, or dismiss ------------------------------------------------------

const zuordnenInput = z
  .object({ buchungId: id(), honorarnoteId: id().nullish(), aktId: id().nullish() })
  .refine((i) => !(i.honorarnoteId && i.aktId), { message: 'Entweder honorarnoteId oder aktId, nicht beides', path: ['aktId'] });
const verwerfenInput = z.object({ buchungId: id(), grund: z.string().trim().min(1, { message: 'Ein Verwerfen braucht einen Grund' }).max(2000, { message: 'höchstens 2000 Zeichen' }) });

/** Locks the entry (FOR UPDATE) and reads it; NotFound for another office's; only OFFEN and VORSCHLAG can be decided. */
async function sperreBuchung(tx: Tx, viewer: Viewer, buchungId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Bankbuchung" WHERE id = ${buchungId}::uuid AND "kanzleiId" = ${viewer.kanzleiId}::uuid FOR UPDATE`;
  orNotFound(rows[0] ?? null, 'Bankbuchung', buchungId);
  const b = await tx.bankbuchung.findUniqueOrThrow({ where: { id: buchungId } });
  if (b.status !== 'OFFEN' && b.status !== 'VORSCHLAG') {
    throw new ValidationError({ field: 'buchungId', message: `Die Bankbuchung ist ${b.status === 'GEBUCHT' ? 'schon gebucht' : b.status === 'VERWORFEN' ? 'verworfen' : 'ignoriert'}: nichts mehr zuzuordnen` });
  }
  return b;
}

/**
 * Books a queued entry or a proposal: on the Honorarnote (a Honorarzahlung of the whole amount;
 * more than is open is refused) or on the Akt (a Zahlung). Without a target a proposal is accepted
 * as proposed. Returns the entry's id.
 */
export async function buchungZuordnen(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(zuordnenInput, raw);
  return inTransaction(db, async (tx) => {
    const b = await sperreBuchung(tx, viewer, input.buchungId);
    let honorarnoteId = input.honorarnoteId ?? null;
    let aktId = input.aktId ?? null;
    if (!honorarnoteId && !aktId) {
      if (b.status !== 'VORSCHLAG') throw new ValidationError({ field: 'honorarnoteId', message: 'Die Bankbuchung hat keinen Vorschlag: honorarnoteId oder aktId angeben' });
      honorarnoteId = b.honorarnoteId;
      aktId = b.aktId;
    }
    const betrag = new Decimal(b.betrag.toString());
    const datum = b.valutadatum ?? b.buchungsdatum;
    const text = kurz(`Bank ${b.bankReferenz}${b.verwendungszweck ? `: ${b.verwendungszweck}` : ''}`, 500);
    if (honorarnoteId) {
      const honorarzahlungId = await bucheHonorarzahlung(tx, viewer, { honorarnoteId, betrag, bezahltAm: datum, verwendungszweck: text });
      const note = await tx.honorarnote.findUniqueOrThrow({ where: { id: honorarnoteId }, select: { aktId: true } });
      await tx.bankbuchung.update({ where: { id: b.id }, data: { status: 'GEBUCHT', honorarnoteId, aktId: note.aktId, honorarzahlungId, benutzerId: viewer.benutzerId, erledigtAm: new Date() } });
    } else {
      const zahlungId = await bucheZahlung(tx, viewer, { aktId: aktId!, betrag, datum, verwendungszweck: text });
      await tx.bankbuchung.update({ where: { id: b.id }, data: { status: 'GEBUCHT', aktId, honorarnoteId: null, zahlungId, benutzerId: viewer.benutzerId, erledigtAm: new Date() } });
    }
    return b.id;
  });
}

/** Dismisses a queued entry or a proposal with a reason (money returned, not the office's, …). */
export async function buchungVerwerfen(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(verwerfenInput, raw);
  return inTransaction(db, async (tx) => {
    const b = await sperreBuchung(tx, viewer, input.buchungId);
    await tx.bankbuchung.update({ where: { id: b.id }, data: { status: 'VERWORFEN', grund: input.grund, benutzerId: viewer.benutzerId, erledigtAm: new Date() } });
    return b.id;
  });
}
