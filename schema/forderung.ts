import { createForderung, deleteForderung, updateForderung, type NeueForderung } from '../server/services/forderungen.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { deletePayload, findWritten, objectPayload } from './payload.js';

export const ForderungArt = builder.enumType('ForderungArt', {
  values: {
    HAUPTFORDERUNG: { description: 'Kapital: counts towards the Bemessungsgrundlage.' },
    NEBENFORDERUNG: { description: 'Nebenforderung (e.g. Mahnspesen); not part of the Bemessungsgrundlage.' },
  } as const,
});

builder.prismaObject('Forderung', {
  description: 'A claim of the Klient against the Gegner.',
  fields: (t) => ({
    id: t.exposeID('id'),
    art: t.expose('art', { type: ForderungArt }),
    bezeichnung: t.exposeString('bezeichnung', { nullable: true }),
    betrag: t.expose('betrag', { type: 'Decimal' }),
    faelligAm: t.expose('faelligAm', { type: 'Date', nullable: true }),
    zinssatz: t.expose('zinssatz', { type: 'Decimal', nullable: true, description: 'Percent per year, e.g. "4.00".' }),
    zinsenAb: t.expose('zinsenAb', { type: 'Date', nullable: true }),
    akt: t.relation('akt'),
    titel: t.relation('titel', { nullable: true, description: 'The Titel that awarded it.' }),
  }),
});

const CreateForderungInput = builder.inputType('CreateForderungInput', {
  fields: (t) => ({
    aktId: t.id({ required: true }),
    art: t.field({ type: ForderungArt, required: true }),
    betrag: t.field({ type: 'Decimal', required: true, description: 'Positive, at most two decimals.' }),
    bezeichnung: t.string(),
    faelligAm: t.field({ type: 'Date' }),
    zinssatz: t.field({ type: 'Decimal', description: 'Percent per year.' }),
    zinsenAb: t.field({ type: 'Date', description: 'Needs a zinssatz.' }),
  }),
});

const UpdateForderungInput = builder.inputType('UpdateForderungInput', {
  description: 'Fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    art: t.field({ type: ForderungArt }),
    betrag: t.field({ type: 'Decimal' }),
    bezeichnung: t.string(),
    faelligAm: t.field({ type: 'Date' }),
    zinssatz: t.field({ type: 'Decimal' }),
    zinsenAb: t.field({ type: 'Date' }),
  }),
});

const DeleteForderungInput = builder.inputType('DeleteForderungInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const CreateForderungPayload = builder.objectRef<NeueForderung>('CreateForderungPayload').implement({
  fields: (t) => ({
    forderung: t.prismaField({
      type: 'Forderung',
      resolve: (query, { id, zeile }, _args, ctx, info) =>
        findWritten('Forderung', id, query, ctx, info, { zeile, relationen: { titel: zeile.titelId, akt: zeile.aktId } }) as never,
    }),
    hinweis: t.exposeString('hinweis', {
      nullable: true,
      description: 'Set when the Forderung was assigned to the Akt’s first Titel automatically: show it, the user may need to correct it.',
    }),
  }),
});
const UpdateForderungPayload = objectPayload('UpdateForderungPayload', 'forderung', 'Forderung');
const DeleteForderungPayload = deletePayload('DeleteForderungPayload');

builder.mutationFields((t) => ({
  createForderung: t.field({
    type: CreateForderungPayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateForderungInput, required: true }) },
    resolve: (_root, { input }, ctx) => createForderung(ctx.prisma, ctx.viewer, input),
  }),
  updateForderung: t.field({
    type: UpdateForderungPayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateForderungInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await updateForderung(ctx.prisma, ctx.viewer, input) }),
  }),
  deleteForderung: t.field({
    type: DeleteForderungPayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: DeleteForderungInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ deletedId: input.id, aktId: await deleteForderung(ctx.prisma, ctx.viewer, input) }),
  }),
}));
