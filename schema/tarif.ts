// Tariffs: the RATG tables, the dunning tariffs (Tariftabelle), the Leistungstabelle, postage,
// `Akt.mahnkosten` and the instalment agreement it can be based on.
import { GraphQLError } from 'graphql';
import { heute, isoDate } from '../server/domain/dates.js';
import type { Decimal } from '../server/domain/money.js';
import type { Mahnkosten, MahnkostenPosition } from '../server/tarif/mahnkosten.js';
import { parseRatgTabelle as parseTabelle } from '../server/services/tarifdaten.js';
import type { Tarifdaten } from '../server/tarif/preise.js';
import { RATG_POSTEN, TARIFPOST_BEZEICHNUNG, tabelleAm, TARIFPOSTEN, TarifError, tarifpostBetrag, type RatgPost, type RatgTabelle } from '../server/tarif/ratg.js';
import { copyTarif, setLeistungsart, setPorto, setRatenvereinbarung, updateTarif, valorisiereRatg } from '../server/services/tarife.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { MAHNKOSTEN_SELECT, mahnkostenDesAkts, type MahnkostenAkt } from '../server/services/aktBetraege.js';
import { objectPayload } from './payload.js';

export const TarifpostEnum = builder.enumType('Tarifpost', {
  values: Object.fromEntries(TARIFPOSTEN.map((p) => [p, { description: TARIFPOST_BEZEICHNUNG[p] }])) as Record<
    (typeof TARIFPOSTEN)[number],
    { description: string }
  >,
});

/** A TarifError in a query: a typed GraphQL error naming the argument, never a made-up number. */
function tarifFehler<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof TarifError) {
      throw new GraphQLError(error.message, { extensions: { code: 'TARIF_ERROR', field: error.field } });
    }
    throw error;
  }
}

builder.prismaObject('TarifPosition', {
  fields: (t) => ({
    reihenfolge: t.exposeInt('reihenfolge'),
    tarifpost: t.expose('post', { type: TarifpostEnum }),
    zuschlag: t.exposeBoolean('zuschlag', { description: 'With the 50 % Informationszuschlag.' }),
    anzahl: t.exposeInt('anzahl'),
  }),
});

builder.prismaObject('Tarif', {
  description: 'A dunning tariff (Tariftabelle), e.g. MAK: ordered RATG postings plus postage.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    porto: t.exposeBoolean('porto', { description: 'Whether the postage setting is added.' }),
    positionen: t.relation('positionen', { query: { orderBy: { reihenfolge: 'asc' } } }),
  }),
});

builder.prismaObject('Leistungsart', {
  description: 'A row of the Leistungstabelle: a Leistungskürzel and the Tarif or RATG post that prices it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kuerzel: t.exposeString('kuerzel'),
    name: t.exposeString('name'),
    tarif: t.relation('tarif', { nullable: true }),
    ratgPost: t.expose('ratgPost', { type: TarifpostEnum, nullable: true }),
    nachDauer: t.exposeBoolean('nachDauer', { description: 'Priced by zeitMinuten (TP 8 per half hour, TP 2/3 per hearing hour).' }),
  }),
});

builder.prismaObject('PortoSatz', {
  fields: (t) => ({
    gueltigAb: t.expose('gueltigAb', { type: 'Date' }),
    betrag: t.expose('betrag', { type: 'Decimal' }),
    bezeichnung: t.exposeString('bezeichnung', { nullable: true }),
  }),
});

builder.prismaObject('Ratenvereinbarung', {
  description: 'Instalment agreement: `anzahl` instalments of `rate`, from `ersteFaelligkeit` every `intervallMonate` months.',
  fields: (t) => ({
    rate: t.expose('rate', { type: 'Decimal' }),
    anzahl: t.exposeInt('anzahl'),
    ersteFaelligkeit: t.expose('ersteFaelligkeit', { type: 'Date' }),
    intervallMonate: t.exposeInt('intervallMonate'),
  }),
});

// RATG table versions, read-only figures.
type PostZeile = { tarifpost: RatgPost; t: RatgTabelle['posten'][RatgPost] };
const Stufe = builder.objectRef<[Decimal, Decimal]>('RatgStufe').implement({
  fields: (t) => ({
    bis: t.field({ type: 'Decimal', description: 'Upper bound of the BG, inclusive.', resolve: (s) => s[0] }),
    betrag: t.field({ type: 'Decimal', resolve: (s) => s[1] }),
  }),
});
const Schritt = builder.objectRef<RatgTabelle['posten']['TP1']['schritte'][number]>('RatgSchritt').implement({
  description: '`betrag` for each started `je` € of the BG above `ueber` (up to `bis`); without `je`: once.',
  fields: (t) => ({
    ueber: t.field({ type: 'Decimal', resolve: (s) => s.ueber }),
    bis: t.field({ type: 'Decimal', nullable: true, resolve: (s) => s.bis }),
    je: t.field({ type: 'Decimal', nullable: true, resolve: (s) => s.je }),
    betrag: t.field({ type: 'Decimal', resolve: (s) => s.betrag }),
  }),
});
const Promille = builder.objectRef<RatgTabelle['posten']['TP1']['promille'][number]>('RatgPromille').implement({
  fields: (t) => ({
    ueber: t.field({ type: 'Decimal', resolve: (s) => s.ueber }),
    bis: t.field({ type: 'Decimal', nullable: true, resolve: (s) => s.bis }),
    satz: t.field({ type: 'Decimal', description: 'Per mille of the part of the BG in the range.', resolve: (s) => s.satz }),
  }),
});
const PostTabelle = builder.objectRef<PostZeile>('RatgPostTabelle').implement({
  fields: (t) => ({
    tarifpost: t.expose('tarifpost', { type: TarifpostEnum }),
    stufen: t.field({ type: [Stufe], resolve: (p) => p.t.stufen }),
    schritte: t.field({ type: [Schritt], resolve: (p) => p.t.schritte }),
    promille: t.field({ type: [Promille], resolve: (p) => p.t.promille }),
    hoechstens: t.field({ type: 'Decimal', resolve: (p) => p.t.hoechstens }),
    hoechstensWeitereStunde: t.field({ type: 'Decimal', nullable: true, resolve: (p) => p.t.hoechstensWeitereStunde }),
  }),
});
const RatgTabelleType = builder.objectRef<RatgTabelle>('RatgTabelle').implement({
  description: 'One version of the RATG figures, in force from `gueltigAb` until the next version.',
  fields: (t) => ({
    gueltigAb: t.exposeString('gueltigAb'),
    bezeichnung: t.exposeString('bezeichnung'),
    posten: t.field({ type: [PostTabelle], resolve: (tab) => RATG_POSTEN.map((p) => ({ tarifpost: p, t: tab.posten[p] })) }),
    tp8KurzAnteil: t.field({ type: 'Decimal', resolve: (tab) => tab.tp8Kurz.anteil }),
    tp8KurzHoechstens: t.field({ type: 'Decimal', resolve: (tab) => tab.tp8Kurz.hoechstens }),
    einheitssatzGrenze: t.field({ type: 'Decimal', resolve: (tab) => tab.einheitssatz.grenze }),
    einheitssatzBisGrenze: t.field({ type: 'Decimal', resolve: (tab) => tab.einheitssatz.bisGrenze }),
    einheitssatzDarueber: t.field({ type: 'Decimal', resolve: (tab) => tab.einheitssatz.darueber }),
    ervErstmalig: t.field({ type: 'Decimal', resolve: (tab) => tab.erv.erstmalig }),
    ervWeitere: t.field({ type: 'Decimal', resolve: (tab) => tab.erv.weitere }),
    ust: t.field({ type: 'Decimal', resolve: (tab) => tab.ust }),
  }),
});

const MahnkostenPositionType = builder.objectRef<MahnkostenPosition>('MahnkostenPosition').implement({
  fields: (t) => ({
    tarifpost: t.expose('tarifpost', { type: TarifpostEnum }),
    bezeichnung: t.exposeString('bezeichnung'),
    grundbetrag: t.expose('grundbetrag', { type: 'Decimal', description: 'The post per piece.' }),
    zuschlag: t.expose('zuschlag', { type: 'Decimal', description: '50 % Informationszuschlag per piece (0 without).' }),
    anzahl: t.exposeInt('anzahl'),
    betrag: t.expose('betrag', { type: 'Decimal', description: '(grundbetrag + zuschlag) × anzahl' }),
  }),
});

const BgQuelle = builder.enumType('BemessungsgrundlageQuelle', {
  values: {
    HAUPTFORDERUNGEN: { description: 'Sum of the Akt’s Hauptforderungen.' },
    AKT: { description: 'The Akt’s own Bemessungsgrundlage (it has no Forderung).' },
    RATE: { description: 'One instalment of the Ratenvereinbarung (Ratenmahnung).' },
  } as const,
});

const MahnkostenType = builder.objectRef<Mahnkosten>('Mahnkosten').implement({
  description: 'Dunning costs under a tariff with the full breakdown (mahnkosten.md).',
  fields: (t) => ({
    tarif: t.exposeString('tarif'),
    bemessungsgrundlage: t.expose('bemessungsgrundlage', { type: 'Decimal' }),
    bemessungsgrundlageQuelle: t.expose('bemessungsgrundlageQuelle', { type: BgQuelle }),
    ratgGueltigAb: t.exposeString('ratgGueltigAb', { description: 'The RATG table version applied.' }),
    positionen: t.expose('positionen', { type: [MahnkostenPositionType] }),
    verdienst: t.expose('verdienst', { type: 'Decimal', description: 'F: the sum of the postings.' }),
    streitgenossenzuschlagProzent: t.expose('streitgenossenzuschlagProzent', { type: 'Decimal' }),
    streitgenossenzuschlag: t.expose('streitgenossenzuschlag', { type: 'Decimal' }),
    porto: t.expose('porto', { type: 'Decimal' }),
    netto: t.expose('netto', { type: 'Decimal' }),
    ust: t.expose('ust', { type: 'Decimal' }),
    brutto: t.expose('brutto', { type: 'Decimal', description: 'Netto + USt, rounded to 10 cents: the Mahnkosten.' }),
  }),
});

/** Akt.mahnkosten's value (also schema/compiledReads.ts, which prices the Akten it reads itself). */
export const preise = (akt: MahnkostenAkt, args: { tarif: string; ratenmahnung?: boolean | null; datum?: Date | null }, daten: Tarifdaten): Mahnkosten =>
  tarifFehler(() => mahnkostenDesAkts(akt, { tarif: args.tarif, ratenmahnung: args.ratenmahnung, datum: args.datum ? isoDate(args.datum) : heute() }, daten));

builder.prismaObjectFields('Akt', (t) => ({
  ratenvereinbarung: t.relation('ratenvereinbarung', { nullable: true }),
  mahnkosten: t.field({
    type: MahnkostenType,
    // Nullable on purpose: an Akt without a Bemessungsgrundlage gets a TARIF_ERROR in `errors`
    // (with its path) while the other rows of a dashboard list still load.
    nullable: true,
    description: 'Dunning costs of this Akt under a tariff code (MES … MAK or the office’s own), on `datum` (default today).',
    args: {
      tarif: t.arg.string({ required: true }),
      ratenmahnung: t.arg.boolean({ defaultValue: false, description: 'Based on one instalment of the Ratenvereinbarung.' }),
      datum: t.arg({ type: 'Date' }),
    },
    // Everything the computation needs comes with the Akt in the planned query: no query per Akt.
    // The relation arguments match those of Akt.forderungen and Akt.gegner, so that the plugin
    // merges them into the same loads when a client asks for both.
    select: MAHNKOSTEN_SELECT,
    resolve: (akt, args, ctx) => {
      const daten = ctx.tarifdaten();
      // Synchronous when the data is at hand (the cached copy, in a query): no promise per row.
      return daten instanceof Promise ? daten.then((d) => preise(akt, args, d)) : preise(akt, args, daten);
    },
  }),
}));

builder.prismaObjectFields('Leistung', (t) => ({
  streitgenossenzuschlag: t.expose('streitgenossenzuschlag', { type: 'Decimal' }),
  tarifbasis: t.exposeString('tarifbasis', { nullable: true, description: 'The Tarif code or RATG post that priced it (null: entered by hand).' }),
  ratgGueltigAb: t.expose('ratgGueltigAb', { type: 'Date', nullable: true, description: 'The RATG table version of the price.' }),
}));

const RatgBetrag = builder
  .objectRef<{ tarifpost: (typeof TARIFPOSTEN)[number]; bemessungsgrundlage: Decimal; betrag: Decimal; ratgGueltigAb: string }>('RatgBetrag')
  .implement({
    fields: (t) => ({
      tarifpost: t.field({ type: TarifpostEnum, resolve: (r) => r.tarifpost }),
      bezeichnung: t.string({ resolve: (r) => TARIFPOST_BEZEICHNUNG[r.tarifpost] }),
      bemessungsgrundlage: t.field({ type: 'Decimal', resolve: (r) => r.bemessungsgrundlage }),
      betrag: t.field({ type: 'Decimal', resolve: (r) => r.betrag }),
      ratgGueltigAb: t.exposeString('ratgGueltigAb'),
    }),
  });

builder.queryFields((t) => ({
  tarife: t.prismaField({
    type: ['Tarif'],
    resolve: (query, _root, _args, ctx) => ctx.prisma.tarif.findMany({ ...query, where: { kanzleiId: ctx.viewer.kanzleiId }, orderBy: { code: 'asc' } }),
  }),
  tarif: t.prismaField({
    type: 'Tarif',
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, ctx) =>
      ctx.prisma.tarif.findFirst({ ...query, where: { kanzleiId: ctx.viewer.kanzleiId, code: code.trim().toUpperCase() } }),
  }),
  leistungsarten: t.prismaField({
    type: ['Leistungsart'],
    description: 'The Leistungstabelle.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.leistungsart.findMany({ ...query, where: { kanzleiId: ctx.viewer.kanzleiId }, orderBy: { kuerzel: 'asc' } }),
  }),
  portoSaetze: t.prismaField({
    type: ['PortoSatz'],
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.portoSatz.findMany({ ...query, where: { kanzleiId: ctx.viewer.kanzleiId }, orderBy: { gueltigAb: 'asc' } }),
  }),
  ratgTabellen: t.field({
    type: [RatgTabelleType],
    description: 'The RATG table versions, oldest first.',
    resolve: async (_root, _args, ctx) => [...(await ctx.tarifdaten()).tabellen].sort((a, b) => a.gueltigAb.localeCompare(b.gueltigAb)),
  }),
  ratg: t.field({
    type: RatgBetrag,
    description: 'The statutory amount of a RATG post for a Bemessungsgrundlage on a date (default today); with `minuten`, TP 8 per started half hour and TP 2/3 as a hearing.',
    args: {
      tarifpost: t.arg({ type: TarifpostEnum, required: true }),
      bemessungsgrundlage: t.arg({ type: 'Decimal', required: true }),
      datum: t.arg({ type: 'Date' }),
      minuten: t.arg.int(),
    },
    resolve: async (_root, args, ctx) => {
      const daten = await ctx.tarifdaten();
      return tarifFehler(() => {
        const tabelle = tabelleAm(daten.tabellen, args.datum ? isoDate(args.datum) : heute());
        const bg = args.bemessungsgrundlage;
        return { tarifpost: args.tarifpost, bemessungsgrundlage: bg, betrag: tarifpostBetrag(tabelle, args.tarifpost, bg, args.minuten), ratgGueltigAb: tabelle.gueltigAb };
      });
    },
  }),
}));

const TarifPositionInput = builder.inputType('TarifPositionInput', {
  fields: (t) => ({
    tarifpost: t.field({ type: TarifpostEnum, required: true }),
    zuschlag: t.boolean({ description: 'With the 50 % Informationszuschlag (default false).' }),
    anzahl: t.int({ description: 'Default 1.' }),
  }),
});

const CopyTarifInput = builder.inputType('CopyTarifInput', {
  fields: (t) => ({ code: t.string({ required: true }), neuerCode: t.string({ required: true }), name: t.string() }),
});
const UpdateTarifInput = builder.inputType('UpdateTarifInput', {
  description: '`positionen` replaces all postings, in order.',
  fields: (t) => ({ code: t.string({ required: true }), name: t.string(), porto: t.boolean(), positionen: t.field({ type: [TarifPositionInput] }) }),
});
const SetLeistungsartInput = builder.inputType('SetLeistungsartInput', {
  description: 'Points a Leistungskürzel at a Tarif (by code) or a RATG post; a new Kürzel also needs a name.',
  fields: (t) => ({
    kuerzel: t.string({ required: true }),
    name: t.string(),
    tarif: t.string(),
    ratgPost: t.field({ type: TarifpostEnum }),
    nachDauer: t.boolean(),
  }),
});
const ValorisiereRatgInput = builder.inputType('ValorisiereRatgInput', {
  description: 'A new RATG table from `gueltigAb`: every amount of the table then in force × `faktor`, rounded up to 10 cents.',
  fields: (t) => ({
    faktor: t.field({ type: 'Decimal', required: true, description: 'e.g. "1.20" for +20 %' }),
    gueltigAb: t.field({ type: 'Date', required: true }),
    bezeichnung: t.string({ required: true }),
  }),
});
const SetPortoInput = builder.inputType('SetPortoInput', {
  fields: (t) => ({ gueltigAb: t.field({ type: 'Date', required: true }), betrag: t.field({ type: 'Decimal', required: true }), bezeichnung: t.string() }),
});
const SetRatenvereinbarungInput = builder.inputType('SetRatenvereinbarungInput', {
  fields: (t) => ({
    aktId: t.id({ required: true }),
    rate: t.field({ type: 'Decimal', required: true }),
    anzahl: t.int({ required: true }),
    ersteFaelligkeit: t.field({ type: 'Date', required: true }),
    intervallMonate: t.int({ description: 'Default 1.' }),
  }),
});

const toPositionen = (p: readonly { tarifpost: string; zuschlag?: boolean | null; anzahl?: number | null }[] | null | undefined) =>
  p?.map((x) => ({ post: x.tarifpost, zuschlag: x.zuschlag ?? undefined, anzahl: x.anzahl ?? undefined }));

// Loaded when asked for: a load started in the mutation would run on unawaited (and could fail
// unhandled) when the client selects only `__typename`.
const RatgTabellePayload = builder.objectRef<{ id: string }>('ValorisiereRatgPayload').implement({
  fields: (t) => ({
    ratgTabelle: t.field({ type: RatgTabelleType, resolve: async ({ id }, _a, ctx) => parseTabelle(await ctx.prisma.ratgTabelle.findUniqueOrThrow({ where: { id } })) }),
  }),
});

builder.mutationFields((t) => ({
  copyTarif: t.field({
    type: objectPayload('CopyTarifPayload', 'tarif', 'Tarif'),
    description: 'A new tariff as a copy of another, e.g. MAKX from MAK; then edit it with updateTarif.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CopyTarifInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await copyTarif(ctx.prisma, ctx.viewer, input) }),
  }),
  updateTarif: t.field({
    type: objectPayload('UpdateTarifPayload', 'tarif', 'Tarif'),
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateTarifInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await updateTarif(ctx.prisma, ctx.viewer, { ...input, positionen: toPositionen(input.positionen) }) }),
  }),
  setLeistungsart: t.field({
    type: objectPayload('SetLeistungsartPayload', 'leistungsart', 'Leistungsart'),
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SetLeistungsartInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await setLeistungsart(ctx.prisma, ctx.viewer, input) }),
  }),
  valorisiereRatg: t.field({
    type: RatgTabellePayload,
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ValorisiereRatgInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await valorisiereRatg(ctx.prisma, ctx.viewer, input) }),
  }),
  setPorto: t.field({
    type: objectPayload('SetPortoPayload', 'portoSatz', 'PortoSatz'),
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SetPortoInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await setPorto(ctx.prisma, ctx.viewer, input) }),
  }),
  setRatenvereinbarung: t.field({
    type: objectPayload('SetRatenvereinbarungPayload', 'akt', 'Akt'),
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SetRatenvereinbarungInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await setRatenvereinbarung(ctx.prisma, ctx.viewer, input) }),
  }),
}));
