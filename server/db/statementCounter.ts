// Counts the SQL statements Prisma sends through a driver adapter. Tests assert the count per
// GraphQL request (no N+1), and the benchmark prints it.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';

export class StatementCounter {
  count = 0;
  readonly statements: string[] = [];
  /** Keep the SQL text too (tests); off for the server, where only the number matters. */
  constructor(private readonly keepText = false) {}
  record(sql: string) {
    this.count++;
    if (this.keepText) this.statements.push(sql);
  }
  reset() {
    this.count = 0;
    this.statements.length = 0;
  }
}

function countQueries<T extends object>(target: T, counter: StatementCounter): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      if (prop === 'queryRaw' || prop === 'executeRaw') {
        return (query: { sql: string }) => {
          counter.record(query.sql);
          return value.call(obj, query);
        };
      }
      if (prop === 'startTransaction') {
        return async (...args: unknown[]) => countQueries((await value.apply(obj, args)) as Transaction, counter);
      }
      return value.bind(obj);
    },
  });
}

export function countingAdapter<F extends SqlDriverAdapterFactory>(factory: F, counter: StatementCounter): F {
  return new Proxy(factory, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (prop === 'connect') {
        return async () => countQueries((await (value as () => Promise<SqlDriverAdapter>).call(obj)), counter);
      }
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}
