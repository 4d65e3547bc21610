// How long the pool waits for PostgreSQL's answer on an established connection, without a timer
// per statement.
//
// pg's own `query_timeout` wraps every statement's callback and starts a timer for it. Measured on
// the benchmark's single-Akt read (BENCHMARKS.md, 2026-12-03 night), that kept each answer's rows
// alive through young-generation collections (the wrapper, not the timer: with a timer that does
// nothing they were still promoted): 3 MB promoted per scavenge, each scavenge twice as long.
// Here one interval per pool (unref'd, only while it has connections) looks at each connection's
// statement in progress: a connection still on the same statement a deadline after it was first
// seen there is destroyed. As with pg's timeout, that statement fails ("Connection terminated", a
// DATABASE_UNAVAILABLE answer), the pool drops the connection, and the next request opens a new
// one; a transaction on it fails as on a cut connection.
//
// The statement in progress is pg's `_activeQuery` (pg 8, pinned in package.json; the pool only
// sends on an idle connection, so nothing waits behind it unsent). test/databaseUnavailable.test.ts
// proves the whole: a database that stops answering gives 503 within seconds, not minutes.
import pg from 'pg';

/**
 * How often connections are looked at. A statement gives up at the first look at least the deadline
 * after the look that first saw it: between the deadline and two steps after it was sent (one step
 * when the deadline is a multiple of it, as the default 9 s).
 */
export const DEADLINE_STEP_MS = 250;

interface Watched {
  readonly client: pg.Client;
  /** The statement in progress at the last look, and since when it was seen. */
  query: unknown;
  since: number;
}

const connectionOf = (client: pg.Client) => (client as unknown as { connection: { stream: { destroyed: boolean; destroy(): void } } }).connection;
const statementInProgress = (client: pg.Client): unknown => (client as unknown as { _activeQuery: unknown })._activeQuery ?? null;

/** A pg Client class for a Pool (`Client` option) whose connections give up after `deadlineMs` without an answer. */
export function clientWithAnswerDeadline(deadlineMs: number): typeof pg.Client {
  const watched = new Set<Watched>();
  let interval: NodeJS.Timeout | null = null;

  const look = () => {
    const now = performance.now();
    for (const w of watched) {
      const query = statementInProgress(w.client);
      if (query === null && connectionOf(w.client).stream.destroyed) {
        // A connection that failed before it was established emits no 'end'.
        watched.delete(w);
      } else if (query !== w.query) {
        w.query = query;
        w.since = now;
      } else if (query !== null && now - w.since >= deadlineMs) {
        watched.delete(w);
        // pg then fails the statement and ends the client; the pool removes it.
        connectionOf(w.client).stream.destroy();
      }
    }
    if (watched.size === 0 && interval) {
      clearInterval(interval);
      interval = null;
    }
  };

  return class ClientWithAnswerDeadline extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      const w: Watched = { client: this, query: null, since: 0 };
      watched.add(w);
      this.once('end', () => watched.delete(w));
      if (!interval) interval = setInterval(look, DEADLINE_STEP_MS).unref();
    }
  };
}
