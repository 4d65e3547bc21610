// Abuse limits on every GraphQL request (GraphQL Armor): depth, cost, aliases, tokens, directives.
// Each is configurable; a refused operation gets a clear error and nothing runs.
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

/** Room for the deepest dashboard query (Akten → Titel → Forderungen …) and the SDK's documents. */
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 50_000, maxAliases: 30, maxTokens: 5_000, maxDirectives: 50 };

export const limitPlugins = (l: QueryLimits) => [
  maxDepthPlugin({ n: l.maxDepth, flattenFragments: true, exposeLimits: true }),
  costLimitPlugin({ maxCost: l.maxCost, exposeLimits: true }),
  maxAliasesPlugin({ n: l.maxAliases, exposeLimits: true }),
  maxTokensPlugin({ n: l.maxTokens, exposeLimits: true }),
  maxDirectivesPlugin({ n: l.maxDirectives, exposeLimits: true }),
];
