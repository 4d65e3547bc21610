import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { AktenQuery, AktenQueryVariables } from './generated/graphql.js';
import { type MutationMethods, type QueryMethods } from './generated/schema.js';
import { type WithFieldErrors } from './select.js';
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
export type TypedDocument<R, V> = DocumentTypeDecoration<R, V> & {
    toString(): string;
};
export type AktListenEintrag = AktenQuery['akten']['edges'][number]['node'];
/** A downloaded document: its bytes, media type and the file name the server suggests. */
export interface Dokument {
    bytes: Uint8Array;
    contentType: string;
    dateiname: string | null;
}
export declare function createClient(options: ClientOptions): {
    request: <R, V>(document: TypedDocument<R, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]) => Promise<WithFieldErrors<R>>;
    /** Every Query root field: `client.query.akten({ first: 10 })`, or with a selection as second argument. */
    query: QueryMethods;
    /** Every Mutation root field: `client.mutation.createAkt(input)` → `{ ok, value | error }`. */
    mutation: MutationMethods;
    /** Documents: the bytes the office sends (PDF, e-invoice XML). */
    dokumente: {
        /** The Honorarnote (or Stornorechnung) as PDF, with "Zahlen mit Code" while something is open. */
        honorarnotePdf: (id: string) => Promise<Dokument>;
        /** The Honorarnote as ebInterface 6.1 XML (a Stornorechnung as CreditMemo). */
        honorarnoteXml: (id: string) => Promise<Dokument>;
        /** The Mahnschreiben to the Gegner at `gegner` (1-based) under `tarif` (e.g. "MAK"), as of `datum` (default today). */
        mahnschreibenPdf: (aktId: string, p: {
            gegner: number;
            tarif: string;
            datum?: string;
        }) => Promise<Dokument>;
        /** A Mahnschreiben recorded as sent (mahnschreibenVersenden), exactly as it was sent. */
        mahnschreibenVersendetPdf: (id: string) => Promise<Dokument>;
    };
    /** Every Akt matching the filter, page by page (the default selection of `akten`). */
    alleAkten(filter?: AktenQueryVariables["filter"], pageSize?: number): AsyncGenerator<WithFieldErrors<AktListenEintrag>>;
};
export type KanzleiClient = ReturnType<typeof createClient>;
