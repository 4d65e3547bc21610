// One way to look at every SQL statement Prisma sends: a driver adapter wrapped so that each
// statement (and each transaction start) passes through hooks. The statement counter uses it, and
// the tests' fault injection and simulated outages.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

export interface StatementHooks {
  /** Around every statement; `send` runs it. */
  statement(sql: string, inTransaction: boolean, send: () => Promise<unknown>): Promise<unknown>;
  /** Before a transaction starts (throw to refuse it). */
  beforeTransaction?(): void;
}

function hooked<T extends object>(target: T, hooks: StatementHooks, inTransaction: boolean): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      if (prop === 'queryRaw' || prop === 'executeRaw') {
        return async (query: SqlQuery) => hooks.statement(query.sql, inTransaction, () => value.call(obj, query));
      }
      if (prop === 'startTransaction') {
        return async (...args: unknown[]) => {
          hooks.beforeTransaction?.();
          return hooked((await value.apply(obj, args)) as Transaction, hooks, true);
        };
      }
      return value.bind(obj);
    },
  });
}

export function hookedAdapter<F extends SqlDriverAdapterFactory>(factory: F, hooks: StatementHooks): F {
  return new Proxy(factory, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (prop === 'connect') {
        return async () => hooked(await (value as () => Promise<SqlDriverAdapter>).call(obj), hooks, false);
      }
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}
