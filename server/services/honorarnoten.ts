// Issuing invoices (Honorarnoten) and cancelling them by a Stornorechnung (Storno). What an issued
// document prints is frozen into its `beleg` at issue time; the PDF is rendered from that alone.
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { dateFromIso, heute, isoDate } from '../domain/dates.js';
import { ValidationError } from '../domain/errors.js';
import { belegSchema, fehlendeRechnungsangaben, negiertePosten, POSTEN_BETRAEGE, rechnungsnummer, SUMMEN_BETRAEGE, summen, uidGedruckt, type Beleg } from '../domain/honorarnote.js';
import { MAX_AMOUNT, toDecimal } from '../domain/money.js';
import { date, id, idempotencyKey, optionalText, parseInput } from '../domain/validation.js';
import { inTransaction, orNotFound, type Db, type Tx } from './db.js';
import { melde } from '../webhooks/daten.js';
import { pruefeStornierbar } from './honorarzahlungen.js';
import { einmalig } from './idempotenz.js';
import { sperreAktVon, sperreOffenenAkt } from './sperren.js';

const erstelleInput = z.object({
  aktId: id(),
  datum: date().nullish(),
  /** Default: every Leistung of the Akt that is not billed and not gerichtlich bestimmt. */
  leistungIds: z.array(id()).min(1).max(1000).nullish(),
  idempotencyKey: idempotencyKey(),
});
const stornoInput = z.object({ id: id(), grund: optionalText(2000) });

/**
 * The next number of the office's year. The UPDATE takes a row lock that concurrent issuers wait
 * on until this transaction ends, so numbers are gapless and unique even under load; a rolled-back
 * transaction gives its number back.
 */
async function naechsteNummer(tx: Tx, kanzleiId: string, jahr: number): Promise<number> {
  const rows = await tx.$queryRaw<{ letzteNummer: number }[]>`
    INSERT INTO "Nummernkreis" ("kanzleiId", "jahr", "letzteNummer") VALUES (${kanzleiId}::uuid, ${jahr}, 1)
    ON CONFLICT ("kanzleiId", "jahr") DO UPDATE SET "letzteNummer" = "Nummernkreis"."letzteNummer" + 1
    RETURNING "letzteNummer"`;
  return rows[0]!.letzteNummer;
}

const anschrift = (p: { strasse: string | null; plz: string | null; ort: string | null }) =>
  [p.strasse, [p.plz, p.ort].filter(Boolean).join(' ')].filter(Boolean).join('\n') || null;

export async function erstelleHonorarnote(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { idempotencyKey: key, ...input } = parseInput(erstelleInput, raw);
  const datum = input.datum ?? dateFromIso(heute());
  return inTransaction(db, (tx) =>
    einmalig(tx, { kanzleiId: viewer.kanzleiId, operation: 'erstelleHonorarnote', key, eingabe: input, work: () => erstelle(tx, viewer, input, datum) }),
  );
}

async function erstelle(tx: Tx, viewer: Viewer, input: Omit<z.output<typeof erstelleInput>, 'idempotencyKey'>, datum: Date): Promise<string> {
  await sperreOffenenAkt(tx, viewer, input.aktId);
  const akt = await tx.akt.findUniqueOrThrow({
    where: { id: input.aktId },
    select: { aktenzeichen: true, klient: true, kanzlei: { select: { name: true, anschrift: true, uid: true, iban: true, bic: true, email: true, telefon: true, zahlungszielTage: true } } },
  });
  const leistungen = await tx.leistung.findMany({
    where: { aktId: input.aktId, ...(input.leistungIds ? { id: { in: input.leistungIds } } : { honorarnoteId: null, titel: null }) },
    include: { titel: { select: { id: true } } },
    orderBy: [{ datum: 'asc' }, { angelegtAm: 'asc' }, { id: 'asc' }],
  });
  if (input.leistungIds && leistungen.length !== new Set(input.leistungIds).size) {
    throw new ValidationError({ field: 'leistungIds', message: 'Nicht jede Leistung gehört zu diesem Akt' });
  }
  const schonVerrechnet = leistungen.filter((l) => l.honorarnoteId);
  if (schonVerrechnet.length) throw new ValidationError({ field: 'leistungIds', message: `Schon verrechnet: ${schonVerrechnet.map((l) => l.id).join(', ')}` });
  const bestimmt = leistungen.filter((l) => l.titel);
  if (bestimmt.length) {
    throw new ValidationError({ field: 'leistungIds', message: `Gerichtlich bestimmt (Titel, Beschlusskostennote), nicht an den Klienten: ${bestimmt.map((l) => l.id).join(', ')}` });
  }
  if (leistungen.length === 0) throw new ValidationError({ field: 'aktId', message: 'Der Akt hat keine offenen Leistungen zu verrechnen' });

  const posten = leistungen.map((l) => ({
    leistungId: l.id, datum: l.datum, kuerzel: l.kuerzel, text: l.text, tarifbasis: l.tarifbasis, bemessungsgrundlage: l.bemessungsgrundlage,
    ...Object.fromEntries(POSTEN_BETRAEGE.map((k) => [k, toDecimal(l[k])])),
  })) as (Record<(typeof POSTEN_BETRAEGE)[number], ReturnType<typeof toDecimal>> & { leistungId: string; datum: Date; kuerzel: string; text: string | null; tarifbasis: string | null; bemessungsgrundlage: unknown })[];
  const s = summen(posten);
  if (Object.values(s).some((v) => v.abs().greaterThan(MAX_AMOUNT))) {
    throw new ValidationError({ field: 'leistungIds', message: 'Die Summe dieser Leistungen ist für eine Honorarnote zu groß' });
  }
  // UStG § 11: no invoice without the issuer's and the recipient's details (zahlungsverkehr.md).
  const fehlt = fehlendeRechnungsangaben({ kanzlei: akt.kanzlei, empfaenger: akt.klient, brutto: s.brutto });
  if (fehlt.length) {
    throw new ValidationError({ field: 'aktId', message: `Die Honorarnote kann nicht ausgestellt werden (UStG § 11): ${fehlt.join('; ')}` });
  }
  const jahr = datum.getUTCFullYear();
  const laufnummer = await naechsteNummer(tx, viewer.kanzleiId, jahr);
  const nummer = rechnungsnummer(jahr, laufnummer);
  const faelligAm = new Date(datum.getTime() + akt.kanzlei.zahlungszielTage * 86_400_000);
  const empfaengerAnschrift = anschrift(akt.klient);
  const { zahlungszielTage: _z, ...aussteller } = akt.kanzlei;
  const beleg: Beleg = {
    version: 1, art: 'RECHNUNG', nummer, datum: isoDate(datum), faelligAm: isoDate(faelligAm), aktenzeichen: akt.aktenzeichen,
    kanzlei: aussteller,
    empfaenger: { name: akt.klient.name, anschrift: empfaengerAnschrift, uid: uidGedruckt(akt.klient.art) ? akt.klient.uid : null },
    stornoVon: null,
    positionen: posten.map((p) => ({
      datum: isoDate(p.datum), kuerzel: p.kuerzel, text: p.text, tarifbasis: p.tarifbasis,
      ...(Object.fromEntries(POSTEN_BETRAEGE.map((k) => [k, p[k].toFixed(2)])) as Record<(typeof POSTEN_BETRAEGE)[number], string>),
    })),
    summen: Object.fromEntries(SUMMEN_BETRAEGE.map((k) => [k, s[k].toFixed(2)])) as Beleg['summen'],
  };
  const note = await tx.honorarnote.create({
    data: {
      kanzleiId: viewer.kanzleiId, aktId: input.aktId, art: 'RECHNUNG', jahr, laufnummer, nummer,
      datum, faelligAm, empfaengerName: akt.klient.name, empfaengerAnschrift, ...s, beleg,
      positionen: {
        create: posten.map((p, i) => ({ ...p, bemessungsgrundlage: p.bemessungsgrundlage as never, reihenfolge: i + 1 })),
      },
    },
    select: { id: true },
  });
  await tx.leistung.updateMany({ where: { id: { in: leistungen.map((l) => l.id) } }, data: { honorarnoteId: note.id } });
  // The Leistungen it bills are in its data (positionen[].leistungId); they get no event of their own.
  await melde(tx, viewer.kanzleiId, 'honorarnote.erstellt', { art: 'honorarnote', id: note.id });
  return note.id;
}

/**
 * Cancels an invoice with a Stornorechnung (its own number, all amounts negated, naming the
 * original's number and date; art STORNORECHNUNG in the API); frees its Leistungen.
 */
export async function stornoHonorarnote(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id: noteId, grund } = parseInput(stornoInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreAktVon(tx, viewer, 'Honorarnote', noteId);
    const note = orNotFound(
      await tx.honorarnote.findFirst({ where: { id: noteId, kanzleiId: viewer.kanzleiId }, include: { positionen: true, storniertDurch: { select: { nummer: true } } } }),
      'Honorarnote',
      noteId,
    );
    if (note.art === 'STORNORECHNUNG') throw new ValidationError({ field: 'id', message: 'Eine Stornorechnung wird nicht storniert' });
    if (note.storniertDurch) throw new ValidationError({ field: 'id', message: `Schon storniert durch ${note.storniertDurch.nummer}` });
    await pruefeStornierbar(tx, note.id, note.nummer);
    const datum = dateFromIso(heute());
    const jahr = datum.getUTCFullYear();
    const laufnummer = await naechsteNummer(tx, viewer.kanzleiId, jahr);
    const summe = Object.fromEntries(SUMMEN_BETRAEGE.map((k) => [k, toDecimal(note[k]).negated()])) as Record<(typeof SUMMEN_BETRAEGE)[number], ReturnType<typeof toDecimal>>;
    const nummer = rechnungsnummer(jahr, laufnummer);
    // A new document of today: the office's letterhead as it is now, the recipient as printed on
    // the original.
    const original = belegSchema.parse(note.beleg);
    const aussteller = await tx.kanzlei.findUniqueOrThrow({
      where: { id: viewer.kanzleiId },
      select: { name: true, anschrift: true, uid: true, iban: true, bic: true, email: true, telefon: true },
    });
    const positionen = note.positionen.map(({ honorarnoteId: _h, ...p }) => ({ ...p, ...negiertePosten(p) }));
    const beleg: Beleg = {
      ...original, kanzlei: aussteller, art: 'STORNORECHNUNG', nummer, datum: isoDate(datum), faelligAm: isoDate(datum),
      stornoVon: { nummer: note.nummer, datum: isoDate(note.datum) },
      positionen: positionen.map((p) => ({
        datum: isoDate(p.datum), kuerzel: p.kuerzel, text: p.text, tarifbasis: p.tarifbasis,
        ...(Object.fromEntries(POSTEN_BETRAEGE.map((k) => [k, p[k].toFixed(2)])) as Record<(typeof POSTEN_BETRAEGE)[number], string>),
      })),
      summen: Object.fromEntries(SUMMEN_BETRAEGE.map((k) => [k, summe[k].toFixed(2)])) as Beleg['summen'],
    };
    const stornorechnung = await tx.honorarnote.create({
      data: {
        kanzleiId: viewer.kanzleiId, aktId: note.aktId, art: 'STORNORECHNUNG', jahr, laufnummer, nummer,
        datum, faelligAm: datum, empfaengerName: note.empfaengerName, empfaengerAnschrift: note.empfaengerAnschrift,
        ...summe, stornoVonId: note.id, stornoGrund: grund ?? null, beleg,
        positionen: { create: positionen },
      },
      select: { id: true },
    });
    await tx.leistung.updateMany({ where: { honorarnoteId: note.id }, data: { honorarnoteId: null } });
    // The event's data is the Stornorechnung (a Honorarnote of art STORNORECHNUNG, with its own
    // number and stornoVon naming the cancelled note): with honorarnote.erstellt, every number.
    await melde(tx, viewer.kanzleiId, 'honorarnote.storniert', { art: 'honorarnote', id: stornorechnung.id });
    return stornorechnung.id;
  });
}
