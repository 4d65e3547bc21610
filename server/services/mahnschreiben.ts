// The dunning letter (Mahnschreiben) to a Gegner: made from the Akt as it stands on the letter's
// date (preview: GET /dokumente/akt/<id>/mahnschreiben.pdf), and recorded as sent with its content
// frozen (mahnschreibenVersenden; GET /dokumente/mahnschreiben/<id>.pdf renders what was sent).
// The amounts come from server/services/aktBetraege.ts, the same functions Akt.mahnkosten and
// Akt.schuldnerstand call: the letter and the API never disagree. Rules: server/domain/mahnschreiben.ts.
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { dateFromIso, heute, isoDate } from '../domain/dates.js';
import { epcQrPayload, EpcQrError } from '../domain/epcQr.js';
import { ValidationError } from '../domain/errors.js';
import { fehlendeMahnangaben, mahnBelegSchema, mahnFaelligAm, mahnGesamt, type MahnBeleg } from '../domain/mahnschreiben.js';
import { date, id, idempotencyKey, isId, parseInput } from '../domain/validation.js';
import type { Tarifdaten } from '../tarif/preise.js';
import { TarifError } from '../tarif/ratg.js';
import { forderungsBezeichnung, MAHNKOSTEN_SELECT, mahnkostenDesAkts, SCHULDNERSTAND_SELECT, schuldnerstandDesAkts } from './aktBetraege.js';
import { inTransaction, orNotFound, type Db, type Tx } from './db.js';
import { einmalig } from './idempotenz.js';
import { sperreOffenenAkt } from './sperren.js';
import { melde } from '../webhooks/daten.js';

/** A tariff code as the API takes it (MAK, MAKX, …): bounded before it is looked up. */
const tarifCode = () => z.string().trim().min(1, { message: 'fehlt' }).max(20, { message: 'höchstens 20 Zeichen' }).regex(/^[A-Za-z0-9_-]+$/, { message: 'ist kein Tarifcode (z. B. MAK)' });
/** Gegner 1..10 (an Akt has at most ten). */
const gegnerPosition = () => z.number({ message: 'muss eine Zahl von 1 bis 10 sein' }).int({ message: 'muss eine Zahl von 1 bis 10 sein' }).min(1, { message: 'muss eine Zahl von 1 bis 10 sein' }).max(10, { message: 'muss eine Zahl von 1 bis 10 sein' });

export const versendenInput = z.object({ aktId: id(), gegnerPosition: gegnerPosition(), tarif: tarifCode(), datum: date().nullish(), idempotencyKey: idempotencyKey() });

/**
 * The query of the preview URL (`gegner`, `tarif`, optional `datum`), checked like a mutation's
 * input: a ValidationError naming the parameter.
 */
export function vorschauParameter(query: URLSearchParams): { gegnerPosition: number; tarif: string; datum: Date } {
  const issues: { field: string; message: string }[] = [];
  const g = query.get('gegner');
  if (g == null) issues.push({ field: 'gegner', message: 'fehlt (gegner=1 für Gegner 1)' });
  else if (!/^\d{1,2}$/.test(g) || !gegnerPosition().safeParse(Number(g)).success) issues.push({ field: 'gegner', message: 'muss eine Zahl von 1 bis 10 sein' });
  const t = query.get('tarif');
  const tarif = t == null ? null : tarifCode().safeParse(t);
  if (tarif == null) issues.push({ field: 'tarif', message: 'fehlt (z. B. tarif=MAK)' });
  else if (!tarif.success) issues.push({ field: 'tarif', message: tarif.error.issues[0]!.message });
  const d = query.get('datum');
  let datum = dateFromIso(heute());
  if (d != null) {
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(d) ? dateFromIso(d) : null;
    const ok = parsed && !Number.isNaN(parsed.getTime()) && isoDate(parsed) === d && date().safeParse(parsed).success;
    if (!ok) issues.push({ field: 'datum', message: 'ist kein gültiges Datum (JJJJ-MM-TT, 1900 bis 2999)' });
    else datum = parsed;
  }
  if (issues.length) throw new ValidationError(issues);
  return { gegnerPosition: Number(g), tarif: tarif!.data!.toUpperCase(), datum };
}

const anschrift = (p: { strasse: string | null; plz: string | null; ort: string | null }) =>
  [p.strasse, [p.plz, p.ort].filter(Boolean).join(' ')].filter(Boolean).join('\n');

/**
 * The letter to Gegner `gegnerPosition` of the Akt on `datum`, as stufe `stufe` (default: the
 * letters recorded so far + 1). Throws NotFound (Akt not in the office), ValidationError (no such
 * Gegner, nothing owed, office or Gegner data missing) or the TarifError of Akt.mahnkosten.
 */
export async function mahnBeleg(
  db: Db | Tx, viewer: Viewer, daten: Tarifdaten,
  input: { aktId: string; gegnerPosition: number; tarif: string; datum: Date }, stufe?: number,
): Promise<{ beleg: MahnBeleg; personId: string }> {
  const where = { id: input.aktId, kanzleiId: viewer.kanzleiId };
  const akt = orNotFound(
    await db.akt.findFirst({
      where,
      select: {
        aktenzeichen: true, klient: { select: { name: true } },
        kanzlei: { select: { name: true, anschrift: true, uid: true, iban: true, bic: true, email: true, telefon: true, zahlungszielTage: true } },
        gegner: { where: { position: input.gegnerPosition }, select: { personId: true, person: { select: { name: true, strasse: true, plz: true, ort: true } } } },
      },
    }),
    'Akt', input.aktId,
  );
  const gegner = akt.gegner[0];
  if (!gegner) throw new ValidationError({ field: 'gegnerPosition', message: `Der Akt ${akt.aktenzeichen} hat keinen Gegner ${input.gegnerPosition}` });
  // The figures: read exactly as Akt.mahnkosten and Akt.schuldnerstand read them.
  const fuerMahnkosten = (await db.akt.findFirst({ where, select: MAHNKOSTEN_SELECT }))!;
  const fuerStand = (await db.akt.findFirst({ where, select: SCHULDNERSTAND_SELECT }))!;
  const stand = schuldnerstandDesAkts(fuerStand, input.datum);
  if (!stand.gesamt.greaterThan(0)) {
    throw new ValidationError({ field: 'aktId', message: `Der Akt ${akt.aktenzeichen} hat am ${isoDate(input.datum)} nichts offen: es gibt nichts zu mahnen` });
  }
  const fehlt = fehlendeMahnangaben({ kanzlei: akt.kanzlei, empfaenger: gegner.person });
  if (fehlt.length) throw new ValidationError({ field: 'aktId', message: `Das Mahnschreiben kann nicht erstellt werden: ${fehlt.join('; ')}` });
  const mk = mahnkostenDesAkts(fuerMahnkosten, { tarif: input.tarif, datum: isoDate(input.datum) }, daten);
  const referenz = await db.zahlungsreferenz.findUnique({ where: { aktId_personId: { aktId: input.aktId, personId: gegner.personId } }, select: { rfReferenz: true } });
  // The database makes the reference with the Gegner row (migration rf_referenz): always there.
  const rfReferenz = referenz!.rfReferenz;
  const nummer = stufe ?? (await db.mahnschreiben.count({ where: { aktId: input.aktId, personId: gegner.personId } })) + 1;
  const gesamt = mahnGesamt(stand.gesamt, mk.brutto);
  const { zahlungszielTage, ...kanzlei } = akt.kanzlei;
  let epcQr: string;
  try {
    epcQr = epcQrPayload({ empfaenger: kanzlei.name, iban: kanzlei.iban!, bic: kanzlei.bic, betrag: gesamt.toFixed(2), rfReferenz, hinweis: `Akt ${akt.aktenzeichen}` });
  } catch (error) {
    if (error instanceof EpcQrError) throw new ValidationError({ field: 'aktId', message: `Kein Zahlen-mit-Code möglich: ${error.message}` });
    throw error;
  }
  const f2 = (v: { toFixed(n: number): string }) => v.toFixed(2);
  const forderungen = [...fuerStand.forderungen].sort((a, b) => a.angelegtAm.getTime() - b.angelegtAm.getTime() || (a.id < b.id ? -1 : 1));
  const beleg: MahnBeleg = {
    version: 1, datum: isoDate(input.datum), faelligAm: isoDate(mahnFaelligAm(input.datum, zahlungszielTage)), stufe: nummer,
    aktenzeichen: akt.aktenzeichen,
    kanzlei: { ...kanzlei, iban: kanzlei.iban! },
    klient: { name: akt.klient.name },
    empfaenger: { gegnerPosition: input.gegnerPosition, name: gegner.person.name, anschrift: anschrift(gegner.person) },
    rfReferenz,
    forderungen: forderungen.map((f) => ({
      art: f.art, bezeichnung: forderungsBezeichnung(f), betrag: f2(f.betrag),
      zinssatz: f.zinssatz == null ? null : f.zinssatz.toString(), zinsenAb: f.zinsenAb ? isoDate(f.zinsenAb) : null,
    })),
    zahlungen: stand.zahlungen.map((z) => ({ datum: isoDate(z.datum), betrag: f2(z.betrag) })),
    stand: { kapital: f2(stand.kapital), zinsen: f2(stand.zinsen), kosten: f2(stand.kosten), bezahlt: f2(stand.bezahlt), gesamt: f2(stand.gesamt) },
    mahnkosten: {
      tarif: mk.tarif, bemessungsgrundlage: f2(mk.bemessungsgrundlage), ratgGueltigAb: mk.ratgGueltigAb,
      positionen: mk.positionen.map((p) => ({ tarifpost: p.tarifpost, bezeichnung: p.bezeichnung, zuschlag: f2(p.zuschlag), anzahl: p.anzahl, betrag: f2(p.betrag) })),
      verdienst: f2(mk.verdienst), streitgenossenzuschlagProzent: mk.streitgenossenzuschlagProzent.toString(), streitgenossenzuschlag: f2(mk.streitgenossenzuschlag),
      porto: f2(mk.porto), netto: f2(mk.netto), ust: f2(mk.ust), brutto: f2(mk.brutto),
    },
    gesamt: f2(gesamt),
    epcQr,
  };
  return { beleg: mahnBelegSchema.parse(beleg), personId: gegner.personId };
}

/** A TarifError in a mutation: a ValidationError on the input field it is about. */
function alsValidierung(error: unknown): never {
  if (error instanceof TarifError) {
    const field = error.field === 'tarif' || error.field === 'datum' ? error.field : 'aktId';
    throw new ValidationError({ field, message: error.message });
  }
  throw error;
}

/**
 * Records that the letter was sent: the next stufe for that Gegner (Person) on that Akt, with
 * the letter's content frozen.
 *
 * Locking: the Akt's row lock (sperreOffenenAkt) first, then everything is read under it; two
 * requests for the same Akt run one after the other, so the second counts the first's letter.
 * Two identical requests at once (same Akt, Gegner and date) thus end with one letter: the second
 * is told that Gegner was already dunned that day (at most one letter per Gegner and day; the
 * same idempotencyKey instead returns the first letter). Last line: unique indexes on
 * (aktId, personId, stufe) and (aktId, personId, datum).
 */
export async function mahnschreibenVersenden(db: Db, viewer: Viewer, tarifdaten: () => Tarifdaten | Promise<Tarifdaten>, raw: unknown): Promise<string> {
  const { idempotencyKey: key, ...input } = parseInput(versendenInput, raw);
  const datum = input.datum ?? dateFromIso(heute());
  // A letter is recorded when it goes out: not for a day still to come.
  if (isoDate(datum) > heute()) throw new ValidationError({ field: 'datum', message: `Ein Mahnschreiben wird erst versendet, wenn es hinausgeht: ${isoDate(datum)} liegt in der Zukunft` });
  const daten = await tarifdaten();
  return inTransaction(db, (tx) =>
    einmalig(tx, {
      kanzleiId: viewer.kanzleiId, operation: 'mahnschreibenVersenden', key, eingabe: { ...input, datum: isoDate(datum) },
      work: () => versende(tx, viewer, daten, { ...input, tarif: input.tarif.toUpperCase(), datum }),
    }),
  );
}

async function versende(tx: Tx, viewer: Viewer, daten: Tarifdaten, input: { aktId: string; gegnerPosition: number; tarif: string; datum: Date }): Promise<string> {
  await sperreOffenenAkt(tx, viewer, input.aktId);
  const gegner = await tx.aktGegner.findFirst({ where: { aktId: input.aktId, position: input.gegnerPosition }, select: { personId: true } });
  if (!gegner) throw new ValidationError({ field: 'gegnerPosition', message: `Der Akt hat keinen Gegner ${input.gegnerPosition}` });
  const bisher = await tx.mahnschreiben.findMany({
    where: { aktId: input.aktId, personId: gegner.personId }, select: { datum: true, stufe: true }, orderBy: { stufe: 'desc' },
  });
  const letztes = bisher[0];
  if (letztes && isoDate(letztes.datum) === isoDate(input.datum)) {
    throw new ValidationError({ field: 'datum', message: `Gegner ${input.gegnerPosition} wurde am ${isoDate(input.datum)} schon gemahnt (Stufe ${letztes.stufe}): höchstens ein Mahnschreiben je Gegner und Tag` });
  }
  if (letztes && letztes.datum > input.datum) {
    throw new ValidationError({ field: 'datum', message: `Das letzte Mahnschreiben an Gegner ${input.gegnerPosition} ist vom ${isoDate(letztes.datum)}: ein neues kann nicht früher datiert sein` });
  }
  const stufe = (letztes?.stufe ?? 0) + 1;
  const { beleg, personId } = await mahnBeleg(tx, viewer, daten, input, stufe).catch(alsValidierung);
  const row = await tx.mahnschreiben.create({
    data: {
      kanzleiId: viewer.kanzleiId, aktId: input.aktId, personId, gegnerPosition: input.gegnerPosition, tarif: beleg.mahnkosten.tarif,
      datum: input.datum, stufe, gesamt: beleg.gesamt, beleg,
    },
    select: { id: true },
  });
  await melde(tx, viewer.kanzleiId, 'mahnschreiben.versendet', { art: 'mahnschreiben', id: row.id, aktId: input.aktId });
  return row.id;
}

/** The frozen letter of one of the caller's office's Mahnschreiben, or null. */
export async function gespeichertesMahnschreiben(db: Db, viewer: Viewer, id: string): Promise<MahnBeleg | null> {
  if (!isId(id)) return null;
  const row = await db.mahnschreiben.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, select: { beleg: true } });
  return row ? mahnBelegSchema.parse(row.beleg) : null;
}
