// What the services share: the Prisma types, and turning database refusals into domain errors.
import type { PrismaClient, Prisma } from '../generated/prisma/client.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { currentActor } from '../audit/actor.js';

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

/**
 * Runs `work` in one transaction: a mutation lands whole or not at all. The audit triggers record
 * every row it writes, in the same transaction, under the acting user named first (see
 * server/audit/actor.ts); a write outside `inTransaction` would be recorded as the system's.
 */
export const inTransaction = <T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> =>
  db.$transaction(async (tx) => {
    const actor = currentActor();
    if (actor) await tx.$executeRaw`SELECT set_config('audit.actor', ${JSON.stringify(actor)}, true)`;
    return work(tx);
  });

/**
 * From here to the end of the transaction the audit trail records which fields changed but not
 * their values: deleting data whose retention has expired must not keep a copy of it in the trail.
 */
export const auditOhneWerte = async (tx: Tx): Promise<void> => {
  await tx.$executeRaw`SELECT set_config('audit.ohne_werte', 'on', true)`;
};

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';

/**
 * A unique index refused the write (two users saving the same Aktenzeichen at once gets here even
 * after the check before it): report it as a validation error on `field`.
 */
export async function uniqueAs<T>(field: string, message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ field, message });
    throw error;
  }
}

/** Fails unless every id names a row of this office (another office's row must look like none). */
export async function requireAllInKanzlei(
  found: (ids: string[]) => Promise<{ id: string }[]>,
  ids: string[],
  field: string,
  entity: string,
): Promise<void> {
  if (ids.length === 0) return;
  const present = new Set((await found(ids)).map((r) => r.id));
  const missing = ids.filter((id) => !present.has(id));
  if (missing.length > 0) {
    throw new ValidationError({ field, message: `${entity} ${missing.join(', ')} wurde nicht gefunden` });
  }
}

export function orNotFound<T>(row: T | null, entity: string, id: string): T {
  if (!row) throw new NotFoundError(entity, id);
  return row;
}
