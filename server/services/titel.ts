// Titel: court cost decisions, and which Forderungen each one covers (titel.md).
import type { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { ValidationError } from '../domain/errors.js';
import { Decimal, toDecimal } from '../domain/money.js';
import {
  assignForderungenInput, createTitelFromLeistungInput, createTitelInput, titelRegeln, updateTitelInput, ustFuerTitel, zinsen54aVorschlag,
} from '../domain/titel.js';
import { byIdInput, parseInput } from '../domain/validation.js';
import { sperreAktVon, sperreOffenenAkt } from './sperren.js';
import { inSqlTransaction, inTransaction, orNotFound, type Db, type Tx } from './db.js';
import { melde, meldeJe } from '../webhooks/daten.js';

const ZERO = new Decimal(0);

/** A court of the shared register or an authority the office added, by its short name. */
async function gerichtId(tx: Tx, viewer: Viewer, kurzbezeichnung: string): Promise<string> {
  const g = await tx.gericht.findFirst({
    where: { kurzbezeichnung, OR: [{ kanzleiId: null }, { kanzleiId: viewer.kanzleiId }] },
    orderBy: { kanzleiId: { sort: 'asc', nulls: 'last' } }, // the office's own entry wins
    select: { id: true },
  });
  if (!g) throw new ValidationError({ field: 'gericht', message: `„${kurzbezeichnung}“ ist kein Gericht und keine Behörde im Register` });
  return g.id;
}

async function sachbearbeiterId(tx: Tx, viewer: Viewer, kuerzel: string | null | undefined): Promise<string | null | undefined> {
  if (kuerzel === undefined || kuerzel === null) return kuerzel;
  const b = await tx.benutzer.findFirst({ where: { kanzleiId: viewer.kanzleiId, kuerzel }, select: { id: true } });
  if (!b) throw new ValidationError({ field: 'sachbearbeiter', message: `Kein Benutzer mit dem Kürzel „${kuerzel}“` });
  return b.id;
}

/** gegenWen must name a Gegner the Akt has. */
async function requireGegnerPosition(tx: Tx, aktId: string, gegenWen: number | null | undefined) {
  if (gegenWen == null) return;
  const n = await tx.aktGegner.count({ where: { aktId } });
  if (gegenWen > n) {
    throw new ValidationError({ field: 'gegenWen', message: `Der Akt hat ${n === 0 ? 'keinen Gegner' : `nur ${n} Gegner`}; Gegner ${gegenWen} gibt es nicht` });
  }
}

type TitelFelder = z.output<typeof createTitelInput>;

async function insertTitel(tx: Tx, viewer: Viewer, aktId: string, input: Omit<TitelFelder, 'aktId'>, leistungId: string | null): Promise<string> {
  const issues = titelRegeln(input);
  if (issues.length) throw new ValidationError(issues);
  await requireGegnerPosition(tx, aktId, input.gegenWen);
  const b = {
    barauslagenDurchlaufer: input.barauslagenDurchlaufer ?? ZERO,
    barauslagenUstFrei: input.barauslagenUstFrei ?? ZERO,
    barauslagenUstPflichtig: input.barauslagenUstPflichtig ?? ZERO,
    barauslagenKlient: input.barauslagenKlient ?? ZERO,
    verdienst: input.verdienst ?? ZERO,
    einheitssatz: input.einheitssatz ?? ZERO,
  };
  const titel = await tx.titel.create({
    data: {
      kanzleiId: viewer.kanzleiId, aktId, leistungId,
      datum: input.datum, beschlussart: input.beschlussart, honorartext: input.honorartext ?? null,
      gerichtId: await gerichtId(tx, viewer, input.gericht), geschaeftszahl: input.geschaeftszahl ?? null,
      zinsen54a: input.zinsen54a ?? zinsen54aVorschlag(input.beschlussart), zinsen54aErfasst: input.zinsen54a != null,
      vollstreckbarAm: input.vollstreckbarAm ?? null, gegenWen: input.gegenWen ?? null,
      ...b, ust: input.ust ?? ustFuerTitel(b), ustErfasst: input.ust != null,
      sachbearbeiterId: (await sachbearbeiterId(tx, viewer, input.sachbearbeiter)) ?? null,
      zeitMinuten: input.zeitMinuten ?? null, memo: input.memo ?? null,
    },
    select: { id: true },
  });
  // Every Forderung of the Akt without a Titel is covered by the new one (titel.md, rule 1).
  await tx.forderung.updateMany({ where: { aktId, titelId: null }, data: { titelId: titel.id } });
  // The Forderungen it takes are in its data (forderungen); they get no event of their own.
  await melde(tx, viewer.kanzleiId, 'titel.angelegt', { art: 'titel', id: titel.id, aktId });
  // The Leistung is now gerichtlich bestimmt (and no longer billable): its own change.
  if (leistungId) await melde(tx, viewer.kanzleiId, 'leistung.geaendert', { art: 'leistung', id: leistungId, aktId });
  return titel.id;
}

export async function createTitel(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { aktId, ...input } = parseInput(createTitelInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreOffenenAkt(tx, viewer, aktId);
    return insertTitel(tx, viewer, aktId, input, null);
  });
}

/**
 * "Leistung gerichtlich bestimmen": a Titel prefilled from a Leistung's amounts (its
 * Streitgenossenzuschlag counts as fee) and linked to it; the Leistung is then no longer
 * billable to the client. Fields given in the input win over the prefill.
 */
export async function createTitelFromLeistung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { leistungId, ...input } = parseInput(createTitelFromLeistungInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreAktVon(tx, viewer, 'Leistung', leistungId, 'leistungId');
    const l = orNotFound(
      await tx.leistung.findFirst({
        where: { id: leistungId, kanzleiId: viewer.kanzleiId },
        include: { titel: { select: { id: true } }, sachbearbeiter: { select: { kuerzel: true } }, honorarnote: { select: { nummer: true } } },
      }),
      'Leistung',
      leistungId,
    );
    if (l.titel) throw new ValidationError({ field: 'leistungId', message: 'Diese Leistung wurde schon gerichtlich bestimmt' });
    // Billed to the client already: the opponent cannot be made to pay it as well (a Storno frees it).
    if (l.honorarnote) {
      throw new ValidationError({ field: 'leistungId', message: `Diese Leistung ist auf der Honorarnote ${l.honorarnote.nummer} verrechnet; gerichtlich bestimmt wird sie erst nach deren Storno` });
    }
    const prefill = {
      verdienst: toDecimal(l.verdienst).plus(toDecimal(l.streitgenossenzuschlag)),
      einheitssatz: toDecimal(l.einheitssatz),
      barauslagenUstPflichtig: toDecimal(l.barauslagenUstPflichtig),
      barauslagenUstFrei: toDecimal(l.barauslagenUstFrei),
      barauslagenDurchlaufer: toDecimal(l.barauslagenDurchlaufer),
      ust: toDecimal(l.ust),
      sachbearbeiter: l.sachbearbeiter?.kuerzel ?? null,
      zeitMinuten: l.zeitMinuten,
    };
    const merged = { ...input };
    for (const [k, v] of Object.entries(prefill)) if ((merged as Record<string, unknown>)[k] == null) (merged as Record<string, unknown>)[k] = v;
    return insertTitel(tx, viewer, l.aktId, merged, l.id);
  });
}

/**
 * Fields left out stay as they are. Two fields are derived unless the user set them, and the Titel
 * remembers which (ustErfasst, zinsen54aErfasst):
 * - ust: a figure given is kept (ustErfasst); null goes back to the derived 20 %. Left out, a derived
 *   USt follows a change of Verdienst, ES or USt-pflichtige Barauslagen; an entered one never changes.
 * - zinsen54a: true/false given is kept (zinsen54aErfasst); null goes back to the Beschlussart's
 *   default. Left out, a default follows a change of the Beschlussart; a choice never changes.
 */
export async function updateTitel(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id, gericht, sachbearbeiter, ust, zinsen54a, ...changes } = parseInput(updateTitelInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = await sperreAktVon(tx, viewer, 'Titel', id);
    const cur = orNotFound(await tx.titel.findFirst({ where: { id, kanzleiId: viewer.kanzleiId } }), 'Titel', id);
    const merged = { ...cur, ...changes };
    const issues = titelRegeln(merged);
    if (issues.length) throw new ValidationError(issues);
    if (changes.gegenWen !== undefined) await requireGegnerPosition(tx, cur.aktId, changes.gegenWen);
    const amountChanged = [changes.verdienst, changes.einheitssatz, changes.barauslagenUstPflichtig].some((v) => v !== undefined);
    const ustFelder =
      ust != null
        ? { ust, ustErfasst: true }
        : ust === null || (amountChanged && !cur.ustErfasst)
          ? {
              ust: ustFuerTitel({
                verdienst: changes.verdienst ?? toDecimal(cur.verdienst),
                einheitssatz: changes.einheitssatz ?? toDecimal(cur.einheitssatz),
                barauslagenUstPflichtig: changes.barauslagenUstPflichtig ?? toDecimal(cur.barauslagenUstPflichtig),
              }),
              ustErfasst: false,
            }
          : {};
    const zinsenFelder =
      zinsen54a != null
        ? { zinsen54a, zinsen54aErfasst: true }
        : zinsen54a === null || (changes.beschlussart !== undefined && !cur.zinsen54aErfasst)
          ? { zinsen54a: zinsen54aVorschlag(merged.beschlussart), zinsen54aErfasst: false }
          : {};
    await tx.titel.update({
      where: { id },
      data: {
        ...changes,
        ...ustFelder,
        ...zinsenFelder,
        gerichtId: gericht ? await gerichtId(tx, viewer, gericht) : undefined,
        sachbearbeiterId: await sachbearbeiterId(tx, viewer, sachbearbeiter),
      },
    });
    await melde(tx, viewer.kanzleiId, 'titel.geaendert', { art: 'titel', id, aktId: akt.id });
    return id;
  });
}

/** Deletes a Titel: its Forderungen lose their assignment, its Leistung is billable again. Returns the Akt id. */
export async function deleteTitel(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id } = parseInput(byIdInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = await sperreAktVon(tx, viewer, 'Titel', id);
    // Rendered before the row goes: the Titel as it was (with the Forderungen it covered).
    await melde(tx, viewer.kanzleiId, 'titel.geloescht', { art: 'titel', id, aktId: akt.id });
    const { leistungId } = await tx.titel.delete({ where: { id }, select: { leistungId: true } });
    // Its Leistung is billable again: its own change.
    if (leistungId) await melde(tx, viewer.kanzleiId, 'leistung.geaendert', { art: 'leistung', id: leistungId, aktId: akt.id });
    return akt.id;
  });
}

/** Moves the Forderungen to the Titel, all or nothing; each must belong to the Titel's Akt. */
export async function assignForderungenToTitel(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { titelId, forderungIds } = parseInput(assignForderungenInput, raw);
  return inSqlTransaction(db, viewer.kanzleiId, async (tx) => {
    const akt = await sperreAktVon(tx, viewer, 'Titel', titelId, 'titelId');
    // Checked and written in one statement: only the Akt's own Forderungen are changed, and if one
    // named is not among them the error rolls the transaction back, so none is.
    const gesetzt = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Forderung" SET "titelId" = ${titelId}::uuid
       WHERE id = ANY(${forderungIds}::uuid[]) AND "kanzleiId" = ${viewer.kanzleiId}::uuid AND "aktId" = ${akt.id}::uuid
      RETURNING id::text AS id`;
    const ok = new Set(gesetzt.map((f) => f.id));
    const fremd = forderungIds.filter((f) => !ok.has(f));
    if (fremd.length) {
      throw new ValidationError({ field: 'forderungIds', message: `Forderung ${fremd.join(', ')} gehört nicht zum Akt dieses Titels` });
    }
    await meldeJe(tx, viewer.kanzleiId, 'forderung.geaendert', 'forderung', akt.id, forderungIds);
    return titelId;
  });
}
