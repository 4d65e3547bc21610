// The pool's deadline for an answer (server/db/answerDeadline.ts), in place of pg's query_timeout:
// a statement without an answer past the deadline fails and its connection is dropped; one that
// answers in time is untouched; the pool serves again on a new connection. PostgreSQL only (the
// pg pool; PGlite has none). The whole, with a database that stops answering behind a proxy, is in
// test/databaseUnavailable.test.ts.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { clientWithAnswerDeadline, DEADLINE_STEP_MS } from '../server/db/answerDeadline.js';
import { isDatabaseUnavailable } from '../server/databaseErrors.js';

const url = process.env.TEST_DATABASE_URL;
const DEADLINE_MS = 600;

describe.runIf(url)('the pool gives up on an answer after its deadline', () => {
  let pool: pg.Pool;
  afterEach(() => pool.end());

  const backendPid = async (client: pg.PoolClient | pg.Pool) => (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;

  it('fails a statement without an answer between the deadline and two steps later, and drops its connection', async () => {
    pool = new pg.Pool({ connectionString: url, max: 1, Client: clientWithAnswerDeadline(DEADLINE_MS) });
    const before = await backendPid(pool);
    // Shorter than the deadline (seen by one or two looks): answered.
    expect((await pool.query<{ x: string }>('SELECT pg_sleep(0.4)::text AS x')).rows).toEqual([{ x: '' }]);
    const started = performance.now();
    const error = await pool.query('SELECT pg_sleep(5)').then(
      () => null,
      (e: unknown) => e,
    );
    const waited = performance.now() - started;
    expect(String(error)).toMatch(/Connection terminated/);
    // The API answers it as the database being unavailable (503), as for pg's query_timeout.
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(waited).toBeGreaterThanOrEqual(DEADLINE_MS - 5);
    expect(waited).toBeLessThan(DEADLINE_MS + 2 * DEADLINE_STEP_MS + 200);
    // The one pooled connection was dropped: the next statement runs on a new backend.
    const after = await backendPid(pool);
    expect(after).not.toBe(before);
    expect(pool.totalCount).toBe(1);
  });

  it('a transaction on a connection past the deadline fails as on a cut connection; the pool serves again', async () => {
    pool = new pg.Pool({ connectionString: url, max: 2, Client: clientWithAnswerDeadline(DEADLINE_MS) });
    const client = await pool.connect();
    const errors: unknown[] = [];
    client.on('error', (e) => errors.push(e));
    await client.query('BEGIN');
    const error = await client.query('SELECT pg_sleep(5)').then(
      () => null,
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(/Connection terminated/);
    client.release(error as Error);
    expect(errors.every((e) => /Connection terminated/.test(String(e)))).toBe(true);
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('long work made of short statements is not cut: the deadline is per statement', async () => {
    pool = new pg.Pool({ connectionString: url, max: 1, Client: clientWithAnswerDeadline(DEADLINE_MS) });
    const client = await pool.connect();
    try {
      const started = performance.now();
      // Ten statements of 0.2 s on one connection: 2 s in all, far past the deadline.
      for (let i = 0; i < 10; i++) await client.query('SELECT pg_sleep(0.2)');
      expect(performance.now() - started).toBeGreaterThan(2 * DEADLINE_MS);
    } finally {
      client.release();
    }
  });
});
