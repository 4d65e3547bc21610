// The server as a user runs it (`npm start`: server/main.ts as a child process): what it
// says when it cannot start, and how it answers a request that arrives while it starts. How it stops
// on SIGTERM/SIGINT is in serverShutdown.test.ts (its own file, so that a second worker runs it).
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { freePort } from './support/freePort.js';
import { leereDatenbank } from './support/prozessDatenbank.js';
import { MAIN, start } from './support/serverProzess.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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

  // A first start on the suite's database (leereDatenbank): an empty PostgreSQL database in its
  // pass (the migrations), an empty data folder in the other (initdb, the migrations, the demo seed).
  it('waits for the database (a first start: migrations, the demo seed when embedded) and is answered, not told 503; /health does not wait', async () => {
    const port = await freePort();
    const datenbank = await leereDatenbank(dir);
    const s = start({ ...datenbank.env, PORT: String(port) });
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
      await datenbank.freigeben();
    }
  }, 240_000);
});
