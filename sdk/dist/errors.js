/** The server could not be reached, or did not answer with GraphQL (no JSON, a 5xx). */
export class NetworkError extends Error {
    status;
    cause;
    name = 'NetworkError';
    constructor(message, status, cause) {
        super(message);
        this.status = status;
        this.cause = cause;
    }
}
/** The API key is missing, unknown or revoked (HTTP 401). */
export class AuthenticationError extends Error {
    name = 'AuthenticationError';
}
/** The key may not do this (e.g. an intake token outside submitMandatsanfrage). */
export class ForbiddenError extends Error {
    name = 'ForbiddenError';
}
/** The request itself was refused or failed (bad query, bad scalar, server error): GraphQL `errors`. */
export class GraphQLRequestError extends Error {
    errors;
    name = 'GraphQLRequestError';
    constructor(message, errors) {
        super(message);
        this.errors = errors;
    }
}
/** A document download (`client.dokumente`) was refused: `status` 400 (bad parameter), 404 (none in your office), 429 …; `code` is the server's. */
export class DokumentError extends Error {
    status;
    code;
    name = 'DokumentError';
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
