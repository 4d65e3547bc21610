// The three operations commands as a user runs them (issue 19): `npm run backup` of the embedded
// database while the server runs (through its socket), `npm run restore` into a new data folder
// (into a new PostgreSQL database in the PostgreSQL pass),
// `npm run migrate-to-postgres` refused while the server runs and done once it is stopped, then
// the server's API key working on PostgreSQL. Bad arguments and a truncated file end with a clear
// message and a non-zero exit code. The PostgreSQL steps need TEST_DATABASE_URL.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { migrierterDatenordner } from './support/datenordner.js';
import { freePort } from './support/freePort.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { TS_NODE_ARGS } from '../server/cli/nodeArgs.js';
import { openDatabase } from '../server/db/database.js';
import { withDatabase } from './support/postgres.js';

const ROOT = join(import.meta.dirname, '..');
// As the package.json scripts run them (server/cli/nodeArgs.ts), without npm in between.
const TSX = [process.execPath, ...TS_NODE_ARGS] as const;
const PG_URL = process.env.TEST_DATABASE_URL;
const ENV = { TEST_DATABASE_URL: '', DATABASE_URL: '', LOG_REQUESTS: 'false' };

interface Lauf {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function cli(script: string, args: string[], env: Record<string, string>): Promise<Lauf> {
  const proc = spawn(TSX[0], [...TSX.slice(1), join(ROOT, 'server', 'cli', script), ...args], { cwd: ROOT, env: { ...process.env, ...ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (d) => (stdout += d));
  proc.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(proc, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

let dir: string;
const pgNamen: string[] = [];
/** A new PostgreSQL database's URL (not created: the CLI does that), dropped at the end. */
function pgName(): string {
  const name = `kanzlei_test_${randomBytes(6).toString('hex')}`;
  pgNamen.push(name);
  return withDatabase(PG_URL!, name);
}

beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'kanzlei-sicherung-cli-'))));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (PG_URL && pgNamen.length) {
    const c = new pg.Client({ connectionString: withDatabase(PG_URL, 'postgres') });
    await c.connect();
    for (const n of pgNamen) await c.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
    await c.end();
  }
});

describe('npm run backup / restore / migrate-to-postgres', () => {
  it('backs up the running server, restores into a new folder, moves to PostgreSQL once the server is stopped', async () => {
    const data = join(dir, 'data');
    await migrierterDatenordner(data); // the server still seeds the demo office: it has none
    const port = await freePort();
    const server = spawn(TSX[0], [...TSX.slice(1), join(ROOT, 'server', 'main.ts')], { cwd: ROOT, env: { ...process.env, ...ENV, DATA_DIR: data, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    server.stdout.on('data', (d) => (out += d));
    const exited = once(server, 'exit');
    try {
      const until = Date.now() + 120_000;
      // The key is printed in a line of its own after the start line: a busy machine delivers them apart.
      while (!(out.includes('Kanzlei GraphQL on') && /kz_[A-Za-z0-9_-]+/.test(out)) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      const key = /kz_[A-Za-z0-9_-]+/.exec(out)![0];
      const gql = async (query: string) =>
        (await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as any;
      await gql('mutation { createPerson(input: { kurzbezeichnung: "NACH", name: "Nach dem Start" }) { __typename } }');

      // The backup, through the running server.
      const datei = join(dir, 'sicherung.sql');
      const b = await cli('backup.ts', ['--ziel', datei], { DATA_DIR: data });
      expect(b.stderr).toContain('Sicherung über den laufenden Server');
      expect(b.code, b.stderr).toBe(0);
      expect(b.stdout).toMatch(/^Sicherung .*sicherung\.sql: [\d.]+ kB, \d+ Zeilen in \d+ Tabellen, Schema \d+_\w+ \(pglite, /);
      expect(b.stdout).toMatch(/\n {2}Person +6\n/); // the demo's five and the one written after the start
      expect(readFileSync(datei, 'utf8').startsWith('-- Kanzlei-Sicherung {')).toBe(true);
      // The file is there: not overwritten by accident.
      const wieder = await cli('backup.ts', ['--ziel', datei], { DATA_DIR: data });
      expect([wieder.code, wieder.stderr]).toEqual([1, expect.stringContaining('gibt es schon. Einen anderen Namen wählen oder --ueberschreiben.')]);

      // The move is refused while the server runs.
      if (PG_URL) {
        const laeuft = await cli('migrate-to-postgres.ts', ['--ziel', withDatabase(PG_URL, 'kanzlei_test_nie')], { DATA_DIR: data });
        expect(laeuft.code).toBe(1);
        expect(laeuft.stderr).toMatch(/Fehler: Die eingebettete Datenbank in .* wird von Prozess \d+ benutzt \(läuft der Server\?\)/);
      }

      // Restore into the suite's kind of database: a new folder, or a new PostgreSQL database (the
      // embedded file into PostgreSQL); a truncated copy is refused and creates nothing.
      if (PG_URL) {
        const ziel = pgName();
        const r = await cli('restore.ts', ['--quelle', datei], { DATABASE_URL: ziel });
        expect(r.code, r.stderr).toBe(0);
        const u = new URL(ziel);
        expect(r.stdout.startsWith(`Wiederhergestellt nach PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}: die Sicherung vom `), r.stdout).toBe(true);
        expect(r.stdout).toMatch(/ \(pglite, Schema \d+_\w+\); Zeilen und Prüfsummen jeder Tabelle stimmen\.\n/);
      } else {
        const r = await cli('restore.ts', ['--quelle', datei], { DATA_DIR: join(dir, 'wiederhergestellt') });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toMatch(/^Wiederhergestellt nach embedded PGlite in .*wiederhergestellt: die Sicherung vom .* Zeilen und Prüfsummen jeder Tabelle stimmen\./);
      }
      const kurz = join(dir, 'kurz.sql');
      writeFileSync(kurz, readFileSync(datei).subarray(0, 5000));
      const k = await cli('restore.ts', ['--quelle', kurz], { DATA_DIR: join(dir, 'nie') });
      expect(k.code).toBe(1);
      expect(k.stderr).toContain('Fehler: Die Sicherung ist unvollständig: ihre letzte Zeile fehlt (abgebrochen oder abgeschnitten). Es wurde nichts geschrieben.');
      expect(existsSync(join(dir, 'nie'))).toBe(false);

      server.kill('SIGTERM');
      await exited;

      if (PG_URL) {
        const url = pgName();
        const m = await cli('migrate-to-postgres.ts', ['--ziel', url], { DATA_DIR: data });
        expect(m.code, m.stderr).toBe(0);
        expect(m.stdout).toContain('Geprüft: jede Tabelle hat dieselben Zeilen (Anzahl und Prüfsumme), jede Sequenz denselben Stand, und');
        expect(m.stdout).toContain(`  DATABASE_URL=${url} npm start`);
        // The office's key works on PostgreSQL, and the data is there.
        const db = await openDatabase({ kind: 'postgresql', url });
        try {
          const res = await createApp({ prisma: db.prisma }).fetch('http://kanzlei/graphql', {
            method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ me { kuerzel } akten(first: 10) { totalCount } personen(first: 50) { totalCount } }' }),
          });
          expect((await res.json() as any).data).toEqual({ me: { kuerzel: 'MM' }, akten: { totalCount: 3 }, personen: { totalCount: 6 } });
        } finally {
          await db.close();
        }
        // And npm run backup of PostgreSQL, with the machine's pg_dump.
        const pgb = await cli('backup.ts', ['--ziel', join(dir, 'pg.sql')], { DATABASE_URL: url });
        expect(pgb.code, pgb.stderr).toBe(0);
        expect(pgb.stdout).toMatch(/Schema \d+_\w+ \(postgresql, /);
      }
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  }, 240_000);

  it('bad arguments: the usage and exit code 2', async () => {
    const ohne = await cli('backup.ts', [], { DATA_DIR: join(dir, 'data') });
    expect(ohne.code).toBe(2);
    expect(ohne.stderr).toContain('Fehler: --ziel: fehlt');
    expect(ohne.stderr).toContain('Aufruf: npm run backup -- --ziel <Datei>');
    const falsch = await cli('migrate-to-postgres.ts', ['--ziel', 'mysql://x'], { DATA_DIR: join(dir, 'data') });
    expect(falsch.code).toBe(2);
    expect(falsch.stderr).toContain('--ziel: eine PostgreSQL-URL');
    const fehlt = await cli('restore.ts', ['--quelle', join(dir, 'gibt-es-nicht.sql')], { DATA_DIR: join(dir, 'x') });
    expect([fehlt.code, fehlt.stderr.trim()]).toEqual([1, `Fehler: Die Datei ${join(dir, 'gibt-es-nicht.sql')} gibt es nicht.`]);
  }, 60_000);
});
