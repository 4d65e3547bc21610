// Counts the SQL statements Prisma sends through a driver adapter. Tests assert the count per
// GraphQL request (no N+1), and the benchmark prints it.
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { hookedAdapter } from './adapterHooks.js';

export class StatementCounter {
  count = 0;
  readonly statements: string[] = [];
  /** Keep the SQL text too (tests); off for the server, where only the number matters. */
  private readonly keepText: boolean;
  constructor(keepText = false) {
    this.keepText = keepText;
  }
  record(sql: string) {
    this.count++;
    if (this.keepText) this.statements.push(sql);
  }
  reset() {
    this.count = 0;
    this.statements.length = 0;
  }
}

export const countingAdapter = <F extends SqlDriverAdapterFactory>(factory: F, counter: StatementCounter): F =>
  hookedAdapter(factory, {
    statement: (sql, _inTransaction, send) => {
      counter.record(sql);
      return send();
    },
  });
