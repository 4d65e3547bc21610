import type { Viewer } from '../auth/viewer.js';
import { createLeistungInput, ustFuerLeistung, updateLeistungInput } from '../domain/leistung.js';
import { dateFromIso, isoDate } from '../domain/dates.js';
import { ValidationError } from '../domain/errors.js';
import { Decimal, toDecimal } from '../domain/money.js';
import { bemessungsgrundlage } from '../tarif/mahnkosten.js';
import { preiseLeistung } from '../tarif/preise.js';
import { TarifError } from '../tarif/ratg.js';
import { loadTarifdaten } from './tarifdaten.js';
import { byIdInput, parseInput } from '../domain/validation.js';
import { sperreAktVon, sperreOffenenAkt } from './sperren.js';
import { inTransaction, orNotFound, requireAllInKanzlei, type Db, type Tx } from './db.js';
import { melde } from '../webhooks/daten.js';

const ZERO = new Decimal(0);

async function requireSachbearbeiter(tx: Tx, viewer: Viewer, id: string | null | undefined) {
  if (!id) return;
  await requireAllInKanzlei(
    (ids) => tx.benutzer.findMany({ where: { id: { in: ids }, kanzleiId: viewer.kanzleiId }, select: { id: true } }),
    [id],
    'sachbearbeiterId',
    'Benutzer',
  );
}

/**
 * Creates a Leistung. Without a Verdienst it is priced by the tables: the Leistungsart of its
 * Kürzel names a Tarif or a RATG post, the Bemessungsgrundlage is the one given or the Akt's
 * (as for Mahnkosten), the table version is the one in force on the Leistung's date.
 */
export async function createLeistung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(createLeistungInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreOffenenAkt(tx, viewer, input.aktId);
    await requireSachbearbeiter(tx, viewer, input.sachbearbeiterId);
    const preis = input.verdienst == null ? await preisNachTabelle(tx, viewer, input) : null;
    const betraege = {
      verdienst: preis?.verdienst ?? input.verdienst!,
      einheitssatz: input.einheitssatz ?? preis?.einheitssatz ?? ZERO,
      streitgenossenzuschlag: input.streitgenossenzuschlag ?? preis?.streitgenossenzuschlag ?? ZERO,
      barauslagenUstPflichtig: (input.barauslagenUstPflichtig ?? ZERO).plus(preis?.barauslagenUstPflichtig ?? ZERO),
      barauslagenUstFrei: input.barauslagenUstFrei ?? ZERO,
      barauslagenDurchlaufer: input.barauslagenDurchlaufer ?? ZERO,
    };
    const l = await tx.leistung.create({
      data: {
        ...input,
        ...betraege,
        bemessungsgrundlage: input.bemessungsgrundlage ?? preis?.bemessungsgrundlage ?? null,
        ust: input.ust ?? ustFuerLeistung(betraege),
        tarifbasis: preis?.tarifbasis ?? null,
        ratgGueltigAb: preis ? dateFromIso(preis.ratgGueltigAb) : null,
        kanzleiId: viewer.kanzleiId,
      },
      select: { id: true },
    });
    await melde(tx, viewer.kanzleiId, 'leistung.angelegt', { art: 'leistung', id: l.id, aktId: input.aktId });
    return l.id;
  });
}

async function preisNachTabelle(
  tx: Tx,
  viewer: Viewer,
  input: { aktId: string; kuerzel: string; datum: Date; bemessungsgrundlage?: Decimal | null; zeitMinuten?: number | null },
) {
  const art = await tx.leistungsart.findFirst({
    where: { kanzleiId: viewer.kanzleiId, kuerzel: input.kuerzel.toUpperCase() },
    select: { kuerzel: true, ratgPost: true, nachDauer: true, tarif: { select: { code: true } } },
  });
  if (!art) {
    throw new ValidationError({ field: 'verdienst', message: `Kein Tarif für das Kürzel „${input.kuerzel}“: bitte den Verdienst angeben` });
  }
  const akt = await tx.akt.findUniqueOrThrow({
    where: { id: input.aktId },
    select: { bemessungsgrundlage: true, forderungen: { select: { art: true, betrag: true } }, _count: { select: { gegner: true } } },
  });
  try {
    const bemessung = input.bemessungsgrundlage
      ? { betrag: input.bemessungsgrundlage, quelle: 'AKT' as const }
      : bemessungsgrundlage({
          forderungen: akt.forderungen.map((f) => ({ art: f.art, betrag: toDecimal(f.betrag) })),
          aktBemessungsgrundlage: akt.bemessungsgrundlage && toDecimal(akt.bemessungsgrundlage),
        });
    return preiseLeistung(
      await loadTarifdaten(tx, viewer.kanzleiId),
      { kuerzel: art.kuerzel, tarifCode: art.tarif?.code ?? null, ratgPost: art.ratgPost, nachDauer: art.nachDauer },
      { datum: isoDate(input.datum), bemessung, gegner: akt._count.gegner, minuten: input.zeitMinuten },
    );
  } catch (error) {
    if (error instanceof TarifError) throw new ValidationError({ field: error.field, message: error.message });
    throw error;
  }
}

/**
 * A billed Leistung stays as it was billed until its Honorarnote is cancelled (the note names it);
 * one made into a Titel (gerichtlich bestimmt) while that Titel stands. Read under the Akt lock;
 * the database refuses the same (trigger leistung_gesperrt) as the last line.
 */
function requireNichtGesperrt(l: { honorarnote: { nummer: string } | null; titel: { datum: Date } | null }): void {
  if (l.honorarnote) {
    throw new ValidationError({ field: 'id', message: `Die Leistung ist auf der Honorarnote ${l.honorarnote.nummer} verrechnet: sie bleibt, wie sie ist, bis die Honorarnote storniert ist` });
  }
  if (l.titel) {
    throw new ValidationError({ field: 'id', message: `Die Leistung wurde gerichtlich bestimmt (Titel vom ${formatDatum(l.titel.datum)}): sie bleibt, wie sie ist, solange der Titel besteht` });
  }
}
const formatDatum = (d: Date) => isoDate(d).split('-').reverse().join('.');
const SPERRE = { honorarnote: { select: { nummer: true } }, titel: { select: { datum: true } } } as const;

export async function updateLeistung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id, ust, ...changes } = parseInput(updateLeistungInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = await sperreAktVon(tx, viewer, 'Leistung', id);
    const current = orNotFound(await tx.leistung.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, include: SPERRE }), 'Leistung', id);
    requireNichtGesperrt(current);
    await requireSachbearbeiter(tx, viewer, changes.sachbearbeiterId);
    // An amount changed without a USt given: the USt follows the amounts (an entered USt is kept
    // only while nobody touches the amounts it was entered for).
    const amountsChanged = [changes.verdienst, changes.einheitssatz, changes.streitgenossenzuschlag, changes.barauslagenUstPflichtig].some((v) => v !== undefined);
    const neueUst =
      ust !== undefined && ust !== null
        ? ust
        : ust === null || amountsChanged
          ? ustFuerLeistung({
              verdienst: changes.verdienst ?? toDecimal(current.verdienst),
              einheitssatz: changes.einheitssatz ?? toDecimal(current.einheitssatz),
              streitgenossenzuschlag: changes.streitgenossenzuschlag ?? toDecimal(current.streitgenossenzuschlag),
              barauslagenUstPflichtig: changes.barauslagenUstPflichtig ?? toDecimal(current.barauslagenUstPflichtig),
              barauslagenUstFrei: ZERO,
              barauslagenDurchlaufer: ZERO,
            })
          : undefined;
    await tx.leistung.update({ where: { id }, data: { ...changes, ust: neueUst } });
    await melde(tx, viewer.kanzleiId, 'leistung.geaendert', { art: 'leistung', id, aktId: akt.id });
    return id;
  });
}

export async function deleteLeistung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id } = parseInput(byIdInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = await sperreAktVon(tx, viewer, 'Leistung', id);
    requireNichtGesperrt(orNotFound(await tx.leistung.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, select: SPERRE }), 'Leistung', id));
    // Rendered before the row goes: the Leistung as it was.
    await melde(tx, viewer.kanzleiId, 'leistung.geloescht', { art: 'leistung', id, aktId: akt.id });
    await tx.leistung.delete({ where: { id } });
    return akt.id;
  });
}
