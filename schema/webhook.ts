// Webhooks (Standard Webhooks): an office's ADMIN subscribes partner endpoints to events and
// reads the delivery log. Thin: the rules are in server/services/webhooks.ts, the sending in
// server/webhooks/zustellung.ts. The signing secret is returned once (create, rotate), never read.
import { GraphQLError } from 'graphql';
import type { Prisma } from '../server/generated/prisma/client.js';
import { isId } from '../server/domain/validation.js';
import { EREIGNIS_TYPEN, type EreignisTyp } from '../server/webhooks/ereignisse.js';
import { createWebhook, deleteWebhook, rotateWebhookSecret, updateWebhook, zustellungWiederholen } from '../server/services/webhooks.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { checkPageSize, connectionOptions } from './pagination.js';
import { objectPayload } from './payload.js';

/** 'akt.status_geaendert' ↔ AKT_STATUS_GEAENDERT */
const enumName = (typ: string) => typ.toUpperCase().replace(/\./g, '_');

export const WebhookEreignisTyp = builder.enumType('WebhookEreignisTyp', {
  description: 'An event a webhook can subscribe to; a delivery’s `type` is the value in quotes, e.g. "akt.angelegt".',
  values: Object.fromEntries(EREIGNIS_TYPEN.map((typ) => [enumName(typ), { value: typ, description: `"${typ}"` }])) as Record<string, { value: EreignisTyp }>,
});

const WebhookStatus = builder.enumType('WebhookStatus', {
  values: {
    AKTIV: { description: 'Deliveries are sent.' },
    PAUSIERT: { description: 'Deliveries wait (none is lost): paused by an ADMIN, or by the server after three days of failures (`pausiertGrund`).' },
  } as const,
});

const ZustellungStatus = builder.enumType('WebhookZustellungStatus', {
  values: {
    AUSSTEHEND: { description: 'Waiting for its (next) attempt.' },
    ZUGESTELLT: { description: 'The endpoint answered 2xx.' },
    AUFGEGEBEN: { description: 'Failed for three days; its webhook was paused. Re-activating the webhook or `zustellungWiederholen` sends it again.' },
  } as const,
});

const bekannteTypen = (liste: string[]): EreignisTyp[] => liste.filter((t): t is EreignisTyp => (EREIGNIS_TYPEN as readonly string[]).includes(t));

builder.prismaObject('Webhook', {
  description: 'A partner endpoint that receives the office’s events, signed (Standard Webhooks). The secret is shown only by createWebhook and rotateWebhookSecret.',
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    beschreibung: t.exposeString('beschreibung', { nullable: true }),
    ereignisse: t.field({ type: [WebhookEreignisTyp], select: { ereignisse: true }, resolve: (w) => bekannteTypen(w.ereignisse) }),
    status: t.expose('status', { type: WebhookStatus }),
    pausiertAm: t.expose('pausiertAm', { type: 'DateTime', nullable: true }),
    pausiertGrund: t.exposeString('pausiertGrund', { nullable: true, description: 'Why it is paused: who paused it, or which delivery failed since when and how.' }),
    vorherigesSecretGueltigBis: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'After a rotation: until when deliveries are also signed with the previous secret.',
      select: { vorherigesSecretBis: true },
      resolve: (w) => (w.vorherigesSecretBis && w.vorherigesSecretBis > new Date() ? w.vorherigesSecretBis : null),
    }),
    angelegtAm: t.expose('angelegtAm', { type: 'DateTime' }),
    geaendertAm: t.expose('geaendertAm', { type: 'DateTime' }),
  }),
});

builder.prismaObject('WebhookZustellung', {
  description: 'One event to one webhook, with its attempts.',
  fields: (t) => ({
    id: t.exposeID('id'),
    nachrichtId: t.string({
      description: 'The `webhook-id` header ("msg_" + the event’s id): the same on every attempt, for the receiver to deduplicate.',
      select: { ereignisId: true },
      resolve: (z) => `msg_${z.ereignisId}`,
    }),
    ereignisId: t.exposeID('ereignisId'),
    ereignisTyp: t.field({ type: WebhookEreignisTyp, select: { ereignis: { select: { typ: true } } }, resolve: (z) => z.ereignis.typ as EreignisTyp }),
    ereignisZeitpunkt: t.field({ type: 'DateTime', select: { ereignis: { select: { zeitpunkt: true } } }, resolve: (z) => z.ereignis.zeitpunkt }),
    status: t.expose('status', { type: ZustellungStatus }),
    versuche: t.exposeInt('versuche', { description: 'Attempts so far, in all.' }),
    letzterVersuchAm: t.expose('letzterVersuchAm', { type: 'DateTime', nullable: true }),
    letzterStatusCode: t.exposeInt('letzterStatusCode', { nullable: true, description: 'The HTTP status of the last answer; null when there was none (refused, timed out).' }),
    letzterFehler: t.exposeString('letzterFehler', { nullable: true }),
    naechsterVersuchAm: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'While AUSSTEHEND: when it is tried next (its webhook must be AKTIV).',
      select: { status: true, naechsterVersuchAm: true },
      resolve: (z) => (z.status === 'AUSSTEHEND' ? z.naechsterVersuchAm : null),
    }),
    zugestelltAm: t.expose('zugestelltAm', { type: 'DateTime', nullable: true }),
    angelegtAm: t.expose('angelegtAm', { type: 'DateTime' }),
  }),
});

/** Webhooks are the office's configuration and carry its data out: reading them is for ADMINs. */
function nurAdmin(rolle: string): void {
  if (rolle !== 'ADMIN') throw new GraphQLError('Nur ein ADMIN darf Webhooks sehen.', { extensions: { code: 'FORBIDDEN' } });
}

builder.queryField('webhooks', (t) =>
  t.prismaField({
    type: ['Webhook'],
    description: 'ADMIN: the office’s webhooks, oldest first (at most 20).',
    resolve: (query, _root, _args, ctx) => {
      nurAdmin(ctx.viewer.rolle);
      return ctx.prisma.webhook.findMany({ ...query, where: { kanzleiId: ctx.viewer.kanzleiId }, orderBy: [{ angelegtAm: 'asc' }, { id: 'asc' }] });
    },
  }),
);

function zustellungenWhere(kanzleiId: string, webhookId: string, status: readonly string[] | null | undefined): Prisma.WebhookZustellungWhereInput {
  if (!isId(webhookId)) return { id: { in: [] } };
  return { kanzleiId, webhookId, status: status?.length ? { in: status as Prisma.EnumZustellungStatusFilter['in'] } : undefined };
}

builder.queryField('webhookZustellungen', (t) =>
  t.prismaConnection({
    type: 'WebhookZustellung',
    ...connectionOptions,
    description: 'ADMIN: a webhook’s delivery log, newest first. Another office’s webhook has none.',
    args: {
      webhookId: t.arg.id({ required: true }),
      status: t.arg({ type: [ZustellungStatus], description: 'Only these states (default: all).' }),
    },
    totalCount: (_conn, args, ctx) => {
      nurAdmin(ctx.viewer.rolle);
      return ctx.prisma.webhookZustellung.count({ where: zustellungenWhere(ctx.viewer.kanzleiId, args.webhookId, args.status) });
    },
    resolve: (query, _root, args, ctx) => {
      nurAdmin(ctx.viewer.rolle);
      checkPageSize(args);
      return ctx.prisma.webhookZustellung.findMany({
        ...query,
        where: zustellungenWhere(ctx.viewer.kanzleiId, args.webhookId, args.status),
        orderBy: [{ angelegtAm: 'desc' }, { id: 'desc' }],
      });
    },
  }),
);

const CreateWebhookInput = builder.inputType('CreateWebhookInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'https (http and local addresses only with the operator setting WEBHOOK_LOKALE_ZIELE); at most 2000 characters.' }),
    ereignisse: t.field({ type: [WebhookEreignisTyp], required: true, description: 'At least one, none twice.' }),
    beschreibung: t.string({ description: 'At most 500 characters.' }),
  }),
});

const UpdateWebhookInput = builder.inputType('UpdateWebhookInput', {
  description: 'Fields left out stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true }),
    url: t.string(),
    ereignisse: t.field({ type: [WebhookEreignisTyp] }),
    beschreibung: t.string({ description: 'null or "" clears it.' }),
    status: t.field({
      type: WebhookStatus,
      description: 'PAUSIERT: deliveries wait. AKTIV again: every undelivered delivery (the given-up ones too) is sent now, with a fresh three days.',
    }),
  }),
});

const ByIdInput = (name: string) => builder.inputType(name, { fields: (t) => ({ id: t.id({ required: true }) }) });

const ZustellungWiederholenInput = builder.inputType('ZustellungWiederholenInput', {
  fields: (t) => ({ zustellungId: t.id({ required: true }) }),
});

const secretPayload = (name: string) =>
  builder.objectRef<{ id: string; secret: string }>(name).implement({
    fields: (t) => ({
      webhook: t.prismaField({ type: 'Webhook', resolve: (query, { id }, _a, ctx) => ctx.prisma.webhook.findUniqueOrThrow({ ...query, where: { id } }) }),
      secret: t.exposeString('secret', {
        description: 'The signing secret ("whsec_…", Standard Webhooks), shown only now: keep it to verify the `webhook-signature` of each delivery.',
      }),
    }),
  });

const DeleteWebhookPayload = builder.objectRef<{ id: string }>('DeleteWebhookPayload').implement({
  fields: (t) => ({ deletedId: t.exposeID('id') }),
});

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: secretPayload('CreateWebhookPayload'),
    description: 'Subscribes an endpoint to events (ADMIN). Returns the signing secret once.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateWebhookInput, required: true }) },
    resolve: (_r, { input }, ctx) => createWebhook(ctx.prisma, ctx.viewer, ctx.webhookZiele, input),
  }),
  updateWebhook: t.field({
    type: objectPayload('UpdateWebhookPayload', 'webhook', 'Webhook'),
    description: 'Changes URL, events or description, pauses or re-activates a webhook (ADMIN).',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateWebhookInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await updateWebhook(ctx.prisma, ctx.viewer, ctx.webhookZiele, input) }),
  }),
  deleteWebhook: t.field({
    type: DeleteWebhookPayload,
    description: 'Deletes a webhook and its delivery log (ADMIN); nothing more is sent to it.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ByIdInput('DeleteWebhookInput'), required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await deleteWebhook(ctx.prisma, ctx.viewer, input) }),
  }),
  rotateWebhookSecret: t.field({
    type: secretPayload('RotateWebhookSecretPayload'),
    description: 'A new signing secret, returned once (ADMIN). For 24 hours every delivery carries a signature with the previous one as well.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ByIdInput('RotateWebhookSecretInput'), required: true }) },
    resolve: (_r, { input }, ctx) => rotateWebhookSecret(ctx.prisma, ctx.viewer, input),
  }),
  zustellungWiederholen: t.field({
    type: objectPayload('ZustellungWiederholenPayload', 'zustellung', 'WebhookZustellung'),
    description: 'Sends a delivery again now, also a given-up or delivered one (ADMIN), with a fresh backoff series.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ZustellungWiederholenInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await zustellungWiederholen(ctx.prisma, ctx.viewer, input) }),
  }),
}));
