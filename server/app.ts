// The GraphQL server as a fetch handler: Yoga, the schema, and authentication by API key.
import { createGraphQLError, createYoga } from 'graphql-yoga';
import { schema } from '../schema/index.js';
import { bearerToken } from './auth/apiKeys.js';
import { viewerForApiKey } from './auth/viewer.js';
import type { Context } from './context.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { loadTarifdaten } from './services/tarifdaten.js';
import type { Tarifdaten } from './tarif/preise.js';

export interface AppOptions {
  prisma: PrismaClient;
  graphiql?: boolean;
}

const unauthenticated = (message: string) =>
  createGraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
  });

export function createApp({ prisma, graphiql = true }: AppOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: graphiql && {
      title: 'Kanzlei GraphQL',
      defaultEditorToolsVisibility: 'headers',
      headers: JSON.stringify({ Authorization: 'Bearer <your API key>' }, null, 2),
    },
    // Every operation needs a valid key: no key, no data (introspection included).
    context: async ({ request }) => {
      const key = bearerToken(request.headers.get('authorization'));
      if (!key) throw unauthenticated('Authentication required: send "Authorization: Bearer <API key>".');
      const viewer = await viewerForApiKey(prisma, key);
      if (!viewer) throw unauthenticated('Invalid or revoked API key.');
      let tarifdaten: Promise<Tarifdaten> | null = null;
      return { prisma, viewer, tarifdaten: () => (tarifdaten ??= loadTarifdaten(prisma, viewer.kanzleiId)) };
    },
  });
}

export type App = ReturnType<typeof createApp>;
