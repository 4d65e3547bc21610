// The GraphQL server as a fetch handler: Yoga, the schema, and authentication by API key.
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { Kind, type SelectionNode } from 'graphql';
import { createGraphQLError, createYoga, type Plugin } from 'graphql-yoga';
import { schema } from '../schema/index.js';
import { bearerToken, hashApiKey, INTAKE_TOKEN_PREFIX, intakeTokenPrefix, VISIBLE_PREFIX_LENGTH } from './auth/apiKeys.js';
import { currentActor } from './audit/actor.js';
import { auditActorPlugin } from './audit/plugin.js';
import { maskDatabaseErrors, withClearErrors } from './databaseErrors.js';
import { DEFAULT_LIMITS, limitPlugins, type QueryLimits } from './limits.js';
import { guardLists } from './queryCost.js';
import { queryArgumentLimits } from './queryArguments.js';
import { RateLimiter } from './auth/rateLimiter.js';
import type { Viewer } from './auth/viewer.js';
import { authenticate, viewerForApiKey, type Anmeldung } from './auth/viewer.js';
import type { Context } from './context.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { loadTarifdaten } from './services/tarifdaten.js';
import { TarifdatenCache } from './services/tarifdatenCache.js';
import { honorarnotePdf } from './services/dokumente.js';

export interface AppOptions {
  prisma: PrismaClient;
  graphiql?: boolean;
  /** Take the client address from X-Forwarded-For (behind a trusted reverse proxy). */
  trustProxy?: boolean;
  /** Online intake submissions per client address and office. Default: 10 per hour. */
  intakeRateLimit?: { max: number; windowMs: number };
  /** Persisted documents by id ("sha256:…"): default, the SDK's manifest. */
  persistedDocuments?: Record<string, string>;
  /** Query depth, cost, aliases, tokens, directives. */
  limits?: Partial<QueryLimits>;
  /** Requests per API key and window. Default: 1 200 per minute. */
  keyRateLimit?: { max: number; windowMs: number };
  /** Schema introspection (GraphiQL and codegen need it). Default: on. */
  introspection?: boolean;
  /** One JSON line per request (operation, duration, status, key prefix; no personal data). */
  log?: (line: RequestLog) => void;
  /**
   * Akten (`akt`, `akten`) with their relations in one statement as JSON. Default: on; off, they
   * load as plugin-prisma plans them (the tests compare both).
   */
  singleStatementReads?: boolean;
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
      const key = bearerToken(request.headers.get('authorization'));
      log({
        time: new Date().toISOString(),
        method: request.method,
        path: kuerzen(url.pathname),
        operation: s?.operation ?? null,
        status: response.status,
        durationMs: s ? Math.round((performance.now() - s.t) * 10) / 10 : 0,
        keyPrefix: key ? key.slice(0, VISIBLE_PREFIX_LENGTH) : null,
      });
    },
  };
};

const SDK_MANIFEST = new URL('../sdk/src/generated/persisted-documents.json', import.meta.url);
const loadManifest = (): Record<string, string> => JSON.parse(readFileSync(SDK_MANIFEST, 'utf8'));

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
        throw createGraphQLError('An intake token can only submit a Mandatsanfrage (mutation submitMandatsanfrage).', {
          extensions: { code: 'FORBIDDEN', http: { status: 403 } },
        });
      }
    }
  },
};

function clientAddress(request: Request, serverContext: { req?: { socket?: { remoteAddress?: string } } }, trustProxy: boolean): string {
  const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || serverContext.req?.socket?.remoteAddress || 'unknown';
}

const noViewer = new Proxy({} as Viewer, {
  get() {
    throw createGraphQLError('An intake token cannot read or change anything.', { extensions: { code: 'FORBIDDEN' } });
  },
});

/** GET /dokumente/honorarnote/<id>.pdf with the same API key as the GraphQL API. */
const dokumente = (prisma: PrismaClient): Plugin => ({
  async onRequest({ request, url, endResponse, fetchAPI }) {
    const match = /^\/dokumente\/honorarnote\/([^/]+)\.pdf$/.exec(url.pathname);
    if (!match) return;
    const json = (status: number, message: string, headers: Record<string, string> = {}) =>
      endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message }] }), { status, headers: { 'content-type': 'application/json', ...headers } }));
    if (request.method !== 'GET') return json(405, 'Use GET.', { allow: 'GET' });
    const key = bearerToken(request.headers.get('authorization'));
    const viewer = key && !key.startsWith(INTAKE_TOKEN_PREFIX) ? await viewerForApiKey(prisma, key) : null;
    if (!viewer) return json(401, 'Authentication required: send "Authorization: Bearer <API key>".', { 'www-authenticate': 'Bearer' });
    const doc = await honorarnotePdf(prisma, viewer, decodeURIComponent(match[1]!));
    if (!doc) return json(404, 'No such Honorarnote in your office.');
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

/**
 * Requests per API key (by its visible prefix): RateLimit-Limit/-Remaining/-Reset on every answer,
 * 429 with Retry-After once the window is used up.
 */
const keyRateLimit = (limiter: RateLimiter): Plugin => {
  const quota = new WeakMap<Request, { remaining: number; resetSeconds: number }>();
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql') return;
      const key = bearerToken(request.headers.get('authorization'));
      if (!key) return;
      const q = limiter.take(key.slice(0, VISIBLE_PREFIX_LENGTH + 1));
      const headers = { 'ratelimit-limit': String(limiter.max), 'ratelimit-remaining': String(q.remaining), 'ratelimit-reset': String(q.resetSeconds) };
      if (q.retryAfterSeconds !== null) {
        const message = `Rate limit reached: ${limiter.max} requests per ${limiter.windowMs / 1000} s for this key. Retry after ${q.retryAfterSeconds} s.`;
        endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] }), {
          status: 429,
          headers: { ...headers, 'content-type': 'application/json', 'retry-after': String(q.retryAfterSeconds) },
        }));
        return;
      }
      quota.set(request, q);
    },
    onResponse({ request, response }) {
      const q = quota.get(request);
      if (!q) return;
      response.headers.set('ratelimit-limit', String(limiter.max));
      response.headers.set('ratelimit-remaining', String(q.remaining));
      response.headers.set('ratelimit-reset', String(q.resetSeconds));
    },
  };
};

/** A memo that lives as long as one request's context. */
const perRequestMemo = (): Context['perRequest'] => {
  const loaded = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>) => {
    let p = loaded.get(key) as Promise<T> | undefined;
    if (!p) loaded.set(key, (p = load()));
    return p;
  };
};

export function createApp({
  prisma, graphiql = true, trustProxy = false, intakeRateLimit = { max: 10, windowMs: 3_600_000 }, persistedDocuments = loadManifest(),
  limits = {}, keyRateLimit: keyLimit = { max: 1_200, windowMs: 60_000 }, introspection = true, log, singleStatementReads = true,
}: AppOptions) {
  const intakeLimiter = new RateLimiter(intakeRateLimit.max, intakeRateLimit.windowMs);
  const keyLimiter = new RateLimiter(keyLimit.max, keyLimit.windowMs);
  const tarifCache = new TarifdatenCache();
  // One key lookup per request, shared by the persisted-operations check and the context.
  const anmeldungen = new WeakMap<Request, Promise<Anmeldung | null>>();
  const anmeldungOf = (request: Request, key: string) => {
    let a = anmeldungen.get(request);
    if (!a) anmeldungen.set(request, (a = authenticate(prisma, key)));
    return a;
  };
  return createYoga<{ req?: { socket?: { remoteAddress?: string } } }, Context>({
    plugins: [
      ...(log ? [requestLog(log)] : []),
      ...(introspection ? [] : [useDisableIntrospection()]),
      health(prisma),
      keyRateLimit(keyLimiter),
      // Browsers must send a preflighted request (JSON, or this header): no cross-site form posts.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...limitPlugins({ ...DEFAULT_LIMITS, ...limits }),
      intakeOnly,
      // Strings, lists, pages and cursors of every argument, before anything runs.
      queryArgumentLimits,
      auditActorPlugin,
      withClearErrors(dokumente(prisma)),
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
          return !(await anmeldungOf(request, key))?.viewer.nurPersistiert;
        },
        customErrors: {
          persistedQueryOnly: { message: 'This key is a partner key: it may run only the SDK’s persisted operations (send documentId).', extensions: { code: 'PERSISTED_ONLY', http: { status: 403 } } },
          notFound: { message: 'Unknown persisted operation (documentId).', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } },
        },
      }),
    ],
    schema: guardLists(schema),
    // Unexpected errors reach clients as "Unexpected error."; a lost database as DATABASE_UNAVAILABLE (503).
    maskedErrors: { maskError: maskDatabaseErrors },
    graphqlEndpoint: '/graphql',
    // Yoga's own check (process only) moves to /live; /health also asks the database.
    healthCheckEndpoint: '/live',
    landingPage: false,
    graphiql: graphiql && {
      title: 'Kanzlei GraphQL',
      defaultEditorToolsVisibility: 'headers',
      headers: JSON.stringify({ Authorization: 'Bearer <your API key>' }, null, 2),
    },
    // Every operation needs a valid key: no key, no data (introspection included).
    context: async (initial) => {
      const { request } = initial;
      const key = bearerToken(request.headers.get('authorization'));
      if (!key) throw unauthenticated('Authentication required: send "Authorization: Bearer <API key>".');
      const address = clientAddress(request, initial, trustProxy);
      if (key.startsWith(INTAKE_TOKEN_PREFIX)) {
        const kanzlei = await prisma.kanzlei.findUnique({ where: { intakeTokenHash: hashApiKey(key) }, select: { id: true } });
        if (!kanzlei) throw unauthenticated('Invalid intake token.');
        return {
          prisma, intake: { kanzleiId: kanzlei.id, tokenPrefix: intakeTokenPrefix(key) }, clientAddress: address, intakeLimiter,
          // Any use of the viewer fails (the context is copied by plugins, so no getter on it).
          viewer: noViewer,
          tarifdaten: () => Promise.reject(new Error('no tariff data for intake requests')),
          perRequest: perRequestMemo(), singleStatementReads,
        };
      }
      const anmeldung = await anmeldungOf(request, key);
      if (!anmeldung) throw unauthenticated('Invalid or revoked API key.');
      const { viewer, tarifStand } = anmeldung;
      const perRequest = perRequestMemo();
      return {
        prisma, viewer, intake: null, clientAddress: address, intakeLimiter, perRequest, singleStatementReads,
        // A query prices with the copy cached at the Stand read with the key. A mutation (it runs
        // as an audit actor) may just have changed the tariff data: it loads its own.
        tarifdaten: () =>
          currentActor()
            ? perRequest('tarifdaten', () => loadTarifdaten(prisma, viewer.kanzleiId))
            : tarifCache.get(prisma, viewer.kanzleiId, tarifStand),
      };
    },
  });
}

export type App = ReturnType<typeof createApp>;
