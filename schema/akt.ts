import { isId } from '../server/domain/validation.js';
import type { Prisma } from '../server/generated/prisma/client.js';
import type { AktStatus as AktStatusValue } from '../server/generated/prisma/enums.js';
import { createAkt, setGegner, updateAkt } from '../server/services/akten.js';
import { findAkt, findAktenPage } from '../server/services/aktenLesen.js';
import { enthaelt, gleichBisAufGrossKlein } from '../server/services/textsuche.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { checkPageSize, connectionOptions } from './pagination.js';
import { columnNeeds } from './columnNeeds.js';
import { objectPayload } from './payload.js';
import { PersonRef } from './person.js';
import { Zahlungsreihenfolge } from './zahlung.js';

/** Orders shared with Akt.mahnkosten: equal relation arguments let the plugin merge the loads. */
import { FORDERUNGEN_ORDER, GEGNER_ORDER } from '../server/services/aktBetraege.js';
export { FORDERUNGEN_ORDER, GEGNER_ORDER };

/** The order of Akt.leistungen (schema/compiledReads.ts too). */
export const LEISTUNGEN_ORDER = [{ datum: 'asc' as const }, { angelegtAm: 'asc' as const }, { id: 'asc' as const }];

/** The order of `akten` (schema/compiledReads.ts too). Aktenzeichen is unique in the office: stable even for Akten created in the same ms. */
export const AKTEN_ORDER = [{ angelegtAm: 'desc' }, { aktenzeichen: 'desc' }] as const;

interface AktZahlungsreferenzShape {
  gegnerPosition: number;
  gegner: Prisma.PersonGetPayload<object>;
  rfReferenz: string;
}

const AktZahlungsreferenz = builder.objectRef<AktZahlungsreferenzShape>('AktZahlungsreferenz').implement({
  description: 'The payment reference of one Gegner of an Akt in debt collection.',
  fields: (t) => ({
    gegnerPosition: t.exposeInt('gegnerPosition', { description: '1 for "Gegner 1".' }),
    gegner: t.field({ type: PersonRef, resolve: (z) => z.gegner }),
    rfReferenz: t.exposeString('rfReferenz', {
      description: 'ISO 11649, e.g. "RF90A1": "A" + a number that is the pair\'s for good (also after the Gegner list changes). Unique in the office.',
    }),
  }),
});

export const AktStatus = builder.enumType('AktStatus', {
  values: ['ANGELEGT', 'IN_BEARBEITUNG', 'ABGESCHLOSSEN', 'ARCHIVIERT'] as const,
});

builder.prismaObject('Akt', {
  description: 'A case file: Klient, Gegner 1..10, Forderungen and Leistungen.',
  fields: (t) => ({
    id: t.exposeID('id'),
    aktenzeichen: t.exposeString('aktenzeichen', { description: 'Unique in the office, e.g. "2026/0001".' }),
    bezeichnung: t.exposeString('bezeichnung'),
    sachgebiet: t.exposeString('sachgebiet', { nullable: true }),
    status: t.expose('status', { type: AktStatus }),
    bemessungsgrundlage: t.expose('bemessungsgrundlage', {
      type: 'Decimal',
      nullable: true,
      description: 'Bemessungsgrundlage of the Akt itself (Aktenstamm), used when it has no Forderung.',
    }),
    klient: t.relation('klient'),
    gegner: t.field({
      type: [PersonRef],
      description: 'The Gegner in order: the first is "Gegner 1".',
      // Through the join table in the same planned query: no query per Akt.
      select: (_args, _ctx, nestedSelection) => ({
        gegner: { orderBy: GEGNER_ORDER, select: { person: nestedSelection(true) } },
      }),
      resolve: (akt) => akt.gegner.map((g) => g.person),
      extensions: { readsColumns: [] }, // only the relation (schema/columnNeeds.ts)
    }),
    zahlungsreferenzen: t.field({
      type: [AktZahlungsreferenz],
      description: 'The RF reference (ISO 11649) of each Gegner, in order: what the Gegner quotes when paying in debt collection.',
      // Both relations in the same planned query, paired here by person.
      select: (_args, _ctx, nestedSelection) => ({
        gegner: { orderBy: GEGNER_ORDER, select: { position: true, personId: true, person: nestedSelection(true, ['gegner']) } },
        zahlungsreferenzen: { select: { personId: true, rfReferenz: true } },
      }),
      resolve: (akt) => {
        const referenz = new Map(akt.zahlungsreferenzen.map((z) => [z.personId, z.rfReferenz]));
        // The database trigger makes the reference with the Gegner row: it is always there.
        return akt.gegner.map((g) => ({ gegnerPosition: g.position, gegner: g.person, rfReferenz: referenz.get(g.personId)! }));
      },
      extensions: { readsColumns: [] },
    }),
    zustaendig: t.relation('zustaendig', { nullable: true, description: 'The responsible user.' }),
    forderungen: t.relation('forderungen', { query: { orderBy: FORDERUNGEN_ORDER } }),
    leistungen: t.relation('leistungen', { query: { orderBy: LEISTUNGEN_ORDER } }),
    angelegtAm: t.expose('angelegtAm', { type: 'DateTime' }),
    abgeschlossenAm: t.expose('abgeschlossenAm', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version', { description: 'Send it back with updateAkt: a stale version is a ConflictError.' }),
  }),
});

const AktFilter = builder.inputType('AktFilter', {
  fields: (t) => ({
    text: t.string({ description: 'Part of the Aktenzeichen, the Bezeichnung or the Klient’s name, any case.' }),
    status: t.field({ type: [AktStatus], description: 'Any of these.' }),
    klientId: t.id(),
    zustaendigId: t.id({ description: 'The responsible Benutzer.' }),
    sachgebiet: t.string({ description: 'Exact Sachgebiet, any case.' }),
    faelligBis: t.field({ type: 'Date', description: 'Akten with a Forderung due on or before this date.' }),
  }),
});

type AktFilterArgs =
  | { text?: string | null; status?: AktStatusValue[] | null; klientId?: string | null; zustaendigId?: string | null; sachgebiet?: string | null; faelligBis?: Date | null }
  | null
  | undefined;

const NO_ROW = '00000000-0000-0000-0000-000000000000';

function aktWhere(kanzleiId: string, filter: AktFilterArgs): Prisma.AktWhereInput {
  const term = filter?.text?.trim();
  return {
    kanzleiId,
    ...(filter?.status?.length ? { status: { in: filter.status } } : {}),
    ...(filter?.klientId != null ? { klientId: isId(filter.klientId) ? filter.klientId : NO_ROW } : {}),
    ...(filter?.zustaendigId != null ? { zustaendigId: isId(filter.zustaendigId) ? filter.zustaendigId : NO_ROW } : {}),
    ...(filter?.sachgebiet?.trim() ? { sachgebiet: gleichBisAufGrossKlein(filter.sachgebiet.trim()) } : {}),
    ...(filter?.faelligBis ? { forderungen: { some: { faelligAm: { lte: filter.faelligBis } } } } : {}),
    ...(term
      ? {
          OR: [
            { aktenzeichen: enthaelt(term) },
            { bezeichnung: enthaelt(term) },
            { klient: { name: enthaelt(term) } },
          ],
        }
      : {}),
  };
}

builder.queryFields((t) => ({
  akt: t.prismaField({
    type: 'Akt',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx, info) =>
      isId(id) ? findAkt(ctx.prisma, ctx.viewer.kanzleiId, id, query, ctx.singleStatementReads ? columnNeeds(info) : null) : null,
  }),
  akten: t.prismaConnection({
    type: 'Akt',
    ...connectionOptions,
    description: 'The office’s Akten, newest first.',
    args: { filter: t.arg({ type: AktFilter }) },
    // Counted only when the client asks for totalCount.
    totalCount: (_conn, args, ctx) => ctx.prisma.akt.count({ where: aktWhere(ctx.viewer.kanzleiId, args.filter) }),
    resolve: (query, _root, args, ctx, info) => {
      checkPageSize(args);
      const where = aktWhere(ctx.viewer.kanzleiId, args.filter);
      return findAktenPage(ctx.prisma, ctx.viewer.kanzleiId, query, where, [...AKTEN_ORDER], ctx.singleStatementReads ? columnNeeds(info) : null);
    },
  }),
}));

const CreateAktInput = builder.inputType('CreateAktInput', {
  fields: (t) => ({
    aktenzeichen: t.string({ required: true }),
    bezeichnung: t.string({ required: true }),
    sachgebiet: t.string(),
    klientId: t.id({ required: true }),
    gegnerIds: t.idList({ description: 'Up to 10 Persons, in order: the first becomes Gegner 1.' }),
    bemessungsgrundlage: t.field({ type: 'Decimal' }),
    zustaendigId: t.id({ description: 'The responsible Benutzer.' }),
  }),
});

const UpdateAktInput = builder.inputType('UpdateAktInput', {
  description: 'Send the version you read; fields left out stay as they are, null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    aktenzeichen: t.string(),
    bezeichnung: t.string(),
    sachgebiet: t.string(),
    klientId: t.id(),
    bemessungsgrundlage: t.field({ type: 'Decimal' }),
    zustaendigId: t.id(),
    zahlungsreihenfolge: t.field({ type: Zahlungsreihenfolge, description: 'How debtor payments are allocated.' }),
  }),
});

const SetGegnerInput = builder.inputType('SetGegnerInput', {
  fields: (t) => ({
    aktId: t.id({ required: true }),
    personIds: t.idList({ required: true, description: 'The new Gegner, in order (at most 10); [] removes all.' }),
  }),
});

const CreateAktPayload = objectPayload('CreateAktPayload', 'akt', 'Akt');
const UpdateAktPayload = objectPayload('UpdateAktPayload', 'akt', 'Akt');
const SetGegnerPayload = objectPayload('SetGegnerPayload', 'akt', 'Akt');

builder.mutationFields((t) => ({
  createAkt: t.field({
    type: CreateAktPayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateAktInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await createAkt(ctx.prisma, ctx.viewer, input) }),
  }),
  updateAkt: t.field({
    type: UpdateAktPayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateAktInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await updateAkt(ctx.prisma, ctx.viewer, input) }),
  }),
  setGegner: t.field({
    type: SetGegnerPayload,
    description: 'Replaces the Akt’s Gegner with these Persons, in this order.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SetGegnerInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await setGegner(ctx.prisma, ctx.viewer, input) }),
  }),
}));
