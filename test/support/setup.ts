// Runs in every test file: at its end, the databases its tests left for reuse go (see
// pgliteVorlage.ts and pgPool.ts).
import { afterAll } from 'vitest';
import { pgDatenbankenWeg } from './pgPool.js';
import { pgliteDatenbankenWeg } from './pgliteVorlage.js';

afterAll(async () => {
  const url = process.env.TEST_DATABASE_URL;
  await (url ? pgDatenbankenWeg(url) : pgliteDatenbankenWeg());
});
