// Offices, their users and API keys: provisioning (CLI, demo seed) and revocation.
import { generateApiKey } from '../auth/apiKeys.js';
import type { Viewer } from '../auth/viewer.js';
import { ForbiddenError } from '../domain/errors.js';
import { byIdInput, parseInput } from '../domain/validation.js';
import type { Rolle } from '../generated/prisma/enums.js';
import { seedTarifdaten } from './tarifdaten.js';
import { inTransaction, orNotFound, type Db } from './db.js';

export interface ProvisionedKey {
  key: string;
  kanzleiId: string;
  benutzerId: string;
}

/** Creates the office and the user if they are missing, and a new API key for the user. */
export async function provisionApiKey(
  db: Db,
  args: { kanzlei: string; kuerzel: string; rolle?: Rolle; name?: string; demo?: boolean },
): Promise<ProvisionedKey> {
  const newKey = generateApiKey();
  return inTransaction(db, async (tx) => {
    const kanzlei = await tx.kanzlei.upsert({
      where: { name: args.kanzlei },
      update: {},
      create: { name: args.kanzlei, demo: args.demo ?? false },
    });
    const benutzer = await tx.benutzer.upsert({
      where: { kanzleiId_kuerzel: { kanzleiId: kanzlei.id, kuerzel: args.kuerzel } },
      update: args.rolle ? { rolle: args.rolle } : {},
      create: { kanzleiId: kanzlei.id, kuerzel: args.kuerzel, name: args.name ?? args.kuerzel, rolle: args.rolle ?? 'ADMIN' },
    });
    await tx.apiKey.create({ data: { benutzerId: benutzer.id, prefix: newKey.prefix, hash: newKey.hash } });
    await seedTarifdaten(tx, kanzlei.id);
    return { key: newKey.key, kanzleiId: kanzlei.id, benutzerId: benutzer.id };
  });
}

/** A user revokes their own keys; an ADMIN any key of the office. */
export async function revokeApiKey(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id } = parseInput(byIdInput, raw);
  const key = orNotFound(
    await db.apiKey.findFirst({ where: { id, benutzer: { kanzleiId: viewer.kanzleiId } }, select: { id: true, benutzerId: true } }),
    'ApiKey',
    id,
  );
  if (key.benutzerId !== viewer.benutzerId && viewer.rolle !== 'ADMIN') {
    throw new ForbiddenError('Nur ADMIN darf Schlüssel anderer Benutzer widerrufen.');
  }
  await db.apiKey.updateMany({ where: { id, widerrufenAm: null }, data: { widerrufenAm: new Date() } });
  return id;
}
