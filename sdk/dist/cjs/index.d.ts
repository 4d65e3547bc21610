export { createClient, type ClientOptions, type KanzleiClient, type TypedDocument, type AktListenEintrag } from './client.js';
export { AuthenticationError, DokumentError, ForbiddenError, GraphQLRequestError, NetworkError } from './errors.js';
export type { Dokument } from './client.js';
export { buildDocument, type FieldError, type FieldErrors, type MutationResult, type Result, type Selected, type WithFieldErrors } from './select.js';
/** The schema's result types (`Schema.AktResult`), selection types (`Schema.AktSelection`), enums and inputs. */
export type * as Schema from './generated/schema.js';
export { schemaTable, type ApiError, type QueryMethods, type MutationMethods } from './generated/schema.js';
export * from './generated/graphql.js';
export * from './webhooks.js';
