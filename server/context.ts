import type { Viewer } from './auth/viewer.js';
import type { PrismaClient } from './generated/prisma/client.js';

/** What every resolver gets: the database and the authenticated caller. */
export interface Context {
  prisma: PrismaClient;
  viewer: Viewer;
}
