// Rate limits in fixed windows, counted in the database (table RateLimitCounter): every server
// process on one PostgreSQL counts into the same row, so a budget holds however many processes
// serve. The embedded PGlite (one process) uses the same table; its budgets survive a restart.
//
// A bucket's window begins with its first request and lasts `windowMs` on the database clock (so
// processes with skewed clocks agree, and not every bucket resets at the same moment). A bucket
// over its limit is also remembered in this process until its window ends: a flood is refused
// without a statement each.
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

export interface Limit {
  max: number;
  windowMs: number;
}

/** What RateLimit-* headers and a 429 say about one bucket. */
export interface Quota {
  limit: number;
  remaining: number;
  resetSeconds: number;
  /** Set once the limit is reached: the seconds until the window ends. */
  retryAfterSeconds: number | null;
}

/**
 * One atomic statement's core: count a hit into `bucket` (a SQL expression), opening a new window
 * of `windowMs` (a SQL expression) when there is none or it has ended. RETURNING hits, windowEnd.
 */
export const upsertHit = (bucket: Prisma.Sql, windowMs: Prisma.Sql) => Prisma.sql`
  INSERT INTO "RateLimitCounter" AS c (bucket, "windowEnd", hits) VALUES (${bucket}, now() + ${windowMs} * interval '1 millisecond', 1)
  ON CONFLICT (bucket) DO UPDATE SET
    hits = CASE WHEN c."windowEnd" <= now() THEN 1 ELSE c.hits + 1 END,
    "windowEnd" = CASE WHEN c."windowEnd" <= now() THEN EXCLUDED."windowEnd" ELSE c."windowEnd" END
  RETURNING hits, ceil(extract(epoch FROM "windowEnd" - now()))::int AS "resetSeconds"`;

/**
 * A CTE that deletes up to 10 expired counters, never those in `keep` (the statement's own: one
 * statement must not change a row twice): added to every counting statement, it keeps the table
 * small for the price of one index probe; SKIP LOCKED, so concurrent requests never wait on it.
 */
export const sweep = (keep: Prisma.Sql) => Prisma.sql`swept AS (
  DELETE FROM "RateLimitCounter" WHERE ctid = ANY(ARRAY(
    SELECT ctid FROM "RateLimitCounter" WHERE "windowEnd" < now() AND bucket NOT IN (${keep}) LIMIT 10 FOR UPDATE SKIP LOCKED)))`;

export function quota(limit: Limit, hits: number, resetSeconds: number): Quota {
  const reset = Math.max(1, resetSeconds);
  return { limit: limit.max, remaining: Math.max(0, limit.max - hits), resetSeconds: reset, retryAfterSeconds: hits > limit.max ? reset : null };
}

export class RateLimits {
  /** Buckets known to be over their limit, until when (this process's clock). */
  private readonly blocked = new Map<string, { until: number; limit: Limit }>();

  private readonly prisma: PrismaClient;
  readonly perKey: Limit;
  readonly perAddress: Limit;
  readonly intake: Limit;
  private readonly now: () => number;

  constructor(prisma: PrismaClient, perKey: Limit, perAddress: Limit, intake: Limit, now: () => number = Date.now) {
    this.prisma = prisma;
    this.perKey = perKey;
    this.perAddress = perAddress;
    this.intake = intake;
    this.now = now;
  }

  /** A 429 answer known without asking the database, or null. */
  known(name: string): Quota | null {
    const b = this.blocked.get(name);
    if (!b) return null;
    const seconds = Math.ceil((b.until - this.now()) / 1000);
    if (seconds <= 0) {
      this.blocked.delete(name);
      return null;
    }
    return { limit: b.limit.max, remaining: 0, resetSeconds: seconds, retryAfterSeconds: seconds };
  }

  /** Remembers a bucket the database said is used up (`name`: how this process recognises it). */
  remember(name: string, q: Quota, limit: Limit) {
    if (q.retryAfterSeconds === null) return;
    if (this.blocked.size > 10_000) {
      const t = this.now();
      for (const [k, b] of this.blocked) if (b.until <= t) this.blocked.delete(k);
    }
    this.blocked.set(name, { until: this.now() + q.retryAfterSeconds * 1000, limit });
  }

  /** Counts one request against `bucket` (one statement) and says what is left. */
  async hit(bucket: string, limit: Limit): Promise<Quota> {
    const known = this.known(bucket);
    if (known) return known;
    const [row] = await this.prisma.$queryRaw<{ hits: number; resetSeconds: number }[]>`
      WITH h AS (${upsertHit(Prisma.sql`${bucket}`, Prisma.sql`${limit.windowMs}::float8`)}), ${sweep(Prisma.sql`${bucket}`)}
      SELECT hits, "resetSeconds" FROM h`;
    const q = quota(limit, row!.hits, row!.resetSeconds);
    this.remember(bucket, q, limit);
    return q;
  }
}

/** Buckets: an API key by its id (never by what the caller sends), a client address, intake per office. */
export const keyBucket = (apiKeyId: string) => `k:${apiKeyId}`;
export const addressBucket = (address: string) => `a:${address}`;
export const intakeBucket = (kanzleiId: string, address: string) => `i:${kanzleiId}|${address}`;
