// A data folder as `npm start` or a CLI leaves a fresh one after its migrations (no office yet),
// made from the run's migrated template image in about a second. For the tests of programs started
// as processes whose subject is not the first start itself: each of them would otherwise run initdb
// and every migration in its child process (several seconds of CPU per start).
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';

let abbild: Blob | null = null;

export async function migrierterDatenordner(dir: string): Promise<void> {
  abbild ??= new Blob([readFileSync(inject('pgliteVorlage'))]);
  const db = await PGlite.create(dir, { loadDataDir: abbild });
  await db.close();
}
