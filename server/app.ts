// The GraphQL server as a fetch handler: Yoga, the schema, and authentication by API key.
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { Kind, type SelectionNode } from 'graphql';
import { createGraphQLError, createYoga, type Plugin } from 'graphql-yoga';
import type { IncomingMessage } from 'node:http';
import { compiledAnswer } from '../schema/compiledReads.js';
import { schema } from '../schema/index.js';
import { bearerToken, hashApiKey, INTAKE_TOKEN_PREFIX, intakeTokenPrefix, VISIBLE_PREFIX_LENGTH } from './auth/apiKeys.js';
import { currentActor } from './audit/actor.js';
import { auditActorPlugin } from './audit/plugin.js';
import { isDatabaseUnavailable, maskDatabaseErrors, UNERWARTET, withClearErrors } from './databaseErrors.js';
import { fehlermeldungenDeutsch } from './fehlermeldungen.js';
import { DEFAULT_LIMITS, limitPlugins, type QueryLimits } from './limits.js';
import { executionLimits, guardLists } from './queryCost.js';
import { queryArgumentLimits } from './queryArguments.js';
import { MAX_REQUEST_BODY_BYTES, requestBodyLimit } from './requestBody.js';
import { clientAddress, type TrustProxy } from './auth/clientAddress.js';
import { addressBucket, quota, RateLimits, type Limit, type Quota } from './auth/rateLimiter.js';
import type { Viewer } from './auth/viewer.js';
import { authenticate, authenticateAndCount, type Anmeldung } from './auth/viewer.js';
import type { Context } from './context.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { loadTarifdaten } from './services/tarifdaten.js';
import { TarifdatenCache } from './services/tarifdatenCache.js';
import { honorarnoteEbInterface, honorarnotePdf, mahnschreibenPdf, mahnschreibenVorschauPdf } from './services/dokumente.js';
import { ValidationError } from './domain/errors.js';
import { TarifError } from './tarif/ratg.js';
import type { ZielRegeln } from './webhooks/ziel.js';
import { AnsweredDocuments, withFastReads, type Pruefung } from './fastReads.js';

export interface AppOptions {
  prisma: PrismaClient;
  graphiql?: boolean;
  /**
   * Reverse proxies in front of the server: how many append to X-Forwarded-For (true: 1), or their
   * addresses. The client address is the one the last trusted proxy saw. Default: none.
   */
  trustProxy?: boolean | TrustProxy;
  /** Online intake submissions per client address and office. Default: 10 per hour. */
  intakeRateLimit?: { max: number; windowMs: number };
  /** Persisted documents by id ("sha256:…"): default, the SDK's manifest. */
  persistedDocuments?: Record<string, string>;
  /** Query depth, cost, aliases, tokens, directives. */
  limits?: Partial<QueryLimits>;
  /** Requests per API key (by its id) and window. Default: 1 200 per minute. */
  keyRateLimit?: Limit;
  /** Requests without a valid API key (none, an intake token, an invalid one) per client address. Default: 120 per minute. */
  addressRateLimit?: Limit;
  /** Schema introspection (GraphiQL and codegen need it). Default: on. */
  introspection?: boolean;
  /** One JSON line per request (operation, duration, status, key prefix; no personal data). */
  log?: (line: RequestLog) => void;
  /**
   * Akten (`akt`, `akten`) with their relations in one statement as JSON. Default: on; off, they
   * load as plugin-prisma plans them (the tests compare both).
   */
  singleStatementReads?: boolean;
  /**
   * With singleStatementReads: a query of Akten answered from PostgreSQL's JSON without graphql-js
   * (schema/compiledReads.ts). Default: on; off, it runs through graphql-js (the tests compare both).
   */
  compiledReads?: boolean;
  /** Where webhooks may point (WEBHOOK_LOKALE_ZIELE). Default: public https targets only. */
  webhookZiele?: ZielRegeln;
  /** Largest request body in bytes (413 above it). Default: MAX_REQUEST_BODY_BYTES, 25 MB. */
  maxRequestBodyBytes?: number;
}

export interface RequestLog {
  time: string;
  method: string;
  path: string;
  operation: string | null;
  status: number;
  durationMs: number;
  keyPrefix: string | null;
}

/** Longest operation name or path written to the log: both are the client's text (even without a key). */
export const LOG_FIELD_MAX = 100;
const kuerzen = (s: string): string => (s.length > LOG_FIELD_MAX ? `${s.slice(0, LOG_FIELD_MAX)}…` : s);

/** A request's log line (also written by server/fastReads.ts for what it answers). */
const logLine = (method: string, path: string, operation: string | null, status: number, durationMs: number, authorization: string | null | undefined): RequestLog => {
  const key = bearerToken(authorization ?? null);
  return {
    time: new Date().toISOString(), method, path: kuerzen(path), operation, status,
    durationMs: Math.round(durationMs * 10) / 10, keyPrefix: key ? key.slice(0, VISIBLE_PREFIX_LENGTH) : null,
  };
};

/** Structured request logs: nothing from the body but the operation name. */
const requestLog = (log: (line: RequestLog) => void): Plugin => {
  const started = new WeakMap<Request, { t: number; operation: string | null }>();
  return {
    onRequest({ request }) {
      started.set(request, { t: performance.now(), operation: null });
    },
    onParams({ request, params }) {
      const s = started.get(request);
      if (s) s.operation = typeof params.operationName === 'string' ? kuerzen(params.operationName) : null;
    },
    onResponse({ request, response }) {
      const s = started.get(request);
      const url = new URL(request.url);
      log(logLine(request.method, url.pathname, s?.operation ?? null, response.status, s ? performance.now() - s.t : 0, request.headers.get('authorization')));
    },
  };
};

const SDK_MANIFEST = new URL('../sdk/src/generated/persisted-documents.json', import.meta.url);
const loadManifest = (): Record<string, string> => JSON.parse(readFileSync(SDK_MANIFEST, 'utf8'));

const OHNE_SCHLUESSEL = 'Anmeldung nötig: "Authorization: Bearer <API-Schlüssel>" senden.';

const unauthenticated = (message: string) =>
  createGraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
  });

/** Requests with an intake token may run exactly this mutation, and nothing else. */
const INTAKE_FIELDS = new Set(['submitMandatsanfrage', '__typename']);

const intakeOnly: Plugin<Context> = {
  onExecute({ args }) {
    if (!args.contextValue.intake) return;
    for (const def of args.document.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      const ok = def.operation === 'mutation' && def.selectionSet.selections.every((s: SelectionNode) => s.kind === Kind.FIELD && INTAKE_FIELDS.has(s.name.value));
      if (!ok) {
        throw createGraphQLError('Ein Intake-Token kann nur eine Mandatsanfrage einreichen (Mutation submitMandatsanfrage).', {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        });
      }
    }
  },
};

/**
 * Queries of Akten from one statement per root field, when they have a plan (after the limits: they
 * hold). A query text so answered is remembered: sent again, server/fastReads.ts answers it.
 */
const compiledReadsPlugin = (documents: AnsweredDocuments): Plugin<Context> => {
  const texts = new WeakMap<Request, string>();
  return {
    onParams({ request, params }) {
      // The client's own text (a documentId's text is set later, by the persisted-operations plugin).
      if (typeof params.query === 'string') texts.set(request, params.query);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue;
      if (ctx.intake) return;
      return compiledAnswer(args.schema, args.document, args.operationName, { raw: args.variableValues }, ctx, executionLimits(ctx)).then((answer) => {
        if (!answer) return;
        setResultAndStopExecution(answer);
        const text = texts.get((ctx as Context & { request: Request }).request);
        if (text !== undefined) documents.remember(text, args.operationName, args.document);
      });
    },
  };
};

const noViewer = new Proxy({} as Viewer, {
  get() {
    throw createGraphQLError('Ein Intake-Token kann nichts lesen und nichts ändern.', { extensions: { code: 'FORBIDDEN' } });
  },
});

/**
 * Documents with the same API key (and rate limit) as the GraphQL API:
 * GET /dokumente/honorarnote/<id>.pdf (the printed invoice), GET /dokumente/honorarnote/<id>.xml
 * (the same note as an ebInterface 6.1 e-invoice), GET /dokumente/mahnschreiben/<id>.pdf (a dunning
 * letter recorded as sent) and GET /dokumente/akt/<id>/mahnschreiben.pdf?gegner=1&tarif=MAK[&datum=YYYY-MM-DD]
 * (the letter as it would go out). Errors are JSON like GraphQL's: 400 BAD_REQUEST (a bad parameter,
 * or what stops the letter, with `field`), 400 TARIF_ERROR (as Akt.mahnkosten reports it), 404
 * NOT_FOUND (also for another office's object), 401, 405, 429.
 */
const dokumente = (prisma: PrismaClient, pruefen: Pruefen, tarifCache: TarifdatenCache): Plugin<object, ServerContext> => ({
  async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
    const honorarnote = /^\/dokumente\/honorarnote\/([^/]+)\.(pdf|xml)$/.exec(url.pathname);
    const gesendet = /^\/dokumente\/mahnschreiben\/([^/]+)\.pdf$/.exec(url.pathname);
    const vorschau = /^\/dokumente\/akt\/([^/]+)\/mahnschreiben\.pdf$/.exec(url.pathname);
    if (!honorarnote && !gesendet && !vorschau) return;
    const json = (status: number, message: string, headers: Record<string, string>, code: string, field?: string) =>
      endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] }), { status, headers: { 'content-type': 'application/json', ...headers } }));
    if (request.method !== 'GET') return json(405, 'Nur GET.', { allow: 'GET' }, 'METHOD_NOT_ALLOWED');
    const p = await pruefen(request, serverContext);
    if (p.quota?.retryAfterSeconds != null) return json(429, rateLimitMessage({ ...p, quota: p.quota }), { 'retry-after': String(p.quota.retryAfterSeconds) }, 'RATE_LIMITED');
    const anmeldung = p.anmeldung;
    const viewer = anmeldung?.viewer;
    if (!anmeldung || !viewer) return json(401, OHNE_SCHLUESSEL, { 'www-authenticate': 'Bearer' }, 'UNAUTHENTICATED');
    let doc: { dateiname: string; pdf: Buffer } | null;
    if (honorarnote) {
      const id = decodeURIComponent(honorarnote[1]!);
      const nichtDa = () => json(404, 'Diese Honorarnote gibt es in Ihrer Kanzlei nicht.', {}, 'NOT_FOUND');
      if (honorarnote[2] === 'xml') {
        // An e-invoice is a file to pass on (to the recipient's system, to the federal e-invoice portal): attachment.
        const xml = await honorarnoteEbInterface(prisma, viewer, id);
        if (!xml) return nichtDa();
        return endResponse(new fetchAPI.Response(xml.xml, {
          status: 200,
          headers: { 'content-type': 'application/xml; charset=utf-8', 'content-disposition': `attachment; filename="${xml.dateiname}"`, 'cache-control': 'private, no-store' },
        }));
      }
      doc = await honorarnotePdf(prisma, viewer, id);
      if (!doc) return nichtDa();
    } else if (gesendet) {
      doc = await mahnschreibenPdf(prisma, viewer, decodeURIComponent(gesendet[1]!));
      if (!doc) return json(404, 'Dieses Mahnschreiben gibt es in Ihrer Kanzlei nicht.', {}, 'NOT_FOUND');
    } else {
      try {
        doc = await mahnschreibenVorschauPdf(prisma, viewer, () => tarifCache.get(prisma, viewer.kanzleiId, anmeldung.tarifStand), decodeURIComponent(vorschau![1]!), url.searchParams);
      } catch (error) {
        if (error instanceof ValidationError) return json(400, error.message, {}, 'BAD_REQUEST', error.field ?? undefined);
        if (error instanceof TarifError) return json(400, error.message, {}, 'TARIF_ERROR', error.field);
        throw error;
      }
      if (!doc) return json(404, 'Diesen Akt gibt es in Ihrer Kanzlei nicht.', {}, 'NOT_FOUND');
    }
    endResponse(new fetchAPI.Response(new Uint8Array(doc.pdf), {
      status: 200,
      headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${doc.dateiname}"`, 'cache-control': 'private, no-store' },
    }));
  },
});

/** GET /health: the process answers, and the database does. */
const health = (prisma: PrismaClient): Plugin => ({
  async onRequest({ url, endResponse, fetchAPI }) {
    if (url.pathname !== '/health') return;
    let database = 'ok';
    try {
      await prisma.$queryRaw`SELECT 1`;
    } catch {
      database = 'unavailable';
    }
    endResponse(new fetchAPI.Response(JSON.stringify({ status: database === 'ok' ? 'ok' : 'degraded', database }), {
      status: database === 'ok' ? 200 : 503,
      headers: { 'content-type': 'application/json' },
    }));
  },
});

type ServerContext = { req?: { socket?: { remoteAddress?: string } } };

type Pruefen = (request: Request, serverContext: ServerContext) => Promise<Pruefung>;

const rateLimitMessage = (p: Pruefung & { quota: Quota }) =>
  `Anfragelimit erreicht für ${p.charged === 'key' ? 'diesen Schlüssel' : 'Ihre Adresse'}: ${p.quota.limit} Anfragen je Zeitfenster. Erneut versuchen in ${p.quota.retryAfterSeconds} s.`;

const rateLimitHeaders = (q: Quota) => ({ 'ratelimit-limit': String(q.limit), 'ratelimit-remaining': String(q.remaining), 'ratelimit-reset': String(q.resetSeconds) });

/**
 * The rate limit on every GraphQL request, whatever its path (onParams runs for each operation Yoga
 * is about to parse: /graphql, /x/graphql, /graphql/ alike), before anything is parsed:
 * RateLimit-Limit/-Remaining/-Reset on every answer, 429 with Retry-After once the window is used up.
 */
const rateLimit = (pruefen: Pruefen, settled: WeakMap<Request, Pruefung>): Plugin<object, ServerContext> => ({
  async onParams({ request, context }) {
    const p = await pruefen(request, context);
    const q = p.quota;
    if (q?.retryAfterSeconds != null) {
      throw createGraphQLError(rateLimitMessage({ ...p, quota: q }), {
        extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: { ...rateLimitHeaders(q), 'retry-after': String(q.retryAfterSeconds) } } },
      });
    }
  },
  onResponse({ request, response }) {
    const q = settled.get(request)?.quota;
    if (!q) return;
    for (const [name, value] of Object.entries(rateLimitHeaders(q))) response.headers.set(name, value);
  },
});

/** A memo that lives as long as one request's context. */
/** A request's memo for `Context.perRequest` (also used by migrate-to-postgres's in-process queries). */
export const perRequestMemo = (): Context['perRequest'] => {
  const loaded = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>) => {
    let p = loaded.get(key) as Promise<T> | undefined;
    if (!p) loaded.set(key, (p = load()));
    return p;
  };
};

export function createApp({
  prisma, graphiql = true, trustProxy = 0, intakeRateLimit = { max: 10, windowMs: 3_600_000 }, persistedDocuments = loadManifest(),
  limits = {}, keyRateLimit: keyLimit = { max: 1_200, windowMs: 60_000 }, addressRateLimit = { max: 120, windowMs: 60_000 },
  introspection = true, log, singleStatementReads = true, compiledReads = true, webhookZiele = { lokaleZiele: false },
  maxRequestBodyBytes = MAX_REQUEST_BODY_BYTES,
}: AppOptions) {
  const rateLimits = new RateLimits(prisma, keyLimit, addressRateLimit, intakeRateLimit);
  const trust: TrustProxy = trustProxy === true ? 1 : trustProxy === false ? 0 : trustProxy;
  const tarifCache = new TarifdatenCache();
  // One key lookup (which also counts the request) per request, shared by the rate limit, the
  // persisted-operations check, the PDF download and the context.
  const pruefungen = new WeakMap<Request, Promise<Pruefung>>();
  let graphiqlPage: Promise<string> | undefined;
  const settled = new WeakMap<Request, Pruefung>();
  /** An API key's hash and its name in RateLimits; null for no key or an intake token. */
  const keyName = (authorization: string | null | undefined) => {
    const key = bearerToken(authorization ?? null);
    if (!key || key.startsWith(INTAKE_TOKEN_PREFIX)) return null;
    const hash = hashApiKey(key);
    return { name: `t:${hash}`, hash };
  };
  const pruefe = async (authorization: string | null | undefined, forwardedFor: string | null | undefined, remoteAddress: string | undefined): Promise<Pruefung> => {
    const address = clientAddress(remoteAddress, forwardedFor ?? null, trust);
    const apiKey = keyName(authorization);
    if (apiKey) {
      const { name, hash } = apiKey;
      // A key this process already saw over its limit is refused without a statement.
      const known = rateLimits.known(name);
      if (known) return { anmeldung: null, quota: known, charged: 'key', address };
      // A hit counted in advance: only the key is checked (a revoked key is refused at once).
      const gehalten = rateLimits.ausVorrat(name, rateLimits.perKey);
      if (gehalten) {
        const anmeldung = await authenticate(prisma, hash);
        if (anmeldung) return { anmeldung, quota: gehalten, charged: 'key', address };
        rateLimits.vergessen(name);
        return { anmeldung: null, quota: await rateLimits.hit(addressBucket(address), rateLimits.perAddress), charged: 'address', address };
      }
      const n = rateLimits.vorausZaehlen(name, rateLimits.perKey);
      const { anmeldung, zaehlung: z, bucket } = await authenticateAndCount(prisma, hash, address, rateLimits, n);
      if (bucket === 'key') {
        const q = rateLimits.gezaehlt(name, rateLimits.perKey, n, z.hits, z.resetSeconds, z.restMs);
        rateLimits.remember(name, q, rateLimits.perKey);
        return { anmeldung, quota: q, charged: bucket, address };
      }
      const q = quota(rateLimits.perAddress, z.hits, z.resetSeconds);
      rateLimits.remember(addressBucket(address), q, rateLimits.perAddress);
      return { anmeldung, quota: q, charged: bucket, address };
    }
    try {
      return { anmeldung: null, quota: await rateLimits.hit(addressBucket(address), rateLimits.perAddress), charged: 'address', address };
    } catch (error) {
      // Without a key the answer is 401, which needs no database.
      if (!bearerToken(authorization ?? null) && isDatabaseUnavailable(error)) return { anmeldung: null, quota: null, charged: 'address', address };
      throw error;
    }
  };
  // Checks server/fastReads.ts made before it handed a request to Yoga, by node:http's request.
  const vorab = new WeakMap<IncomingMessage, Pruefung>();
  const pruefen: Pruefen = (request, serverContext) => {
    let p = pruefungen.get(request);
    if (!p) {
      const schon = serverContext.req && vorab.get(serverContext.req as IncomingMessage);
      p = schon ? Promise.resolve(schon) : pruefe(request.headers.get('authorization'), request.headers.get('x-forwarded-for'), serverContext.req?.socket?.remoteAddress);
      pruefungen.set(request, p);
      void p.then((done) => settled.set(request, done), () => {});
    }
    return p;
  };
  /** The context of a request with a valid API key (Yoga's and server/fastReads.ts's). */
  const keyContext = ({ viewer, tarifStand }: Anmeldung, address: string): Context => {
    const perRequest = perRequestMemo();
    return {
      prisma, viewer, intake: null, clientAddress: address, rateLimits, perRequest, singleStatementReads, webhookZiele,
      // A query prices with the copy cached at the Stand read with the key. A mutation (it runs
      // as an audit actor) may just have changed the tariff data: it loads its own.
      tarifdaten: () =>
        currentActor()
          ? perRequest('tarifdaten', () => loadTarifdaten(prisma, viewer.kanzleiId))
          : tarifCache.get(prisma, viewer.kanzleiId, tarifStand),
    };
  };
  const documents = new AnsweredDocuments();
  const allLimits = { ...DEFAULT_LIMITS, ...limits };
  const yogaSchema = guardLists(schema);
  const yoga = createYoga<ServerContext, Context>({
    plugins: [
      // Every error's message in German, each with its extensions.code.
      fehlermeldungenDeutsch,
      ...(log ? [requestLog(log)] : []),
      ...(introspection ? [] : [useDisableIntrospection()]),
      health(prisma),
      rateLimit(pruefen, settled),
      // Browsers must send a preflighted request (JSON, or this header): no cross-site form posts.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...limitPlugins(allLimits),
      intakeOnly,
      // Strings, lists, pages and cursors of every argument, before anything runs.
      queryArgumentLimits,
      auditActorPlugin,
      ...(singleStatementReads && compiledReads ? [compiledReadsPlugin(documents)] : []),
      withClearErrors(dokumente(prisma, pruefen, tarifCache)),
      // Partner keys run only the SDK's persisted operations (sent as `documentId`); other keys may
      // send any query, or a documentId too.
      usePersistedOperations({
        // Own keys only: "__proto__" or "toString" would otherwise find Object.prototype's members.
        getPersistedOperation: (id) => (Object.hasOwn(persistedDocuments, id) ? persistedDocuments[id]! : null),
        extractPersistedOperationId: (params) =>
          (params as { documentId?: string }).documentId ?? (params.extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash ?? null,
        allowArbitraryOperations: async (request) => {
          const key = bearerToken(request.headers.get('authorization'));
          if (!key || key.startsWith(INTAKE_TOKEN_PREFIX)) return true; // refused (or limited) later
          return !(await pruefen(request, {})).anmeldung?.viewer.nurPersistiert;
        },
        customErrors: {
          persistedQueryOnly: { message: 'Dieser Schlüssel ist ein Partnerschlüssel: er darf nur die persistierten Operationen des SDK ausführen (documentId senden).', extensions: { code: 'PERSISTED_ONLY', http: { status: 403 } } },
          notFound: { message: 'Unbekannte persistierte Operation (documentId).', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } },
        },
      }),
      // After Yoga's request parsers (they come before every plugin of ours): it wraps the chosen one.
      requestBodyLimit(maxRequestBodyBytes),
    ],
    // requestBodyLimit instead: the same limit without a stream pipeline per request (requestBody.ts).
    maxRequestBodySize: false,
    schema: yogaSchema,
    // Unexpected errors reach clients as "Unerwarteter Fehler."; a lost database as DATABASE_UNAVAILABLE (503).
    maskedErrors: { maskError: maskDatabaseErrors, errorMessage: UNERWARTET },
    graphqlEndpoint: '/graphql',
    // Yoga's own check (process only) moves to /live; /health also asks the database.
    healthCheckEndpoint: '/live',
    landingPage: false,
    // GraphiQL's scripts and styles come from this server, not from a CDN: it works in an office
    // network without outside access. The page (about 9 MB, loaded on first use) is made once.
    renderGraphiQL: (options) => (graphiqlPage ??= import('@graphql-yoga/render-graphiql').then((m) => m.renderGraphiQL(options))),
    graphiql: graphiql && {
      title: 'Kanzlei GraphQL',
      defaultEditorToolsVisibility: 'headers',
      headers: JSON.stringify({ Authorization: 'Bearer <your API key>' }, null, 2),
    },
    // Every operation needs a valid key: no key, no data (introspection included).
    context: async (initial) => {
      const { request } = initial;
      const key = bearerToken(request.headers.get('authorization'));
      if (!key) throw unauthenticated(OHNE_SCHLUESSEL);
      const { anmeldung, address } = await pruefen(request, initial);
      if (key.startsWith(INTAKE_TOKEN_PREFIX)) {
        const kanzlei = await prisma.kanzlei.findUnique({ where: { intakeTokenHash: hashApiKey(key) }, select: { id: true } });
        if (!kanzlei) throw unauthenticated('Ungültiges Intake-Token.');
        return {
          prisma, intake: { kanzleiId: kanzlei.id, tokenPrefix: intakeTokenPrefix(key) }, clientAddress: address, rateLimits,
          // Any use of the viewer fails (the context is copied by plugins, so no getter on it).
          viewer: noViewer,
          tarifdaten: () => Promise.reject(new Error('no tariff data for intake requests')),
          perRequest: perRequestMemo(), singleStatementReads, webhookZiele,
        };
      }
      if (!anmeldung) throw unauthenticated('Ungültiger oder widerrufener API-Schlüssel.');
      return keyContext(anmeldung, address);
    },
  });
  if (!singleStatementReads || !compiledReads) return yoga;
  return withFastReads(yoga, {
    documents, schema: yogaSchema, limits: allLimits, pruefe, vorab, context: keyContext, headers: rateLimitHeaders,
    clientAddress: (forwardedFor, remoteAddress) => clientAddress(remoteAddress, forwardedFor ?? null, trust),
    keyName,
    vorrat: (name) => (rateLimits.known(name) ? null : rateLimits.ausVorrat(name, rateLimits.perKey)),
    zuruecklegen: (name) => rateLimits.zuruecklegen(name),
    log: log && ((operation, status, durationMs, authorization) => log(logLine('POST', '/graphql', operation, status, durationMs, authorization))),
  });
}

export type App = ReturnType<typeof createApp>;
