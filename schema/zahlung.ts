// Payments from the debtor, what is still owed (Schuldnerstand), open instalments.
import { dateFromIso, heute } from '../server/domain/dates.js';
import { toDecimal, type Decimal } from '../server/domain/money.js';
import { raten, type Anrechnung, type Aufteilung, type Rate, type Schuldnerstand } from '../server/domain/zahlungen.js';
import { erfasseZahlung, stornoZahlung } from '../server/services/zahlungen.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, objectPayload } from './payload.js';
import { SCHULDNERSTAND_SELECT, schuldnerstandDesAkts, ZAHLUNGEN_SELECT } from '../server/services/aktBetraege.js';

export const Zahlungsreihenfolge = builder.enumType('Zahlungsreihenfolge', {
  values: {
    KOSTEN_ZINSEN_KAPITAL: { description: 'Awarded costs (by kind), then interest (oldest first), then capital (oldest first).' },
    ZINSEN_KAPITAL_KOSTEN: { description: '§ 1416 ABGB: interest, then capital, then costs.' },
  } as const,
});
const PostenArt = builder.enumType('ZahlungsPostenArt', { values: ['KOSTEN', 'ZINSEN', 'KAPITAL'] as const });
const KostenArt = builder.enumType('KostenArt', { values: ['BARAUSLAGEN_USTFREI', 'BARAUSLAGEN_USTPFLICHTIG', 'HONORAR', 'BARAUSLAGEN_KLIENT'] as const });

builder.prismaObject('Zahlung', {
  description: 'A payment from the debtor. Never edited; a wrong one is reversed (storniertAm) and entered again.',
  fields: (t) => ({
    id: t.exposeID('id'),
    datum: t.expose('datum', { type: 'Date' }),
    betrag: t.expose('betrag', { type: 'Decimal' }),
    verwendungszweck: t.exposeString('verwendungszweck', { nullable: true }),
    storniertAm: t.expose('storniertAm', { type: 'DateTime', nullable: true }),
    stornoGrund: t.exposeString('stornoGrund', { nullable: true }),
    akt: t.relation('akt'),
  }),
});

const AnrechnungType = builder.objectRef<Anrechnung>('Anrechnung').implement({
  fields: (t) => ({
    art: t.field({ type: PostenArt, resolve: (a) => a.art }),
    kostenArt: t.field({ type: KostenArt, nullable: true, resolve: (a) => a.kostenArt }),
    bezeichnung: t.exposeString('bezeichnung'),
    betrag: t.field({ type: 'Decimal', resolve: (a) => a.betrag }),
  }),
});
const AufteilungType = builder.objectRef<Aufteilung>('Zahlungsaufteilung').implement({
  fields: (t) => ({
    zahlungId: t.exposeID('zahlungId'),
    datum: t.field({ type: 'Date', resolve: (a) => a.datum }),
    betrag: t.field({ type: 'Decimal', resolve: (a) => a.betrag }),
    anrechnungen: t.field({ type: [AnrechnungType], resolve: (a) => a.anrechnungen }),
    ueberzahlung: t.field({ type: 'Decimal', description: 'More than was owed: to be refunded.', resolve: (a) => a.ueberzahlung }),
    anKlient: t.field({ type: 'Decimal', description: 'Allocated to Barauslagen Klient: proposed for transfer to the client.', resolve: (a) => a.anKlient }),
  }),
});
const SchuldnerstandType = builder.objectRef<Schuldnerstand>('Schuldnerstand').implement({
  description: 'What the debtor still owes on a Stichtag, computed from the full payment history.',
  fields: (t) => ({
    stichtag: t.field({ type: 'Date', resolve: (s) => s.stichtag }),
    kapital: t.field({ type: 'Decimal', resolve: (s) => s.kapital }),
    zinsen: t.field({ type: 'Decimal', description: 'Interest accrued and unpaid to the Stichtag (Forderungen and § 54a).', resolve: (s) => s.zinsen }),
    kosten: t.field({ type: 'Decimal', resolve: (s) => s.kosten }),
    barauslagenKlient: t.field({ type: 'Decimal', description: 'Of the open costs: the client’s.', resolve: (s) => s.kostenNachArt.BARAUSLAGEN_KLIENT }),
    gesamt: t.field({ type: 'Decimal', resolve: (s) => s.gesamt }),
    bezahlt: t.field({ type: 'Decimal', resolve: (s) => s.bezahlt }),
    ueberzahlung: t.field({ type: 'Decimal', resolve: (s) => s.ueberzahlung }),
    anKlient: t.field({ type: 'Decimal', description: 'Received so far that belongs to the client.', resolve: (s) => s.anKlient }),
    zahlungen: t.field({ type: [AufteilungType], description: 'How each payment was allocated, in date order.', resolve: (s) => s.zahlungen }),
  }),
});
const RateType = builder.objectRef<Rate & { ueberfaellig: boolean }>('Rate').implement({
  fields: (t) => ({
    nummer: t.exposeInt('nummer'),
    faelligAm: t.field({ type: 'Date', resolve: (r) => r.faelligAm }),
    betrag: t.field({ type: 'Decimal', resolve: (r) => r.betrag }),
    bezahlt: t.field({ type: 'Decimal', resolve: (r) => r.bezahlt }),
    offen: t.field({ type: 'Decimal', resolve: (r) => r.offen }),
    ueberfaellig: t.exposeBoolean('ueberfaellig'),
  }),
});

const d = toDecimal;
const zahlungenSelect = ZAHLUNGEN_SELECT;

builder.prismaObjectFields('Akt', (t) => ({
  zahlungsreihenfolge: t.expose('zahlungsreihenfolge', { type: Zahlungsreihenfolge }),
  zahlungen: t.relation('zahlungen', { description: 'All payments, reversed ones included, oldest first.', query: { orderBy: [{ datum: 'asc' }, { angelegtAm: 'asc' }] } }),
  schuldnerstand: t.field({
    type: SchuldnerstandType,
    args: { stichtag: t.arg({ type: 'Date', description: 'Default today.' }) },
    select: SCHULDNERSTAND_SELECT,
    resolve: (akt, args) => schuldnerstandDesAkts(akt, args.stichtag ?? dateFromIso(heute())),
  }),
  offeneRaten: t.field({
    type: [RateType],
    description: 'The instalments of the Ratenvereinbarung not yet fully paid (payments cover them in order).',
    args: { stichtag: t.arg({ type: 'Date', description: 'For `ueberfaellig`; default today.' }) },
    select: { ratenvereinbarung: true, zahlungen: zahlungenSelect },
    resolve: (akt, args) => {
      const rv = akt.ratenvereinbarung;
      if (!rv) return [];
      const stichtag = args.stichtag ?? dateFromIso(heute());
      const bezahlt = akt.zahlungen.filter((z) => z.datum <= stichtag).reduce((s: Decimal, z) => s.plus(d(z.betrag)), d('0'));
      return raten({ rate: d(rv.rate), anzahl: rv.anzahl, ersteFaelligkeit: rv.ersteFaelligkeit, intervallMonate: rv.intervallMonate, bezahlt })
        .filter((r) => r.offen.greaterThan(0))
        .map((r) => ({ ...r, ueberfaellig: r.faelligAm < stichtag }));
    },
  }),
}));

const ErfasseZahlungInput = builder.inputType('ErfasseZahlungInput', {
  fields: (t) => ({ aktId: t.id({ required: true }), betrag: t.field({ type: 'Decimal', required: true }), datum: t.field({ type: 'Date', required: true }), verwendungszweck: t.string(),
    idempotencyKey: t.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
  }),
});
const StornoZahlungInput = builder.inputType('StornoZahlungInput', { fields: (t) => ({ id: t.id({ required: true }), grund: t.string({ required: true }) }) });

builder.mutationFields((t) => ({
  erfasseZahlung: t.field({
    type: objectPayload('ErfasseZahlungPayload', 'zahlung', 'Zahlung'),
    description: 'Records a payment from the debtor; see Akt.schuldnerstand for its allocation.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ErfasseZahlungInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await erfasseZahlung(ctx.prisma, ctx.viewer, input) }),
  }),
  stornoZahlung: t.field({
    type: objectPayload('StornoZahlungPayload', 'zahlung', 'Zahlung'),
    description: 'Reverses a payment (with a reason); enter the right one again with erfasseZahlung.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: StornoZahlungInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await stornoZahlung(ctx.prisma, ctx.viewer, input) }),
  }),
}));
