/** The server could not be reached, or did not answer with GraphQL (no JSON, a 5xx). */
export declare class NetworkError extends Error {
    readonly status?: number | undefined;
    readonly cause?: unknown | undefined;
    name: string;
    constructor(message: string, status?: number | undefined, cause?: unknown | undefined);
}
/** The API key is missing, unknown or revoked (HTTP 401). */
export declare class AuthenticationError extends Error {
    name: string;
}
/** The key may not do this (e.g. an intake token outside submitMandatsanfrage). */
export declare class ForbiddenError extends Error {
    name: string;
}
/** The request itself was refused or failed (bad query, bad scalar, server error): GraphQL `errors`. */
export declare class GraphQLRequestError extends Error {
    readonly errors: {
        message: string;
        path?: (string | number)[];
        extensions?: Record<string, unknown>;
    }[];
    name: string;
    constructor(message: string, errors: {
        message: string;
        path?: (string | number)[];
        extensions?: Record<string, unknown>;
    }[]);
}
/** A document download (`client.dokumente`) was refused: `status` 400 (bad parameter), 404 (none in your office), 429 …; `code` is the server's. */
export declare class DokumentError extends Error {
    readonly status: number;
    readonly code: string | undefined;
    name: string;
    constructor(message: string, status: number, code: string | undefined);
}
