// Abuse limits on every GraphQL request: depth, aliases, tokens, directives (GraphQL Armor), the
// cost of the operation with its variables (server/queryCost.ts), and while it runs a budget of list
// items and a deadline. Each is configurable; a refused operation gets a clear error and nothing runs.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { executionBudgetPlugin, queryCostPlugin } from './queryCost.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** List items (rows of every list in the answer, counted while it runs) one request may return. */
  maxListItems: number;
  /** How long one request may execute. */
  maxExecutionMs: number;
}

/** Room for the deepest dashboard query (Akten → Titel → Forderungen …) and the SDK's documents. */
export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12, maxCost: 100_000, maxAliases: 30, maxTokens: 5_000, maxDirectives: 50, maxListItems: 50_000, maxExecutionMs: 10_000,
};

export const limitPlugins = (l: QueryLimits) => [
  maxDepthPlugin({ n: l.maxDepth, flattenFragments: true, exposeLimits: true }),
  queryCostPlugin(l.maxCost),
  executionBudgetPlugin(l.maxListItems, l.maxExecutionMs),
  maxAliasesPlugin({ n: l.maxAliases, exposeLimits: true }),
  maxTokensPlugin({ n: l.maxTokens, exposeLimits: true }),
  maxDirectivesPlugin({ n: l.maxDirectives, exposeLimits: true }),
];
