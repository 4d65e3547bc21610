/** The server could not be reached, or did not answer with GraphQL (no JSON, a 5xx). */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(
    message: string,
    readonly status?: number,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** The API key is missing, unknown or revoked (HTTP 401). */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

/** The key may not do this (e.g. an intake token outside submitMandatsanfrage). */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/** The request itself was refused or failed (bad query, bad scalar, server error): GraphQL `errors`. */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly errors: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[],
  ) {
    super(message);
  }
}

/** A document download (`client.dokumente`) was refused: `status` 400 (bad parameter), 404 (none in your office), 429 …; `code` is the server's. */
export class DokumentError extends Error {
  override name = 'DokumentError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}
