// One way to look at every SQL statement Prisma sends: a driver adapter wrapped so that each
// statement (and each transaction start) passes through hooks. The statement counter uses it, the
// audit actor's hand-over, `direkt` (which keeps the adapter Prisma connected), and the tests' fault
// injection and simulated outages.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

/** What a hook may do besides sending the statement. */
export interface StatementContext {
  /** Runs another statement on the same connection (and transaction), e.g. before this one. */
  sendFirst(query: SqlQuery): Promise<unknown>;
  /** What `beforeTransaction` returned when this statement's transaction started. */
  transaction: unknown;
}

export interface StatementHooks {
  /** Around every statement; `send` runs it. */
  statement?(sql: string, inTransaction: boolean, send: () => Promise<unknown>, context: StatementContext): Promise<unknown>;
  /**
   * Before a transaction starts (throw to refuse it), in the async context of the code that starts
   * it; what it returns goes with every statement of the transaction.
   */
  beforeTransaction?(): unknown;
  /** The adapter Prisma connected (with these hooks), and when Prisma disposes of it. */
  connected?(adapter: SqlDriverAdapter): void;
  disposed?(adapter: SqlDriverAdapter): void;
}

function hooked<T extends object>(target: T, hooks: StatementHooks, inTransaction: boolean, transaction?: unknown): T {
  const queryable = target as unknown as { executeRaw(query: SqlQuery): Promise<unknown> };
  const context: StatementContext = { sendFirst: (first) => queryable.executeRaw(first), transaction };
  // queryRaw and executeRaw with the hook, made once per method (every statement asks for one).
  const mitHook = new Map<PropertyKey, { value: unknown; hooked: (query: SqlQuery) => Promise<unknown> }>();
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      const { statement } = hooks;
      if (statement && (prop === 'queryRaw' || prop === 'executeRaw')) {
        let known = mitHook.get(prop);
        if (known?.value !== value) {
          const hooked = (query: SqlQuery): Promise<unknown> => {
            // A hook that throws fails the statement as a rejected promise, as adapter methods do.
            try {
              return statement(query.sql, inTransaction, () => value.call(obj, query), context);
            } catch (error) {
              return Promise.reject(error);
            }
          };
          mitHook.set(prop, (known = { value, hooked }));
        }
        return known.hooked;
      }
      if (prop === 'dispose' && !inTransaction && hooks.disposed) {
        return (...args: unknown[]) => {
          hooks.disposed!(proxy as unknown as SqlDriverAdapter);
          return value.apply(obj, args);
        };
      }
      if (prop === 'startTransaction') {
        return async (...args: unknown[]) => {
          const state = hooks.beforeTransaction?.();
          return hooked((await value.apply(obj, args)) as Transaction, hooks, true, state);
        };
      }
      return value.bind(obj);
    },
  });
  return proxy;
}

export function hookedAdapter<F extends SqlDriverAdapterFactory>(factory: F, hooks: StatementHooks): F {
  return new Proxy(factory, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (prop === 'connect') {
        return async () => {
          const adapter = hooked(await (value as () => Promise<SqlDriverAdapter>).call(obj), hooks, false);
          hooks.connected?.(adapter);
          return adapter;
        };
      }
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}
