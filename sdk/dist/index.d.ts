export { createClient, type ApiError, type ClientOptions, type KanzleiClient, type Result, type TypedDocument, type AktListenEintrag } from './client.js';
export { AuthenticationError, ForbiddenError, GraphQLRequestError, NetworkError } from './errors.js';
export * from './generated/graphql.js';
export * from './webhooks.js';
