// Database faults on purpose, installed only in tests (testServer(…, { wrapAdapter })) by wrapping
// the driver adapter with server/db/adapterHooks.ts, as the statement counter does:
//   FaultInjector  breaks one SQL statement of a mutation, to prove that a mutation lands whole or
//                  not at all (test/safeFailure.test.ts, test/killUnderLoad.test.ts);
//   Outage         fails everything as an unreachable database does (test/databaseUnavailable.test.ts).
import { DriverAdapterError, type SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { hookedAdapter } from '../../server/db/adapterHooks.js';

/** The error the injector raises: an unexpected failure, like a broken connection or a crash. */
export class InjectedFault extends Error {
  readonly sql: string;
  constructor(sql: string) {
    super(`injected fault at: ${sql.slice(0, 120)}`);
    this.sql = sql;
  }
}

export interface FaultPlan {
  /** The n-th candidate statement (1-based, counted from `arm`), or the first whose SQL matches. */
  at: number | RegExp;
  /**
   * `before`: the statement is never sent (the connection broke before it).
   * `after`: it runs, then the fault is raised (the process failed before the next step).
   */
  when: 'before' | 'after';
}

const WRITE = /\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"/i;
// Transaction control is Prisma's own business: breaking it would test Prisma, not our services.
const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET TRANSACTION)\b/i;
// The key lookup counts the request against its rate limit (INSERT INTO "RateLimitCounter"): that is
// the request's bookkeeping before any mutation starts, not a write of the mutation's.
const RATE_LIMIT = /INSERT INTO "RateLimitCounter"/;

export class FaultInjector {
  private plan: FaultPlan | null = null;
  private candidates = 0;
  private hitSql: string | null = null;

  arm(plan: FaultPlan): void {
    this.plan = plan;
    this.candidates = 0;
    this.hitSql = null;
  }

  /** Stops injecting; returns the statement the fault hit, or null when the plan never came due. */
  disarm(): string | null {
    const hit = this.hitSql;
    this.plan = null;
    this.hitSql = null;
    return hit;
  }

  /**
   * Candidates are every statement inside a transaction and every write outside one: a mutation
   * that wrote outside a transaction would then be caught with a half-written state, too.
   */
  target(sql: string, inTransaction: boolean): FaultPlan['when'] | null {
    const plan = this.plan;
    if (!plan || this.hitSql !== null || CONTROL.test(sql) || RATE_LIMIT.test(sql)) return null;
    if (!inTransaction && !WRITE.test(sql)) return null;
    this.candidates++;
    const due = typeof plan.at === 'number' ? this.candidates === plan.at : plan.at.test(sql);
    if (!due) return null;
    this.hitSql = sql;
    return plan.when;
  }
}

export const faultyAdapter = (factory: SqlDriverAdapterFactory, faults: FaultInjector): SqlDriverAdapterFactory =>
  hookedAdapter(factory, {
    statement: async (sql, inTransaction, send) => {
      const when = faults.target(sql, inTransaction);
      if (when === 'before') throw new InjectedFault(sql);
      const result = await send();
      if (when === 'after') throw new InjectedFault(sql);
      return result;
    },
  });

/**
 * A simulated outage for databases a test cannot cut off (PGlite lives in the process): while
 * `down` matches a statement (true: every one), it fails as the pg adapter fails when the server
 * refuses connections, and so does every new transaction.
 */
export class Outage {
  down: boolean | RegExp = false;
  private hits(sql: string | null): boolean {
    return this.down === true || (this.down instanceof RegExp && sql !== null && this.down.test(sql));
  }
  check(sql: string | null): void {
    if (this.hits(sql)) throw new DriverAdapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 });
  }
}

export const outageAdapter = (factory: SqlDriverAdapterFactory, outage: Outage): SqlDriverAdapterFactory =>
  hookedAdapter(factory, {
    statement: (sql, _inTransaction, send) => {
      outage.check(sql);
      return send();
    },
    beforeTransaction: () => outage.check(null),
  });
