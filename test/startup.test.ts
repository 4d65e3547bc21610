// What a new user meets first: the CLI that makes a key, and the demo office of a fresh embedded database.
// (create-api-key on a database with offices, the typo guard: createApiKeyKanzlei.test.ts.)
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { seedDemoIfFresh } from '../server/seed/demo.js';
import { migrierterDatenordner } from './support/datenordner.js';
import { prozessDatenbank } from './support/prozessDatenbank.js';
import { testServer, type TestServer } from './support/testServer.js';

const run = promisify(execFile);

describe('npm run create-api-key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kanzlei-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // On the suite's database (prozessDatenbank.ts): PostgreSQL in its pass, an embedded folder in the other.
  it('creates office (--neue-kanzlei) and user on the database and prints only the key', async () => {
    const datenbank = await prozessDatenbank(dir);
    const env = { ...process.env, ...datenbank.env };
    const { stdout } = await run('npm', ['run', '--silent', 'create-api-key', '--', '--neue-kanzlei', 'Kanzlei Dr. Huber', '--benutzer', 'HU', '--rolle', 'ANWALT'], { env });
    const key = stdout.trim();
    expect(key).toMatch(/^kz_[A-Za-z0-9_-]{32}$/);

    const db = await openDatabase(datenbank.ziel);
    try {
      const res = await createApp({ prisma: db.prisma }).fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ me { kuerzel rolle kanzlei { name } } }' }),
      });
      expect((await res.json()).data.me).toEqual({ kuerzel: 'HU', rolle: 'ANWALT', kanzlei: { name: 'Kanzlei Dr. Huber' } });
    } finally {
      await db.close();
      await datenbank.freigeben();
    }
  }, 60_000);

  it('explains its usage on bad arguments', async () => {
    const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '' };
    const err = await run('npm', ['run', '--silent', 'create-api-key', '--', '--kanzlei', 'X'], { env }).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr).toMatch(/^Fehler: --benutzer fehlt\n/);
    expect(err.stderr).toMatch(/Aufruf: npm run create-api-key/);
  }, 60_000);

  it('prints its usage on --help, and exits 0 without touching a database', async () => {
    const env = { ...process.env, DATA_DIR: join(dir, 'nie'), DATABASE_URL: '' };
    const { stdout } = await run('npm', ['run', '--silent', 'create-api-key', '--', '--help'], { env });
    expect(stdout).toMatch(/^Aufruf: npm run create-api-key -- \(--kanzlei <Name> \| --neue-kanzlei <Name>\) --benutzer <Kürzel>/);
    for (const flag of ['--kanzlei', '--neue-kanzlei', '--benutzer', '--rolle', '--name', '--partner', '--help']) expect(stdout).toContain(`  ${flag}`);
    expect(existsSync(join(dir, 'nie'))).toBe(false);
  }, 60_000);

  it('refuses to open an embedded database another process holds', async () => {
    await migrierterDatenordner(dir);
    const db = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '' };
      const err = await run('npm', ['run', '--silent', 'create-api-key', '--', '--kanzlei', 'X', '--benutzer', 'X'], { env }).catch((e) => e);
      expect(err.code).toBe(1);
      expect(err.stderr.trim().split('\n')).toHaveLength(1);
      expect(err.stderr).toMatch(/wird von Prozess \d+ benutzt/);
    } finally {
      await db.close();
    }
  }, 60_000);
});

describe('demo office', () => {
  let t: TestServer;
  beforeEach(async () => (t = await testServer()));
  afterEach(() => t.close());

  it('is seeded into an empty database, with a working key, and only once', async () => {
    const key = await seedDemoIfFresh(t.db.prisma);
    expect(key).toMatch(/^kz_/);
    const d = await t.data(key!, '{ me { kanzlei { name } } akten { totalCount edges { node { klient { name } gegner { name } forderungen { betrag } leistungen { ust } } } } }');
    expect(d.me.kanzlei.name).toBe('Demo-Kanzlei');
    expect(d.akten.totalCount).toBe(3);
    const werklohn = d.akten.edges.find((e: any) => e.node.gegner.length === 2).node;
    expect(werklohn.forderungen.map((f: any) => f.betrag)).toEqual(['12345.67', '40.00']);
    // MAK priced by the tables at BG 12 345.67 (the Hauptforderung) with two Gegner:
    // 310.80 + SG 10 % 31.08 + Porto 4.30 = 346.18; USt 69.236 → 69.24
    expect(werklohn.leistungen).toEqual([{ ust: '69.24' }]);
    const titel = await t.data(key!, '{ akten(filter: { text: "Werklohn" }) { edges { node { titel { beschlussart gegenWen zugesprochen forderungen { betrag } } } } } }');
    // 173.80 + 104.28 + USt 55.62 (20 % of 278.08 = 55.616) + 107.00 = 440.70
    expect(titel.akten.edges[0].node.titel).toEqual([{ beschlussart: 'ZAHLUNGSBEFEHL', gegenWen: 1, zugesprochen: '440.70', forderungen: [{ betrag: '12345.67' }, { betrag: '40.00' }] }]);
    expect(await seedDemoIfFresh(t.db.prisma)).toBeNull();
  });

  it('is not seeded where an office exists', async () => {
    await t.key('Alpha', 'AL');
    expect(await seedDemoIfFresh(t.db.prisma)).toBeNull();
    expect(await t.db.prisma.kanzlei.count()).toBe(1);
  });
});
