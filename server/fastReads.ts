// Compiled reads without Yoga's request pipeline. A query that Yoga has already answered from a
// compiled read (schema/compiledReads.ts) is, sent again as the same text, answered here straight
// from node:http: the key is checked and the request counted as Yoga's path does it (the same
// `pruefe`), the arguments and the cost are checked with this request's variables by the same
// functions Yoga's plugins call, and the answer is the same text with the same headers. Yoga's
// fixed cost per request (the Fetch API request and response, a dozen plugins' hooks, parsing the
// parameters) was more than the whole single-Akt request of the hand-written floor (BENCHMARKS.md).
//
// What a document must have passed once in Yoga, and so passes again as the same text: parsing,
// validation, depth, aliases, tokens, directives (none of them sees variables). What depends on
// the variables runs again here: argument bounds (queryArguments.ts) and cost (queryCost.ts).
//
// While this process holds hits of the key's budget in advance (server/auth/rateLimiter.ts), the
// key lookup wraps the compiled read (`aroundKeyLookup`): one statement per request, as the floor
// sends. The read runs with the office and tariff Stand the key's last check found; its row must
// show the key valid and unchanged (Benutzer, office, role, tariff Stand), else what it read is
// dropped and Yoga answers with the row's check handed over.
//
// Anything else goes to Yoga untouched or, once the body is read, with the body handed over
// (`req.body`, which Yoga's node adapter reads instead of the stream) and with the key check
// already made (`vorab`), so a request is never counted twice: other paths, methods and content
// types, an Origin header (CORS is Yoga's), an Accept header that is not plainly JSON, bodies
// without a Content-Length or over 64 KiB, extensions or documentId, an intake token, no valid key,
// a partner key (persisted operations only), a used-up rate limit, bad arguments, too high a cost,
// and every request whose compiled answer is null (Yoga then runs it through graphql-js and
// reports what there is to report).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { compiledAnswer, coercedVariables, type AroundFirst } from '../schema/compiledReads.js';
import { INTAKE_TOKEN_PREFIX } from './auth/apiKeys.js';
import type { Quota } from './auth/rateLimiter.js';
import { aroundKeyLookup, keyRow, type Anmeldung } from './auth/viewer.js';
import type { Context } from './context.js';
import { pruefeArgumente } from './queryArguments.js';
import { queryCost } from './queryCost.js';

/** Largest body answered here; larger ones (a query this path answers is far smaller) go to Yoga. */
const BODY_MAX = 64 * 1024;
/** Documents remembered (texts Yoga answered from a compiled read); full, the oldest goes. */
const DOCUMENTS_MAX = 500;
/** Keys remembered with what their last check found; full, forgotten all at once. */
const KEYS_MAX = 10_000;

const gleich = (a: Anmeldung, b: Anmeldung) =>
  a.tarifStand === b.tarifStand && (Object.keys(a.viewer) as (keyof Anmeldung['viewer'])[]).every((k) => a.viewer[k] === b.viewer[k]);

/** Texts Yoga answered from a compiled read, with the document Yoga parsed them to. */
export class AnsweredDocuments {
  // By text, then by operation name: a key joined of both would be a new string each request,
  // copied and hashed (the text is 1–2 KB); the text from JSON.parse is hashed once.
  private readonly byText = new Map<string, Map<string, DocumentNode>>();
  private size = 0;

  remember(query: string, operationName: string | null | undefined, document: DocumentNode): void {
    const name = operationName ?? '';
    if (this.byText.get(query)?.has(name)) return;
    if (this.size >= DOCUMENTS_MAX) {
      const [oldest, names] = this.byText.entries().next().value!;
      this.byText.delete(oldest);
      this.size -= names.size;
    }
    // Looked up after the eviction: the oldest text may have been this one (under another name).
    let byName = this.byText.get(query);
    if (!byName) this.byText.set(query, (byName = new Map()));
    byName.set(name, document);
    this.size++;
  }

  get(query: string, operationName: string | null | undefined): DocumentNode | undefined {
    return this.byText.get(query)?.get(operationName ?? '');
  }
}

/** What the key check and the rate limit found out about a request (server/app.ts's `pruefe`). */
export interface Pruefung {
  /** Who it is: a valid API key's Benutzer, or null. */
  anmeldung: Anmeldung | null;
  /** null: not counted (no key, and the database is unavailable: it is refused with 401 anyway). */
  quota: Quota | null;
  /** Whose budget it spent. */
  charged: 'key' | 'address';
  address: string;
}

export interface FastReads {
  documents: AnsweredDocuments;
  schema: GraphQLSchema;
  limits: { maxCost: number; maxListItems: number; maxExecutionMs: number };
  /** The key check and count, as Yoga's path makes it. */
  pruefe(authorization: string | undefined, forwardedFor: string | undefined, remoteAddress: string | undefined): Promise<Pruefung>;
  /** The client's address as the rate limit reads it (TRUST_PROXY). */
  clientAddress(forwardedFor: string | undefined, remoteAddress: string | undefined): string;
  /** The key's name in RateLimits (and its hash), or null for what is no API key. */
  keyName(authorization: string): { name: string; hash: string } | null;
  /** A hit this process holds in advance for the key (server/auth/rateLimiter.ts), spent; null: none held. */
  vorrat(name: string): Quota | null;
  /** Gives a hit taken with `vorrat` back, unspent. */
  zuruecklegen(name: string): void;
  /** Where a check made here is handed to Yoga's path. */
  vorab: WeakMap<IncomingMessage, Pruefung>;
  context(anmeldung: Anmeldung, address: string): Context;
  headers(quota: Quota): Record<string, string>;
  log?: (operation: string | null, status: number, durationMs: number, authorization: string) => void;
}

/** Requests answered here, by app (for tests and the benchmark: the path is otherwise invisible). */
export const fastReadsAnswered = new WeakMap<object, { count: number }>();

type NodeHandler = (req: IncomingMessage, res: ServerResponse, ...rest: unknown[]) => unknown;

/** The media type Yoga would answer with, for the Accept headers this path serves; null: Yoga decides. */
function mediaType(accept: string | undefined): string | null {
  if (accept === undefined || accept === '*/*') return 'application/json; charset=utf-8';
  const first = accept.split(',', 1)[0]!.split(';', 1)[0]!.trim();
  if (first === 'application/json' || first === 'application/graphql-response+json') return `${first}; charset=utf-8`;
  return null;
}

/**
 * The body, once its Content-Length has arrived (node:http's parser delivers exactly that much
 * before 'end', which follows a tick later and is not waited for); null when the client goes away
 * before.
 */
function readBody(req: IncomingMessage, length: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let got = 0;
    req.on('data', (c: Buffer) => {
      chunks.push(c);
      got += c.length;
      if (got === length) resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    });
    // Aborted: no body (after the body, these change nothing).
    const none = () => resolve(null);
    req.once('error', none);
    req.once('close', none);
  });
}

interface Params {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | null | undefined;
}

/** query, variables, operationName and nothing else, of the types Yoga accepts; null otherwise. */
function params(body: Buffer): Params | null {
  let p: unknown;
  try {
    p = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (p === null || typeof p !== 'object' || Array.isArray(p)) return null;
  const { query, variables, operationName, ...rest } = p as Record<string, unknown>;
  if (Object.keys(rest).length || typeof query !== 'string') return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  return { query, variables: (variables ?? undefined) as Record<string, unknown> | undefined, operationName };
}

/** `yoga`, answering what it can before Yoga (see the top of this file). */
export function withFastReads<Y extends object>(yoga: Y, fast: FastReads): Y {
  const handle = yoga as unknown as NodeHandler;
  const answeredHere = { count: 0 };
  // What the last check of each key found (by its name in RateLimits): with a hit held in advance,
  // the key is checked again in the read's own statement, against this.
  const angemeldet = new Map<string, Anmeldung>();
  const merken = (name: string, a: Anmeldung) => {
    if (angemeldet.size >= KEYS_MAX) angemeldet.clear();
    angemeldet.set(name, a);
  };

  /** Handles the request (true), or leaves it to Yoga untouched (false). */
  const attempt = (req: IncomingMessage, res: ServerResponse, rest: unknown[]): boolean => {
    const h = req.headers;
    if (req.method !== 'POST' || req.url !== '/graphql' || h.origin !== undefined || h['transfer-encoding'] !== undefined) return false;
    const type = h['content-type'];
    if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return false;
    const authorization = h.authorization;
    if (!authorization?.startsWith('Bearer ') || authorization.startsWith(`Bearer ${INTAKE_TOKEN_PREFIX}`)) return false;
    const answerType = mediaType(h.accept);
    const length = Number(h['content-length']);
    if (!answerType || !(length > 0 && length <= BODY_MAX)) return false;
    const started = performance.now();
    let handedOver = false;
    const toYoga = (body: Buffer) => {
      if (handedOver) return;
      handedOver = true;
      // Yoga's node adapter takes a body already read from req.body.
      (req as IncomingMessage & { body?: Buffer }).body = body;
      handle(req, res, ...rest);
    };
    void readBody(req, length).then(async (body) => {
      // The client went away mid-body: nobody to answer.
      if (!body) return void res.destroy();
      try {
        if (!(await answered(body))) toYoga(body);
      } catch {
        // Nothing was sent: Yoga answers (the error, or the result) as it does.
        if (!res.headersSent) toYoga(body);
      }
    });
    return true;

    /** Sends the compiled answer (true), or finds that Yoga must (false). */
    async function answered(body: Buffer): Promise<boolean> {
      const p = params(body);
      const document = p && fast.documents.get(p.query, p.operationName);
      if (!p || !document) return false;
      let variables: Record<string, unknown> | null;
      try {
        variables = coercedVariables(fast.schema, document, p.operationName, p.variables);
        if (!variables) return false;
        pruefeArgumente(fast.schema, document, p.operationName, p.variables, variables);
        if (queryCost(fast.schema, document, p.operationName, p.variables ?? {}) > fast.limits.maxCost) return false;
      } catch {
        return false;
      }
      const key = fast.keyName(authorization!);
      if (!key) return false;
      const limits = { listItems: fast.limits.maxListItems, pastDeadline: () => performance.now() > started + fast.limits.maxExecutionMs };
      const bekannt = angemeldet.get(key.name);
      const held = bekannt && !bekannt.viewer.nurPersistiert ? fast.vorrat(key.name) : null;
      let quota: Quota;
      let compiled: Awaited<ReturnType<typeof compiledAnswer>>;
      if (bekannt && held) {
        // One statement: the key is checked in the read's own (a revoked key is refused at once, as always).
        const address = fast.clientAddress(h['x-forwarded-for'] as string | undefined, req.socket.remoteAddress);
        const seen: { checked: boolean; anmeldung: Anmeldung | null } = { checked: false, anmeldung: null };
        const around: AroundFirst = {
          sql: aroundKeyLookup,
          values: [key.hash],
          accept: (row) => {
            seen.checked = true;
            return !!(seen.anmeldung = keyRow(row)) && gleich(seen.anmeldung, bekannt);
          },
        };
        compiled = await compiledAnswer(fast.schema, document, p.operationName, { coerced: variables }, fast.context(bekannt, address), limits, around);
        if (!compiled) {
          // Yoga's path gets the key as the statement found it, with the hit spent here; without a
          // valid key (or without a statement: an id that is none) the hit goes back and Yoga's path
          // checks as it always does (an invalid key is charged to the address).
          if (seen.anmeldung) {
            merken(key.name, seen.anmeldung);
            fast.vorab.set(req, { anmeldung: seen.anmeldung, quota: held, charged: 'key', address });
          } else {
            if (seen.checked) angemeldet.delete(key.name);
            fast.zuruecklegen(key.name);
          }
          return false;
        }
        quota = held;
      } else {
        // A failed check counted nothing: Yoga's path checks again and answers the error as it does.
        const pruefung = await fast.pruefe(authorization!, h['x-forwarded-for'] as string | undefined, req.socket.remoteAddress);
        fast.vorab.set(req, pruefung);
        const { anmeldung } = pruefung;
        if (!anmeldung || !pruefung.quota || pruefung.quota.retryAfterSeconds !== null || anmeldung.viewer.nurPersistiert) return false;
        merken(key.name, anmeldung);
        compiled = await compiledAnswer(fast.schema, document, p.operationName, { coerced: variables }, fast.context(anmeldung, pruefung.address), limits);
        if (!compiled) return false;
        quota = pruefung.quota;
      }
      const text = compiled.stringify();
      res.writeHead(200, { 'content-type': answerType!, 'content-length': Buffer.byteLength(text), ...fast.headers(quota) });
      res.end(text);
      answeredHere.count++;
      fast.log?.(p.operationName ?? null, 200, performance.now() - started, authorization!);
      return true;
    }
  };

  const app: Y = new Proxy(yoga, {
    // Yoga's own proxy hands out its members bound to its handler: `app.call(…)` (how an
    // EventEmitter calls a listener: http.createServer(app)) would bypass `apply` below.
    get(target, prop, receiver) {
      if (prop === 'call') return (thisArg: unknown, ...args: unknown[]) => Reflect.apply(app as NodeHandler, thisArg, args);
      if (prop === 'apply') return (thisArg: unknown, args?: unknown[]) => Reflect.apply(app as NodeHandler, thisArg, args ?? []);
      return Reflect.get(target, prop, receiver);
    },
    apply(target, thisArg, args: unknown[]) {
      const [req, res, ...rest] = args as [IncomingMessage, ServerResponse, ...unknown[]];
      // Only node:http's (req, res); app.fetch and a Request go to Yoga as they are.
      if (req && res && typeof (req as IncomingMessage).on === 'function' && typeof (res as ServerResponse).writeHead === 'function' && attempt(req, res, rest)) return undefined;
      return Reflect.apply(target as NodeHandler, thisArg, args);
    },
  });
  fastReadsAnswered.set(app, answeredHere);
  return app;
}
