export { createClient } from './client.js';
export { AuthenticationError, ForbiddenError, GraphQLRequestError, NetworkError } from './errors.js';
export * from './generated/graphql.js';
export * from './webhooks.js';
