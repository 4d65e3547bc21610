// The server as a user runs it (`npm start`, here tsx server/main.ts as a child process): what it
// says when it cannot start, and how it stops on SIGTERM/SIGINT (drain, then close the database).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { freePort } from './support/freePort.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const MAIN = join(import.meta.dirname, '..', 'server', 'main.ts');

interface Started {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>, script = MAIN): Started {
  const proc = spawn(TSX, [script], { env: { ...process.env, TEST_DATABASE_URL: '', DATABASE_URL: '', LOG_REQUESTS: 'false', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (err += d));
  const exited = once(proc, 'exit').then(([code]) => code as number | null);
  return { proc, stdout: () => out, stderr: () => err, exited };
}

/** Polls until `test` holds for the process's stdout. */
async function waitFor(s: Started, test: (out: string) => boolean, ms = 150_000): Promise<string> {
  const until = Date.now() + ms;
  while (!test(s.stdout())) {
    if (s.proc.exitCode !== null) throw new Error(`server exited ${s.proc.exitCode}: ${s.stderr()}`);
    if (Date.now() > until) throw new Error(`timed out; stdout: ${s.stdout()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return s.stdout();
}

describe('a start that fails says what is wrong in one line, and exits 1', () => {
  let dir: string;
  beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'kanzlei-start-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const failing = async (env: Record<string, string>, script = MAIN) => {
    const s = start({ DATA_DIR: dir, ...env }, script);
    const code = await s.exited;
    const lines = s.stderr().split('\n').filter((l) => l.trim() !== '');
    expect(code).toBe(1);
    expect(lines, s.stderr()).toHaveLength(1);
    expect(lines[0]).toMatch(/^Fehler: /);
    expect(s.stderr()).not.toMatch(/\n\s+at /);
    return lines[0]!;
  };

  it('port in use', async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, r));
    const { port } = holder.address() as AddressInfo;
    try {
      expect(await failing({ PORT: String(port) })).toMatch(new RegExp(`^Fehler: Port ${port} ist schon belegt .*einen anderen Port wählen, z\\. B\\. PORT=4000 npm start\\.$`));
    } finally {
      holder.close();
    }
  }, 120_000);

  it('PORT not a port number', async () => {
    expect(await failing({ PORT: 'viertausend' })).toBe(
      'Fehler: Ungültige Einstellung: PORT muss eine Portnummer von 0 bis 65535 sein (ist "viertausend"). Bitte die Umgebungsvariable korrigieren (siehe README, Abschnitt Configuration).',
    );
    expect(await failing({ PORT: '70000' })).toMatch(/^Fehler: Ungültige Einstellung: PORT muss eine Portnummer von 0 bis 65535 sein \(ist "70000"\)/);
  }, 120_000);

  it('DATABASE_URL not a PostgreSQL URL (and its password is not repeated)', async () => {
    const line = await failing({ DATABASE_URL: 'mysql://kanzlei:geheim@db/kanzlei' });
    expect(line).toMatch(/^Fehler: Ungültige Einstellung: DATABASE_URL muss eine URL wie postgresql:\/\/benutzer:passwort@rechner:5432\/datenbank sein\./);
    expect(line).not.toContain('geheim');
  }, 120_000);

  it('database unreachable: nothing listens, or the host does not exist', async () => {
    const port = await freePort();
    expect(await failing({ DATABASE_URL: `postgresql://postgres:geheim@127.0.0.1:${port}/kanzlei` })).toBe(
      `Fehler: Die Datenbank (PostgreSQL 127.0.0.1:${port}/kanzlei) nimmt keine Verbindung an (läuft PostgreSQL dort?). DATABASE_URL prüfen oder die Datenbank starten.`,
    );
    expect(await failing({ DATABASE_URL: 'postgresql://postgres@kanzlei-db.invalid:5432/kanzlei' })).toMatch(
      /^Fehler: Die Datenbank \(PostgreSQL kanzlei-db\.invalid:5432\/kanzlei\) hat einen Rechnernamen, den es nicht gibt\./,
    );
  }, 120_000);

  it('npm run migrate says so the same way', async () => {
    const port = await freePort();
    expect(await failing({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/kanzlei` }, join(import.meta.dirname, '..', 'server', 'cli', 'migrate.ts'))).toBe(
      `Fehler: Die Datenbank (PostgreSQL 127.0.0.1:${port}/kanzlei) nimmt keine Verbindung an (läuft PostgreSQL dort?). DATABASE_URL prüfen oder die Datenbank starten.`,
    );
  }, 120_000);
});

describe('SIGTERM drains', () => {
  let dir: string;
  let key: string;
  beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'kanzlei-drain-'))));
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

describe('a request that arrives while the server starts', () => {
  let dir: string;
  beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'kanzlei-anlauf-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** One POST to /graphql (or a GET to `path`) on a port that may not be open yet: retried until it connects. */
  async function ask(port: number, path = '/graphql'): Promise<{ status: number; body: any }> {
    for (;;) {
      try {
        return await new Promise((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port, path, method: path === '/graphql' ? 'POST' : 'GET', agent: false, headers: { 'content-type': 'application/json' } });
          req.on('response', (res) => {
            let text = '';
            res.on('data', (d) => (text += d));
            res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
          });
          req.on('error', reject);
          req.end(path === '/graphql' ? JSON.stringify({ query: '{ __typename }' }) : undefined);
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw error;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  }

  it('waits for the database (fresh data folder: migrations, demo seed) and is answered, not told 503; /health does not wait', async () => {
    const port = await freePort();
    const s = start({ DATA_DIR: dir, PORT: String(port) });
    try {
      const [frueh, health] = await Promise.all([ask(port), ask(port, '/health')]);
      // Asked as soon as the port took connections: the migrations of a fresh folder were still running.
      expect(health).toMatchObject({ status: 503, body: { errors: [{ extensions: { code: 'STARTING' } }] } });
      // Then answered by the ready server: without a key, 401 (not 503 STARTING).
      expect(frueh.status).toBe(401);
      expect(frueh.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(s.stdout()).toMatch(/Kanzlei GraphQL on/);
    } finally {
      s.proc.kill('SIGKILL');
      await s.exited;
    }
  }, 240_000);
});
