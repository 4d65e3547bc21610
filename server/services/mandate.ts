// Online intake and the assessment of Mandatsanfragen, up to the Akt they become (lifecycle.md).
import { randomBytes } from 'node:crypto';
import { hashApiKey, INTAKE_TOKEN_PREFIX, intakeTokenPrefix } from '../auth/apiKeys.js';
import type { Viewer } from '../auth/viewer.js';
import { ConflictError, ValidationError } from '../domain/errors.js';
import { namensSchluessel, type Treffer } from '../domain/kollision.js';
import {
  annehmenMandatsanfrageInput, assignMandatsanfrageInput, istOffen, submitMandatsanfrageInput, updateMandatsanfrageInput,
} from '../domain/mandat.js';
import { byIdInput, parseInput } from '../domain/validation.js';
import type { Prisma } from '../generated/prisma/client.js';
import { insertAkt } from './akten.js';
import { toDecimal } from '../domain/money.js';
import { inTransaction, orNotFound, type Db, type Tx } from './db.js';
import { pruefeKollisionen, type BekannteRolle } from './kollision.js';
import { einmalig } from './idempotenz.js';
import { sperreAnnahmen, sperreMandatsanfrage } from './sperren.js';
import { melde } from '../webhooks/daten.js';

const REFERENZ_ZEICHEN = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const referenz = () =>
  `MA-${new Date().getUTCFullYear()}-${[...randomBytes(6)].map((b) => REFERENZ_ZEICHEN[b % REFERENZ_ZEICHEN.length]).join('')}`;

/** Stores a request from the web form (before answering) and returns its reference number. */
export async function submitMandatsanfrage(db: Db, kanzleiId: string, raw: unknown): Promise<{ referenz: string; eingegangenAm: Date }> {
  const { idempotencyKey: key, ...eingabe } = parseInput(submitMandatsanfrageInput, raw);
  const { klient, gegner, dokumente, ...rest } = eingabe;
  return inTransaction(db, (tx) =>
    einmalig(tx, {
      kanzleiId, operation: 'submitMandatsanfrage', key, eingabe,
      work: async () => {
        const { id, ...antwort } = await tx.mandatsanfrage.create({
          data: {
            kanzleiId, referenz: referenz(), ...rest,
            klientArt: klient.art, klientName: klient.name, klientStrasse: klient.strasse ?? null, klientPlz: klient.plz ?? null,
            klientOrt: klient.ort ?? null, klientEmail: klient.email, klientTelefon: klient.telefon ?? null,
            gegner: gegner as Prisma.InputJsonValue, dokumente: dokumente as Prisma.InputJsonValue,
          },
          select: { id: true, referenz: true, eingegangenAm: true },
        });
        await melde(tx, kanzleiId, 'mandatsanfrage.eingegangen', { art: 'mandatsanfrage', id });
        return antwort;
      },
      alsJson: (a) => ({ referenz: a.referenz, eingegangenAm: a.eingegangenAm.toISOString() }),
      ausJson: (j) => {
        const a = j as { referenz: string; eingegangenAm: string };
        return { referenz: a.referenz, eingegangenAm: new Date(a.eingegangenAm) };
      },
    }),
  );
}

/** A new intake token for the office's web form (the old one stops working). Shown once. */
export async function rotateIntakeToken(db: Db, viewer: Viewer): Promise<string> {
  const token = INTAKE_TOKEN_PREFIX + randomBytes(24).toString('base64url');
  await inTransaction(db, (tx) =>
    tx.kanzlei.update({ where: { id: viewer.kanzleiId }, data: { intakeTokenHash: hashApiKey(token), intakeTokenPrefix: intakeTokenPrefix(token) } }),
  );
  return token;
}

/** Locks the request (see server/services/sperren.ts), then reads it: it must still be open. */
async function offeneAnfrage(tx: Tx, viewer: Viewer, id: string) {
  await sperreMandatsanfrage(tx, viewer, id);
  const a = orNotFound(await tx.mandatsanfrage.findFirst({ where: { id, kanzleiId: viewer.kanzleiId } }), 'Mandatsanfrage', id);
  if (!istOffen(a.status)) throw new ValidationError({ field: 'id', message: `Die Mandatsanfrage ist schon ${a.status}` });
  return a;
}

export async function updateMandatsanfrage(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id, ...changes } = parseInput(updateMandatsanfrageInput, raw);
  return inTransaction(db, async (tx) => {
    await offeneAnfrage(tx, viewer, id);
    await tx.mandatsanfrage.update({ where: { id }, data: changes });
    if (changes.status === 'ABGELEHNT') await melde(tx, viewer.kanzleiId, 'mandatsanfrage.abgelehnt', { art: 'mandatsanfrage', id });
    return id;
  });
}

/** Hands the request to a lawyer (ANWALT or ADMIN of the office); it is then being assessed. */
export async function assignMandatsanfrage(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id, benutzerId } = parseInput(assignMandatsanfrageInput, raw);
  return inTransaction(db, async (tx) => {
    await offeneAnfrage(tx, viewer, id);
    const anwalt = await tx.benutzer.findFirst({ where: { id: benutzerId, kanzleiId: viewer.kanzleiId }, select: { rolle: true } });
    if (!anwalt) throw new ValidationError({ field: 'benutzerId', message: `Benutzer ${benutzerId} wurde nicht gefunden` });
    if (anwalt.rolle === 'SACHBEARBEITER') throw new ValidationError({ field: 'benutzerId', message: 'Zugewiesen wird einem Anwalt (ANWALT oder ADMIN)' });
    await tx.mandatsanfrage.update({ where: { id }, data: { zugewiesenAnId: benutzerId, status: 'IN_PRUEFUNG' } });
    return id;
  });
}

export interface Vorschlag {
  benutzerId: string;
  sachgebietPasst: boolean;
  offeneAkten: number;
}

export interface Anwalt {
  benutzerId: string;
  kuerzel: string;
  sachgebiete: string[];
  offeneAkten: number;
}

/** The office's lawyers (ANWALT and ADMIN) with their open Akten (ANGELEGT or IN_BEARBEITUNG): one query. */
export async function anwaelteDerKanzlei(db: Db, kanzleiId: string): Promise<Anwalt[]> {
  const rows = await db.benutzer.findMany({
    where: { kanzleiId, rolle: { in: ['ANWALT', 'ADMIN'] } },
    select: { id: true, kuerzel: true, sachgebiete: true, _count: { select: { zustaendigFuer: { where: { status: { in: ['ANGELEGT', 'IN_BEARBEITUNG'] } } } } } },
  });
  return rows.map((b) => ({ benutzerId: b.id, kuerzel: b.kuerzel, sachgebiete: b.sachgebiete, offeneAkten: b._count.zustaendigFuer }));
}

/**
 * Lawyers ranked for a request: those whose Sachgebiete include its Sachgebiet first, then by
 * fewest open Akten, then by Kürzel. Pure, so a list of requests ranks from one load.
 */
export function zuweisungsvorschlag(anwaelte: Anwalt[], sachgebiet: string): Vorschlag[] {
  const gesucht = sachgebiet.trim().toLowerCase();
  return anwaelte
    .map((b) => ({ benutzerId: b.benutzerId, kuerzel: b.kuerzel, sachgebietPasst: b.sachgebiete.some((s) => s.trim().toLowerCase() === gesucht), offeneAkten: b.offeneAkten }))
    .sort((a, b) => Number(b.sachgebietPasst) - Number(a.sachgebietPasst) || a.offeneAkten - b.offeneAkten || a.kuerzel.localeCompare(b.kuerzel))
    .map(({ kuerzel: _k, ...v }) => v);
}

type Gegner = { art: 'NATUERLICHE_PERSON' | 'UNTERNEHMEN' | 'BEHOERDE'; name: string; strasse?: string | null; plz?: string | null; ort?: string | null };

/** Runs the conflict check for the request's parties and records the result on it. */
export async function pruefeKollision(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id } = parseInput(byIdInput, raw);
  return inTransaction(db, async (tx) => {
    const a = await offeneAnfrage(tx, viewer, id);
    const treffer = await pruefeKollisionen(tx, viewer.kanzleiId, { klient: [a.klientName], gegner: (a.gegner as Gegner[]).map((g) => g.name) });
    await tx.mandatsanfrage.update({
      where: { id },
      data: { kollisionGeprueftAm: new Date(), kollisionTreffer: treffer as unknown as Prisma.InputJsonValue, kollisionFreigabeGrund: null, kollisionFreigabeVonId: null },
    });
    return id;
  });
}

/** The office's Persons with their comparable name keys, loaded once per acceptance (one query, like the conflict check). */
interface BekanntePerson {
  id: string;
  schluessel: string;
  plz: string | null;
}
async function bekanntePersonen(tx: Tx, kanzleiId: string): Promise<BekanntePerson[]> {
  const rows = await tx.person.findMany({ where: { kanzleiId }, select: { id: true, name: true, plz: true }, orderBy: [{ angelegtAm: 'asc' }, { id: 'asc' }] });
  return rows.map((p) => ({ id: p.id, schluessel: namensSchluessel(p.name).schluessel, plz: p.plz }));
}

const gleichePlz = (a: string | null | undefined, b: string | null | undefined) => !a || !b || a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();

/**
 * An existing Person of the office with the same name, compared as the conflict check compares it
 * (case, umlauts spelled out or not, accents, punctuation, word order, legal form, titles), and, where
 * both have one, the same PLZ; the oldest such Person. Otherwise a new Person (added to `bekannte`).
 */
async function personFuer(
  tx: Tx, viewer: Viewer, bekannte: BekanntePerson[], p: Gegner & { email?: string | null; telefon?: string | null }, kurz: string,
): Promise<string> {
  const key = namensSchluessel(p.name).schluessel;
  const gleich = key ? bekannte.find((k) => k.schluessel === key && gleichePlz(k.plz, p.plz)) : undefined;
  if (gleich) return gleich.id;
  for (let n = 0; ; n++) {
    const kurzbezeichnung = n === 0 ? kurz : `${kurz}${n + 1}`;
    if (await tx.person.count({ where: { kanzleiId: viewer.kanzleiId, kurzbezeichnung } })) continue;
    const created = await tx.person.create({
      data: {
        kanzleiId: viewer.kanzleiId, kurzbezeichnung, name: p.name, art: p.art, strasse: p.strasse ?? null, plz: p.plz ?? null,
        ort: p.ort ?? null, email: p.email ?? null, telefon: p.telefon ?? null,
      },
      select: { id: true },
    });
    bekannte.push({ id: created.id, schluessel: key, plz: p.plz ?? null });
    return created.id;
  }
}

const kurzAus = (name: string) => namensSchluessel(name).woerter.join('').toUpperCase().slice(0, 12) || 'PERSON';

/** The next free Aktenzeichen of the year: "2026/0007". */
async function naechstesAktenzeichen(tx: Tx, kanzleiId: string): Promise<string> {
  const jahr = new Date().getUTCFullYear();
  const vorhandene = await tx.akt.findMany({ where: { kanzleiId, aktenzeichen: { startsWith: `${jahr}/` } }, select: { aktenzeichen: true } });
  const max = vorhandene.reduce((m, a) => Math.max(m, Number(a.aktenzeichen.slice(5)) || 0), 0);
  return `${jahr}/${String(max + 1).padStart(4, '0')}`;
}

/** One hit: the checked name in its new role against one known party in one Akt. */
const trefferSchluessel = (x: Treffer<BekannteRolle>) => JSON.stringify([x.neueRolle, x.name, x.bekannt.rolle, x.bekannt.ref.aktId, x.bekannt.ref.personId]);
const ROLLE = { KLIENT: 'Klient', GEGNER: 'Gegner' } as const;
const beschreibeTreffer = (x: Treffer<BekannteRolle>) =>
  `„${x.name}“ (neu als ${ROLLE[x.neueRolle]}) ist ${ROLLE[x.bekannt.rolle]} „${x.bekannt.name}“ in Akt ${x.bekannt.ref.aktenzeichen}`;

/**
 * Accepts the request: refuses before a conflict check, when the check run again finds a hit the
 * recorded one did not have (ConflictError), and with hits unless a lawyer gives a reason; creates
 * Klient and Gegner as Persons (reusing matching ones) and the Akt.
 */
export async function annehmenMandatsanfrage(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(annehmenMandatsanfrageInput, raw);
  return inTransaction(db, async (tx) => {
    // One acceptance per office at a time: two at once would pick the same next Aktenzeichen or the
    // same new Kurzbezeichnung, and the loser would fail on the unique index instead of taking the next.
    await sperreAnnahmen(tx, viewer);
    const a = await offeneAnfrage(tx, viewer, input.id);
    if (!a.kollisionGeprueftAm) {
      throw new ValidationError({ field: 'id', message: 'Vor der Annahme muss die Kollisionsprüfung laufen (pruefeKollision)' });
    }
    const treffer = (a.kollisionTreffer as Treffer<BekannteRolle>[] | null) ?? [];
    // The recorded check may be stale: a party may have become a Klient or Gegner of another Akt since.
    // Checked again here, under the office's acceptance lock; a hit the lawyer has not seen refuses.
    const gegnerNamen = (a.gegner as Gegner[]).map((g) => g.name);
    const gesehen = new Set(treffer.map(trefferSchluessel));
    const neu = (await pruefeKollisionen(tx, viewer.kanzleiId, { klient: [a.klientName], gegner: gegnerNamen })).filter((x) => !gesehen.has(trefferSchluessel(x)));
    if (neu.length > 0) {
      throw new ConflictError(
        `Seit der Kollisionsprüfung ${neu.length === 1 ? 'ist ein Treffer' : `sind ${neu.length} Treffer`} dazugekommen: ${neu.map(beschreibeTreffer).join('; ')}. ` +
          'Bitte die Kollisionsprüfung erneut ausführen (pruefeKollision) und dann entscheiden.',
        'Mandatsanfrage',
      );
    }
    if (treffer.length > 0) {
      if (!input.kollisionFreigabeGrund) {
        throw new ValidationError({ field: 'kollisionFreigabeGrund', message: `Die Kollisionsprüfung hat ${treffer.length} Treffer: Annahme nur mit begründeter Freigabe` });
      }
    }
    const bekannte = await bekanntePersonen(tx, viewer.kanzleiId);
    const klientId = await personFuer(tx, viewer, bekannte, { art: a.klientArt, name: a.klientName, strasse: a.klientStrasse, plz: a.klientPlz, ort: a.klientOrt, email: a.klientEmail, telefon: a.klientTelefon }, kurzAus(a.klientName));
    const gegnerIds: string[] = [];
    for (const g of a.gegner as Gegner[]) gegnerIds.push(await personFuer(tx, viewer, bekannte, g, kurzAus(g.name)));
    const aktId = await insertAkt(tx, viewer, {
      aktenzeichen: input.aktenzeichen ?? (await naechstesAktenzeichen(tx, viewer.kanzleiId)),
      bezeichnung: `${a.klientName}${a.gegner && (a.gegner as Gegner[]).length ? ` gg. ${(a.gegner as Gegner[]).map((g) => g.name).join(', ')}` : ''} – ${a.sachgebiet}`.slice(0, 200),
      sachgebiet: a.sachgebiet,
      klientId,
      gegnerIds: [...new Set(gegnerIds)].filter((g) => g !== klientId),
      bemessungsgrundlage: a.streitwert ? toDecimal(a.streitwert) : undefined,
      zustaendigId: input.zustaendigId ?? a.zugewiesenAnId ?? undefined,
    });
    await tx.mandatsanfrage.update({
      where: { id: a.id },
      data: {
        status: 'ANGENOMMEN', aktId, ablehnungsgrund: null,
        ...(treffer.length ? { kollisionFreigabeGrund: input.kollisionFreigabeGrund, kollisionFreigabeVonId: viewer.benutzerId } : {}),
      },
    });
    // Rendered after the link: the Akt's event names its Mandatsanfrage, and the request its Akt.
    await melde(tx, viewer.kanzleiId, 'akt.angelegt', { art: 'akt', id: aktId });
    await melde(tx, viewer.kanzleiId, 'mandatsanfrage.angenommen', { art: 'mandatsanfrage', id: a.id });
    return a.id;
  });
}
