// Configuration from the environment, checked once at start.
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './auth/clientAddress.js';
import { DEFAULT_POOL_TIMEOUTS, type DatabaseTarget } from './db/database.js';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.js';
import { ZUSTELLUNG_STANDARD, type ZustellungEinstellungen } from './webhooks/zustellung.js';

const positive = (fallback: number) => z.coerce.number({ error: 'muss eine ganze Zahl über 0 sein' }).int('muss eine ganze Zahl über 0 sein').positive('muss eine ganze Zahl über 0 sein').default(fallback);
const schalter = z.enum(['true', 'false'], { error: 'muss true oder false sein' }).optional();

/** A setting the environment gives wrongly: which variable, and what it must be (German, for the user). */
export class ConfigError extends Error {
  readonly issues: { variable: string; message: string }[];
  constructor(issues: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

const isPostgresUrl = (v: string) => {
  try {
    const u = new URL(v);
    return /^postgres(ql)?:$/.test(u.protocol) && u.hostname !== '' && (u.port === '' || Number(u.port) > 0);
  } catch {
    return false;
  }
};

const env = z.object({
  PORT: z.coerce.number({ error: 'muss eine Portnummer von 0 bis 65535 sein' }).int('muss eine Portnummer von 0 bis 65535 sein')
    .min(0, 'muss eine Portnummer von 0 bis 65535 sein').max(65535, 'muss eine Portnummer von 0 bis 65535 sein').default(4000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine(isPostgresUrl, { message: 'muss eine URL wie postgresql://benutzer:passwort@rechner:5432/datenbank sein' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DB_CONNECT_TIMEOUT_MS: positive(DEFAULT_POOL_TIMEOUTS.connectMs),
  DB_STATEMENT_TIMEOUT_MS: positive(DEFAULT_POOL_TIMEOUTS.statementMs),
  GRAPHIQL: schalter,
  INTROSPECTION: schalter,
  LOG_REQUESTS: schalter,
  NODE_ENV: z.string().optional(),
  MAX_DEPTH: positive(DEFAULT_LIMITS.maxDepth),
  MAX_COST: positive(DEFAULT_LIMITS.maxCost),
  MAX_ALIASES: positive(DEFAULT_LIMITS.maxAliases),
  MAX_TOKENS: positive(DEFAULT_LIMITS.maxTokens),
  MAX_DIRECTIVES: positive(DEFAULT_LIMITS.maxDirectives),
  MAX_LIST_ITEMS: positive(DEFAULT_LIMITS.maxListItems),
  MAX_EXECUTION_MS: positive(DEFAULT_LIMITS.maxExecutionMs),
  RATE_LIMIT_PER_MINUTE: positive(1_200),
  /** On SIGINT/SIGTERM: how long requests in flight may still take before the server closes anyway. */
  SHUTDOWN_TIMEOUT_MS: positive(10_000),
  INTAKE_LIMIT_PER_HOUR: positive(10),
  RATE_LIMIT_PER_MINUTE_PER_ADDRESS: positive(120),
  /** Webhooks may point at http and at loopback, private and link-local addresses (tests, an intranet). */
  WEBHOOK_LOKALE_ZIELE: schalter,
  WEBHOOK_POLL_MS: positive(ZUSTELLUNG_STANDARD.pollMs),
  WEBHOOK_LEASE_MS: positive(ZUSTELLUNG_STANDARD.leaseMs),
  WEBHOOK_TIMEOUT_MS: positive(ZUSTELLUNG_STANDARD.timeoutMs),
  WEBHOOK_BACKOFF_BASE_MS: positive(ZUSTELLUNG_STANDARD.backoffBasisMs),
  WEBHOOK_CONCURRENCY: positive(ZUSTELLUNG_STANDARD.gleichzeitig),
  WEBHOOK_AUFBEWAHRUNG_TAGE: positive(30),
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
}).refine((e) => e.WEBHOOK_LEASE_MS > e.WEBHOOK_TIMEOUT_MS, {
  // A lease that ends while the endpoint may still answer would let a second process send the same delivery at once.
  path: ['WEBHOOK_LEASE_MS'], message: 'muss größer als WEBHOOK_TIMEOUT_MS sein',
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
  /** On SIGINT/SIGTERM: the longest wait for requests in flight. */
  shutdownTimeoutMs: number;
  /** The webhook delivery worker (server/webhooks/zustellung.ts), and where webhooks may point. */
  webhooks: ZustellungEinstellungen;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => {
      const variable = i.path.join('.');
      // A database URL may hold a password: not repeated.
      const value = variable === 'DATABASE_URL' ? undefined : source[variable];
      return { variable, message: `${i.message}${value === undefined ? '' : ` (ist ${JSON.stringify(value)})`}` };
    }));
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
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    webhooks: {
      lokaleZiele: e.WEBHOOK_LOKALE_ZIELE === 'true', pollMs: e.WEBHOOK_POLL_MS, leaseMs: e.WEBHOOK_LEASE_MS, timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      backoffBasisMs: e.WEBHOOK_BACKOFF_BASE_MS, gleichzeitig: e.WEBHOOK_CONCURRENCY,
      aufbewahrungMs: e.WEBHOOK_AUFBEWAHRUNG_TAGE * 86_400_000,
    },
  };
}

/** For messages: where the data lives, without a password. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `embedded PGlite in ${target.dataDir ?? 'memory'}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
