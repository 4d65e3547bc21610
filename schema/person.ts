import { isId } from '../server/domain/validation.js';
import { loeschePersonendaten, type Personenloeschung } from '../server/services/loeschung.js';
import { createPerson, updatePerson } from '../server/services/personen.js';
import { enthaelt } from '../server/services/textsuche.js';
import type { Prisma } from '../server/generated/prisma/client.js';
import type { PersonArt as PersonArtValue } from '../server/generated/prisma/enums.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { checkPageSize, connectionOptions } from './pagination.js';
import { objectPayload } from './payload.js';

export const PersonArt = builder.enumType('PersonArt', {
  values: {
    NATUERLICHE_PERSON: { description: 'natürliche Person' },
    UNTERNEHMEN: { description: 'Unternehmen (GmbH, AG, OG, KG, e.U. …)' },
    BEHOERDE: { description: 'Gericht oder Behörde' },
  } as const,
});

export const PersonRef = builder.prismaObject('Person', {
  description: 'An entry of the address book: Klient, Gegner, court or anyone else.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kurzbezeichnung: t.exposeString('kurzbezeichnung', { description: 'Short name users type; unique in the office.' }),
    art: t.expose('art', { type: PersonArt }),
    name: t.exposeString('name'),
    strasse: t.exposeString('strasse', { nullable: true }),
    plz: t.exposeString('plz', { nullable: true }),
    ort: t.exposeString('ort', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    telefon: t.exposeString('telefon', { nullable: true }),
    uid: t.exposeString('uid', { nullable: true, description: 'UID-Nummer of a business (e.g. ATU12345678), printed on invoices to an UNTERNEHMEN.' }),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  fields: (t) => ({
    text: t.string({ description: 'Part of the name or Kurzbezeichnung, any case.' }),
    art: t.field({ type: PersonArt }),
  }),
});

function personWhere(kanzleiId: string, filter: { text?: string | null; art?: PersonArtValue | null } | null | undefined): Prisma.PersonWhereInput {
  const text = filter?.text?.trim();
  return {
    kanzleiId,
    ...(filter?.art ? { art: filter.art } : {}),
    ...(text ? { OR: [{ name: enthaelt(text) }, { kurzbezeichnung: enthaelt(text) }] } : {}),
  };
}

builder.queryFields((t) => ({
  person: t.prismaField({
    type: 'Person',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) =>
      isId(id) ? ctx.prisma.person.findFirst({ ...query, where: { id, kanzleiId: ctx.viewer.kanzleiId } }) : null,
  }),
  personen: t.prismaConnection({
    type: 'Person',
    ...connectionOptions,
    args: { filter: t.arg({ type: PersonFilter }) },
    totalCount: (_conn, args, ctx) => ctx.prisma.person.count({ where: personWhere(ctx.viewer.kanzleiId, args.filter) }),
    resolve: (query, _root, args, ctx) => {
      checkPageSize(args);
      return ctx.prisma.person.findMany({
        ...query,
        where: personWhere(ctx.viewer.kanzleiId, args.filter),
        orderBy: [{ kurzbezeichnung: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

const CreatePersonInput = builder.inputType('CreatePersonInput', {
  fields: (t) => ({
    kurzbezeichnung: t.string({ required: true }),
    name: t.string({ required: true }),
    art: t.field({ type: PersonArt, description: 'Default NATUERLICHE_PERSON.' }),
    strasse: t.string(),
    plz: t.string(),
    ort: t.string(),
    email: t.string(),
    telefon: t.string(),
    uid: t.string({ description: 'UID-Nummer: EU format (Austria ATU + 8 digits, Germany DE + 9 digits, …); blanks, dots and dashes are dropped. Required on invoices over 10 000 € gross to an UNTERNEHMEN.' }),
  }),
});

const UpdatePersonInput = builder.inputType('UpdatePersonInput', {
  description: 'Fields left out stay as they are; null clears an optional field.',
  fields: (t) => ({
    id: t.id({ required: true }),
    kurzbezeichnung: t.string(),
    name: t.string(),
    art: t.field({ type: PersonArt }),
    strasse: t.string(),
    plz: t.string(),
    ort: t.string(),
    email: t.string(),
    telefon: t.string(),
    uid: t.string({ description: 'UID-Nummer: EU format (Austria ATU + 8 digits, Germany DE + 9 digits, …); blanks, dots and dashes are dropped. Required on invoices over 10 000 € gross to an UNTERNEHMEN.' }),
  }),
});

const CreatePersonPayload = objectPayload('CreatePersonPayload', 'person', 'Person');
const UpdatePersonPayload = objectPayload('UpdatePersonPayload', 'person', 'Person');

const LoeschePersonendatenInput = builder.inputType('LoeschePersonendatenInput', { fields: (t) => ({ personId: t.id({ required: true }) }) });

const LoeschePersonendatenPayload = builder.objectRef<Personenloeschung>('LoeschePersonendatenPayload').implement({
  fields: (t) => ({
    person: t.prismaField({
      type: 'Person',
      description: 'The Person as it is now: anonymised.',
      resolve: (query, { personId }, _args, ctx) => ctx.prisma.person.findUniqueOrThrow({ ...query, where: { id: personId } }),
    }),
    anonymisierteAnfragen: t.exposeInt('anonymisierteAnfragen', { description: 'Mandatsanfragen of the Person (same e-mail or name) anonymised with it.' }),
    geschwaerzteEintraege: t.exposeInt('geschwaerzteEintraege', { description: 'Audit entries whose personal values were replaced by "[gelöscht]".' }),
  }),
});

builder.mutationFields((t) => ({
  loeschePersonendaten: t.field({
    type: LoeschePersonendatenPayload,
    description:
      'ADMIN, GDPR Art. 17: anonymises a Person no Akt names any more, and the Mandatsanfragen they sent, and redacts their values in the audit ' +
      'trail (an entry with action REDACT records the erasure). A ValidationError while an Akt names the Person.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: LoeschePersonendatenInput, required: true }) },
    resolve: (_root, { input }, ctx) => loeschePersonendaten(ctx.prisma, ctx.viewer, input),
  }),
  createPerson: t.field({
    type: CreatePersonPayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await createPerson(ctx.prisma, ctx.viewer, input) }),
  }),
  updatePerson: t.field({
    type: UpdatePersonPayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdatePersonInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await updatePerson(ctx.prisma, ctx.viewer, input) }),
  }),
}));
