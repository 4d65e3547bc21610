// Who is acting, for the audit trail. The GraphQL layer sets it around the execution of an
// operation; `inTransaction` hands it to the database at the start of every transaction, where
// the audit triggers read it. Code that runs outside a request (CLI, seeding) has no actor: its
// writes are recorded as the system's.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface AuditActor {
  kanzleiId: string;
  /** Null for the public intake form (a token, not a Benutzer). */
  benutzerId: string | null;
  benutzerKuerzel: string | null;
  /** The visible prefix of the API key or intake token. */
  keyPrefix: string | null;
  /** The mutation field(s) of the request, comma-separated. */
  operation: string | null;
}

const current = new AsyncLocalStorage<AuditActor>();

export const runAsActor = <T>(actor: AuditActor, work: () => T): T => current.run(actor, work);

export const currentActor = (): AuditActor | null => current.getStore() ?? null;
