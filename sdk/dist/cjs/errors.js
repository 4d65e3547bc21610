"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DokumentError = exports.GraphQLRequestError = exports.ForbiddenError = exports.AuthenticationError = exports.NetworkError = void 0;
/** The server could not be reached, or did not answer with GraphQL (no JSON, a 5xx). */
class NetworkError extends Error {
    status;
    cause;
    name = 'NetworkError';
    constructor(message, status, cause) {
        super(message);
        this.status = status;
        this.cause = cause;
    }
}
exports.NetworkError = NetworkError;
/** The API key is missing, unknown or revoked (HTTP 401). */
class AuthenticationError extends Error {
    name = 'AuthenticationError';
}
exports.AuthenticationError = AuthenticationError;
/** The key may not do this (e.g. an intake token outside submitMandatsanfrage). */
class ForbiddenError extends Error {
    name = 'ForbiddenError';
}
exports.ForbiddenError = ForbiddenError;
/** The request itself was refused or failed (bad query, bad scalar, server error): GraphQL `errors`. */
class GraphQLRequestError extends Error {
    errors;
    name = 'GraphQLRequestError';
    constructor(message, errors) {
        super(message);
        this.errors = errors;
    }
}
exports.GraphQLRequestError = GraphQLRequestError;
/** A document download (`client.dokumente`) was refused: `status` 400 (bad parameter), 404 (none in your office), 429 …; `code` is the server's. */
class DokumentError extends Error {
    status;
    code;
    name = 'DokumentError';
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
exports.DokumentError = DokumentError;
