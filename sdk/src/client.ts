// A small typed client for the Kanzlei GraphQL API: typed methods for what partner tools need,
// `request` for any typed document, API errors as typed results, transport and authentication
// failures as error classes, and an iterator over paginated Akten.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { AuthenticationError, ForbiddenError, GraphQLRequestError, NetworkError } from './errors.js';
import {
  AktDocument, AktenDocument, AssignForderungenToTitelDocument, CreateAktDocument, CreateForderungDocument, CreateLeistungDocument,
  CreatePersonDocument, CreateTitelDocument, ErfasseHonorarzahlungDocument, ErfasseZahlungDocument, ErstelleHonorarnoteDocument, MahnkostenDocument, SubmitMandatsanfrageDocument,
  type AktenQuery, type AktenQueryVariables, type AssignForderungenToTitelInput, type CreateAktInput, type CreateForderungInput,
  type CreateLeistungInput, type CreatePersonInput, type CreateTitelInput, type ErfasseHonorarzahlungInput, type ErfasseZahlungInput, type ErstelleHonorarnoteInput,
  type MahnkostenQueryVariables, type SubmitMandatsanfrageInput,
} from './generated/graphql.js';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. https://kanzlei.example/graphql */
  url: string;
  /** An API key (kz_…), or an office's intake token (kzi_…) for submitMandatsanfrage only. */
  apiKey: string;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
  /**
   * Send the SDK's operations by their persisted id instead of their text (required for partner
   * keys, which may run only persisted operations). Documents without an id are sent as text.
   */
  persisted?: boolean;
}

/** A typed document: the generated `…Document` constants, or your own. */
export type TypedDocument<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

/** What the API's `Error` types carry (ValidationError, NotFoundError, ConflictError, …). */
export interface ApiError {
  __typename: string;
  message: string;
  field?: string | null;
  issues?: { field: string; message: string }[];
  /** ConflictError: what the conflict is about; `currentVersion` is set for a stale `version`. */
  entity?: string;
  currentVersion?: number | null;
  retryAfterSeconds?: number;
}

/** A mutation's outcome: the payload, or the typed error the API returned (nothing was changed). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

type Payload<U> = Omit<Extract<U, { __typename: `${string}Payload` }>, '__typename'>;

/** The persisted-document id codegen gave a generated document ("sha256:…"). */
const persistedId = (document: unknown): string | undefined => (document as { __meta__?: { hash?: string } }).__meta__?.hash;

export type AktListenEintrag = AktenQuery['akten']['edges'][number]['node'];

export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;

  async function request<R, V>(document: TypedDocument<R, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]): Promise<R> {
    let res: Response;
    try {
      res = await doFetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          authorization: `Bearer ${options.apiKey}`,
        },
        body: JSON.stringify(
          options.persisted && persistedId(document)
            ? { documentId: persistedId(document), variables: variables ?? {} }
            : { query: document.toString(), variables: variables ?? {} },
        ),
      });
    } catch (cause) {
      throw new NetworkError(`Could not reach ${options.url}: ${(cause as Error).message}`, undefined, cause);
    }
    if (res.status === 401) throw new AuthenticationError('The API key was refused (missing, unknown or revoked).');
    let body: { data?: R | null; errors?: GraphQLRequestError['errors'] };
    try {
      body = (await res.json()) as typeof body;
    } catch (cause) {
      throw new NetworkError(`The server answered HTTP ${res.status} without GraphQL JSON.`, res.status, cause);
    }
    if (body.errors?.length) {
      if (body.errors.some((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'PERSISTED_ONLY')) throw new ForbiddenError(body.errors[0]!.message);
      throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors);
    }
    if (!body.data) throw new NetworkError(`The server answered HTTP ${res.status} without data.`, res.status);
    return body.data;
  }

  async function mutate<R, V, K extends keyof R>(document: TypedDocument<R, V>, variables: V, field: K): Promise<Result<Payload<R[K]>>> {
    const data = await request(document, ...([variables] as never));
    const { __typename, ...rest } = data[field] as { __typename: string };
    return __typename.endsWith('Payload') ? { ok: true, value: rest as Payload<R[K]> } : { ok: false, error: { __typename, ...rest } as ApiError };
  }

  /**
   * For the calls a double-click or a lost answer repeats: the input gets an `idempotencyKey` (the
   * caller's, e.g. one made when the form opened, or a new UUID), and a request whose answer was
   * lost on the way (NetworkError) is sent once more with the same key: the server answers what it
   * did the first time instead of doing it twice.
   */
  async function mutateOnce<R, K extends keyof R, I extends { idempotencyKey?: string | null }>(
    document: TypedDocument<R, { input: I }>,
    input: I,
    field: K,
  ): Promise<Result<Payload<R[K]>>> {
    const variables = { input: { ...input, idempotencyKey: input.idempotencyKey ?? globalThis.crypto.randomUUID() } };
    try {
      return await mutate(document, variables, field);
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      return mutate(document, variables, field);
    }
  }

  return {
    request,
    /** One page of Akten (at most 100), newest first. */
    akten: async (variables: AktenQueryVariables = {}) => (await request(AktenDocument, variables)).akten,
    /** Every Akt matching the filter, page by page. */
    async *alleAkten(filter?: AktenQueryVariables['filter'], pageSize = 100): AsyncGenerator<AktListenEintrag> {
      let after: string | null = null;
      do {
        const page: AktenQuery['akten'] = (await request(AktenDocument, { first: pageSize, after, filter })).akten;
        for (const edge of page.edges) yield edge.node;
        after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      } while (after);
    },
    /** An Akt with Klient, Gegner, Forderungen, Leistungen and Titel; null if not in your office. */
    akt: async (id: string) => (await request(AktDocument, { id })).akt,
    /** Mahnkosten of an Akt under a tariff code (MES … MAK or your own). */
    mahnkosten: async (aktId: string, tarif: string, opts: Omit<MahnkostenQueryVariables, 'aktId' | 'tarif'> = {}) =>
      (await request(MahnkostenDocument, { aktId, tarif, ...opts })).akt?.mahnkosten ?? null,
    createPerson: (input: CreatePersonInput) => mutate(CreatePersonDocument, { input }, 'createPerson'),
    createAkt: (input: CreateAktInput) => mutate(CreateAktDocument, { input }, 'createAkt'),
    createForderung: (input: CreateForderungInput) => mutate(CreateForderungDocument, { input }, 'createForderung'),
    createLeistung: (input: CreateLeistungInput) => mutate(CreateLeistungDocument, { input }, 'createLeistung'),
    createTitel: (input: CreateTitelInput) => mutate(CreateTitelDocument, { input }, 'createTitel'),
    assignForderungenToTitel: (input: AssignForderungenToTitelInput) => mutate(AssignForderungenToTitelDocument, { input }, 'assignForderungenToTitel'),
    /** The office's web form (works with its intake token). Sent with an idempotency key (see mutateOnce). */
    submitMandatsanfrage: (input: SubmitMandatsanfrageInput) => mutateOnce(SubmitMandatsanfrageDocument, input, 'submitMandatsanfrage'),
    /** Issues an invoice from the Akt's open Leistungen. Sent with an idempotency key (see mutateOnce). */
    erstelleHonorarnote: (input: ErstelleHonorarnoteInput) => mutateOnce(ErstelleHonorarnoteDocument, input, 'erstelleHonorarnote'),
    /** Records a payment from the debtor. Sent with an idempotency key (see mutateOnce). */
    erfasseZahlung: (input: ErfasseZahlungInput) => mutateOnce(ErfasseZahlungDocument, input, 'erfasseZahlung'),
    /** Records a payment of the client on a Honorarnote; answers the note's offenerBetrag and zahlungsstatus. Sent with an idempotency key (see mutateOnce). */
    erfasseHonorarzahlung: (input: ErfasseHonorarzahlungInput) => mutateOnce(ErfasseHonorarzahlungDocument, input, 'erfasseHonorarzahlung'),
  };
}

export type KanzleiClient = ReturnType<typeof createClient>;
