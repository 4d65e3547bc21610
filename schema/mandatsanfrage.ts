// The mandate life cycle up to the Akt: online intake, assessment, assignment, conflict check,
// acceptance; and the status of an Akt with its history.
import { GraphQLError } from 'graphql';
import { RateLimitError } from '../server/domain/errors.js';
import { intakeBucket } from '../server/auth/rateLimiter.js';
import type { Treffer } from '../server/domain/kollision.js';
import { isId } from '../server/domain/validation.js';
import type { Prisma } from '../server/generated/prisma/client.js';
import type { MandatsanfrageStatus as StatusValue } from '../server/generated/prisma/enums.js';
import { setAktStatus } from '../server/services/akten.js';
import type { BekannteRolle } from '../server/services/kollision.js';
import { pruefeKollisionen } from '../server/services/kollision.js';
import {
  annehmenMandatsanfrage, anwaelteDerKanzlei, assignMandatsanfrage, pruefeKollision, rotateIntakeToken, submitMandatsanfrage, updateMandatsanfrage, zuweisungsvorschlag,
} from '../server/services/mandate.js';
import { setSachgebiete } from '../server/services/benutzer.js';
import { AktStatus } from './akt.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';
import { checkPageSize, connectionOptions } from './pagination.js';
import { IDEMPOTENCY_KEY_DESCRIPTION, objectPayload } from './payload.js';
import { PersonArt } from './person.js';

const MandatsanfrageStatus = builder.enumType('MandatsanfrageStatus', { values: ['EINGEGANGEN', 'IN_PRUEFUNG', 'ANGENOMMEN', 'ABGELEHNT'] as const });
const Dringlichkeit = builder.enumType('Dringlichkeit', { values: ['NIEDRIG', 'NORMAL', 'HOCH', 'SOFORT'] as const });
const ParteiRolle = builder.enumType('ParteiRolle', { values: ['KLIENT', 'GEGNER'] as const });

type IntakeGegner = { art: 'NATUERLICHE_PERSON' | 'UNTERNEHMEN' | 'BEHOERDE'; name: string; strasse?: string | null; plz?: string | null; ort?: string | null };
type Dokument = { dateiname: string; typ: string; groesse: number };

const IntakeGegnerType = builder.objectRef<IntakeGegner>('AnfrageGegner').implement({
  fields: (t) => ({
    art: t.field({ type: PersonArt, resolve: (g) => g.art }),
    name: t.exposeString('name'),
    strasse: t.string({ nullable: true, resolve: (g) => g.strasse ?? null }),
    plz: t.string({ nullable: true, resolve: (g) => g.plz ?? null }),
    ort: t.string({ nullable: true, resolve: (g) => g.ort ?? null }),
  }),
});
const DokumentType = builder.objectRef<Dokument>('AnfrageDokument').implement({
  fields: (t) => ({ dateiname: t.exposeString('dateiname'), typ: t.exposeString('typ'), groesse: t.exposeInt('groesse', { description: 'Bytes.' }) }),
});

const KollisionsTreffer = builder.objectRef<Treffer<BekannteRolle>>('KollisionsTreffer').implement({
  description: 'A conflict: a new Gegner who is a Klient of the office, or a new Klient who is a Gegner (in any Akt, open or closed).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name that was checked.' }),
    neueRolle: t.field({ type: ParteiRolle, resolve: (x) => x.neueRolle }),
    bekannterName: t.string({ resolve: (x) => x.bekannt.name }),
    bekannteRolle: t.field({ type: ParteiRolle, description: 'Its role in the existing Akt.', resolve: (x) => x.bekannt.rolle }),
    personId: t.id({ resolve: (x) => x.bekannt.ref.personId }),
    aktId: t.id({ resolve: (x) => x.bekannt.ref.aktId }),
    aktenzeichen: t.string({ resolve: (x) => x.bekannt.ref.aktenzeichen }),
    gruende: t.stringList({ description: 'Why the names matched.', resolve: (x) => x.gruende }),
  }),
});

const Vorschlag = builder.objectRef<{ benutzerId: string; sachgebietPasst: boolean; offeneAkten: number }>('Zuweisungsvorschlag').implement({
  fields: (t) => ({
    benutzer: t.prismaField({ type: 'Benutzer', resolve: (query, v, _a, ctx) => ctx.prisma.benutzer.findUniqueOrThrow({ ...query, where: { id: v.benutzerId } }) }),
    sachgebietPasst: t.exposeBoolean('sachgebietPasst'),
    offeneAkten: t.exposeInt('offeneAkten', { description: 'Akten ANGELEGT or IN_BEARBEITUNG this lawyer is responsible for.' }),
  }),
});

builder.prismaObject('Mandatsanfrage', {
  description: 'An online mandate request and its assessment.',
  fields: (t) => ({
    id: t.exposeID('id'),
    referenz: t.exposeString('referenz'),
    status: t.expose('status', { type: MandatsanfrageStatus }),
    eingegangenAm: t.expose('eingegangenAm', { type: 'DateTime' }),
    klientArt: t.expose('klientArt', { type: PersonArt }),
    klientName: t.exposeString('klientName'),
    klientStrasse: t.exposeString('klientStrasse', { nullable: true }),
    klientPlz: t.exposeString('klientPlz', { nullable: true }),
    klientOrt: t.exposeString('klientOrt', { nullable: true }),
    klientEmail: t.exposeString('klientEmail'),
    klientTelefon: t.exposeString('klientTelefon', { nullable: true }),
    gegner: t.field({ type: [IntakeGegnerType], resolve: (a) => a.gegner as IntakeGegner[] }),
    sachgebiet: t.exposeString('sachgebiet'),
    beschreibung: t.exposeString('beschreibung'),
    streitwert: t.expose('streitwert', { type: 'Decimal', nullable: true }),
    dringlichkeit: t.expose('dringlichkeit', { type: Dringlichkeit }),
    dokumente: t.field({ type: [DokumentType], resolve: (a) => a.dokumente as Dokument[] }),
    umfang: t.exposeString('umfang', { nullable: true }),
    bewertung: t.exposeString('bewertung', { nullable: true }),
    zugewiesenAn: t.relation('zugewiesenAn', { nullable: true }),
    zuweisungsvorschlag: t.field({
      type: [Vorschlag],
      description: 'The office’s lawyers (ANWALT, ADMIN) ranked: those whose Sachgebiete (setSachgebiete) include the request’s first (any case), then fewest open Akten, then Kürzel.',
      // The office's lawyers are loaded once per request, however many requests a list shows.
      resolve: async (a, _args, ctx) =>
        zuweisungsvorschlag(await ctx.perRequest('anwaelte', () => anwaelteDerKanzlei(ctx.prisma, ctx.viewer.kanzleiId)), a.sachgebiet),
    }),
    kollisionGeprueftAm: t.expose('kollisionGeprueftAm', { type: 'DateTime', nullable: true }),
    kollisionTreffer: t.field({
      type: [KollisionsTreffer],
      nullable: true,
      description: 'Hits of the last conflict check (null: not checked yet).',
      resolve: (a) => (a.kollisionTreffer as Treffer<BekannteRolle>[] | null) ?? null,
    }),
    kollisionFreigabeGrund: t.exposeString('kollisionFreigabeGrund', { nullable: true }),
    kollisionFreigabeVon: t.relation('kollisionFreigabeVon', { nullable: true }),
    ablehnungsgrund: t.exposeString('ablehnungsgrund', { nullable: true }),
    akt: t.relation('akt', { nullable: true }),
  }),
});

builder.prismaObject('AktStatusAenderung', {
  fields: (t) => ({
    von: t.expose('von', { type: AktStatus, nullable: true }),
    nach: t.expose('nach', { type: AktStatus }),
    am: t.expose('am', { type: 'DateTime' }),
    benutzer: t.relation('benutzer', { nullable: true }),
    grund: t.exposeString('grund', { nullable: true }),
  }),
});

builder.prismaObjectFields('Akt', (t) => ({
  verlauf: t.relation('verlauf', { description: 'Status changes, oldest first: who and when.', query: { orderBy: [{ am: 'asc' }, { id: 'asc' }] } }),
  mandatsanfrage: t.relation('mandatsanfrage', { nullable: true, description: 'The online request the Akt came from.' }),
}));

const MandatsanfrageFilter = builder.inputType('MandatsanfrageFilter', {
  fields: (t) => ({ status: t.field({ type: [MandatsanfrageStatus] }), zugewiesenAnId: t.id() }),
});

function anfrageWhere(kanzleiId: string, f: typeof MandatsanfrageFilter.$inferInput | null | undefined): Prisma.MandatsanfrageWhereInput {
  return {
    kanzleiId,
    ...(f?.status?.length ? { status: { in: f.status as StatusValue[] } } : {}),
    ...(f?.zugewiesenAnId && isId(f.zugewiesenAnId) ? { zugewiesenAnId: f.zugewiesenAnId } : {}),
  };
}

builder.queryFields((t) => ({
  mandatsanfrage: t.prismaField({
    type: 'Mandatsanfrage',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => (isId(id) ? ctx.prisma.mandatsanfrage.findFirst({ ...query, where: { id, kanzleiId: ctx.viewer.kanzleiId } }) : null),
  }),
  mandatsanfragen: t.prismaConnection({
    type: 'Mandatsanfrage',
    ...connectionOptions,
    description: 'Requests of the office, newest first.',
    args: { filter: t.arg({ type: MandatsanfrageFilter }) },
    // Counted (one statement) only when the client asks for totalCount.
    totalCount: (_conn, args, ctx) => ctx.prisma.mandatsanfrage.count({ where: anfrageWhere(ctx.viewer.kanzleiId, args.filter) }),
    resolve: (query, _r, args, ctx) => {
      checkPageSize(args);
      const where = anfrageWhere(ctx.viewer.kanzleiId, args.filter);
      return ctx.prisma.mandatsanfrage.findMany({ ...query, where, orderBy: [{ eingegangenAm: 'desc' }, { id: 'desc' }] });
    },
  }),
  kollisionspruefung: t.field({
    type: [KollisionsTreffer],
    description:
      'Conflict check: each new Gegner against the office’s Klienten, each new Klient against its Gegner, in all Akten (open or closed). ' +
      'For a Mandatsanfrage’s parties (`mandatsanfrageId`) and/or any names; nothing is recorded (pruefeKollision records it on the request).',
    args: { mandatsanfrageId: t.arg.id(), klient: t.arg.stringList(), gegner: t.arg.stringList() },
    resolve: async (_r, args, ctx) => {
      const klient = [...(args.klient ?? [])];
      const gegner = [...(args.gegner ?? [])];
      if (args.mandatsanfrageId != null) {
        const a = isId(args.mandatsanfrageId)
          ? await ctx.prisma.mandatsanfrage.findFirst({ where: { id: args.mandatsanfrageId, kanzleiId: ctx.viewer.kanzleiId }, select: { klientName: true, gegner: true } })
          : null;
        if (!a) throw new GraphQLError(`Mandatsanfrage ${args.mandatsanfrageId} wurde nicht gefunden.`, { extensions: { code: 'NOT_FOUND' } });
        klient.push(a.klientName);
        gegner.push(...(a.gegner as IntakeGegner[]).map((g) => g.name));
      }
      if (klient.length + gegner.length > 50 || [...klient, ...gegner].some((n) => n.length > 200)) {
        throw new GraphQLError('Höchstens 50 Namen mit je höchstens 200 Zeichen.', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return pruefeKollisionen(ctx.prisma, ctx.viewer.kanzleiId, { klient, gegner });
    },
  }),
}));

const IntakeKlientInput = builder.inputType('AnfrageKlientInput', {
  fields: (t) => ({
    art: t.field({ type: PersonArt }), name: t.string({ required: true }), strasse: t.string(), plz: t.string(), ort: t.string(),
    email: t.string({ required: true }), telefon: t.string(),
  }),
});
const IntakeGegnerInput = builder.inputType('AnfrageGegnerInput', {
  fields: (t) => ({ art: t.field({ type: PersonArt }), name: t.string({ required: true }), strasse: t.string(), plz: t.string(), ort: t.string() }),
});
const DokumentInput = builder.inputType('AnfrageDokumentInput', {
  description: 'Metadata of a document the requester attaches (the file itself travels separately).',
  fields: (t) => ({ dateiname: t.string({ required: true }), typ: t.string({ required: true, description: 'MIME type, e.g. application/pdf.' }), groesse: t.int({ required: true, description: 'Bytes, at most 25 MB.' }) }),
});
const SubmitMandatsanfrageInput = builder.inputType('SubmitMandatsanfrageInput', {
  fields: (t) => ({
    klient: t.field({ type: IntakeKlientInput, required: true }),
    gegner: t.field({ type: [IntakeGegnerInput], description: 'Up to 10.' }),
    sachgebiet: t.string({ required: true }),
    beschreibung: t.string({ required: true }),
    streitwert: t.field({ type: 'Decimal' }),
    dringlichkeit: t.field({ type: Dringlichkeit }),
    dokumente: t.field({ type: [DokumentInput], description: 'Up to 20.' }),
    idempotencyKey: t.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }),
  }),
});

const SubmitPayload = builder.objectRef<{ referenz: string; eingegangenAm: Date }>('SubmitMandatsanfragePayload').implement({
  description: 'The request is stored; quote the reference number in any contact.',
  fields: (t) => ({ referenz: t.exposeString('referenz'), eingegangenAm: t.expose('eingegangenAm', { type: 'DateTime' }) }),
});

const UpdateMandatsanfrageInput = builder.inputType('UpdateMandatsanfrageInput', {
  description: 'Assessment. status IN_PRUEFUNG or ABGELEHNT (with ablehnungsgrund); acceptance is annehmenMandatsanfrage.',
  fields: (t) => ({
    id: t.id({ required: true }), status: t.field({ type: MandatsanfrageStatus }), umfang: t.string(), bewertung: t.string(),
    dringlichkeit: t.field({ type: Dringlichkeit }), ablehnungsgrund: t.string(),
  }),
});
const AssignMandatsanfrageInput = builder.inputType('AssignMandatsanfrageInput', { fields: (t) => ({ id: t.id({ required: true }), benutzerId: t.id({ required: true }) }) });
const SetSachgebieteInput = builder.inputType('SetSachgebieteInput', {
  description: 'The Sachgebiete a lawyer takes on, as requests name them (e.g. "Inkasso"); replaces the list, [] clears it. At most 20, none twice.',
  fields: (t) => ({ benutzerId: t.id({ required: true }), sachgebiete: t.stringList({ required: true }) }),
});
const PruefeKollisionInput = builder.inputType('PruefeKollisionInput', { fields: (t) => ({ id: t.id({ required: true }) }) });
const AnnehmenMandatsanfrageInput = builder.inputType('AnnehmenMandatsanfrageInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    aktenzeichen: t.string({ description: 'Default: the next free "YYYY/NNNN".' }),
    zustaendigId: t.id({ description: 'Default: the lawyer the request is assigned to.' }),
    kollisionFreigabeGrund: t.string({ description: 'Required when the conflict check had hits: a lawyer’s reason to proceed.' }),
  }),
});
const SetAktStatusInput = builder.inputType('SetAktStatusInput', {
  fields: (t) => ({ aktId: t.id({ required: true }), version: t.int({ required: true }), status: t.field({ type: AktStatus, required: true }), grund: t.string() }),
});
const RotateIntakeTokenPayload = builder.objectRef<{ token: string }>('RotateIntakeTokenPayload').implement({
  fields: (t) => ({ token: t.exposeString('token', { description: 'Shown once. Put it into the web form; the previous one stops working.' }) }),
});

const MandatsanfragePayload = (name: string) => objectPayload(name, 'mandatsanfrage', 'Mandatsanfrage');

builder.mutationFields((t) => ({
  submitMandatsanfrage: t.field({
    type: SubmitPayload,
    description: 'The office’s web form: callable with its public intake token (or an API key). Rate limited per client address.',
    errors: { types: [...mutationErrors, RateLimitError] },
    args: { input: t.arg({ type: SubmitMandatsanfrageInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const kanzleiId = ctx.intake?.kanzleiId ?? ctx.viewer.kanzleiId;
      const { retryAfterSeconds } = await ctx.rateLimits.hit(intakeBucket(kanzleiId, ctx.clientAddress), ctx.rateLimits.intake);
      if (retryAfterSeconds !== null) throw new RateLimitError(retryAfterSeconds);
      return submitMandatsanfrage(ctx.prisma, kanzleiId, input);
    },
  }),
  rotateIntakeToken: t.field({
    type: RotateIntakeTokenPayload,
    errors: { types: mutationErrors },
    resolve: async (_r, _a, ctx) => ({ token: await rotateIntakeToken(ctx.prisma, ctx.viewer) }),
  }),
  updateMandatsanfrage: t.field({
    type: MandatsanfragePayload('UpdateMandatsanfragePayload'),
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpdateMandatsanfrageInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await updateMandatsanfrage(ctx.prisma, ctx.viewer, input) }),
  }),
  assignMandatsanfrage: t.field({
    type: MandatsanfragePayload('AssignMandatsanfragePayload'),
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: AssignMandatsanfrageInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await assignMandatsanfrage(ctx.prisma, ctx.viewer, input) }),
  }),
  setSachgebiete: t.field({
    type: objectPayload('SetSachgebietePayload', 'benutzer', 'Benutzer'),
    description: 'Records a user’s Sachgebiete (ADMIN): zuweisungsvorschlag ranks the lawyers whose Sachgebiete include a request’s first.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SetSachgebieteInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await setSachgebiete(ctx.prisma, ctx.viewer, input) }),
  }),
  pruefeKollision: t.field({
    type: MandatsanfragePayload('PruefeKollisionPayload'),
    description: 'Runs the conflict check for the request’s Klient and Gegner and records the hits on it.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: PruefeKollisionInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await pruefeKollision(ctx.prisma, ctx.viewer, input) }),
  }),
  annehmenMandatsanfrage: t.field({
    type: MandatsanfragePayload('AnnehmenMandatsanfragePayload'),
    description: 'Accepts the request after a conflict check: creates the Persons (reusing matching ones) and the Akt.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: AnnehmenMandatsanfrageInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await annehmenMandatsanfrage(ctx.prisma, ctx.viewer, input) }),
  }),
  setAktStatus: t.field({
    type: objectPayload('SetAktStatusPayload', 'akt', 'Akt'),
    description: 'ANGELEGT → IN_BEARBEITUNG → ABGESCHLOSSEN (→ IN_BEARBEITUNG again); recorded in Akt.verlauf.',
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: SetAktStatusInput, required: true }) },
    resolve: async (_r, { input }, ctx) => ({ id: await setAktStatus(ctx.prisma, ctx.viewer, input) }),
  }),
}));
