import { revokeApiKey, updateKanzlei } from '../server/services/kanzleien.js';
import { objectPayload } from './payload.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';

export const Rolle = builder.enumType('Rolle', { values: ['ADMIN', 'ANWALT', 'SACHBEARBEITER'] as const });

builder.prismaObject('Kanzlei', {
  description: 'The office (tenant). Every object belongs to exactly one.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    anschrift: t.exposeString('anschrift', { nullable: true }),
    uid: t.exposeString('uid', { nullable: true, description: 'UID-Nummer, printed on invoices.' }),
    iban: t.exposeString('iban', { nullable: true, description: 'The office\'s account for payments (no spaces), printed on invoices and in their EPC QR code.' }),
    bic: t.exposeString('bic', { nullable: true, description: 'BIC of that account (optional in the EPC QR code).' }),
    email: t.exposeString('email', { nullable: true }),
    telefon: t.exposeString('telefon', { nullable: true }),
    zahlungszielTage: t.exposeInt('zahlungszielTage', { description: 'Payment term of invoices.' }),
  }),
});

const UpdateKanzleiInput = builder.inputType('UpdateKanzleiInput', {
  description: 'Letterhead and payment term of invoices; null clears a field. An invoice is issued only when the office has its Anschrift and UID-Nummer (UStG § 11); what an issued invoice printed does not change with them.',
  fields: (t) => ({
    anschrift: t.string({ description: 'Postal address, as printed (lines separated by a comma or a line break).' }),
    uid: t.string({ description: 'UID-Nummer, EU format (e.g. ATU12345678).' }),
    iban: t.string({ description: 'IBAN, with or without spaces; checked by its check digits (ISO 13616).' }),
    bic: t.string({ description: 'BIC of the account, 8 or 11 characters.' }),
    email: t.string(),
    telefon: t.string(),
    zahlungszielTage: t.int(),
  }),
});

builder.mutationField('updateKanzlei', (t) =>
  t.field({
    type: objectPayload('UpdateKanzleiPayload', 'kanzlei', 'Kanzlei'),
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateKanzleiInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await updateKanzlei(ctx.prisma, ctx.viewer, input) }),
  }),
);

builder.prismaObject('Benutzer', {
  description: 'A user of the office, known by a short Kürzel such as "MM".',
  fields: (t) => ({
    id: t.exposeID('id'),
    kuerzel: t.exposeString('kuerzel'),
    name: t.exposeString('name'),
    rolle: t.expose('rolle', { type: Rolle }),
    sachgebiete: t.exposeStringList('sachgebiete'),
    kanzlei: t.relation('kanzlei'),
  }),
});

builder.prismaObject('ApiKey', {
  description: 'An API key. Only its visible prefix is stored in clear.',
  fields: (t) => ({
    id: t.exposeID('id'),
    prefix: t.exposeString('prefix'),
    angelegtAm: t.expose('angelegtAm', { type: 'DateTime' }),
    widerrufenAm: t.expose('widerrufenAm', { type: 'DateTime', nullable: true }),
    partner: t.exposeBoolean('nurPersistiert', { description: 'A partner key: may run only the SDK’s persisted operations.' }),
    benutzer: t.relation('benutzer'),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: 'Benutzer',
    description: 'The user behind the API key of this request.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.benutzer.findUniqueOrThrow({ ...query, where: { id: ctx.viewer.benutzerId } }),
  }),
  benutzer: t.prismaField({
    type: ['Benutzer'],
    description: "The office's users, by Kürzel.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.benutzer.findMany({ ...query, where: { kanzleiId: ctx.viewer.kanzleiId }, orderBy: { kuerzel: 'asc' } }),
  }),
  apiKeys: t.prismaField({
    type: ['ApiKey'],
    description: 'Your own API keys; for an ADMIN, every key of the office.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.apiKey.findMany({
        ...query,
        where:
          ctx.viewer.rolle === 'ADMIN'
            ? { benutzer: { kanzleiId: ctx.viewer.kanzleiId } }
            : { benutzerId: ctx.viewer.benutzerId },
        orderBy: { angelegtAm: 'asc' },
      }),
  }),
}));

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const RevokeApiKeyPayload = builder.objectRef<{ id: string }>('RevokeApiKeyPayload').implement({
  fields: (t) => ({
    apiKey: t.prismaField({
      type: 'ApiKey',
      resolve: (query, { id }, _args, ctx) => ctx.prisma.apiKey.findUniqueOrThrow({ ...query, where: { id } }),
    }),
  }),
});

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: RevokeApiKeyPayload,
    description: 'Revokes an API key at once. Your own keys; an ADMIN any key of the office.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await revokeApiKey(ctx.prisma, ctx.viewer, input) }),
  }),
);
