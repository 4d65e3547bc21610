// Communication log, client updates, archive and retention of an Akt; the office overview.
import type { AktStatus as AktStatusValue } from '../server/generated/prisma/enums.js';
import { archiviereAkt, loescheAbgelaufeneAkten, setRechtlicheSperre, type Loeschbericht } from '../server/services/archiv.js';
import { createKommunikation } from '../server/services/kommunikation.js';
import { AktStatus } from './akt.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { connectionOptions } from './pagination.js';
import { objectPayload } from './payload.js';

const Kanal = builder.enumType('Kanal', { values: ['EMAIL', 'TELEFON', 'VIDEO', 'BRIEF', 'PERSOENLICH'] as const });
const Richtung = builder.enumType('Richtung', { values: ['EINGEHEND', 'AUSGEHEND', 'INTERN'] as const });

builder.prismaObject('Kommunikation', {
  description: 'A contact logged on an Akt.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kanal: t.expose('kanal', { type: Kanal }),
    richtung: t.expose('richtung', { type: Richtung }),
    am: t.expose('am', { type: 'DateTime' }),
    benutzer: t.relation('benutzer', { nullable: true }),
    betreff: t.exposeString('betreff'),
    text: t.exposeString('text', { nullable: true }),
    fuerMandant: t.exposeBoolean('fuerMandant', { description: 'An update meant for the client.' }),
  }),
});

const NEUESTE_ZUERST = [{ am: 'desc' as const }, { id: 'desc' as const }];

builder.prismaObjectFields('Akt', (t) => ({
  kommunikation: t.relatedConnection('kommunikation', { ...connectionOptions, totalCount: true, description: 'The communication log, newest first.', query: { orderBy: NEUESTE_ZUERST } }),
  mandantenUpdates: t.relatedConnection('kommunikation', {
    ...connectionOptions,
    // Counted in the Akt's own statement (a filtered _count), not one statement per Akt.
    totalCount: true,
    description: 'Updates meant for the client, newest first.',
    query: { where: { fuerMandant: true }, orderBy: NEUESTE_ZUERST },
  }),
  archiviertAm: t.expose('archiviertAm', { type: 'DateTime', nullable: true }),
  aufbewahrenBis: t.expose('aufbewahrenBis', { type: 'Date', nullable: true, description: 'Retention deadline: not deleted before.' }),
  rechtlicheSperreBis: t.expose('rechtlicheSperreBis', { type: 'Date', nullable: true, description: 'Legal hold.' }),
}));

const StatusAnzahl = builder.objectRef<{ status: AktStatusValue; anzahl: number }>('AktStatusAnzahl').implement({
  fields: (t) => ({ status: t.field({ type: AktStatus, resolve: (x) => x.status }), anzahl: t.exposeInt('anzahl') }),
});
const Statistik = builder.objectRef<{ gesamt: number; nachStatus: { status: AktStatusValue; anzahl: number }[] }>('AktenStatistik').implement({
  fields: (t) => ({ gesamt: t.exposeInt('gesamt'), nachStatus: t.field({ type: [StatusAnzahl], description: 'Every status, also with 0.', resolve: (s) => s.nachStatus }) }),
});

builder.queryField('aktenStatistik', (t) =>
  t.field({
    type: Statistik,
    description: 'Akten of the office by status (one grouped query).',
    resolve: async (_r, _a, ctx) => {
      const rows = await ctx.prisma.akt.groupBy({ by: ['status'], where: { kanzleiId: ctx.viewer.kanzleiId }, _count: { _all: true } });
      const anzahl = new Map(rows.map((r) => [r.status, r._count._all]));
      const nachStatus = (['ANGELEGT', 'IN_BEARBEITUNG', 'ABGESCHLOSSEN', 'ARCHIVIERT'] as const).map((status) => ({ status, anzahl: anzahl.get(status) ?? 0 }));
      return { gesamt: nachStatus.reduce((s, x) => s + x.anzahl, 0), nachStatus };
    },
  }),
);

const CreateKommunikationInput = builder.inputType('CreateKommunikationInput', {
  fields: (t) => ({
    aktId: t.id({ required: true }),
    kanal: t.field({ type: Kanal, required: true }),
    richtung: t.field({ type: Richtung, required: true }),
    am: t.field({ type: 'DateTime', description: 'Default: now.' }),
    betreff: t.string({ required: true }),
    text: t.string(),
    fuerMandant: t.boolean({ description: 'An update meant for the client (default false).' }),
  }),
});
const ArchiviereAktInput = builder.inputType('ArchiviereAktInput', {
  fields: (t) => ({ aktId: t.id({ required: true }), version: t.int({ required: true }), rechtlicheSperreBis: t.field({ type: 'Date', description: 'Legal hold, if any.' }) }),
});
const SetRechtlicheSperreInput = builder.inputType('SetRechtlicheSperreInput', {
  fields: (t) => ({ aktId: t.id({ required: true }), rechtlicheSperreBis: t.field({ type: 'Date', description: 'null lifts the hold.' }) }),
});
const LoescheInput = builder.inputType('LoescheAbgelaufeneAktenInput', {
  fields: (t) => ({
    stichtag: t.field({ type: 'Date', description: 'Default: today; a day after today is a ValidationError.' }),
    nurVorschau: t.boolean({ description: 'Dry run: report what would be deleted and anonymised, change nothing (default false).' }),
  }),
});
const LoeschPayload = builder.objectRef<Loeschbericht>('LoescheAbgelaufeneAktenPayload').implement({
  fields: (t) => ({
    stichtag: t.exposeString('stichtag'),
    vorschau: t.exposeBoolean('vorschau', { description: 'True for a dry run (nurVorschau): nothing was deleted.' }),
    geloeschteAkten: t.exposeStringList('geloeschteAkten', { description: 'Aktenzeichen of the deleted Akten.' }),
    anonymisiertePersonen: t.exposeInt('anonymisiertePersonen'),
    anonymisierteAnfragen: t.exposeInt('anonymisierteAnfragen'),
  }),
});

builder.mutationFields((t) => ({
  createKommunikation: t.field({
    type: objectPayload('CreateKommunikationPayload', 'kommunikation', 'Kommunikation'),
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateKommunikationInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await createKommunikation(ctx.prisma, ctx.viewer, input) }),
  }),
  archiviereAkt: t.field({
    type: objectPayload('ArchiviereAktPayload', 'akt', 'Akt'),
    description: 'Archives a closed Akt: read-only from now, with its retention deadline (RAO § 12: 5 years after the representation ended; legal hold).',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ArchiviereAktInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await archiviereAkt(ctx.prisma, ctx.viewer, input) }),
  }),
  setRechtlicheSperre: t.field({
    type: objectPayload('SetRechtlicheSperrePayload', 'akt', 'Akt'),
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SetRechtlicheSperreInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await setRechtlicheSperre(ctx.prisma, ctx.viewer, input) }),
  }),
  loescheAbgelaufeneAkten: t.field({
    type: LoeschPayload,
    description: 'ADMIN: deletes archived Akten whose retention deadline and legal hold lie before the Stichtag (at most today) and anonymises their parties; reports what. With nurVorschau only reports.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: LoescheInput }) },
    resolve: (_r, { input }, ctx) => loescheAbgelaufeneAkten(ctx.prisma, ctx.viewer, input ?? {}),
  }),
}));
