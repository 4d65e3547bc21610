// Bank statement import (issue 18): importiereKontoauszug, the queue of unassigned entries
// (offeneBuchungen), buchungZuordnen and buchungVerwerfen. Rules: server/services/kontoauszug.ts.
import { GraphQLError } from 'graphql';
import type { Prisma } from '../server/generated/prisma/client.js';
import type { BankbuchungStatus as BankbuchungStatusWert } from '../server/generated/prisma/enums.js';
import { parseKontoauszug, KontoauszugFormatError, MAX_KONTOAUSZUG_ZEICHEN } from '../server/domain/kontoauszug/index.js';
import { buchungVerwerfen, buchungZuordnen, FremdesKontoError, importiereAuszug } from '../server/services/kontoauszug.js';
import { fristNeuStarten } from '../server/queryCost.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { checkPageSize, connectionOptions } from './pagination.js';
import { objectPayload } from './payload.js';

const KontoauszugFormat = builder.enumType('KontoauszugFormat', {
  values: {
    CAMT053: { description: 'ISO 20022 camt.053 (account statement), .001.02 to .001.08.' },
    CAMT054: { description: 'ISO 20022 camt.054 (credit/debit notification).' },
    MT940: { description: 'SWIFT MT940 in the STUZZA format.' },
  } as const,
});

const BankbuchungStatus = builder.enumType('BankbuchungStatus', {
  values: {
    GEBUCHT: { description: 'Booked as a Zahlung or Honorarzahlung (automatically by its RF reference, or assigned by hand).' },
    VORSCHLAG: { description: 'A Rechnungsnummer or Aktenzeichen in the text suggests the target: confirm with buchungZuordnen.' },
    OFFEN: { description: 'Not assigned: waits for buchungZuordnen or buchungVerwerfen (grund says why it was not booked).' },
    VERWORFEN: { description: 'Dismissed by a user, with a reason.' },
    IGNORIERT: { description: 'Not an incoming euro payment (outgoing, foreign currency, reversal): recorded and reported, never booked.' },
  } as const,
});

builder.prismaObject('Bankbuchung', {
  description:
    'One transaction of an entry of a bank statement (a batch entry has several), or the rest of an overpayment (teil 1). ' +
    'Identified by account, bankReferenz, buchungsdatum and transaktionIndex: importing it again changes nothing.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kontoIban: t.exposeString('kontoIban'),
    bankReferenz: t.exposeString('bankReferenz', { description: 'The bank’s reference of the entry (camt AcctSvcrRef, MT940 :61:).' }),
    buchungsdatum: t.expose('buchungsdatum', { type: 'Date' }),
    valutadatum: t.expose('valutadatum', { type: 'Date', nullable: true }),
    transaktionIndex: t.exposeInt('transaktionIndex'),
    teil: t.exposeInt('teil', { description: '0, or 1 for what an overpayment left over after its Honorarnote was paid.' }),
    betrag: t.expose('betrag', { type: 'Decimal' }),
    waehrung: t.exposeString('waehrung'),
    richtung: t.exposeString('richtung', { description: 'CRDT (incoming) or DBIT (outgoing).' }),
    verwendungszweck: t.exposeString('verwendungszweck', { nullable: true }),
    strukturierteReferenz: t.exposeString('strukturierteReferenz', { nullable: true }),
    zahlerName: t.exposeString('zahlerName', { nullable: true }),
    zahlerIban: t.exposeString('zahlerIban', { nullable: true }),
    status: t.field({ type: BankbuchungStatus, resolve: (b) => b.status }),
    grund: t.exposeString('grund', { nullable: true, description: 'Why it was proposed, queued, ignored or dismissed.' }),
    akt: t.relation('akt', { nullable: true, description: 'The Akt it was booked on or is proposed for.' }),
    honorarnote: t.relation('honorarnote', { nullable: true, description: 'The Honorarnote it was booked on or is proposed for.' }),
    zahlung: t.relation('zahlung', { nullable: true }),
    honorarzahlung: t.relation('honorarzahlung', { nullable: true }),
    erledigtAm: t.expose('erledigtAm', { type: 'DateTime', nullable: true }),
    angelegtAm: t.expose('angelegtAm', { type: 'DateTime' }),
  }),
});

builder.prismaObject('KontoauszugImport', {
  description: 'One import of a bank statement file: what it held and what was done with it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    format: t.field({ type: KontoauszugFormat, resolve: (i) => i.format }),
    kontoIban: t.exposeString('kontoIban'),
    auszugId: t.exposeString('auszugId', { description: 'The statement’s own id (camt Stmt/Id, MT940 :20:).' }),
    dateiBytes: t.exposeInt('dateiBytes', { description: 'Size of the file in characters.' }),
    anzahlGebucht: t.exposeInt('anzahlGebucht'),
    anzahlVorschlag: t.exposeInt('anzahlVorschlag'),
    anzahlOffen: t.exposeInt('anzahlOffen'),
    anzahlBekannt: t.exposeInt('anzahlBekannt', { description: 'Entries imported before (by this or an earlier file): left alone.' }),
    anzahlIgnoriert: t.exposeInt('anzahlIgnoriert'),
    angelegtAm: t.expose('angelegtAm', { type: 'DateTime' }),
  }),
});

const buchungenDes = (status: 'GEBUCHT' | 'VORSCHLAG' | 'OFFEN' | 'IGNORIERT', description: string) => ({ status, description });
const LISTEN = {
  gebucht: buchungenDes('GEBUCHT', 'Booked as payments.'),
  vorgeschlagen: buchungenDes('VORSCHLAG', 'Proposals to confirm.'),
  offen: buchungenDes('OFFEN', 'Waiting in the queue (with the rest of each overpayment).'),
  ignoriert: buchungenDes('IGNORIERT', 'Outgoing, foreign-currency and reversal entries, each with its reason.'),
};
const ORDER = [{ buchungsdatum: 'asc' as const }, { bankReferenz: 'asc' as const }, { transaktionIndex: 'asc' as const }, { teil: 'asc' as const }];

const ImportiereKontoauszugPayload = builder.objectRef<{ importId: string; bekannteIds: string[] }>('ImportiereKontoauszugPayload').implement({
  description: 'What the import did: the counts (import) and the entries by outcome.',
  fields: (t) => ({
    import: t.prismaField({ type: 'KontoauszugImport', resolve: (query, p, _a, ctx) => ctx.prisma.kontoauszugImport.findUniqueOrThrow({ ...query, where: { id: p.importId } }) }),
    ...Object.fromEntries(
      Object.entries(LISTEN).map(([name, { status, description }]) => [
        name,
        t.prismaField({
          type: ['Bankbuchung'],
          description,
          resolve: (query, p, _a, ctx) => ctx.prisma.bankbuchung.findMany({ ...query, where: { importId: p.importId, status }, orderBy: ORDER }),
        }),
      ]),
    ),
    bereitsBekannt: t.prismaField({
      type: ['Bankbuchung'],
      description: 'Entries of this file imported before: as they stand, unchanged.',
      resolve: (query, p, _a, ctx) => ctx.prisma.bankbuchung.findMany({ ...query, where: { id: { in: p.bekannteIds }, kanzleiId: ctx.viewer.kanzleiId }, orderBy: ORDER }),
    }),
  }),
});

const ImportiereKontoauszugInput = builder.inputType('ImportiereKontoauszugInput', {
  fields: (t) => ({
    format: t.field({ type: KontoauszugFormat, required: true }),
    datei: t.string({ required: true, description: `The file’s text (camt: UTF-8 XML; MT940: decoded), at most ${MAX_KONTOAUSZUG_ZEICHEN / (1024 * 1024)} MB.` }),
  }),
});
const BuchungZuordnenInput = builder.inputType('BuchungZuordnenInput', {
  fields: (t) => ({
    buchungId: t.id({ required: true }),
    honorarnoteId: t.id({ description: 'Book it as a Honorarzahlung on this note (at most its offenerBetrag).' }),
    aktId: t.id({ description: 'Book it as a Zahlung on this Akt. Neither: accept the proposal.' }),
  }),
});
const BuchungVerwerfenInput = builder.inputType('BuchungVerwerfenInput', {
  fields: (t) => ({ buchungId: t.id({ required: true }), grund: t.string({ required: true, description: 'Required, at most 2000 characters.' }) }),
});

builder.mutationFields((t) => ({
  importiereKontoauszug: t.field({
    type: ImportiereKontoauszugPayload,
    description:
      'ADMIN or ANWALT: imports a bank statement of the office’s account (Kanzlei.iban) — all or nothing. An unreadable file is the error ' +
      'KONTOAUSZUG_FORMAT (extensions.fundstelle names the line or element), another account KONTOAUSZUG_FREMDES_KONTO; nothing is written then.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ImportiereKontoauszugInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      let auszug;
      try {
        auszug = parseKontoauszug(input.format, input.datei);
      } catch (e) {
        if (e instanceof KontoauszugFormatError) throw new GraphQLError(e.message, { extensions: { code: 'KONTOAUSZUG_FORMAT', fundstelle: e.fundstelle } });
        throw e;
      }
      try {
        const ergebnis = await importiereAuszug(ctx.prisma, ctx.viewer, auszug, input.datei.length);
        // A large file may take longer than a request's execution deadline; the import has committed, its lists are still answered.
        fristNeuStarten(ctx);
        return ergebnis;
      } catch (e) {
        if (e instanceof FremdesKontoError) throw new GraphQLError(e.message, { extensions: { code: 'KONTOAUSZUG_FREMDES_KONTO', kontoIban: e.kontoIban } });
        throw e;
      }
    },
  }),
  buchungZuordnen: t.field({
    type: objectPayload('BuchungZuordnenPayload', 'bankbuchung', 'Bankbuchung'),
    description: 'ADMIN or ANWALT: books a queued entry or a proposal on a Honorarnote or an Akt (neither: the proposal as proposed).',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: BuchungZuordnenInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await buchungZuordnen(ctx.prisma, ctx.viewer, input) }),
  }),
  buchungVerwerfen: t.field({
    type: objectPayload('BuchungVerwerfenPayload', 'bankbuchung', 'Bankbuchung'),
    description: 'ADMIN or ANWALT: dismisses a queued entry or a proposal, with a reason.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: BuchungVerwerfenInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await buchungVerwerfen(ctx.prisma, ctx.viewer, input) }),
  }),
}));

const BankbuchungFilter = builder.inputType('BankbuchungFilter', {
  fields: (t) => ({ status: t.field({ type: [BankbuchungStatus], description: 'Default: OFFEN and VORSCHLAG.' }) }),
});

function buchungWhere(kanzleiId: string, f: { status?: readonly string[] | null } | null | undefined): Prisma.BankbuchungWhereInput {
  const status = (f?.status?.length ? f.status : ['OFFEN', 'VORSCHLAG']) as BankbuchungStatusWert[];
  return { kanzleiId, status: { in: status } };
}

builder.queryFields((t) => ({
  offeneBuchungen: t.prismaConnection({
    type: 'Bankbuchung',
    ...connectionOptions,
    description: 'Bank entries of the office, oldest first; by default the queue (OFFEN and VORSCHLAG).',
    args: { filter: t.arg({ type: BankbuchungFilter }) },
    totalCount: (_c, args, ctx) => ctx.prisma.bankbuchung.count({ where: buchungWhere(ctx.viewer.kanzleiId, args.filter) }),
    resolve: (query, _r, args, ctx) => {
      checkPageSize(args);
      return ctx.prisma.bankbuchung.findMany({ ...query, where: buchungWhere(ctx.viewer.kanzleiId, args.filter), orderBy: [...ORDER, { id: 'asc' }] });
    },
  }),
}));
