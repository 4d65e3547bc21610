import type { Viewer } from './auth/viewer.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { Tarifdaten } from './tarif/preise.js';

/** What every resolver gets: the database and the authenticated caller. */
export interface Context {
  prisma: PrismaClient;
  viewer: Viewer;
  /** The office's tariff data, loaded at most once per request (pricing many Akten stays flat). */
  tarifdaten(): Promise<Tarifdaten>;
}
