// Configuration from the environment, checked once at start.
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './auth/clientAddress.js';
import { DEFAULT_POOL_TIMEOUTS, type DatabaseTarget } from './db/database.js';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.js';

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgresql:// URL' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DB_CONNECT_TIMEOUT_MS: positive(DEFAULT_POOL_TIMEOUTS.connectMs),
  DB_STATEMENT_TIMEOUT_MS: positive(DEFAULT_POOL_TIMEOUTS.statementMs),
  GRAPHIQL: z.enum(['true', 'false']).optional(),
  INTROSPECTION: z.enum(['true', 'false']).optional(),
  LOG_REQUESTS: z.enum(['true', 'false']).optional(),
  NODE_ENV: z.string().optional(),
  MAX_DEPTH: positive(DEFAULT_LIMITS.maxDepth),
  MAX_COST: positive(DEFAULT_LIMITS.maxCost),
  MAX_ALIASES: positive(DEFAULT_LIMITS.maxAliases),
  MAX_TOKENS: positive(DEFAULT_LIMITS.maxTokens),
  MAX_DIRECTIVES: positive(DEFAULT_LIMITS.maxDirectives),
  MAX_LIST_ITEMS: positive(DEFAULT_LIMITS.maxListItems),
  MAX_EXECUTION_MS: positive(DEFAULT_LIMITS.maxExecutionMs),
  RATE_LIMIT_PER_MINUTE: positive(1_200),
  INTAKE_LIMIT_PER_HOUR: positive(10),
  RATE_LIMIT_PER_MINUTE_PER_ADDRESS: positive(120),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const parsed = parseTrustProxy(v);
      if (parsed instanceof Error) {
        ctx.addIssue({ code: 'custom', message: parsed.message });
        return z.NEVER;
      }
      return parsed;
    }),
});

export interface Config {
  port: number;
  database: DatabaseTarget;
  graphiql: boolean;
  introspection: boolean;
  logRequests: boolean;
  limits: QueryLimits;
  keyRateLimit: { max: number; windowMs: number };
  addressRateLimit: { max: number; windowMs: number };
  intakeRateLimit: { max: number; windowMs: number };
  /** Trusted reverse proxies: hops, or their addresses (see server/auth/clientAddress.ts). */
  trustProxy: TrustProxy;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL, timeouts: { connectMs: e.DB_CONNECT_TIMEOUT_MS, statementMs: e.DB_STATEMENT_TIMEOUT_MS } }
      : { kind: 'pglite', dataDir: resolve(e.DATA_DIR) },
    // GraphiQL and introspection default on for development, off in production (NODE_ENV=production).
    graphiql: e.GRAPHIQL ? e.GRAPHIQL === 'true' : e.NODE_ENV !== 'production',
    introspection: e.INTROSPECTION ? e.INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
    logRequests: e.LOG_REQUESTS ? e.LOG_REQUESTS === 'true' : true,
    limits: { maxDepth: e.MAX_DEPTH, maxCost: e.MAX_COST, maxAliases: e.MAX_ALIASES, maxTokens: e.MAX_TOKENS, maxDirectives: e.MAX_DIRECTIVES,
      maxListItems: e.MAX_LIST_ITEMS, maxExecutionMs: e.MAX_EXECUTION_MS },
    keyRateLimit: { max: e.RATE_LIMIT_PER_MINUTE, windowMs: 60_000 },
    addressRateLimit: { max: e.RATE_LIMIT_PER_MINUTE_PER_ADDRESS, windowMs: 60_000 },
    intakeRateLimit: { max: e.INTAKE_LIMIT_PER_HOUR, windowMs: 3_600_000 },
    trustProxy: e.TRUST_PROXY,
  };
}

/** For messages: where the data lives, without a password. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `embedded PGlite in ${target.dataDir ?? 'memory'}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
