// The server as a user runs it (`npm start`: server/main.ts as a child process): how it
// stops on SIGTERM/SIGINT (drain, then close the database). Split from serverProcess.test.ts, so that
// two workers start servers at the same time. On the suite's database (prozessDatenbank.ts):
// PostgreSQL in its pass (closing means the pool's connections end), an embedded data folder in
// the other (closing means the folder's lock is released).
import { request } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mitPgSession, openDatabase } from '../server/db/database.js';
import { provisionApiKey } from '../server/services/kanzleien.js';
import { prozessDatenbank, type ProzessDatenbank } from './support/prozessDatenbank.js';
import { start, waitFor } from './support/serverProzess.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('SIGTERM drains', () => {
  let dir: string;
  let key: string;
  let datenbank: ProzessDatenbank;
  // Migrated from the run's template, with an office and a key: these tests are not about a first start.
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kanzlei-drain-'));
    datenbank = await prozessDatenbank(dir);
    const db = await openDatabase(datenbank.ziel);
    try {
      key = (await provisionApiKey(db.prisma, { kanzlei: 'Kanzlei Drain', kuerzel: 'DR', kanzleiModus: 'neu' })).key;
    } finally {
      await db.close();
    }
  });
  afterAll(async () => {
    await datenbank?.freigeben();
    rmSync(dir, { recursive: true, force: true });
  });

  const ANWENDUNG = `kanzlei-drain-${process.pid}`;
  /** The server's environment; on PostgreSQL its connections carry ANWENDUNG as application_name. */
  const serverEnv = () => {
    if (datenbank.ziel.kind !== 'postgresql') return datenbank.env;
    const url = new URL(datenbank.env.DATABASE_URL); // keeps any parameters TEST_DATABASE_URL has
    url.searchParams.set('application_name', ANWENDUNG);
    return { ...datenbank.env, DATABASE_URL: url.toString() };
  };

  /** Whether the server left its database closed: no lock on the data folder, no connection to the PostgreSQL database. */
  const geschlossen = async (): Promise<boolean> => {
    const ziel = datenbank.ziel;
    if (ziel.kind === 'pglite') return !existsSync(join(dir, 'kanzlei.lock'));
    // The server's connections by their application_name (other idle ones may wait in the pool of
    // the test databases); a backend leaves pg_stat_activity a moment after its client said goodbye.
    for (let i = 0; i < 50; i++) {
      if ((await verbindungen(ziel.url)) === 0) return true;
      await new Promise((res) => setTimeout(res, 100));
    }
    return false;
  };
  const verbindungen = async (url: string) =>
    (await mitPgSession(url, (s) => s.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [ANWENDUNG])))[0]!.n;

  /** A POST whose body arrives in two halves: in flight from the first half until `finish()`. */
  function slowRequest(port: number, query: string) {
    const body = JSON.stringify({ query });
    const half = Math.floor(body.length / 2);
    const req = request({
      host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${key}` },
    });
    const answer = new Promise<{ status: number; connection: string | undefined; body: any }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body: JSON.parse(text) }));
        res.on('error', reject);
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, half));
    return { answer, finish: () => req.end(body.slice(half)) };
  }

  it('requests in flight finish with 200, new connections are refused, the database closes, exit 0', async () => {
    const s = start({ ...serverEnv(), PORT: '0' });
    try {
      const out = await waitFor(s, (o) => /Kanzlei GraphQL on http:\/\/localhost:\d+\/graphql/.test(o));
      const port = Number(/localhost:(\d+)\/graphql/.exec(out)![1]);

      const slow = Array.from({ length: 8 }, (_, i) => slowRequest(port, `query Langsam${i} { me { kuerzel } akten(first: 3) { totalCount } }`));
      await new Promise((r) => setTimeout(r, 500)); // the server has their headers
      if (datenbank.ziel.kind === 'postgresql') expect(await verbindungen(datenbank.ziel.url)).toBeGreaterThan(0); // what geschlossen() looks for
      s.proc.kill('SIGTERM');
      await waitFor(s, (o) => o.includes('SIGTERM: shutting down (8 requests in flight'), 30_000);
      // No new connections.
      await expect(fetch(`http://127.0.0.1:${port}/live`)).rejects.toThrow();
      for (const r of slow) r.finish();
      const answers = await Promise.all(slow.map((r) => r.answer));
      for (const a of answers) {
        expect(a.status).toBe(200);
        expect(a.body.errors).toBeUndefined();
        expect(a.body.data).toEqual({ me: { kuerzel: 'DR' }, akten: { totalCount: 0 } });
        expect(a.connection).toBe('close');
      }
      expect(await s.exited).toBe(0);
      expect(await geschlossen(), 'the database was closed').toBe(true);
      expect(s.stdout()).not.toContain('cut off');
      expect(s.stderr()).toBe('');
    } finally {
      s.proc.kill('SIGKILL');
    }
  }, 240_000);

  it('waits no longer than SHUTDOWN_TIMEOUT_MS for a request that does not finish, then exits 0 all the same', async () => {
    const s = start({ ...serverEnv(), PORT: '0', SHUTDOWN_TIMEOUT_MS: '1500' });
    try {
      const out = await waitFor(s, (o) => /Kanzlei GraphQL on http:\/\/localhost:\d+\/graphql/.test(o));
      const port = Number(/localhost:(\d+)\/graphql/.exec(out)![1]);
      const haengt = slowRequest(port, '{ me { kuerzel } }');
      haengt.answer.catch(() => {}); // cut off, as announced
      await new Promise((r) => setTimeout(r, 500));
      const t0 = Date.now();
      s.proc.kill('SIGTERM');
      expect(await s.exited).toBe(0);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(1_400);
      expect(Date.now() - t0).toBeLessThan(15_000);
      expect(s.stdout()).toContain('SIGTERM: 1 requests still running after 1500 ms, cut off');
    } finally {
      s.proc.kill('SIGKILL');
    }
  }, 240_000);
});
