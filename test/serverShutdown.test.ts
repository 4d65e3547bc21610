// The server as a user runs it (`npm start`: server/main.ts as a child process): how it
// stops on SIGTERM/SIGINT (drain, then close the database). Split from serverProcess.test.ts, so that
// two workers start servers at the same time.
import { request } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { migrierterDatenordner } from './support/datenordner.js';
import { start, waitFor } from './support/serverProzess.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('SIGTERM drains', () => {
  let dir: string;
  let key: string;
  // Migrated from the run's template: these tests are not about a first start (the server still
  // seeds the demo office, which prints the key).
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kanzlei-drain-'));
    await migrierterDatenordner(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
    const s = start({ DATA_DIR: dir, PORT: '0' });
    try {
      const out = await waitFor(s, (o) => /Kanzlei GraphQL on http:\/\/localhost:\d+\/graphql/.test(o) && /kz_\S+/.test(o));
      const port = Number(/localhost:(\d+)\/graphql/.exec(out)![1]);
      key = /(kz_\S+)/.exec(out)![1]!;

      const slow = Array.from({ length: 8 }, (_, i) => slowRequest(port, `query Langsam${i} { me { kuerzel } akten(first: 3) { totalCount } }`));
      await new Promise((r) => setTimeout(r, 500)); // the server has their headers
      s.proc.kill('SIGTERM');
      await waitFor(s, (o) => o.includes('SIGTERM: shutting down (8 requests in flight'), 30_000);
      // No new connections.
      await expect(fetch(`http://127.0.0.1:${port}/live`)).rejects.toThrow();
      for (const r of slow) r.finish();
      const answers = await Promise.all(slow.map((r) => r.answer));
      for (const a of answers) {
        expect(a.status).toBe(200);
        expect(a.body.errors).toBeUndefined();
        expect(a.body.data.akten.totalCount).toBe(3);
        expect(a.connection).toBe('close');
      }
      expect(await s.exited).toBe(0);
      expect(existsSync(join(dir, 'kanzlei.lock')), 'the embedded database was closed').toBe(false);
      expect(s.stdout()).not.toContain('cut off');
      expect(s.stderr()).toBe('');
    } finally {
      s.proc.kill('SIGKILL');
    }
  }, 240_000);

  it('waits no longer than SHUTDOWN_TIMEOUT_MS for a request that does not finish, then exits 0 all the same', async () => {
    expect(key).toBeDefined(); // the first test seeded the data folder
    const s = start({ DATA_DIR: dir, PORT: '0', SHUTDOWN_TIMEOUT_MS: '1500' });
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
