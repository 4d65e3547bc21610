export { createClient } from './client.js';
export { AuthenticationError, DokumentError, ForbiddenError, GraphQLRequestError, NetworkError } from './errors.js';
export { buildDocument } from './select.js';
export { schemaTable } from './generated/schema.js';
export * from './generated/graphql.js';
export * from './webhooks.js';
