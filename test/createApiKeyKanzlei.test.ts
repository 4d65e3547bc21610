// create-api-key on a database that has offices: it never creates one by a typo. On the suite's
// database (prozessDatenbank.ts): PostgreSQL in its pass, an embedded data folder in the other.
// Split from startup.test.ts (its seven CLI runs are seven process starts), so that two workers
// run them at the same time. Started as `npm run create-api-key` starts it (the options of
// server/cli/nodeArgs.ts, which nodeStart.test.ts holds to package.json), without npm in between:
// startup.test.ts goes through npm itself; here it would only add a second Node start per run.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TS_NODE_ARGS } from '../server/cli/nodeArgs.js';
import { openDatabase } from '../server/db/database.js';
import { prozessDatenbank } from './support/prozessDatenbank.js';

const run = promisify(execFile);

describe('create-api-key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kanzlei-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('never creates an office by a typo: an unknown --kanzlei is an error that lists the existing ones', async () => {
    const datenbank = await prozessDatenbank(dir);
    const env = { ...process.env, ...datenbank.env };
    const cli = (...args: string[]) => run(process.execPath, [...TS_NODE_ARGS, 'server/cli/create-api-key.ts', ...args], { env }).catch((e) => e);
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

    const db = await openDatabase(datenbank.ziel);
    try {
      const kanzleien = await db.prisma.kanzlei.findMany({ select: { name: true, benutzer: { select: { kuerzel: true, rolle: true } } }, orderBy: { name: 'asc' } });
      expect(kanzleien.map((k) => ({ name: k.name, benutzer: k.benutzer.map((b) => `${b.kuerzel}:${b.rolle}`).sort() }))).toEqual([
        { name: 'Alpha & Partner', benutzer: ['AP:ADMIN'] },
        { name: 'Demo Kanzlei', benutzer: ['DK:ADMIN', 'SB:SACHBEARBEITER'] },
      ]);
      expect(await db.prisma.apiKey.count()).toBe(3);
    } finally {
      await db.close();
      await datenbank.freigeben();
    }
  }, 240_000);
});
