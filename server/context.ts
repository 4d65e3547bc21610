import type { Viewer } from './auth/viewer.js';
import type { RateLimits } from './auth/rateLimiter.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { Tarifdaten } from './tarif/preise.js';
import type { ZielRegeln } from './webhooks/ziel.js';

/** What every resolver gets: the database and the authenticated caller. */
export interface Context {
  prisma: PrismaClient;
  /** The user behind the API key. Reading it on an intake request throws (an intake token can only submit). */
  viewer: Viewer;
  /** Set when the request came with an office's public intake token instead of an API key. */
  intake: { kanzleiId: string; tokenPrefix: string } | null;
  /** The caller's address (for rate limits). */
  clientAddress: string;
  /** The rate limits (the intake's per office and address is checked by submitMandatsanfrage). */
  rateLimits: RateLimits;
  /**
   * The office’s tariff data: in a query, the copy cached at the Stand read with the key (see
   * TarifdatenCache), as it is once loaded; in a mutation, loaded fresh once.
   */
  tarifdaten(): Tarifdaten | Promise<Tarifdaten>;
  /** Akten load in one statement as JSON (server/db/singleStatementLoad.ts); off: as Prisma plans it. */
  singleStatementReads: boolean;
  /** Loads `key` at most once per request (data every row of a list shares: no N+1). */
  perRequest<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Where webhooks may point (operator setting WEBHOOK_LOKALE_ZIELE). */
  webhookZiele: ZielRegeln;
}
