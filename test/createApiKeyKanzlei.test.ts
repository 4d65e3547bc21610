// npm run create-api-key on an embedded database that has offices: it never creates one by a typo.
// Split from startup.test.ts (its seven CLI runs are seven process starts), so that two workers
// run them at the same time.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/database.js';
import { migrierterDatenordner } from './support/datenordner.js';

const run = promisify(execFile);

describe('npm run create-api-key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kanzlei-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('never creates an office by a typo: an unknown --kanzlei is an error that lists the existing ones', async () => {
    await migrierterDatenordner(dir);
    const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '' };
    const cli = (...args: string[]) => run('npm', ['run', '--silent', 'create-api-key', '--', ...args], { env }).catch((e) => e);
    expect((await cli('--neue-kanzlei', 'Demo Kanzlei', '--benutzer', 'DK')).stdout).toMatch(/^kz_/);
    await cli('--neue-kanzlei', 'Alpha & Partner', '--benutzer', 'AP');

    const typo = await cli('--kanzlei', 'Demo Kanzle', '--benutzer', 'DK');
    expect(typo.code).toBe(1);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe(
      'Fehler: Keine Kanzlei heißt "Demo Kanzle". Vorhandene Kanzleien: "Alpha & Partner", "Demo Kanzlei". Eine neue Kanzlei legt --neue-kanzlei "<Name>" an.\n',
    );
    const doppelt = await cli('--neue-kanzlei', 'Demo Kanzlei', '--benutzer', 'XY');
    expect(doppelt.code).toBe(1);
    expect(doppelt.stderr).toMatch(/^Fehler: Die Kanzlei "Demo Kanzlei" gibt es schon\. .*Für einen weiteren Schlüssel: --kanzlei "Demo Kanzlei"\.\n$/);
    const beide = await cli('--kanzlei', 'Demo Kanzlei', '--neue-kanzlei', 'Neu', '--benutzer', 'XY');
    expect(beide.code).toBe(2);
    expect(beide.stderr).toMatch(/genau eines von --kanzlei .* oder --neue-kanzlei/);
    const vertippt = await cli('--kanzelei', 'Demo Kanzlei', '--benutzer', 'XY');
    expect(vertippt.code).toBe(2);
    expect(vertippt.stderr).toMatch(/unbekannte Option --kanzelei/);
    // The existing office by its exact name: a further key.
    expect((await cli('--kanzlei', 'Demo Kanzlei', '--benutzer', 'SB', '--rolle', 'SACHBEARBEITER')).stdout).toMatch(/^kz_/);

    const db = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      const kanzleien = await db.prisma.kanzlei.findMany({ select: { name: true, benutzer: { select: { kuerzel: true, rolle: true } } }, orderBy: { name: 'asc' } });
      expect(kanzleien.map((k) => ({ name: k.name, benutzer: k.benutzer.map((b) => `${b.kuerzel}:${b.rolle}`).sort() }))).toEqual([
        { name: 'Alpha & Partner', benutzer: ['AP:ADMIN'] },
        { name: 'Demo Kanzlei', benutzer: ['DK:ADMIN', 'SB:SACHBEARBEITER'] },
      ]);
      expect(await db.prisma.apiKey.count()).toBe(3);
    } finally {
      await db.close();
    }
  }, 240_000);
});
