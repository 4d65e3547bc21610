// The court and authority register: the shared Austrian courts plus the office's own authorities.
import { createGericht, sucheGerichte } from '../server/services/gerichte.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { checkListSize } from './pagination.js';
import { objectPayload } from './payload.js';

export const GerichtArt = builder.enumType('GerichtArt', {
  values: {
    OGH: { description: 'Oberster Gerichtshof' },
    OLG: { description: 'Oberlandesgericht' },
    LG: { description: 'Landesgericht (incl. Handelsgericht Wien, ASG Wien)' },
    BG: { description: 'Bezirksgericht (incl. BG für Handelssachen Wien)' },
    SONDERGERICHT: {},
    BEHOERDE: { description: 'An authority (e.g. Finanzamt, Magistrat) an office added.' },
  } as const,
});

builder.prismaObject('Gericht', {
  description: 'A court or authority that can issue a Titel.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kurzbezeichnung: t.exposeString('kurzbezeichnung'),
    name: t.exposeString('name'),
    art: t.expose('art', { type: GerichtArt }),
    strasse: t.exposeString('strasse', { nullable: true }),
    plz: t.exposeString('plz'),
    ort: t.exposeString('ort'),
    bundesland: t.exposeString('bundesland', { nullable: true }),
    eigenes: t.boolean({ description: 'Added by this office (not from the shared register).', resolve: (g) => g.kanzleiId !== null }),
  }),
});

const MAX_GERICHTE = 200;

builder.queryField('gerichte', (t) =>
  t.prismaField({
    type: ['Gericht'],
    description:
      'Courts and authorities matching `suche` (short or full name, any case). With `plz` (e.g. of Gegner 1), those in the ' +
      'same postcode come first, then the same postcode area (first two digits), then the same region (first digit).',
    args: {
      suche: t.arg.string(),
      plz: t.arg.string(),
      first: t.arg.int({ defaultValue: 50, description: `0 to ${MAX_GERICHTE}; outside, the request is refused.` }),
    },
    resolve: (query, _root, args, ctx) => {
      checkListSize('first', args.first, MAX_GERICHTE);
      return sucheGerichte(ctx.prisma, ctx.viewer, { ...args, query });
    },
  }),
);

const CreateGerichtInput = builder.inputType('CreateGerichtInput', {
  fields: (t) => ({
    kurzbezeichnung: t.string({ required: true }),
    name: t.string({ required: true }),
    art: t.field({ type: GerichtArt, description: 'Default BEHOERDE.' }),
    strasse: t.string(),
    plz: t.string({ required: true }),
    ort: t.string({ required: true }),
    bundesland: t.string(),
  }),
});

builder.mutationField('createGericht', (t) =>
  t.field({
    type: objectPayload('CreateGerichtPayload', 'gericht', 'Gericht'),
    description: 'Adds an authority (or court) to this office’s register.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateGerichtInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ id: await createGericht(ctx.prisma, ctx.viewer, input) }),
  }),
);
