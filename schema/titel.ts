// Titel: court cost decisions on an Akt, the Forderungen each covers, `zugesprochen`.
import { BETRAG_FELDER, geschaeftszahlHinweis, titelBetraege, weiteresVorbringen, zugesprochen } from '../server/domain/titel.js';
import { toDecimal } from '../server/domain/money.js';
import { GraphQLError } from 'graphql';
import { dateFromIso, heute } from '../server/domain/dates.js';
import { exekutionsantrag, ExekutionError, type TitelDaten } from '../server/domain/exekution.js';
import {
  assignForderungenToTitel, createTitel, createTitelFromLeistung, deleteTitel, updateTitel,
} from '../server/services/titel.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { deletePayload, objectPayload } from './payload.js';

export const Beschlussart = builder.enumType('Beschlussart', {
  values: [
    'ZAHLUNGSBEFEHL', 'URTEIL', 'VERSAEUMUNGSURTEIL', 'ANERKENNTNISURTEIL', 'BESCHLUSS', 'KOSTENBESTIMMUNGSBESCHLUSS',
    'VERGLEICH', 'ZAHLUNGSAUFTRAG', 'NOTARIATSAKT', 'RUECKSTANDSAUSWEIS', 'SCHIEDSSPRUCH', 'BESCHEID',
    'EUROPAEISCHER_ZAHLUNGSBEFEHL', 'EUROPAEISCHER_VOLLSTRECKUNGSTITEL', 'KOSTENTITEL', 'SONSTIGER_TITEL',
  ] as const,
});

export { TITEL_ORDER } from '../server/services/aktBetraege.js';
import { TITEL_ORDER } from '../server/services/aktBetraege.js';

builder.prismaObject('Titel', {
  description: 'A court or authority decision awarding costs the opponent must pay (never the claims themselves).',
  fields: (t) => ({
    id: t.exposeID('id'),
    datum: t.expose('datum', { type: 'Date', description: 'Date of the decision.' }),
    beschlussart: t.expose('beschlussart', { type: Beschlussart }),
    honorartext: t.exposeString('honorartext', { nullable: true, description: 'Printed in the Beschlusskostennote.' }),
    gericht: t.relation('gericht'),
    geschaeftszahl: t.exposeString('geschaeftszahl', { nullable: true }),
    geschaeftszahlHinweis: t.string({
      nullable: true,
      description: 'A warning when the Geschäftszahl does not look like "12 C 345/24k" (the ERV may refuse it).',
      resolve: (titel) => geschaeftszahlHinweis(titel.geschaeftszahl),
      extensions: { readsColumns: ['geschaeftszahl'] },
    }),
    zinsen54a: t.exposeBoolean('zinsen54a', { description: '4 % p.a. interest on the costs from the decision date (§ 54a ZPO).' }),
    vollstreckbarAm: t.expose('vollstreckbarAm', { type: 'Date', nullable: true, description: 'Date of the Vollstreckbarkeitsbestätigung.' }),
    gegenWen: t.exposeInt('gegenWen', { nullable: true, description: 'Position of the Gegner it works against; null = all.' }),
    barauslagenDurchlaufer: t.expose('barauslagenDurchlaufer', { type: 'Decimal' }),
    barauslagenUstFrei: t.expose('barauslagenUstFrei', { type: 'Decimal' }),
    barauslagenUstPflichtig: t.expose('barauslagenUstPflichtig', { type: 'Decimal', description: 'Net.' }),
    barauslagenKlient: t.expose('barauslagenKlient', {
      type: 'Decimal',
      description: 'Costs awarded to the client before this office took over: money received for them belongs to the client.',
    }),
    verdienst: t.expose('verdienst', { type: 'Decimal' }),
    einheitssatz: t.expose('einheitssatz', { type: 'Decimal' }),
    ust: t.expose('ust', { type: 'Decimal' }),
    ustErfasst: t.exposeBoolean('ustErfasst', { description: 'The USt was entered (or copied from the Leistung); false = derived, it follows the amounts.' }),
    zinsen54aErfasst: t.exposeBoolean('zinsen54aErfasst', { description: 'zinsen54a was chosen; false = the Beschlussart’s default, it follows the Beschlussart.' }),
    zugesprochen: t.field({
      type: 'Decimal',
      description: 'All awarded costs: the four Barauslagen + Verdienst + ES + USt.',
      resolve: (x) => zugesprochen(titelBetraege(x)),
      // The columns it reads: a query asking for it loads no others for it (schema/columnNeeds.ts).
      extensions: { readsColumns: BETRAG_FELDER },
    }),
    sachbearbeiter: t.relation('sachbearbeiter', { nullable: true }),
    zeitMinuten: t.exposeInt('zeitMinuten', { nullable: true }),
    memo: t.exposeString('memo', { nullable: true }),
    weiteresVorbringen: t.stringList({
      description: 'The "#WV:…#" texts of the memo, for the Weiteres Vorbringen of an Exekutionsantrag.',
      resolve: (x) => weiteresVorbringen(x.memo),
      extensions: { readsColumns: ['memo'] },
    }),
    forderungen: t.relation('forderungen', { query: { orderBy: [{ angelegtAm: 'asc' }, { id: 'asc' }] } }),
    leistung: t.relation('leistung', { nullable: true, description: 'The Leistung it was made from ("gerichtlich bestimmt").' }),
    akt: t.relation('akt'),
  }),
});

builder.prismaObjectFields('Akt', (t) => ({
  titel: t.relation('titel', {
    description: 'The Akt’s Titel, oldest first. With `gegner: 2`: those that work against Gegner 2 (gegenWen empty or 2).',
    args: { gegner: t.arg.int() },
    query: (args) => ({
      where: args.gegner != null ? { OR: [{ gegenWen: null }, { gegenWen: args.gegner }] } : {},
      orderBy: TITEL_ORDER,
    }),
  }),
}));

builder.prismaObjectFields('Akt', (t) => ({
  geschaeftszahlen: t.stringList({
    description: 'The Geschäftszahlen entered on this Akt’s Titel so far, for picking one again.',
    select: { titel: { select: { geschaeftszahl: true }, orderBy: TITEL_ORDER } },
    resolve: (akt) => [...new Set(akt.titel.map((x) => x.geschaeftszahl).filter((g): g is string => !!g))],
  }),
}));

builder.prismaObjectFields('Leistung', (t) => ({
  titel: t.relation('titel', { nullable: true }),
  gerichtlichBestimmt: t.boolean({
    description: 'Made into a Titel: part of the Beschlusskostennote, no longer billable to the client.',
    select: { titel: { select: { id: true } } },
    resolve: (l) => l.titel !== null,
  }),
}));

type InputFields = PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<{ Scalars: { Decimal: { Input: unknown; Output: unknown }; Date: { Input: Date; Output: Date } } }>, 'InputObject'>;

/** The fields of a Titel as input; `pflicht` makes datum, beschlussart and gericht required (create). */
const titelFelder = (t: InputFields, pflicht: boolean) => ({
  datum: t.field({ type: 'Date', required: pflicht }),
  beschlussart: t.field({ type: Beschlussart, required: pflicht }),
  honorartext: t.string(),
  gericht: t.string({ required: pflicht }),
  geschaeftszahl: t.string(),
  zinsen54a: t.boolean(),
  vollstreckbarAm: t.field({ type: 'Date' }),
  gegenWen: t.int(),
  barauslagenDurchlaufer: t.field({ type: 'Decimal' }),
  barauslagenUstFrei: t.field({ type: 'Decimal' }),
  barauslagenUstPflichtig: t.field({ type: 'Decimal', description: 'Net.' }),
  barauslagenKlient: t.field({ type: 'Decimal' }),
  verdienst: t.field({ type: 'Decimal' }),
  einheitssatz: t.field({ type: 'Decimal' }),
  ust: t.field({ type: 'Decimal', description: 'Default: 20 % of Verdienst + ES + USt-pflichtige Barauslagen, to the cent.' }),
  sachbearbeiter: t.string(),
  zeitMinuten: t.int(),
  memo: t.string(),
});

const CreateTitelInput = builder.inputType('CreateTitelInput', {
  description:
    'zinsen54a defaults by beschlussart; vollstreckbarAm is required unless KOSTENTITEL; honorartext is required for ' +
    'SONSTIGER_TITEL; gericht is a Kurzbezeichnung of the register (see `gerichte`); gegenWen 1..10 or null for all; ' +
    'sachbearbeiter is a Benutzer-Kürzel; amounts default to 0.',
  fields: (t) => ({ aktId: t.id({ required: true }), ...titelFelder(t as never, true) }),
});

const CreateTitelFromLeistungInput = builder.inputType('CreateTitelFromLeistungInput', {
  description: 'Prefilled from the Leistung (Verdienst incl. Streitgenossenzuschlag, ES, USt, Barauslagen, Sachbearbeiter, Zeit); given fields win.',
  fields: (t) => ({ leistungId: t.id({ required: true }), ...titelFelder(t as never, true) }),
});

const UpdateTitelInput = builder.inputType('UpdateTitelInput', {
  description:
    'Fields left out stay as they are; null clears an optional field. ust: a figure is kept as entered; null derives it ' +
    'again (20 %); left out, a derived USt follows changed amounts and an entered one stays. zinsen54a: null goes back ' +
    'to the Beschlussart’s default; left out, a default follows a changed Beschlussart and a choice stays.',
  fields: (t) => ({ id: t.id({ required: true }), ...titelFelder(t as never, false) }),
});

const DeleteTitelInput = builder.inputType('DeleteTitelInput', { fields: (t) => ({ id: t.id({ required: true }) }) });
const AssignForderungenToTitelInput = builder.inputType('AssignForderungenToTitelInput', {
  fields: (t) => ({ titelId: t.id({ required: true }), forderungIds: t.idList({ required: true }) }),
});

builder.mutationFields((t) => ({
  createTitel: t.field({
    type: objectPayload('CreateTitelPayload', 'titel', 'Titel'),
    description: 'Records a Titel; every Forderung of the Akt without a Titel is assigned to it.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateTitelInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await createTitel(ctx.prisma, ctx.viewer, input) }),
  }),
  createTitelFromLeistung: t.field({
    type: objectPayload('CreateTitelFromLeistungPayload', 'titel', 'Titel'),
    description: '"Leistung gerichtlich bestimmen": a Titel prefilled from a Leistung and linked to it.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateTitelFromLeistungInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await createTitelFromLeistung(ctx.prisma, ctx.viewer, input) }),
  }),
  updateTitel: t.field({
    type: objectPayload('UpdateTitelPayload', 'titel', 'Titel'),
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateTitelInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await updateTitel(ctx.prisma, ctx.viewer, input) }),
  }),
  deleteTitel: t.field({
    type: deletePayload('DeleteTitelPayload'),
    description: 'Deletes a Titel: its Forderungen lose the assignment; a linked Leistung becomes billable again.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: DeleteTitelInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ deletedId: input.id, aktId: await deleteTitel(ctx.prisma, ctx.viewer, input) }),
  }),
  assignForderungenToTitel: t.field({
    type: objectPayload('AssignForderungenToTitelPayload', 'titel', 'Titel'),
    description: 'Moves the Forderungen to this Titel, all or nothing; each must belong to the Titel’s Akt.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: AssignForderungenToTitelInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await assignForderungenToTitel(ctx.prisma, ctx.viewer, input) }),
  }),
}));

// The Exekutionsantrag data of an Akt (field group 07): per Titel, what it covers and awards.
type Antrag = ReturnType<typeof exekutionsantrag<TitelZeile>>;
type TitelZeile = TitelDaten & { gericht: { kurzbezeichnung: string; name: string } };
type TitelPostenZeile = Antrag['titel'][number];
type ForderungPostenZeile = Antrag['forderungenOhneTitel'][number];

const ExekutionsForderung = builder.objectRef<ForderungPostenZeile>('ExekutionsForderung').implement({
  fields: (t) => ({
    forderungId: t.exposeID('id'),
    kapital: t.field({ type: 'Decimal', resolve: (f) => f.kapital }),
    zinsen: t.field({ type: 'Decimal', description: 'At the Forderung’s rate from zinsenAb to the Stichtag (actual days / 365).', resolve: (f) => f.zinsen }),
  }),
});

const ExekutionsTitel = builder.objectRef<TitelPostenZeile>('ExekutionsTitel').implement({
  fields: (t) => ({
    titelId: t.id({ resolve: (p) => p.titel.id }),
    beschlussart: t.field({ type: Beschlussart, resolve: (p) => p.titel.beschlussart }),
    datum: t.field({ type: 'Date', resolve: (p) => p.titel.datum }),
    gericht: t.string({ description: 'Kurzbezeichnung of the court.', resolve: (p) => p.titel.gericht.kurzbezeichnung }),
    gerichtName: t.string({ resolve: (p) => p.titel.gericht.name }),
    geschaeftszahl: t.string({ nullable: true, resolve: (p) => p.titel.geschaeftszahl }),
    vollstreckbarAm: t.field({ type: 'Date', nullable: true, resolve: (p) => p.titel.vollstreckbarAm }),
    forderungen: t.field({ type: [ExekutionsForderung], resolve: (p) => p.forderungen }),
    kosten: t.field({ type: 'Decimal', description: 'The awarded costs (zugesprochen).', resolve: (p) => p.kosten }),
    barauslagenKlient: t.field({ type: 'Decimal', description: 'Part of the costs that belongs to the client.', resolve: (p) => p.barauslagenKlient }),
    kostenzinsen: t.field({ type: 'Decimal', description: '§ 54a ZPO interest on the costs from the decision date to the Stichtag (0 without).', resolve: (p) => p.kostenzinsen }),
    kostenzinsenSatz: t.field({ type: 'Decimal', nullable: true, resolve: (p) => p.kostenzinsenSatz }),
    weiteresVorbringen: t.stringList({ resolve: (p) => p.weiteresVorbringen }),
  }),
});

const ExekutionsantragType = builder.objectRef<Antrag>('Exekutionsantrag').implement({
  description: 'The data an enforcement application needs, per Titel (field group 07), on a Stichtag.',
  fields: (t) => ({
    stichtag: t.field({ type: 'Date', resolve: (a) => a.stichtag }),
    titel: t.field({ type: [ExekutionsTitel], resolve: (a) => a.titel }),
    forderungenOhneTitel: t.field({
      type: [ExekutionsForderung],
      description: 'Forderungen not tied to any Titel: assign them (assignForderungenToTitel) before filing.',
      resolve: (a) => a.forderungenOhneTitel,
    }),
    weiteresVorbringen: t.stringList({ resolve: (a) => a.weiteresVorbringen }),
    kapital: t.field({ type: 'Decimal', resolve: (a) => a.kapital }),
    zinsen: t.field({ type: 'Decimal', resolve: (a) => a.zinsen }),
    kosten: t.field({ type: 'Decimal', resolve: (a) => a.kosten }),
    kostenzinsen: t.field({ type: 'Decimal', resolve: (a) => a.kostenzinsen }),
    barauslagenKlient: t.field({ type: 'Decimal', description: 'Of `kosten`: the client’s share, shown separately.', resolve: (a) => a.barauslagenKlient }),
    gesamt: t.field({ type: 'Decimal', description: 'kapital + zinsen + kosten + kostenzinsen', resolve: (a) => a.gesamt }),
  }),
});

const dec = toDecimal;
builder.prismaObjectFields('Akt', (t) => ({
  exekutionsantrag: t.field({
    type: ExekutionsantragType,
    nullable: true,
    description:
      'Exekutionsantrag data for the Titel against `gegner` (all Titel without it), interest to `stichtag` (default today). ' +
      'A Titel without vollstreckbarAm (other than a KOSTENTITEL) is refused with an EXEKUTION_ERROR.',
    args: { gegner: t.arg.int(), stichtag: t.arg({ type: 'Date' }) },
    select: (args) => ({
      titel: {
        where: args.gegner != null ? { OR: [{ gegenWen: null }, { gegenWen: args.gegner }] } : {},
        orderBy: TITEL_ORDER,
        include: { gericht: { select: { kurzbezeichnung: true, name: true } }, forderungen: { orderBy: [{ angelegtAm: 'asc' }, { id: 'asc' }] } },
      },
      forderungen: { where: { titelId: null }, orderBy: [{ angelegtAm: 'asc' }, { id: 'asc' }] },
    }),
    resolve: (akt, args) => {
      const forderung = (f: { id: string; betrag: unknown; zinssatz: unknown; zinsenAb: Date | null }) => ({
        id: f.id, betrag: dec(f.betrag as string), zinssatz: f.zinssatz == null ? null : dec(f.zinssatz as string), zinsenAb: f.zinsenAb,
      });
      try {
        return exekutionsantrag<TitelZeile>({
          stichtag: args.stichtag ?? dateFromIso(heute()),
          forderungenOhneTitel: akt.forderungen.map(forderung),
          titel: akt.titel.map((x) => ({
            id: x.id, datum: x.datum, beschlussart: x.beschlussart, geschaeftszahl: x.geschaeftszahl, vollstreckbarAm: x.vollstreckbarAm,
            zinsen54a: x.zinsen54a, memo: x.memo, gericht: x.gericht, ...titelBetraege(x),
            forderungen: x.forderungen.map(forderung),
          })),
        });
      } catch (error) {
        if (error instanceof ExekutionError) throw new GraphQLError(error.message, { extensions: { code: 'EXEKUTION_ERROR' } });
        throw error;
      }
    },
  }),
}));
