// Billing: Honorarnoten to the client (issued, immutable, cancelled by a Stornorechnung) and the
// Beschlusskostennote of the costs the opponent owes.
import { toDecimal, type Decimal } from '../server/domain/money.js';
import { honorarnoteRfReferenz } from '../server/domain/rfReferenz.js';
import { titelBetraege, zugesprochen } from '../server/domain/titel.js';
import { isId } from '../server/domain/validation.js';
import { erstelleHonorarnote, stornoHonorarnote } from '../server/services/honorarnoten.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, objectPayload } from './payload.js';
import { TITEL_ORDER } from './titel.js';

const HonorarnoteArt = builder.enumType('HonorarnoteArt', {
  values: { RECHNUNG: { description: 'An invoice.' }, STORNORECHNUNG: { description: 'A Stornorechnung (cancellation document) cancelling an invoice; printed as "Stornorechnung", naming the original’s number and date. (Never a Gutschrift, which in UStG terms is a self-billed invoice.)' } } as const,
});

builder.prismaObject('HonorarnotePosition', {
  fields: (t) => ({
    reihenfolge: t.exposeInt('reihenfolge'),
    leistungId: t.exposeID('leistungId', { nullable: true }),
    datum: t.expose('datum', { type: 'Date' }),
    kuerzel: t.exposeString('kuerzel'),
    text: t.exposeString('text', { nullable: true }),
    tarifbasis: t.exposeString('tarifbasis', { nullable: true }),
    bemessungsgrundlage: t.expose('bemessungsgrundlage', { type: 'Decimal', nullable: true }),
    verdienst: t.expose('verdienst', { type: 'Decimal' }),
    einheitssatz: t.expose('einheitssatz', { type: 'Decimal' }),
    streitgenossenzuschlag: t.expose('streitgenossenzuschlag', { type: 'Decimal' }),
    barauslagenUstPflichtig: t.expose('barauslagenUstPflichtig', { type: 'Decimal', description: 'Net.' }),
    barauslagenUstFrei: t.expose('barauslagenUstFrei', { type: 'Decimal' }),
    barauslagenDurchlaufer: t.expose('barauslagenDurchlaufer', { type: 'Decimal' }),
  }),
});

builder.prismaObject('Honorarnote', {
  description: 'An invoice to the client (or a Stornorechnung cancelling one). Issued once, never edited: its PDF prints what was frozen when it was issued.',
  fields: (t) => ({
    id: t.exposeID('id'),
    art: t.expose('art', { type: HonorarnoteArt }),
    nummer: t.exposeString('nummer', { description: 'Gapless per office and year, e.g. "2026-0007" (Stornorechnungen included).' }),
    rfReferenz: t.string({
      description: 'Structured creditor reference (ISO 11649) the client quotes when paying, e.g. "RF87H2026000007": "H" + year + the number in six digits. Unique in the office, never changes; a Stornorechnung has its own.',
      resolve: (note) => honorarnoteRfReferenz(note.jahr, note.laufnummer),
      extensions: { readsColumns: ['jahr', 'laufnummer'] },
    }),
    datum: t.expose('datum', { type: 'Date' }),
    faelligAm: t.expose('faelligAm', { type: 'Date' }),
    empfaengerName: t.exposeString('empfaengerName'),
    empfaengerAnschrift: t.exposeString('empfaengerAnschrift', { nullable: true }),
    positionen: t.relation('positionen', { query: { orderBy: { reihenfolge: 'asc' } } }),
    verdienst: t.expose('verdienst', { type: 'Decimal' }),
    einheitssatz: t.expose('einheitssatz', { type: 'Decimal' }),
    streitgenossenzuschlag: t.expose('streitgenossenzuschlag', { type: 'Decimal' }),
    barauslagenUstPflichtig: t.expose('barauslagenUstPflichtig', { type: 'Decimal' }),
    barauslagenUstFrei: t.expose('barauslagenUstFrei', { type: 'Decimal' }),
    barauslagenDurchlaufer: t.expose('barauslagenDurchlaufer', { type: 'Decimal' }),
    ustBasis: t.expose('ustBasis', { type: 'Decimal', description: 'Verdienst + ES + Streitgenossenzuschlag + USt-pflichtige Barauslagen.' }),
    ust: t.expose('ust', { type: 'Decimal', description: '20 % of ustBasis, to the cent.' }),
    brutto: t.expose('brutto', { type: 'Decimal', description: 'ustBasis + ust + USt-freie Barauslagen + Durchlaufer.' }),
    stornoVon: t.relation('stornoVon', { nullable: true, description: 'On a Stornorechnung: the invoice it cancels.' }),
    storniertDurch: t.relation('storniertDurch', { nullable: true }),
    stornoGrund: t.exposeString('stornoGrund', { nullable: true }),
    akt: t.relation('akt'),
  }),
});

type TitelZeile = { id: string; honorartext: string | null; geschaeftszahl: string | null; datum: Date } & Record<
  'barauslagenDurchlaufer' | 'barauslagenUstFrei' | 'barauslagenUstPflichtig' | 'barauslagenKlient' | 'verdienst' | 'einheitssatz' | 'ust',
  { toString(): string }
>;
type Beschlusskosten = { titel: (TitelZeile & { zugesprochen: Decimal })[]; summe: Decimal; barauslagenKlient: Decimal };

const BeschlusskostenPosten = builder.objectRef<TitelZeile & { zugesprochen: Decimal }>('BeschlusskostenPosten').implement({
  fields: (t) => ({
    titelId: t.exposeID('id'),
    datum: t.field({ type: 'Date', resolve: (x) => x.datum }),
    honorartext: t.string({ nullable: true, resolve: (x) => x.honorartext }),
    geschaeftszahl: t.string({ nullable: true, resolve: (x) => x.geschaeftszahl }),
    verdienst: t.field({ type: 'Decimal', resolve: (x) => x.verdienst }),
    einheitssatz: t.field({ type: 'Decimal', resolve: (x) => x.einheitssatz }),
    ust: t.field({ type: 'Decimal', resolve: (x) => x.ust }),
    barauslagenUstPflichtig: t.field({ type: 'Decimal', resolve: (x) => x.barauslagenUstPflichtig }),
    barauslagenUstFrei: t.field({ type: 'Decimal', resolve: (x) => x.barauslagenUstFrei }),
    barauslagenDurchlaufer: t.field({ type: 'Decimal', resolve: (x) => x.barauslagenDurchlaufer }),
    barauslagenKlient: t.field({ type: 'Decimal', resolve: (x) => x.barauslagenKlient }),
    zugesprochen: t.field({ type: 'Decimal', resolve: (x) => x.zugesprochen }),
  }),
});

const BeschlusskostennoteType = builder.objectRef<Beschlusskosten>('Beschlusskostennote').implement({
  description: 'The costs awarded in the Akt’s Titel, owed by the opponent.',
  fields: (t) => ({
    titel: t.field({ type: [BeschlusskostenPosten], resolve: (b) => b.titel }),
    summe: t.field({ type: 'Decimal', description: 'All awarded costs.', resolve: (b) => b.summe }),
    barauslagenKlient: t.field({ type: 'Decimal', description: 'Of the sum: belongs to the client.', resolve: (b) => b.barauslagenKlient }),
    summeKanzlei: t.field({ type: 'Decimal', description: 'summe − barauslagenKlient.', resolve: (b) => b.summe.minus(b.barauslagenKlient) }),
  }),
});

builder.prismaObjectFields('Akt', (t) => ({
  honorarnoten: t.relation('honorarnoten', { description: 'Invoices and Stornorechnungen, by number.', query: { orderBy: [{ jahr: 'asc' }, { laufnummer: 'asc' }] } }),
  beschlusskostennote: t.field({
    type: BeschlusskostennoteType,
    select: { titel: { orderBy: TITEL_ORDER } },
    resolve: (akt) => {
      const d = toDecimal;
      const titel = akt.titel.map((x) => ({ ...x, zugesprochen: zugesprochen(titelBetraege(x)) }));
      const summe = titel.reduce((s, x) => s.plus(x.zugesprochen), d('0'));
      return { titel, summe, barauslagenKlient: titel.reduce((s, x) => s.plus(d(x.barauslagenKlient)), d('0')) };
    },
  }),
}));

builder.prismaObjectFields('Leistung', (t) => ({
  honorarnote: t.relation('honorarnote', { nullable: true, description: 'The invoice that billed it.' }),
}));

builder.queryField('honorarnote', (t) =>
  t.prismaField({
    type: 'Honorarnote',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => (isId(id) ? ctx.prisma.honorarnote.findFirst({ ...query, where: { id, kanzleiId: ctx.viewer.kanzleiId } }) : null),
  }),
);

const ErstelleHonorarnoteInput = builder.inputType('ErstelleHonorarnoteInput', {
  fields: (t) => ({
    aktId: t.id({ required: true }),
    datum: t.field({ type: 'Date', description: 'Invoice date (default today); the due date follows from the office’s payment term.' }),
    leistungIds: t.idList({ description: 'Default: every Leistung of the Akt not billed yet and not gerichtlich bestimmt.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
  }),
});
const StornoHonorarnoteInput = builder.inputType('StornoHonorarnoteInput', { fields: (t) => ({ id: t.id({ required: true }), grund: t.string() }) });

builder.mutationFields((t) => ({
  erstelleHonorarnote: t.field({
    type: objectPayload('ErstelleHonorarnotePayload', 'honorarnote', 'Honorarnote'),
    description: 'Issues an invoice to the Klient from the Akt’s open Leistungen, with the next gapless number. Refused (ValidationError naming what is missing) until the office has its Anschrift and UID-Nummer and the Klient a full address (and, for a business billed over 10 000 € gross, its UID-Nummer): UStG § 11.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ErstelleHonorarnoteInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await erstelleHonorarnote(ctx.prisma, ctx.viewer, input) }),
  }),
  stornoHonorarnote: t.field({
    type: objectPayload('StornoHonorarnotePayload', 'honorarnote', 'Honorarnote', 'The Stornorechnung created (art STORNORECHNUNG): its own number, amounts negated, stornoVon the original.'),
    description: 'Cancels an invoice with a Stornorechnung (own number, amounts negated, naming the original’s number and date) and frees its Leistungen.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: StornoHonorarnoteInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await stornoHonorarnote(ctx.prisma, ctx.viewer, input) }),
  }),
}));
