// Who is acting, for the audit trail. The GraphQL layer sets it around the execution of an
// operation; `inTransaction` hands it to the database in every transaction before its first
// write, where the audit triggers read it (how: below, "The actor's hand-over"). Code that runs outside a request (CLI, seeding) has no actor: its
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

// The actor's hand-over. A transaction of `inTransaction` sets `audit.actor` (transaction-local)
// before anything else it runs: the lock statement that most mutations start with carries the
// set_config itself (server/services/sperren.ts: a statement fewer per write), and for any other
// first statement the driver adapter sends the set_config just before it (akteurAdapter.ts). Both
// reach the same pending actor through this AsyncLocalStorage: the lock when it is called from the
// transaction's work, the adapter once, when the transaction starts inside `$transaction` (not per
// statement: a lazy PrismaPromise runs in the context of whoever awaits it). test/audit.test.ts checks
// both ways and that every row of several mutations names its user.

/** The JSON of the actor a transaction has not handed to the database yet. */
export interface AusstehenderAkteur {
  readonly json: string;
  uebergeben: boolean;
}

const ausstehend = new AsyncLocalStorage<AusstehenderAkteur>();

/** Runs a transaction's work with `actor` pending until its first statement. */
export const mitAusstehendemAkteur = <T>(actor: AuditActor, work: () => T): T =>
  ausstehend.run({ json: JSON.stringify(actor), uebergeben: false }, work);

/** The current transaction's actor if it still has to be handed over, else null. */
export function ausstehenderAkteur(): AusstehenderAkteur | null {
  const a = ausstehend.getStore();
  return a && !a.uebergeben ? a : null;
}

/** What a statement that hands the actor over itself contains (the adapter then sends none before it). */
export const AKTEUR_SETZEN = "set_config('audit.actor', ";
