// Erasure that erases (GDPR Art. 17, lifecycle stage 7): anonymising Persons and Mandatsanfragen,
// and redacting their values in the audit trail in place (the SQL step `audit_schwaerzen` of
// migration `loeschung`), for the retention deletion and for an explicit erasure of a Person.
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { id, parseInput } from '../domain/validation.js';
import { Prisma } from '../generated/prisma/client.js';
import { auditOhneWerte, inTransaction, type Db, type Tx } from './db.js';
import { loescheEreignisseMit } from '../webhooks/outbox.js';

/** The personal fields of each row kind whose values the trail loses when the row is erased. */
export const PERSONENBEZOGEN = {
  Person: ['name', 'kurzbezeichnung', 'strasse', 'plz', 'ort', 'email', 'telefon', 'uid'],
  Mandatsanfrage: ['klientName', 'klientStrasse', 'klientPlz', 'klientOrt', 'klientEmail', 'klientTelefon', 'gegner', 'beschreibung', 'dokumente', 'kollisionTreffer', 'umfang', 'bewertung', 'ablehnungsgrund', 'kollisionFreigabeGrund'],
  // A deleted Akt, and the free text of what was on it.
  Akt: ['bezeichnung'],
  Kommunikation: ['betreff', 'text'],
  Leistung: ['text'],
  Forderung: ['bezeichnung'],
  Titel: ['honorartext', 'memo'],
  Honorarnote: ['empfaengerName', 'empfaengerAnschrift', 'stornoGrund', 'beleg'],
  // The letter to a Gegner holds the Gegner's name and address.
  Mahnschreiben: ['beleg'],
  HonorarnotePosition: ['text'],
  Zahlung: ['verwendungszweck', 'stornoGrund'],
  Honorarzahlung: ['verwendungszweck', 'stornoGrund'],
  HonorarnoteAbschreibung: ['grund'],
  AktStatusAenderung: ['grund'],
  // A bank entry: who paid, from which account, and what they wrote.
  Bankbuchung: ['zahlerName', 'zahlerIban', 'verwendungszweck', 'grund'],
} as const satisfies Record<string, readonly string[]>;

type Entity = keyof typeof PERSONENBEZOGEN;
export interface Ziel {
  entity: Entity;
  id: string;
}

/** What an anonymised name or e-mail reads: no one's value, never searched for. */
const ANONYM = 'anonymisiert';

/** The identifying values of a person, to find where they were copied (name, e-mail, phone, street). */
const kennwerte = (...werte: (string | null | undefined)[]): string[] => werte.filter((w): w is string => !!w && w.length >= 4 && w !== ANONYM);

/**
 * Redacts the trail in place: every personal field of the targets' entries, and every value in the
 * office's trail that contains one of `werte`; one REDACT entry per target records it (no values).
 */
export async function schwaerzeAuditTrail(tx: Tx, viewer: Viewer, ziele: Ziel[], werte: string[]): Promise<number> {
  if (ziele.length === 0) return 0;
  // One per row: a request found through its Akt's trail and named directly is one target.
  const eindeutig = [...new Map(ziele.map((z) => [`${z.entity}|${z.id}`, z])).values()];
  const payload = JSON.stringify(eindeutig.map((z) => ({ entity: z.entity, id: z.id, felder: PERSONENBEZOGEN[z.entity] })));
  const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT audit_schwaerzen(${viewer.kanzleiId}::uuid, ${payload}::jsonb, ${werte}::text[]) AS n`;
  return row?.n ?? 0;
}

/** The rows of these Akten (even those deleted before), from the trail: their entries lose their free text too. */
export async function zieleDerAkten(tx: Tx, viewer: Viewer, aktIds: string[]): Promise<Ziel[]> {
  if (aktIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ entity: Entity; id: string }[]>`
    SELECT DISTINCT entity, "entityId" AS id FROM "AuditEntry"
     WHERE "kanzleiId" = ${viewer.kanzleiId}::uuid AND "entityId" IS NOT NULL
       AND entity = ANY (${Object.keys(PERSONENBEZOGEN)}::text[])
       AND EXISTS (SELECT 1 FROM jsonb_array_elements(changes) AS e WHERE e ->> 'field' = 'aktId' AND coalesce(e ->> 'after', e ->> 'before') = ANY (${aktIds}::text[]))`;
  // HonorarnotePosition is keyed by its Honorarnote: "<honorarnoteId>/<reihenfolge>".
  const noten = rows.filter((r) => r.entity === 'Honorarnote').map((r) => r.id);
  const positionen = noten.length
    ? await tx.$queryRaw<{ id: string }[]>`SELECT DISTINCT "entityId" AS id FROM "AuditEntry" WHERE "kanzleiId" = ${viewer.kanzleiId}::uuid
        AND entity = 'HonorarnotePosition' AND split_part("entityId", '/', 1) = ANY (${noten}::text[])`
    : [];
  return [...aktIds.map((id) => ({ entity: 'Akt' as const, id })), ...rows, ...positionen.map((p) => ({ entity: 'HonorarnotePosition' as const, id: p.id }))];
}

/** Anonymises these Persons (no Akt may name them any more); returns the values to find in the trail. */
export async function anonymisierePersonen(tx: Tx, ids: string[]): Promise<string[]> {
  const personen = await tx.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true, telefon: true, strasse: true } });
  for (const p of personen) {
    await tx.person.update({ where: { id: p.id }, data: { name: ANONYM, kurzbezeichnung: `ANON-${p.id.slice(0, 8)}`, strasse: null, plz: null, ort: null, email: null, telefon: null, uid: null } });
  }
  return personen.flatMap((p) => kennwerte(p.name, p.email, p.telefon, p.strasse));
}

/** Anonymises these Mandatsanfragen; returns each one's requester values (by id) to find in the trail. */
export async function anonymisiereAnfragen(tx: Tx, ids: string[], { loeseAkt }: { loeseAkt: boolean }): Promise<Map<string, string[]>> {
  const anfragen = await tx.mandatsanfrage.findMany({ where: { id: { in: ids } }, select: { id: true, klientName: true, klientEmail: true, klientTelefon: true, klientStrasse: true } });
  await tx.mandatsanfrage.updateMany({
    where: { id: { in: ids } },
    data: {
      klientName: ANONYM, klientStrasse: null, klientPlz: null, klientOrt: null, klientEmail: ANONYM, klientTelefon: null, gegner: [], beschreibung: ANONYM,
      dokumente: [], kollisionTreffer: Prisma.DbNull, umfang: null, bewertung: null, ablehnungsgrund: null, kollisionFreigabeGrund: null, ...(loeseAkt ? { aktId: null } : {}),
    },
  });
  return new Map(anfragen.map((a) => [a.id, kennwerte(a.klientName, a.klientEmail, a.klientTelefon, a.klientStrasse)]));
}

export interface Personenloeschung {
  personId: string;
  anonymisierteAnfragen: number;
  geschwaerzteEintraege: number;
}

/**
 * GDPR erasure of a Person no Akt names any more (ADMIN, see the role matrix): the Person and the
 * Mandatsanfragen they sent (same e-mail, or same name) are anonymised and their values redacted
 * in the audit trail. Refused while an Akt names the Person: the file's retention comes first
 * (GDPR Art. 17 (3)); the retention deletion erases them when the Akt goes.
 */
export async function loeschePersonendaten(db: Db, viewer: Viewer, raw: unknown): Promise<Personenloeschung> {
  const { personId } = parseInput(z.object({ personId: id() }), raw);
  return inTransaction(db, async (tx) => {
    // Locked: an Akt naming the Person cannot be created meanwhile (its foreign key waits on the row).
    const [person] = await tx.$queryRaw<{ name: string; email: string | null }[]>`
      SELECT name, email FROM "Person" WHERE id = ${personId}::uuid AND "kanzleiId" = ${viewer.kanzleiId}::uuid FOR UPDATE`;
    if (!person) throw new NotFoundError('Person', personId);
    const akten = await tx.akt.findMany({ where: { OR: [{ klientId: personId }, { gegner: { some: { personId } } }] }, select: { aktenzeichen: true }, orderBy: { aktenzeichen: 'asc' } });
    if (akten.length > 0) {
      throw new ValidationError({ field: 'personId', message: `Die Person ist noch in ${akten.map((a) => a.aktenzeichen).join(', ')} genannt: erst mit dem Akt (nach seiner Aufbewahrung) löschbar` });
    }
    const anfragen = await tx.mandatsanfrage.findMany({
      where: {
        kanzleiId: viewer.kanzleiId,
        // (A Person erased before is named "anonymisiert", like every anonymised request: no match by that.)
        OR: [
          ...(person.name !== ANONYM ? [{ klientName: { equals: person.name, mode: 'insensitive' as const } }] : []),
          ...(person.email ? [{ klientEmail: { equals: person.email, mode: 'insensitive' as const } }] : []),
        ],
      },
      select: { id: true },
    });
    // Bank entries this person paid (same payer name): the payer and the text go (the amount and the bank's reference stay for the books).
    const buchungen = person.name !== ANONYM
      ? await tx.bankbuchung.findMany({ where: { kanzleiId: viewer.kanzleiId, zahlerName: { equals: person.name, mode: 'insensitive' } }, select: { id: true, zahlerIban: true } })
      : [];
    // The anonymising updates name the fields, not the values; the values already in the trail are redacted below.
    await auditOhneWerte(tx);
    const werte = [...(await anonymisierePersonen(tx, [personId])), ...[...(await anonymisiereAnfragen(tx, anfragen.map((a) => a.id), { loeseAkt: false })).values()].flat()];
    if (buchungen.length) {
      await tx.bankbuchung.updateMany({ where: { id: { in: buchungen.map((b) => b.id) } }, data: { zahlerName: ANONYM, zahlerIban: null, verwendungszweck: null, grund: ANONYM } });
      werte.push(...kennwerte(...buchungen.map((b) => b.zahlerIban)));
    }
    const ziele: Ziel[] = [
      { entity: 'Person', id: personId }, ...anfragen.map((a) => ({ entity: 'Mandatsanfrage' as const, id: a.id })), ...buchungen.map((b) => ({ entity: 'Bankbuchung' as const, id: b.id })),
    ];
    const geschwaerzteEintraege = await schwaerzeAuditTrail(tx, viewer, ziele, werte);
    await loescheEreignisseMit(tx, viewer.kanzleiId, ziele.map((z) => z.id), werte);
    return { personId, anonymisierteAnfragen: anfragen.length, geschwaerzteEintraege };
  });
}
