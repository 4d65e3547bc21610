// A data folder as `npm start` or a CLI leaves a fresh one after its migrations (no office yet): a
// copy of the run's migrated template folder (globalSetup.ts). For the tests of programs started as
// processes whose subject is not the first start itself: each of them would otherwise run initdb
// and every migration in its child process (several seconds of CPU per start). A plain file copy
// (40 MB, a tenth of a second) rather than loading the template's image into a PGlite on the
// folder: that started PostgreSQL in WebAssembly for it, 1.3–1.6 s of CPU per folder.
import { cpSync } from 'node:fs';
import { inject } from 'vitest';

export async function migrierterDatenordner(dir: string): Promise<void> {
  cpSync(inject('pgliteDatenordner'), dir, { recursive: true });
}
