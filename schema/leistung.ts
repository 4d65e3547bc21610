import { createLeistung, deleteLeistung, updateLeistung } from '../server/services/leistungen.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { deletePayload, objectPayload } from './payload.js';

builder.prismaObject('Leistung', {
  description: 'A billable service on an Akt.',
  fields: (t) => ({
    id: t.exposeID('id'),
    datum: t.expose('datum', { type: 'Date' }),
    kuerzel: t.exposeString('kuerzel', { description: 'Leistungskürzel, e.g. "MAK" or "3A".' }),
    text: t.exposeString('text', { nullable: true }),
    bemessungsgrundlage: t.expose('bemessungsgrundlage', { type: 'Decimal', nullable: true }),
    verdienst: t.expose('verdienst', { type: 'Decimal' }),
    einheitssatz: t.expose('einheitssatz', { type: 'Decimal' }),
    barauslagenUstPflichtig: t.expose('barauslagenUstPflichtig', { type: 'Decimal' }),
    barauslagenUstFrei: t.expose('barauslagenUstFrei', { type: 'Decimal' }),
    barauslagenDurchlaufer: t.expose('barauslagenDurchlaufer', { type: 'Decimal', description: 'Pass-through items such as court fees.' }),
    ust: t.expose('ust', { type: 'Decimal' }),
    sachbearbeiter: t.relation('sachbearbeiter', { nullable: true }),
    zeitMinuten: t.exposeInt('zeitMinuten', { nullable: true }),
    akt: t.relation('akt'),
  }),
});

const amounts = 'At most two decimals, not negative.';

const CreateLeistungInput = builder.inputType('CreateLeistungInput', {
  fields: (t) => ({
    aktId: t.id({ required: true }),
    datum: t.field({ type: 'Date', required: true }),
    kuerzel: t.string({ required: true }),
    text: t.string(),
    bemessungsgrundlage: t.field({ type: 'Decimal' }),
    verdienst: t.field({
      type: 'Decimal',
      description: `${amounts} Left out: the Leistung is priced by the Leistungsart of its kuerzel (Tarif or RATG post), with ES, Streitgenossenzuschlag and postage.`,
    }),
    einheitssatz: t.field({ type: 'Decimal', description: 'Default 0 (or as priced).' }),
    streitgenossenzuschlag: t.field({ type: 'Decimal', description: 'Default 0 (or as priced).' }),
    barauslagenUstPflichtig: t.field({ type: 'Decimal', description: 'Default 0.' }),
    barauslagenUstFrei: t.field({ type: 'Decimal', description: 'Default 0.' }),
    barauslagenDurchlaufer: t.field({ type: 'Decimal', description: 'Default 0.' }),
    ust: t.field({
      type: 'Decimal',
      description: 'Default: 20 % of Verdienst, Einheitssatz, Streitgenossenzuschlag and USt-pflichtige Barauslagen, to the cent.',
    }),
    sachbearbeiterId: t.id(),
    zeitMinuten: t.int(),
  }),
});

const UpdateLeistungInput = builder.inputType('UpdateLeistungInput', {
  description:
    'Fields left out stay as they are. The USt follows changed amounts unless given; ust: null recomputes it.',
  fields: (t) => ({
    id: t.id({ required: true }),
    datum: t.field({ type: 'Date' }),
    kuerzel: t.string(),
    text: t.string(),
    bemessungsgrundlage: t.field({ type: 'Decimal' }),
    verdienst: t.field({ type: 'Decimal' }),
    einheitssatz: t.field({ type: 'Decimal' }),
    streitgenossenzuschlag: t.field({ type: 'Decimal' }),
    barauslagenUstPflichtig: t.field({ type: 'Decimal' }),
    barauslagenUstFrei: t.field({ type: 'Decimal' }),
    barauslagenDurchlaufer: t.field({ type: 'Decimal' }),
    ust: t.field({ type: 'Decimal' }),
    sachbearbeiterId: t.id(),
    zeitMinuten: t.int(),
  }),
});

const DeleteLeistungInput = builder.inputType('DeleteLeistungInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

const CreateLeistungPayload = objectPayload('CreateLeistungPayload', 'leistung', 'Leistung');
const UpdateLeistungPayload = objectPayload('UpdateLeistungPayload', 'leistung', 'Leistung');
const DeleteLeistungPayload = deletePayload('DeleteLeistungPayload');

builder.mutationFields((t) => ({
  createLeistung: t.field({
    type: CreateLeistungPayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateLeistungInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await createLeistung(ctx.prisma, ctx.viewer, input) }),
  }),
  updateLeistung: t.field({
    type: UpdateLeistungPayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateLeistungInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await updateLeistung(ctx.prisma, ctx.viewer, input) }),
  }),
  deleteLeistung: t.field({
    type: DeleteLeistungPayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: DeleteLeistungInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ deletedId: input.id, aktId: await deleteLeistung(ctx.prisma, ctx.viewer, input) }),
  }),
}));
