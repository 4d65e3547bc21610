// The client's payments on a Honorarnote, its paid/open state, and the write-off of what stays
// open. The state is computed from the payment rows, loaded with the note (no query per note).
import { zahlungsstand, ZAHLUNGSSTATUS } from '../server/domain/honorarzahlung.js';
import { isId } from '../server/domain/validation.js';
import { erfasseHonorarzahlung, NOTEN_STAND_SELECT, notenDaten, schreibeHonorarnoteAb, stornoHonorarzahlung } from '../server/services/honorarzahlungen.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, objectPayload } from './payload.js';

const Zahlungsstatus = builder.enumType('Zahlungsstatus', {
  values: {
    OFFEN: { description: 'Nothing paid yet.' },
    TEILBEZAHLT: { description: 'Partly paid; offenerBetrag is the rest.' },
    BEZAHLT: { description: 'Paid in full (bezahltAm: the date of the payment that closed it).' },
    ABGESCHRIEBEN: { description: 'What was open is written off (schreibeHonorarnoteAb); nothing counts as open.' },
    STORNIERT: { description: 'Cancelled by a Stornorechnung, or the Stornorechnung itself: nothing is owed.' },
  } satisfies Record<(typeof ZAHLUNGSSTATUS)[number], { description: string }>,
});

builder.prismaObject('Honorarzahlung', {
  description: 'A payment of the client on a Honorarnote. Never edited; a wrong one is reversed (storniertAm) and entered again.',
  fields: (t) => ({
    id: t.exposeID('id'),
    betrag: t.expose('betrag', { type: 'Decimal' }),
    bezahltAm: t.expose('bezahltAm', { type: 'Date' }),
    verwendungszweck: t.exposeString('verwendungszweck', { nullable: true }),
    angelegtAm: t.expose('angelegtAm', { type: 'DateTime' }),
    storniertAm: t.expose('storniertAm', { type: 'DateTime', nullable: true }),
    stornoGrund: t.exposeString('stornoGrund', { nullable: true }),
    honorarnote: t.relation('honorarnote'),
  }),
});

builder.prismaObject('HonorarnoteAbschreibung', {
  description: 'The write-off of what was open on a Honorarnote: how much, why, who and when.',
  fields: (t) => ({
    betrag: t.expose('betrag', { type: 'Decimal', description: 'What was open when it was written off.' }),
    grund: t.exposeString('grund'),
    am: t.expose('am', { type: 'DateTime' }),
    benutzer: t.relation('benutzer', { nullable: true }),
  }),
});

const ZAHLUNGEN_ORDER = [{ bezahltAm: 'asc' as const }, { angelegtAm: 'asc' as const }];
// One selection for every computed field, so plugin-prisma merges them into one load with the note.
const stand = NOTEN_STAND_SELECT;

builder.prismaObjectFields('Honorarnote', (t) => ({
  honorarzahlungen: t.relation('honorarzahlungen', { description: 'The client’s payments, reversed ones included, oldest first.', query: { orderBy: ZAHLUNGEN_ORDER } }),
  zahlungsstatus: t.field({ type: Zahlungsstatus, select: stand, resolve: (n) => zahlungsstand(notenDaten(n)).status }),
  bezahlterBetrag: t.field({ type: 'Decimal', description: 'The sum of the uncancelled payments.', select: stand, resolve: (n) => zahlungsstand(notenDaten(n)).bezahlt }),
  offenerBetrag: t.field({
    type: 'Decimal',
    description: 'What the client still owes: brutto − bezahlterBetrag; 0 once BEZAHLT, ABGESCHRIEBEN or STORNIERT.',
    select: stand,
    resolve: (n) => zahlungsstand(notenDaten(n)).offen,
  }),
  bezahltAm: t.field({
    type: 'Date',
    nullable: true,
    description: 'The date of the payment that closed the note (BEZAHLT); null while open, and when written off or cancelled.',
    select: stand,
    resolve: (n) => zahlungsstand(notenDaten(n)).bezahltAm,
  }),
  abschreibung: t.relation('abschreibung', { nullable: true, description: 'The write-off, if an ADMIN wrote the open amount off.' }),
}));

builder.queryField('honorarzahlung', (t) =>
  t.prismaField({
    type: 'Honorarzahlung',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => (isId(id) ? ctx.prisma.honorarzahlung.findFirst({ ...query, where: { id, kanzleiId: ctx.viewer.kanzleiId } }) : null),
  }),
);

/** The payment and the note it was booked on, as they stand after the write. */
function zahlungPayload(name: string) {
  return builder.objectRef<{ id: string }>(name).implement({
    fields: (t) => ({
      honorarzahlung: t.prismaField({
        type: 'Honorarzahlung',
        resolve: (query, { id }, _a, ctx) => ctx.prisma.honorarzahlung.findUniqueOrThrow({ ...query, where: { id } }),
      }),
      honorarnote: t.prismaField({
        type: 'Honorarnote',
        resolve: (query, { id }, _a, ctx) => ctx.prisma.honorarnote.findFirstOrThrow({ ...query, where: { honorarzahlungen: { some: { id } } } }),
      }),
    }),
  });
}

const ErfasseHonorarzahlungInput = builder.inputType('ErfasseHonorarzahlungInput', {
  fields: (t) => ({
    honorarnoteId: t.id({ required: true }),
    betrag: t.field({ type: 'Decimal', required: true, description: 'More than 0 and at most the note’s offenerBetrag.' }),
    bezahltAm: t.field({ type: 'Date', required: true }),
    verwendungszweck: t.string({ description: 'The payment reference, at most 500 characters.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
  }),
});
const StornoHonorarzahlungInput = builder.inputType('StornoHonorarzahlungInput', {
  fields: (t) => ({ id: t.id({ required: true }), grund: t.string({ required: true, description: 'Required, at most 2000 characters.' }) }),
});
const SchreibeHonorarnoteAbInput = builder.inputType('SchreibeHonorarnoteAbInput', {
  fields: (t) => ({ honorarnoteId: t.id({ required: true }), grund: t.string({ required: true, description: 'Required, at most 2000 characters.' }) }),
});

builder.mutationFields((t) => ({
  erfasseHonorarzahlung: t.field({
    type: zahlungPayload('ErfasseHonorarzahlungPayload'),
    description: 'Records a payment of the client on a Honorarnote (partial payments allowed; more than offenerBetrag, a cancelled or written-off note: ValidationError).',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ErfasseHonorarzahlungInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await erfasseHonorarzahlung(ctx.prisma, ctx.viewer, input) }),
  }),
  stornoHonorarzahlung: t.field({
    type: zahlungPayload('StornoHonorarzahlungPayload'),
    description: 'Reverses a client payment (once, with a reason); enter the right one again with erfasseHonorarzahlung.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: StornoHonorarzahlungInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await stornoHonorarzahlung(ctx.prisma, ctx.viewer, input) }),
  }),
  schreibeHonorarnoteAb: t.field({
    type: objectPayload('SchreibeHonorarnoteAbPayload', 'honorarnote', 'Honorarnote'),
    description: 'ADMIN: writes off what is open on a Honorarnote, with a reason (recorded with who and when); the Akt can then be archived.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SchreibeHonorarnoteAbInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await schreibeHonorarnoteAb(ctx.prisma, ctx.viewer, input) }),
  }),
}));
