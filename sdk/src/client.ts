// A typed client for the Kanzlei GraphQL API. `client.query.<field>` and `client.mutation.<field>`
// exist for every root field of the schema: generated (sdk/codegen/plugins.ts), not kept by hand.
// Without a selection a method sends its generated default operation (persisted, so partner keys
// may use it); with a selection object it builds the document at runtime. `request` runs any typed
// document. API errors of mutations are typed results; transport and authentication failures are
// error classes; a failed field of one item is that item's `$errors`, not a failed call.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { AuthenticationError, DokumentError, ForbiddenError, GraphQLRequestError, NetworkError } from './errors.js';
import * as documents from './generated/graphql.js';
import type { AktenQuery, AktenQueryVariables } from './generated/graphql.js';
import { schemaTable, type MutationMethods, type QueryMethods } from './generated/schema.js';
import { attachFieldErrors, buildDocument, type WithFieldErrors } from './select.js';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. https://kanzlei.example/graphql */
  url: string;
  /** An API key (kz_…), or an office's intake token (kzi_…) for submitMandatsanfrage only. */
  apiKey: string;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
  /**
   * Send the SDK's operations by their persisted id instead of their text (required for partner
   * keys, which may run only persisted operations: every method without a selection, and the
   * package's hand-written documents). Documents without an id (selections) are sent as text.
   */
  persisted?: boolean;
}

/** A typed document: the generated `…Document` constants, or your own. */
export type TypedDocument<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

export type AktListenEintrag = AktenQuery['akten']['edges'][number]['node'];

/** The persisted-document id codegen gave a generated document ("sha256:…"). */
const persistedId = (document: unknown): string | undefined => (document as { __meta__?: { hash?: string } }).__meta__?.hash;

type GraphQLErrors = GraphQLRequestError['errors'];

/** A downloaded document: its bytes, media type and the file name the server suggests. */
export interface Dokument {
  bytes: Uint8Array;
  contentType: string;
  dateiname: string | null;
}
type Vars = Record<string, unknown>;

export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;

  /** Sends a body; answers `data` with field errors attached; throws what fails the whole call. */
  async function send(body: { query: string } | { documentId: string }, variables: Vars | undefined): Promise<Record<string, unknown>> {
    let res: Response;
    try {
      res = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${options.apiKey}`,
        },
        body: JSON.stringify({ ...body, variables: variables ?? {} }),
      });
    } catch (cause) {
      throw new NetworkError(`Could not reach ${options.url}: ${(cause as Error).message}`, undefined, cause);
    }
    if (res.status === 401) throw new AuthenticationError('The API key was refused (missing, unknown or revoked).');
    let answer: { data?: Record<string, unknown> | null; errors?: GraphQLErrors };
    try {
      answer = (await res.json()) as typeof answer;
    } catch (cause) {
      throw new NetworkError(`The server answered HTTP ${res.status} without GraphQL JSON.`, res.status, cause);
    }
    const errors = answer.errors ?? [];
    const rest = answer.data ? attachFieldErrors(answer.data, errors) : errors;
    if (rest.length) {
      if (rest.some((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'PERSISTED_ONLY')) throw new ForbiddenError(rest[0]!.message);
      throw new GraphQLRequestError(rest.map((e) => e.message).join('; '), rest);
    }
    if (!answer.data) throw new NetworkError(`The server answered HTTP ${res.status} without data.`, res.status);
    return answer.data;
  }

  /**
   * Runs a typed document (a generated `…Document`, or your own). A field that failed for one item
   * is null there, with the error in that object's `$errors`; the call fails only when no data came.
   */
  async function request<R, V>(document: TypedDocument<R, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]): Promise<WithFieldErrors<R>> {
    const id = persistedId(document);
    const data = await send(options.persisted && id ? { documentId: id } : { query: document.toString() }, variables as Vars | undefined);
    return data as WithFieldErrors<R>;
  }

  /** The payload, or the typed error (the union member that is not the payload). */
  const result = (value: unknown, payload: string | null) => {
    if (payload === null) return value;
    const { __typename, ...rest } = value as { __typename: string };
    return __typename === payload ? { ok: true, value: rest } : { ok: false, error: value };
  };

  /**
   * Mutations whose input takes an `idempotencyKey` get one (the caller's, e.g. made when the form
   * opened, or a new UUID), and a request whose answer was lost on the way (NetworkError) is sent
   * once more with the same key: the server answers what it did the first time.
   */
  async function once<T>(idempotent: boolean, variables: Vars, run: (v: Vars) => Promise<T>): Promise<T> {
    if (!idempotent) return run(variables);
    const input = (variables.input ?? {}) as { idempotencyKey?: string | null };
    const v = { ...variables, input: { ...input, idempotencyKey: input.idempotencyKey ?? globalThis.crypto.randomUUID() } };
    try {
      return await run(v);
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      return run(v);
    }
  }

  /**
   * GET of a document beside the GraphQL endpoint (`…/graphql` → `…/dokumente/…`), with the same key.
   * A refusal is a DokumentError with the server's status and code.
   */
  async function dokument(pfad: string, parameter: Record<string, string | number | undefined> = {}): Promise<Dokument> {
    const url = new URL(options.url.replace(/\/graphql\/?$/, '') + pfad);
    for (const [k, v] of Object.entries(parameter)) if (v !== undefined) url.searchParams.set(k, String(v));
    let res: Response;
    try {
      res = await doFetch(url, { headers: { authorization: `Bearer ${options.apiKey}` } });
    } catch (cause) {
      throw new NetworkError(`Could not reach ${url.origin}: ${(cause as Error).message}`, undefined, cause);
    }
    if (res.status === 401) throw new AuthenticationError('The API key was refused (missing, unknown or revoked).');
    if (!res.ok) {
      const fehler = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
      const erster = fehler?.errors?.[0];
      throw new DokumentError(erster?.message ?? `HTTP ${res.status}`, res.status, erster?.extensions?.code);
    }
    const disposition = res.headers.get('content-disposition');
    return {
      bytes: new Uint8Array(await res.arrayBuffer()),
      contentType: res.headers.get('content-type') ?? 'application/octet-stream',
      dateiname: disposition ? (/filename="([^"]+)"/.exec(disposition)?.[1] ?? null) : null,
    };
  }

  const docs = documents as unknown as Record<string, TypedDocument<unknown, unknown>>;
  const defaultDocument = (field: string) => docs[`${field[0]!.toUpperCase()}${field.slice(1)}Document`]!;

  const query: Record<string, (...a: unknown[]) => Promise<unknown>> = {};
  for (const [field, entry] of Object.entries(schemaTable.types[schemaTable.query]!)) {
    const takesArgs = Array.isArray(entry);
    query[field] = async (...a) => {
      const [args, select] = (takesArgs ? a : [undefined, a[0]]) as [Vars | undefined, Vars | undefined];
      if (!select) return (await request(defaultDocument(field), args as never))[field as never];
      const built = buildDocument(schemaTable, 'query', field, args, select);
      return (await send({ query: built.query }, built.variables))[field];
    };
  }

  const mutation: Record<string, (...a: unknown[]) => Promise<unknown>> = {};
  for (const [field, entry] of Object.entries(schemaTable.types[schemaTable.mutation]!)) {
    const argNames = Array.isArray(entry) ? Object.keys(entry[1]) : [];
    const { payload, idempotent } = schemaTable.mutations[field]!;
    mutation[field] = async (...a) => {
      const variables: Vars = Object.fromEntries(argNames.map((n, i) => [n, a[i]]).filter(([, v]) => v !== undefined));
      const select = a[argNames.length] as Vars | undefined;
      return once(idempotent, variables, async (v) => {
        if (!select) return result((await request(defaultDocument(field), v as never))[field as never], payload);
        const built = buildDocument(schemaTable, 'mutation', field, v, select);
        return result((await send({ query: built.query }, built.variables))[field], payload);
      });
    };
  }

  return {
    request,
    /** Every Query root field: `client.query.akten({ first: 10 })`, or with a selection as second argument. */
    query: query as unknown as QueryMethods,
    /** Every Mutation root field: `client.mutation.createAkt(input)` → `{ ok, value | error }`. */
    mutation: mutation as unknown as MutationMethods,
    /** Documents: the bytes the office sends (PDF, e-invoice XML). */
    dokumente: {
      /** The Honorarnote (or Stornorechnung) as PDF, with "Zahlen mit Code" while something is open. */
      honorarnotePdf: (id: string) => dokument(`/dokumente/honorarnote/${encodeURIComponent(id)}.pdf`),
      /** The Honorarnote as ebInterface 6.1 XML (a Stornorechnung as CreditMemo). */
      honorarnoteXml: (id: string) => dokument(`/dokumente/honorarnote/${encodeURIComponent(id)}.xml`),
      /** The Mahnschreiben to the Gegner at `gegner` (1-based) under `tarif` (e.g. "MAK"), as of `datum` (default today). */
      mahnschreibenPdf: (aktId: string, p: { gegner: number; tarif: string; datum?: string }) =>
        dokument(`/dokumente/akt/${encodeURIComponent(aktId)}/mahnschreiben.pdf`, p),
      /** A Mahnschreiben recorded as sent (mahnschreibenVersenden), exactly as it was sent. */
      mahnschreibenVersendetPdf: (id: string) => dokument(`/dokumente/mahnschreiben/${encodeURIComponent(id)}.pdf`),
    },
    /** Every Akt matching the filter, page by page (the default selection of `akten`). */
    async *alleAkten(filter?: AktenQueryVariables['filter'], pageSize = 100): AsyncGenerator<WithFieldErrors<AktListenEintrag>> {
      let after: string | null = null;
      do {
        const page: WithFieldErrors<AktenQuery['akten']> = await (query as unknown as QueryMethods).akten({ first: pageSize, after, filter });
        for (const edge of page.edges) yield edge.node;
        after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      } while (after);
    },
  };
}

export type KanzleiClient = ReturnType<typeof createClient>;
