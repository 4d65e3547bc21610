// Dunning letters to the Gegner (Mahnschreiben): recorded when sent, listed on the Akt. The PDF is
// served over HTTP: GET /dokumente/akt/<id>/mahnschreiben.pdf?gegner=1&tarif=MAK (the letter as it
// would go out) and GET /dokumente/mahnschreiben/<id>.pdf (one that was sent, as it was sent).
import { dateFromIso } from '../server/domain/dates.js';
import { mahnBelegSchema, stufeText } from '../server/domain/mahnschreiben.js';
import { mahnschreibenVersenden } from '../server/services/mahnschreiben.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, objectPayload } from './payload.js';

builder.prismaObject('Mahnschreiben', {
  description:
    'A dunning letter sent to one Gegner of an Akt, with what it claimed frozen as of its date. Its PDF: GET /dokumente/mahnschreiben/<id>.pdf.',
  fields: (t) => ({
    id: t.exposeID('id'),
    akt: t.relation('akt'),
    gegner: t.relation('person', { description: 'The Gegner (Person) it was sent to.' }),
    gegnerPosition: t.exposeInt('gegnerPosition', { description: 'The Gegner position on the day it was sent.' }),
    stufe: t.exposeInt('stufe', { description: '1 for the first letter to this Gegner on this Akt, 2 for the second, …' }),
    bezeichnung: t.string({ description: '"Mahnung", "Zweite Mahnung", "Dritte Mahnung", …', resolve: (m) => stufeText(m.stufe) }),
    tarif: t.exposeString('tarif', { description: 'The tariff its Mahnkosten were priced by.' }),
    datum: t.expose('datum', { type: 'Date' }),
    faelligAm: t.field({ type: 'Date', description: 'Due date printed on the letter: datum + the office’s zahlungszielTage.', select: { beleg: true }, resolve: (m) => dateFromIso(mahnBelegSchema.parse(m.beleg).faelligAm) }),
    mahnkosten: t.field({ type: 'Decimal', description: 'The Mahnkosten (brutto) it claimed.', select: { beleg: true }, resolve: (m) => mahnBelegSchema.parse(m.beleg).mahnkosten.brutto }),
    gesamt: t.expose('gesamt', { type: 'Decimal', description: 'What it claimed in total: the Schuldnerstand on its date plus its Mahnkosten.' }),
    rfReferenz: t.string({ description: 'The RF reference printed on it (that of the Akt and Gegner).', select: { beleg: true }, resolve: (m) => mahnBelegSchema.parse(m.beleg).rfReferenz }),
    angelegtAm: t.expose('angelegtAm', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('Akt', (t) => ({
  mahnschreiben: t.relation('mahnschreiben', {
    description: 'Dunning letters sent on this Akt, oldest first.',
    query: { orderBy: [{ datum: 'asc' }, { angelegtAm: 'asc' }, { id: 'asc' }] },
  }),
}));

const MahnschreibenVersendenInput = builder.inputType('MahnschreibenVersendenInput', {
  fields: (t) => ({
    aktId: t.id({ required: true }),
    gegnerPosition: t.int({ required: true, description: '1 for Gegner 1.' }),
    tarif: t.string({ required: true, description: 'Tariff code of the Mahnkosten, e.g. "MAK".' }),
    datum: t.field({ type: 'Date', description: 'The day it goes out; default today (Europe/Vienna). Not in the future, not before the last letter to this Gegner.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
  }),
});

builder.mutationFields((t) => ({
  mahnschreibenVersenden: t.field({
    type: objectPayload('MahnschreibenVersendenPayload', 'mahnschreiben', 'Mahnschreiben'),
    description:
      'Records that the dunning letter went out to a Gegner: the next stufe for that Gegner on that Akt, its content frozen (the figures of Akt.schuldnerstand and Akt.mahnkosten on `datum`). At most one per Gegner and day.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: MahnschreibenVersendenInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await mahnschreibenVersenden(ctx.prisma, ctx.viewer, () => ctx.tarifdaten(), input) }),
  }),
}));
