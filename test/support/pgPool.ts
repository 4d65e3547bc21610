// The PostgreSQL databases of the tests, the same way as the PGlite ones (pgliteVorlage.ts): a
// copy of the migrated template (CREATE DATABASE … TEMPLATE: most of a second, and as long again
// to drop) is made only when the worker has none free; a database a test has closed is reset for
// the next test: its connections that are not idle ended (a test that left a transaction open; the
// idle ones are the pool of the test's client, kept for the next test: testServer.ts), then reset in
// one transaction (vorlageZuruecksetzen.ts).
// When a file ends (setup.ts), up to KEEP reset databases wait for the worker's next file (a worker
// runs many; isolate: false keeps this module's state), the others are dropped. What is left when
// the run ends carries the template's name and goes with it (globalSetup.ts).
import { randomBytes } from 'node:crypto';
import { mitPgSession } from '../../server/db/database.js';
import { adminUrl, withDatabase } from './postgres.js';
import { liesVorlage, setzeZurueck, type Vorlage } from './vorlageZuruecksetzen.js';


let vorlage: Promise<Vorlage> | null = null;
const frei: string[] = [];
const alle = new Set<string>();

const ladeVorlage = (url: string, template: string) => (vorlage ??= mitPgSession(withDatabase(url, template), liesVorlage));

async function zuruecksetzen(url: string, name: string, v: Vorlage): Promise<void> {
  await mitPgSession(withDatabase(url, name), async (s) => {
    await s.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND state IS DISTINCT FROM 'idle'`, [name]);
    await s.exec(`SET lock_timeout = '5s'`);
    await s.exec('BEGIN');
    try {
      await setzeZurueck(s, v);
      await s.exec('COMMIT');
    } catch (error) {
      await s.exec('ROLLBACK').catch(() => {});
      throw error;
    }
  });
}

const drop = (url: string, name: string) =>
  mitPgSession(adminUrl(url), (s) => s.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => void alle.delete(name));

/** A database as fresh as the template: its URL, and what its test's close() does with it. */
export async function pgDatenbank(url: string, template: string): Promise<{ url: string; freigeben: () => Promise<void> }> {
  const v = await ladeVorlage(url, template);
  let name = frei.pop();
  if (!name) {
    name = `${template}_${randomBytes(4).toString('hex')}`;
    await mitPgSession(adminUrl(url), (s) => s.exec(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
    alle.add(name);
  }
  const n = name;
  return {
    url: withDatabase(url, n),
    freigeben: () => zuruecksetzen(url, n, v).then(() => void frei.push(n), () => drop(url, n)),
  };
}

const KEEP = 2;

/**
 * At a file's end: keeps KEEP reset databases for the worker's next file and drops the others, after
 * `vorDemDrop` was told the URLs kept (their clients' pools end first).
 */
export async function pgDatenbankenWeg(url: string, vorDemDrop: (behalten: Set<string>) => Promise<void>): Promise<void> {
  const behalten = new Set(frei.slice(0, KEEP));
  frei.length = 0;
  frei.push(...behalten);
  await vorDemDrop(new Set([...behalten].map((name) => withDatabase(url, name))));
  for (const name of [...alle]) if (!behalten.has(name)) await drop(url, name).catch(() => {});
}
